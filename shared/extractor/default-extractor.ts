import { RuleBasedExtractor } from '../coder/rule-based-extractor.ts';
import type { Extractor } from './extractor.ts';
import { DEFAULT_EXTRACTION_BUDGET, type ExtractionBudget } from './extraction-budget.ts';

/** The extractor handlers and the CLI use unless told otherwise. */
export function createDefaultExtractor(budget: ExtractionBudget = DEFAULT_EXTRACTION_BUDGET): Extractor {
  return new RuleBasedExtractor(budget);
}
