import type { ArticleLocation, ArticleRecord } from '../model/article.ts';
import type { BatchState, BatchSummary } from '../model/batch.ts';
import type { DiplomaticEvent, Modality } from '../model/diplomatic-event.ts';

/**
 * The storage port. The DynamoDB adapter (dynamo-event-repository.ts) is the only code that
 * knows table keys; handlers and the ingest service talk to this interface.
 *
 * Write methods are idempotent and ordered per S3 object: each takes the object's location
 * (bucket, key, version id or ETag, sequencer) and applies only if it is not older than what is
 * stored (conditional writes on the article record). They return what happened.
 */
export type WriteOutcome =
  /** Applied. */
  | 'written'
  /** The same object version was already applied: nothing changed (duplicate delivery). */
  | 'duplicate'
  /** A newer version of the object is already stored: this older notification was ignored. */
  | 'stale';

export interface ProcessedArticle {
  location: ArticleLocation;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  /** From the page (HTML articles); stored only when known. */
  byline?: string | null;
  siteName?: string | null;
  extractor: string;
  contentHash: string;
  /** Why a processed article has no events (not English, no recognised action…), shown by the API. */
  reason?: string | null;
  /** Notes of the parser and the extractor; the repository adds its own (what it truncated) and bounds them. */
  notes?: readonly string[];
}

/**
 * saveProcessed was given events the data model rejects (schema, ids): the same input fails the
 * same way on every retry, so ingest records the article as failed instead of retrying.
 */
export class UnstorableEventError extends Error {
  override readonly name = 'UnstorableEventError';
}

export interface EventFilter {
  /** Country or organisation code as source or as target. */
  actor?: string;
  source?: string;
  target?: string;
  /** Unordered pair. */
  dyad?: readonly [string, string];
  root?: string;
  code?: string;
  quad?: 1 | 2 | 3 | 4;
  modality?: Modality;
  /** Inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export interface Page<T> {
  items: T[];
  /** Opaque, signed; absent on the last page. */
  cursor?: string;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export interface ActorSummary {
  country: string;
  from: string | null;
  to: string | null;
  asSource: { count: number; averageGoldstein: number | null };
  asTarget: { count: number; averageGoldstein: number | null };
  byRoot: Record<string, number>;
  byQuadClass: Record<'1' | '2' | '3' | '4', number>;
  topCounterparts: { country: string; count: number }[];
  /** Set when the range held more events than one summary reads: the figures cover the newest ones. */
  truncated?: boolean;
}

export type TimelineInterval = 'day' | 'week';

export interface TimelineBucket {
  /** The day, or the Monday starting the ISO week, YYYY-MM-DD. */
  period: string;
  total: number;
  byQuad: Record<'1' | '2' | '3' | '4', number>;
  /** Null when no event of the period has a Goldstein score. */
  meanGoldstein: number | null;
}

export interface EventTimeline {
  interval: TimelineInterval;
  /** Ascending by period; only periods with events. */
  buckets: TimelineBucket[];
  /** Set when the filter matched more than one timeline reads: the newest events are counted. */
  truncated?: boolean;
}

export interface ActorCount {
  /** Country or organisation code. */
  actor: string;
  /** Events with this actor as source or target (an event once). */
  events: number;
}

export interface EventRepository {
  /**
   * Store a successful extraction: replaces the article's events (stale removed, unchanged kept).
   * Free text is cut to the stored limits (stored-limits.ts), with a note on the record saying so.
   */
  saveProcessed(article: ProcessedArticle, events: readonly DiplomaticEvent[]): Promise<WriteOutcome>;
  /** Record a permanent failure with a reason the API shows; removes any events of the article. */
  saveFailed(location: ArticleLocation, reason: string): Promise<WriteOutcome>;
  /** The object was deleted: mark the article deleted and remove its events from every query. */
  saveDeleted(location: ArticleLocation): Promise<WriteOutcome>;

  /** What splitting a batch object did; an older version than the stored one is ignored ('stale'). */
  saveBatch(state: BatchState): Promise<WriteOutcome>;
  /** A batch by its object key, with its articles counted by status; null when never split. */
  getBatch(key: string): Promise<BatchSummary | null>;

  getArticle(articleId: string): Promise<ArticleRecord | null>;
  listArticles(page: PageRequest): Promise<Page<ArticleRecord>>;
  getEvent(eventId: string): Promise<DiplomaticEvent | null>;
  /** Newest first. Every filter combination is answered by Query on one key or index, never Scan. */
  queryEvents(filter: EventFilter, page: PageRequest): Promise<Page<DiplomaticEvent>>;
  eventsOfArticle(articleId: string): Promise<DiplomaticEvent[]>;
  /** The record and its events as one committed write left them (never a record beside another write's events). */
  articleWithEvents(articleId: string): Promise<{ article: ArticleRecord; events: DiplomaticEvent[] } | null>;
  actorSummary(country: string, range: { from?: string; to?: string }): Promise<ActorSummary>;
  /** Actors whose code starts with `prefix` (upper case), most events first. */
  listActors(prefix: string, page: PageRequest): Promise<Page<ActorCount>>;
  /** Events per day or ISO week for the same filters as queryEvents; bounded reads (`truncated`). */
  eventTimeline(filter: EventFilter, interval: TimelineInterval): Promise<EventTimeline>;
}
