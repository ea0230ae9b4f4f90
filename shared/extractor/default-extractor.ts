import { RuleBasedExtractor } from '../coder/rule-based-extractor.ts';
import type { Dictionary } from '../dictionary/dictionary-schema.ts';
import type { Extractor } from './extractor.ts';

/** The extractor handlers and the CLI use unless told otherwise, with the analysts' dictionary when there is one. */
export function createDefaultExtractor(options: { dictionary?: Dictionary } = {}): Extractor {
  return new RuleBasedExtractor(options);
}
