import type { Article } from '../model/article.ts';
import type { Extractor, ExtractionResult } from '../extractor/extractor.ts';
import { codeArticle } from './article-coder.ts';
import { looksEnglish } from '../article/language.ts';
import { BudgetMeter, DEFAULT_EXTRACTION_BUDGET, type ExtractionBudget } from '../extractor/extraction-budget.ts';

/**
 * Accord's rule-based CAMEO coder behind the Extractor interface: deterministic, offline, no I/O.
 * Dictionaries and patterns are compiled once when this module loads. An article that exhausts
 * the budget throws ExtractionBudgetExceededError (a permanent `too-complex` failure).
 */
export class RuleBasedExtractor implements Extractor {
  readonly version = 'rules/1.0.0';

  constructor(private readonly budget: ExtractionBudget = DEFAULT_EXTRACTION_BUDGET) {}

  async extract(article: Article): Promise<ExtractionResult> {
    return this.extractSync(article);
  }

  /** Same as extract, synchronously (benchmarks and batch runs avoid a promise per article). */
  extractSync(article: Article): ExtractionResult {
    const body = typeof article.body === 'string' ? article.body : '';
    if (body.trim().length === 0) return { events: [], skippedReason: 'empty article: no text to code' };
    if (!looksEnglish(body)) return { events: [], skippedReason: 'article is not in English: the rule-based coder reads English only' };
    const { events, notes } = codeArticle(article, this.version, new BudgetMeter(this.budget));
    return notes.length > 0 ? { events, notes } : { events };
  }
}
