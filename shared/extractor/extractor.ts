import type { Article } from '../model/article.ts';
import type { DiplomaticEvent } from '../model/diplomatic-event.ts';

/**
 * Turns one article into diplomatic events. Implementations are pure with respect to
 * storage and transport: handlers and the CLI call them, they never call AWS.
 * The rule-based coder is one backend; another (an LLM on Bedrock, say) can be added
 * behind the same interface without touching handlers or storage.
 */
export interface Extractor {
  /** Name and version stamped on every event, e.g. "rules/1.0.0". */
  readonly version: string;
  extract(article: Article): Promise<ExtractionResult>;
}

export interface ExtractionResult {
  events: DiplomaticEvent[];
  /** Set when the article yields no events for a reason the user should see (empty, not English, …). */
  skippedReason?: string;
  /** How the extraction departed from ordinary prose (e.g. an overlong sentence coded in pieces), for the article record. */
  notes?: string[];
}
