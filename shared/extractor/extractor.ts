import type { Article } from '../model/article.ts';
import type { DiplomaticEvent } from '../model/diplomatic-event.ts';

/**
 * Turns one article into diplomatic events. Implementations are pure with respect to
 * storage and transport: handlers and the CLI call them, they never call AWS.
 * The rule-based coder is one backend; another (an LLM on Bedrock, say) can be added
 * behind the same interface without touching handlers or storage.
 */
export interface Extractor {
  /** Name and version of the extractor itself, e.g. "rules/1.24.0". */
  readonly version: string;
  /** Version of the analysts' dictionary it codes with ("dict/sha256:…"); null or absent without one. */
  readonly dictionaryVersion?: string | null;
  extract(article: Article): Promise<ExtractionResult>;
  /**
   * Extractors that load configuration (the ingest's dictionary) check it again on their next
   * extract after this call; the ingest calls it once per batch. No I/O here.
   */
  expire?(): void;
  /**
   * Starts, without waiting, what the next extract would first wait for (the dictionary check after `expire`);
   * the ingest calls it before it downloads an article, so the two round trips overlap. Never rejects.
   */
  prepare?(): void;
}

export interface ExtractionResult {
  events: DiplomaticEvent[];
  /** Set when the article yields no events for a reason the user should see (empty, not English, …). */
  skippedReason?: string;
  /**
   * What produced this result, as stored on the article record and stamped on the events: the
   * extractor's version plus its dictionary's ("rules/1.24.0+dict.0123456789ab"). Absent: `version`.
   * Returned per result because an extractor whose dictionary is reloaded (ingest) may change between calls.
   */
  version?: string;
  /** What the extractor noticed about the text and worked around (e.g. sentences cut for length), in words a user can read. */
  notes?: string[];
}
