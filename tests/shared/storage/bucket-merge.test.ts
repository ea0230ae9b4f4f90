import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent } from '../../../shared/model/diplomatic-event.ts';
import { walkMergedBuckets } from '../../../shared/storage/bucket-merge.ts';
import { planEventQuery } from '../../../shared/storage/event-query-plan.ts';
import { DynamoEventRepository } from '../../../shared/storage/dynamo-event-repository.ts';
import type { EventFilter } from '../../../shared/storage/event-repository.ts';
import { seededRandom } from '../../../infra/local/seeded-random.ts';
import { useDynamoDbLocal } from '../../support/dynamodb-local.ts';
import { event, location, processedArticle } from './event-fixtures.ts';

/**
 * The merged walk of two index streams (actor as source or target, dyad) against DynamoDB Local:
 * paging through every page, with small pages, a few Queries per page and date ranges, gives
 * exactly the events the filter selects, newest first, each once — domestic events included.
 */
const dynamo = useDynamoDbLocal();

const ACTORS = ['KOR', 'CHN', 'JPN', 'USA'];
const DAYS = ['2025-01-05', '2025-01-20', '2025-02-03', '2025-02-03', '2025-03-10', '2025-03-28'];

function matches(e: DiplomaticEvent, filter: EventFilter): boolean {
  const source = e.source.country;
  const target = e.target?.country;
  if (filter.actor && source !== filter.actor && target !== filter.actor) return false;
  if (filter.dyad && !((source === filter.dyad[0] && target === filter.dyad[1]) || (source === filter.dyad[1] && target === filter.dyad[0]))) return false;
  if (filter.from && e.date! < filter.from) return false;
  if (filter.to && e.date! > filter.to) return false;
  if (filter.root && e.cameo.root !== filter.root) return false;
  return true;
}

const newestFirst = (a: DiplomaticEvent, b: DiplomaticEvent): number => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : a.id < b.id ? 1 : -1);

async function storeEvents() {
  const { documentClient, tableName } = await dynamo.newTable();
  const rand = seededRandom(7);
  const stored: DiplomaticEvent[] = [];
  for (let a = 0; a < 12; a++) {
    const loc = location(`articles/merge-${a}.txt`, '01');
    const events = Array.from({ length: 8 }, (_, n) => {
      const source = ACTORS[Math.floor(rand() * ACTORS.length)]!;
      // some domestic events (source = target) and some without a target
      const roll = rand();
      const target = roll < 0.15 ? null : roll < 0.55 ? source : ACTORS[Math.floor(rand() * ACTORS.length)]!;
      return event(loc, { n, source, target, date: DAYS[Math.floor(rand() * DAYS.length)]!, code: rand() < 0.5 ? '042' : '190' });
    });
    await new DynamoEventRepository(documentClient, tableName, { calendarTtlMs: 0 }).saveProcessed(processedArticle(loc), events);
    stored.push(...events);
  }
  return { documentClient, tableName, stored };
}

describe('merged walk over the source and target indexes', () => {
  it('pages through exactly the selected events, newest first, each once', { timeout: 120_000 }, async () => {
    const { documentClient, tableName, stored } = await storeEvents();

    const filters: EventFilter[] = [
      { actor: 'KOR' },
      { actor: 'CHN', from: '2025-01-20', to: '2025-03-10' },
      { actor: 'JPN', root: '19' },
      { dyad: ['KOR', 'CHN'] },
      { dyad: ['USA', 'USA'] },
      { dyad: ['CHN', 'JPN'], from: '2025-02-03' },
    ];
    for (const filter of filters) {
      const expected = stored.filter((e) => matches(e, filter)).sort(newestFirst);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      for (const [limit, maxQueriesPerPage] of [
        [1, 24],
        [3, 2],
        [7, 24],
        [100, 24],
      ] as const) {
        const repository = new DynamoEventRepository(documentClient, tableName, { calendarTtlMs: 0, maxQueriesPerPage });
        const seen: DiplomaticEvent[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await repository.queryEvents(filter, { limit, ...(cursor ? { cursor } : {}) });
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.items);
          cursor = page.cursor;
        } while (cursor && ++pages < 500);
        expect(
          seen.map((e) => e.id),
          `${JSON.stringify(filter)} limit ${limit}`,
        ).toEqual(expected.map((e) => e.id));
      }
    }
  });
});

describe('walkMergedBuckets', () => {
  it('returns an item only when every stream has read past it (filters leaving Queries short)', { timeout: 120_000 }, async () => {
    const { documentClient, tableName, stored } = await storeEvents();
    const months = ['2025-03', '2025-02', '2025-01'];
    for (const filter of [{ dyad: ['KOR', 'CHN'] }, { dyad: ['JPN', 'USA'], from: '2025-01-20' }, { actor: 'CHN', root: '19' }] satisfies EventFilter[]) {
      const expected = stored.filter((e) => matches(e, filter)).sort(newestFirst);
      const { streams } = planEventQuery(filter);
      for (const limit of [1, 2, 5]) {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await walkMergedBuckets(
            documentClient,
            tableName,
            { streams, months, ...(filter.from ? { from: filter.from } : {}), filteredReadLimit: 3 },
            { limit, ...(cursor ? { cursor } : {}) },
            4,
          );
          seen.push(...page.items.map((item) => String(item.sk).slice(4)));
          cursor = page.cursor;
        } while (cursor && ++pages < 500);
        expect(seen, `${JSON.stringify(filter)} limit ${limit}`).toEqual(expected.map((e) => e.id));
      }
    }
  });
});
