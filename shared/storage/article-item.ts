import type { ArticleRecord, ArticleStatus } from '../model/article.ts';
import { ARTICLE_RECORD_SK, articlePk, monthOf, PARTITION } from './keys.ts';
import type { StoredOutcome } from './write-order.ts';

/**
 * The article record as stored: the public ArticleRecord plus the bookkeeping that makes it the
 * commit point of every write to the article's partition.
 *  - revision: bumped by every transaction that touches the partition (optimistic concurrency);
 *  - state: 'writing' while a write too large for one transaction is in progress, else 'complete';
 *  - claim: the token of the invocation that owns an in-progress write;
 *  - fingerprint: the outcome of the last write, for duplicate detection;
 *  - countedActors: what the article's events add to the actor counts (changed with those counts).
 */
export interface ArticleItem extends ArticleRecord {
  pk: string;
  sk: string;
  type: 'article';
  revision: number;
  state: 'writing' | 'complete';
  claim: string;
  fingerprint: string;
  /**
   * What this article's events add to each actor's event count in its counter shard (actor-counts.ts).
   * Absent on records older than the shards: their `actorEvents` went to the counters before, which
   * nothing reads now, so their next write counts them afresh.
   */
  countedActors?: Record<string, number>;
  gsi1pk: string;
  gsi1sk: string;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Articles are listed by publication date, else by the day they were first stored. */
export function articleListDate(record: Pick<ArticleRecord, 'publishedAt' | 'createdAt'>): string {
  return record.publishedAt && FULL_DATE.test(record.publishedAt) ? record.publishedAt.slice(0, 10) : record.createdAt.slice(0, 10);
}

export function articleItem(
  record: ArticleRecord,
  bookkeeping: { revision: number; state: 'writing' | 'complete'; claim: string; fingerprint: string; countedActors: Record<string, number> },
): ArticleItem {
  const date = articleListDate(record);
  return {
    ...record,
    pk: articlePk(record.id),
    sk: ARTICLE_RECORD_SK,
    type: 'article',
    ...bookkeeping,
    gsi1pk: `${PARTITION.articles.prefix()}${monthOf(date)}`,
    gsi1sk: articleListSortKey(record),
  };
}

/**
 * Newest first is `ScanIndexForward = false` on this key: the list day, then the article's time
 * within that day, then the id so that equal times still page stably. Publication dates are
 * whole days (YYYY-MM-DD), so the only time of day an article has is when it was first stored
 * (`createdAt`, an ISO instant that later writes keep). Without it, articles of the same day
 * came back in the order of their hash ids.
 */
export function articleListSortKey(record: Pick<ArticleRecord, 'id' | 'publishedAt' | 'createdAt'>): string {
  return `${articleListDate(record)}#${record.createdAt}#${record.id}`;
}

const STATUSES: readonly ArticleStatus[] = ['processed', 'failed', 'deleted'];

export function articleRecordOf(item: Record<string, unknown>): ArticleRecord {
  const text = (name: string): string | null => (typeof item[name] === 'string' ? item[name] : null);
  const status = STATUSES.includes(item.status as ArticleStatus) ? (item.status as ArticleStatus) : 'failed';
  return {
    id: String(item.id),
    bucket: String(item.bucket),
    key: String(item.key),
    versionId: text('versionId'),
    etag: text('etag'),
    sequencer: text('sequencer'),
    title: text('title'),
    url: text('url'),
    publishedAt: text('publishedAt'),
    // Absent on records stored before bylines and site names were kept, and for non-HTML articles.
    ...(text('byline') !== null ? { byline: text('byline') } : {}),
    ...(text('siteName') !== null ? { siteName: text('siteName') } : {}),
    status,
    reason: text('reason'),
    extractor: text('extractor'),
    eventCount: typeof item.eventCount === 'number' ? item.eventCount : 0,
    contentHash: text('contentHash'),
    // Records stored before notes existed have none.
    notes: Array.isArray(item.notes) ? item.notes.filter((note): note is string => typeof note === 'string') : [],
    createdAt: String(item.createdAt),
    updatedAt: String(item.updatedAt),
  };
}

export function storedOutcomeOf(item: ArticleItem | undefined): StoredOutcome | null {
  if (!item) return null;
  return {
    versionId: item.versionId ?? null,
    etag: item.etag ?? null,
    sequencer: item.sequencer ?? null,
    complete: item.state === 'complete',
    fingerprint: item.fingerprint,
  };
}
