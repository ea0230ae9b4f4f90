import type { Article } from '../model/article.ts';
import type { Extractor, ExtractionResult } from '../extractor/extractor.ts';
import type { Dictionary } from '../dictionary/dictionary-schema.ts';
import { dictionaryVersion, recordedExtractorVersion } from '../dictionary/dictionary-version.ts';
import { codeArticle } from './article-coder.ts';
import { looksEnglish } from '../article/language.ts';
import { DictionaryLexicon } from './dictionary/dictionary-lexicon.ts';
import { withLexiconOverlay } from './dictionary/active-lexicon.ts';
import { BudgetMeter, DEFAULT_EXTRACTION_BUDGET, type ExtractionBudget } from '../extractor/extraction-budget.ts';

export interface RuleBasedExtractorOptions {
  /**
   * The analysts' dictionary (shared/dictionary/), already validated: its entries override the
   * built-in actors and verb phrases. Absent or empty: the built-ins alone.
   */
  dictionary?: Dictionary;
  /** Work and time an article may take before it is failed as too complex. */
  budget?: ExtractionBudget;
}

/**
 * Accord's rule-based CAMEO coder behind the Extractor interface: deterministic, offline, no I/O.
 * Built-in dictionaries and patterns are compiled once when this module loads; an analysts'
 * dictionary is compiled when the extractor is constructed. An article that exhausts the budget
 * throws ExtractionBudgetExceededError (a permanent `too-complex` failure).
 */
export class RuleBasedExtractor implements Extractor {
  readonly version = 'rules/1.24.0';
  /** The dictionary's content version ("dict/sha256:…"), null without one. */
  readonly dictionaryVersion: string | null;
  /** What records and events carry: "rules/1.24.0", or "rules/1.24.0+dict.<hash>" with a dictionary. */
  readonly recordedVersion: string;
  private readonly lexicon: DictionaryLexicon | null;
  private readonly budget: ExtractionBudget;

  constructor(options: RuleBasedExtractorOptions = {}) {
    const dictionary = options.dictionary;
    this.dictionaryVersion = dictionary ? dictionaryVersion(dictionary) : null;
    this.lexicon = dictionary && this.dictionaryVersion ? new DictionaryLexicon(dictionary) : null;
    this.recordedVersion = recordedExtractorVersion(this.version, this.dictionaryVersion);
    this.budget = options.budget ?? DEFAULT_EXTRACTION_BUDGET;
  }

  extract(article: Article): Promise<ExtractionResult> {
    return Promise.resolve(this.extractSync(article));
  }

  /** Same as extract, synchronously (benchmarks and batch runs avoid a promise per article). */
  extractSync(article: Article): ExtractionResult {
    const version = this.recordedVersion;
    const body = typeof article.body === 'string' ? article.body : '';
    if (body.trim().length === 0) return { events: [], skippedReason: 'empty article: no text to code', version };
    if (!looksEnglish(body, article.language))
      return { events: [], skippedReason: 'article is not in English: the rule-based coder reads English only', version };
    const overlay = this.lexicon?.overlayOn(typeof article.publishedAt === 'string' ? article.publishedAt : '') ?? null;
    const { events, notes } = withLexiconOverlay(overlay, () => codeArticle(article, version, new BudgetMeter(this.budget)));
    return notes.length > 0 ? { events, notes, version } : { events, version };
  }
}
