import { RuleBasedExtractor } from '../coder/rule-based-extractor.ts';
import type { Extractor } from './extractor.ts';

/** The extractor handlers and the CLI use unless told otherwise. */
export function createDefaultExtractor(): Extractor {
  return new RuleBasedExtractor();
}
