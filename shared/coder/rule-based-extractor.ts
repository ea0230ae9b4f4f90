import type { Article } from '../model/article.ts';
import type { Extractor, ExtractionResult } from '../extractor/extractor.ts';
import { codeArticle } from './article-coder.ts';
import { describeCutSentences, splitSentences } from './text/sentence-splitter.ts';
import { looksEnglish } from '../article/language.ts';

/**
 * Accord's rule-based CAMEO coder behind the Extractor interface: deterministic, offline, no I/O.
 * Dictionaries and patterns are compiled once when this module loads.
 */
export class RuleBasedExtractor implements Extractor {
  readonly version = 'rules/1.0.0';

  async extract(article: Article): Promise<ExtractionResult> {
    return this.extractSync(article);
  }

  /** Same as extract, synchronously (benchmarks and batch runs avoid a promise per article). */
  extractSync(article: Article): ExtractionResult {
    const body = typeof article.body === 'string' ? article.body : '';
    if (body.trim().length === 0) return { events: [], skippedReason: 'empty article: no text to code' };
    if (!looksEnglish(body)) return { events: [], skippedReason: 'article is not in English: the rule-based coder reads English only' };
    const events = codeArticle(article, this.version);
    // Splitting again is linear and cheap next to coding; it keeps codeArticle text in, events out.
    const cut = describeCutSentences(splitSentences(body));
    return cut ? { events, notes: [cut] } : { events };
  }
}
