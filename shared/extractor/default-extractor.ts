import { RuleBasedExtractor, type RuleBasedExtractorOptions } from '../coder/rule-based-extractor.ts';
import type { Extractor } from './extractor.ts';

/**
 * The extractor handlers and the CLI use unless told otherwise: the rule-based coder, with the
 * analysts' dictionary when there is one and the extraction budget (defaults: DEFAULT_EXTRACTION_BUDGET).
 */
export function createDefaultExtractor(options: RuleBasedExtractorOptions = {}): Extractor {
  return new RuleBasedExtractor(options);
}
