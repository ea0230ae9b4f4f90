import { articleIdFor } from '../../../shared/model/article.ts';
import type { DiplomaticEvent } from '../../../shared/model/diplomatic-event.ts';
import { actorEventsOf } from '../../../shared/storage/actor-counts.ts';
import type { EventRepository } from '../../../shared/storage/event-repository.ts';
import type { Expected } from './oracle.ts';

/**
 * Compares the table with the expected state, exactly: each article record (status, reason,
 * content hash, extractor, event count), each article's events (same ids, same content), and the
 * global event listing (every expected event once, nothing else: no duplicates, no leftovers of
 * deleted, failed or replaced versions).
 */
export interface KeyProblem {
  key: string;
  why: string;
  /** Stored events beyond the expected ones for this key (duplicates, leftovers), in any read path. */
  extraEvents: number;
  /** Expected events of this key that some read path does not return. */
  missingEvents: number;
}

export interface CheckResult {
  /** Keys whose record and events are exactly as expected, by expected status. */
  matched: Map<string, Expected['status']>;
  mismatched: KeyProblem[];
  /** Events in the listing that belong to no uploaded key at all. */
  strayEvents: number;
}

export async function checkTable(repository: EventRepository, bucket: string, expected: ReadonlyMap<string, Expected>): Promise<CheckResult> {
  // Every query path must agree: walk the whole event listing once, grouped by article.
  const listed = new Map<string, Map<string, number>>();
  let cursor: string | undefined;
  do {
    const page = await repository.queryEvents({}, { limit: 100, ...(cursor ? { cursor } : {}) });
    for (const event of page.items) {
      const ids = listed.get(event.articleId) ?? new Map<string, number>();
      ids.set(event.id, (ids.get(event.id) ?? 0) + 1);
      listed.set(event.articleId, ids);
    }
    cursor = page.cursor;
  } while (cursor);

  const result: CheckResult = { matched: new Map(), mismatched: [], strayEvents: 0 };
  for (const [key, want] of expected) {
    const articleId = articleIdFor(bucket, key);
    const [record, events] = await Promise.all([repository.getArticle(articleId), repository.eventsOfArticle(articleId)]);
    const wantEvents = want.status === 'processed' ? want.events : [];
    const diff = compareEvents(events, wantEvents);
    const wantIds = new Set(wantEvents.map((event) => event.id));
    const inListing = listed.get(articleId) ?? new Map<string, number>();
    listed.delete(articleId);
    let listingExtra = 0;
    for (const [id, count] of inListing) listingExtra += wantIds.has(id) ? count - 1 : count;
    const listingMissing = [...wantIds].filter((id) => !inListing.has(id)).length;

    const problems: string[] = [];
    if (!record) problems.push('no article record');
    else {
      if (record.status !== want.status) problems.push(`status ${record.status}, expected ${want.status}`);
      if (want.status === 'failed' && record.reason !== want.reason) problems.push(`reason "${record.reason}", expected "${want.reason}"`);
      if (want.status === 'processed') {
        if (record.contentHash !== want.contentHash) problems.push('content hash of another version');
        if (record.extractor !== want.extractor) problems.push(`extractor ${record.extractor}`);
      }
      if (record.eventCount !== wantEvents.length) problems.push(`eventCount ${record.eventCount}, expected ${wantEvents.length}`);
    }
    if (diff.extra + diff.missing + diff.changed > 0) problems.push(`article events: ${diff.extra} extra, ${diff.missing} missing, ${diff.changed} changed`);
    if (listingExtra + listingMissing > 0) problems.push(`event listing: ${listingExtra} extra, ${listingMissing} missing`);
    if (problems.length === 0) result.matched.set(key, want.status);
    else {
      result.mismatched.push({
        key,
        why: problems.join('; '),
        extraEvents: Math.max(diff.extra, listingExtra),
        missingEvents: Math.max(diff.missing, listingMissing),
      });
    }
  }
  for (const ids of listed.values()) for (const count of ids.values()) result.strayEvents += count;
  return result;
}
/** Actor → [listed count, expected count] for every actor whose listed event count is not the expected one. */
export async function actorCountMismatches(repository: EventRepository, expected: ReadonlyMap<string, Expected>): Promise<Record<string, [number, number]>> {
  const wanted: Record<string, number> = {};
  for (const want of expected.values()) {
    if (want.status !== 'processed') continue;
    for (const [actor, count] of Object.entries(actorEventsOf(want.events))) wanted[actor] = (wanted[actor] ?? 0) + count;
  }
  const listed: Record<string, number> = {};
  let cursor: string | undefined;
  do {
    const page = await repository.listActors('', { limit: 100, ...(cursor ? { cursor } : {}) });
    for (const { actor, events } of page.items) listed[actor] = events;
    cursor = page.cursor;
  } while (cursor);
  const mismatches: Record<string, [number, number]> = {};
  for (const actor of new Set([...Object.keys(wanted), ...Object.keys(listed)])) {
    if ((listed[actor] ?? 0) !== (wanted[actor] ?? 0)) mismatches[actor] = [listed[actor] ?? 0, wanted[actor] ?? 0];
  }
  return mismatches;
}

function compareEvents(stored: readonly DiplomaticEvent[], wanted: readonly DiplomaticEvent[]) {
  const byId = new Map<string, DiplomaticEvent[]>();
  for (const event of stored) byId.set(event.id, [...(byId.get(event.id) ?? []), event]);
  let extra = 0;
  let missing = 0;
  let changed = 0;
  for (const want of wanted) {
    const copies = byId.get(want.id) ?? [];
    if (copies.length === 0) missing++;
    else {
      extra += copies.length - 1;
      if (canonical(copies[0]) !== canonical(want)) changed++;
    }
    byId.delete(want.id);
  }
  for (const copies of byId.values()) extra += copies.length;
  return { extra, missing, changed };
}

/** JSON with sorted keys, so field order does not matter. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
