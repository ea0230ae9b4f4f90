import { createHash } from 'node:crypto';
import type { DiplomaticEvent } from '../model/diplomatic-event.ts';
import { encodeEvent } from './event-codec.ts';

/**
 * The key layout of the events table, in one place (see docs/data-model.md for the table).
 * Only the DynamoDB repository imports this file.
 *
 * Partition `ART#<articleId>` holds the article record and all its event items, so replacing an
 * article's events is one consistent Query plus writes in one partition. Every time-ordered GSI
 * partition key ends in a month bucket (`#YYYY-MM`) so no index partition collects all writes.
 */
export const ARTICLE_RECORD_SK = 'ARTICLE';
export const EVENT_SK_PREFIX = 'EVT#';
export const CALENDAR_KEY = { pk: 'CALENDAR', sk: 'MONTHS' } as const;

export const ARTICLE_PK_PREFIX = 'ART#';
export const articlePk = (articleId: string): string => `${ARTICLE_PK_PREFIX}${articleId}`;

/**
 * Event counts per actor live in ACTOR_COUNT_SHARDS items of one partition, `ACTORS` / `SHARD#nn`,
 * one number attribute per actor code. An article always counts into the same shard (from its id)
 * with one Update for all its actors, so its write touches one counter item, and writers of
 * different articles seldom the same one (transactions on one item conflict); a reader sums the
 * shards with one Query. The partition is not `ACTORS#n`, where the counters before were, so the
 * reader never mixes the two layouts.
 */
export const ACTOR_COUNT_SHARDS = 16;
export const ACTOR_COUNTS_PK = 'ACTORS';
export const actorCountSk = (shard: number): string => `SHARD#${String(shard).padStart(2, '0')}`;
export const actorCountShardOf = (articleId: string): number => Number.parseInt(articleId.slice(1, 3), 16) % ACTOR_COUNT_SHARDS;

/**
 * Partition `BATCH#<batchId>` holds a batch's record (sk `BATCH`) and one member item per article
 * of the batch (sk `MEMBER#<articleId>`, the article's status), written in the same transaction as
 * the article record, so the batch's counts are one Query on one partition.
 */
export const BATCH_RECORD_SK = 'BATCH';
export const BATCH_MEMBER_SK_PREFIX = 'MEMBER#';
export const batchPk = (batchId: string): string => `BATCH#${batchId}`;
export const batchMemberSk = (articleId: string): string => `${BATCH_MEMBER_SK_PREFIX}${articleId}`;

export const eventSk = (eventId: string): string => `${EVENT_SK_PREFIX}${eventId}`;

/**
 * Partition-key prefixes; the month bucket is appended. Index names say where each lives. An event
 * is one item with an entry in each of the four indexes it has keys for: all events (gsi1), its
 * CAMEO root (gsi2), its source actor (gsi3) and its target actor (gsi4, only with a target).
 * "Actor as source or target" is the merge of gsi3 and gsi4 (event-query-plan.ts).
 */
export const PARTITION = {
  allEvents: { index: 'gsi1', prefix: () => 'EV#' },
  articles: { index: 'gsi1', prefix: () => 'ARTICLES#' },
  root: { index: 'gsi2', prefix: (root: string) => `ROOT#${root}#` },
  source: { index: 'gsi3', prefix: (country: string) => `SRC#${country}#` },
  target: { index: 'gsi4', prefix: (country: string) => `TGT#${country}#` },
} as const;

export type IndexName = 'gsi1' | 'gsi2' | 'gsi3' | 'gsi4';

export const monthOf = (date: string): string => date.slice(0, 7);

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date an event is ordered and filtered by, always YYYY-MM-DD: its own date; when it has
 * none, the article's publication date (else the day it was stored). A date of only a year or a
 * month (`2024`, `2024-10`) becomes the day of that period nearest the publication date (that day
 * itself when it lies inside), so the event sorts beside what was published about it and every
 * from–to range that contains the whole period returns it.
 */
export function eventSortDate(event: DiplomaticEvent, publishedAt: string | null, storedAt: string): string {
  const published = publishedAt?.slice(0, 10);
  const anchor = published && FULL_DATE.test(published) ? published : storedAt.slice(0, 10);
  if (!event.date) return anchor;
  if (FULL_DATE.test(event.date)) return event.date;
  const [first, last] = periodBounds(event.date);
  return anchor < first ? first : anchor > last ? last : anchor;
}

/** First and last day of a year (`2024`) or a month (`2024-10`). */
function periodBounds(period: string): [string, string] {
  if (period.length === 4) return [`${period}-01-01`, `${period}-12-31`];
  const [year, month] = period.split('-').map(Number) as [number, number];
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0); // day 0 of the next month; setUTCFullYear keeps years 1–99 as they are
  return [`${period}-01`, `${period}-${String(lastDay.getUTCDate()).padStart(2, '0')}`];
}

/** Attributes every event item carries: the stored event, and short copies any index can filter or project on. */
interface EventAttributes {
  /** The event, compact (event-codec.ts). */
  z: Uint8Array;
  d: string;
  s: string;
  tg?: string;
  r: string;
  c: string;
  q: number;
  mo: string;
  gs: number;
  /** Hash of the event and the keys: an unchanged event is not rewritten. */
  h: string;
}

export type EventItem = { pk: string; sk: string } & Partial<Record<`gsi${1 | 2 | 3 | 4}${'pk' | 'sk'}`, string>> & EventAttributes;

/**
 * The one item an event is stored as (docs/data-model.md): keys for the all-events, root, source
 * and (with a target) target indexes, the compact event, and the filter copies.
 */
export function eventItem(event: DiplomaticEvent, sortDate: string): EventItem {
  const month = monthOf(sortDate);
  const sortKey = `${sortDate}#${event.id}`;
  const source = event.source.country;
  const target = event.target?.country;
  const keys = {
    pk: articlePk(event.articleId),
    sk: eventSk(event.id),
    gsi1pk: `${PARTITION.allEvents.prefix()}${month}`,
    gsi1sk: sortKey,
    gsi2pk: `${PARTITION.root.prefix(event.cameo.root)}${month}`,
    gsi2sk: sortKey,
    gsi3pk: `${PARTITION.source.prefix(source)}${month}`,
    gsi3sk: sortKey,
    ...(target ? { gsi4pk: `${PARTITION.target.prefix(target)}${month}`, gsi4sk: sortKey } : {}),
  };
  const copies = {
    d: sortDate,
    s: source,
    ...(target ? { tg: target } : {}),
    r: event.cameo.root,
    c: event.cameo.code,
    q: event.quadClass,
    mo: event.modality,
    gs: event.goldstein,
  };
  // Hashed before compression: the hash follows the event, not the compressor's bytes.
  const h = createHash('sha256')
    .update(JSON.stringify([keys, copies, event]))
    .digest('base64url')
    .slice(0, 22);
  return { ...keys, z: encodeEvent(event), ...copies, h };
}

/** The ExclusiveStartKey DynamoDB needs to resume an index Query right after this item. */
export function indexKeyOf(item: Record<string, unknown>, index: IndexName): Record<string, string> {
  const key: Record<string, string> = {};
  for (const name of ['pk', 'sk', `${index}pk`, `${index}sk`]) {
    const value = item[name];
    if (typeof value !== 'string') throw new Error(`item lacks key attribute ${name}`);
    key[name] = value;
  }
  return key;
}
