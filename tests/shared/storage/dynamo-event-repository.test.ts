import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleIdFor, type ArticleLocation } from '../../../shared/model/article.ts';
import type { DiplomaticEvent } from '../../../shared/model/diplomatic-event.ts';
import { DynamoEventRepository } from '../../../shared/storage/dynamo-event-repository.ts';
import type { EventFilter } from '../../../shared/storage/event-repository.ts';
import { useDynamoDbLocal } from '../../support/dynamodb-local.ts';
import { event, location, processedArticle } from './event-fixtures.ts';

const dynamo = useDynamoDbLocal();

async function newRepository(options: ConstructorParameters<typeof DynamoEventRepository>[2] = {}) {
  const { documentClient, tableName } = await dynamo.newTable();
  const make = (more = {}) => new DynamoEventRepository(documentClient, tableName, { calendarTtlMs: 0, ...options, ...more });
  return { repository: make(), make, documentClient, tableName };
}

const ids = (events: DiplomaticEvent[]) => events.map((e) => e.id);

async function allPages(repository: DynamoEventRepository, filter: EventFilter, limit: number) {
  const pages: DiplomaticEvent[][] = [];
  let cursor: string | undefined;
  do {
    const page = await repository.queryEvents(filter, { limit, ...(cursor ? { cursor } : {}) });
    pages.push(page.items);
    cursor = page.cursor;
  } while (cursor && pages.length < 100);
  return pages;
}

describe('DynamoEventRepository access patterns', () => {
  const a1 = location('articles/a1.txt', '0001');
  const a2 = location('articles/a2.txt', '0001');
  const a3 = location('articles/a3.txt', '0001');
  const A1 = {
    e1: event(a1, { n: 1, source: 'KOR', target: 'CHN', code: '042', date: '2025-03-10' }),
    e2: event(a1, { n: 2, source: 'CHN', target: 'KOR', code: '112', date: '2025-03-12', modality: 'planned', goldstein: -2 }),
    e3: event(a1, { n: 3, source: 'USA', target: 'KOR', code: '190', date: null, goldstein: -10 }),
  };
  const A2 = {
    e1: event(a2, { n: 1, source: 'KOR', target: 'KOR', code: '173', date: '2025-01', goldstein: -5 }),
    e2: event(a2, { n: 2, source: 'JPN', target: null, code: '010', date: '2024-12-20', goldstein: 0 }),
  };
  const A3 = {
    e1: event(a3, { n: 1, source: 'CHN', target: 'KOR', code: '057', date: '2025-02-01', goldstein: 8 }),
    e2: event(a3, { n: 2, source: 'KOR', target: 'JPN', code: '036', date: '2025-02-14', goldstein: 4 }),
  };
  let repository: DynamoEventRepository;

  beforeAll(async () => {
    ({ repository } = await newRepository());
    expect(await repository.saveProcessed(processedArticle(a1, { publishedAt: '2025-03-10' }), Object.values(A1))).toBe('written');
    expect(await repository.saveProcessed(processedArticle(a2, { publishedAt: '2025-01-05' }), Object.values(A2))).toBe('written');
    expect(await repository.saveProcessed(processedArticle(a3, { publishedAt: '2025-02-01' }), Object.values(A3))).toBe('written');
  });

  const query = async (filter: EventFilter, limit = 100) => ids((await repository.queryEvents(filter, { limit })).items);

  it('actor: as source or as target, newest first, a domestic event once', async () => {
    expect(await query({ actor: 'KOR' })).toEqual(ids([A1.e2, A1.e3, A1.e1, A3.e2, A3.e1, A2.e1]));
  });

  it('source only and target only', async () => {
    expect(await query({ source: 'KOR' })).toEqual(ids([A1.e1, A3.e2, A2.e1]));
    expect(await query({ target: 'KOR' })).toEqual(ids([A1.e2, A1.e3, A3.e1, A2.e1]));
  });

  it('dyad is an unordered pair; source+target is the ordered one', async () => {
    const expected = ids([A1.e2, A1.e1, A3.e1]);
    expect(await query({ dyad: ['KOR', 'CHN'] })).toEqual(expected);
    expect(await query({ dyad: ['CHN', 'KOR'] })).toEqual(expected);
    expect(await query({ source: 'KOR', target: 'CHN' })).toEqual(ids([A1.e1]));
    expect(await query({ dyad: ['KOR', 'CHN'], actor: 'USA' })).toEqual([]);
    expect(await query({ dyad: ['KOR', 'KOR'] })).toEqual(ids([A2.e1]));
  });

  it('CAMEO root, code within a root, quad class and modality', async () => {
    expect(await query({ root: '04' })).toEqual(ids([A1.e1]));
    expect(await query({ code: '042' })).toEqual(ids([A1.e1]));
    expect(await query({ code: '0421' })).toEqual([]);
    expect(await query({ root: '05', code: '042' })).toEqual([]);
    expect(await query({ quad: 4 })).toEqual(ids([A1.e3, A2.e1]));
    expect(await query({ quad: 1, actor: 'KOR' })).toEqual(ids([A1.e1, A3.e2, A3.e1]));
    expect(await query({ modality: 'planned' })).toEqual(ids([A1.e2]));
    expect(await query({ actor: 'KOR', modality: 'asserted', root: '05' })).toEqual(ids([A3.e1]));
  });

  it('date range, newest first, across month buckets; partial dates order by publication date', async () => {
    expect(await query({ from: '2025-02-01', to: '2025-02-28' })).toEqual(ids([A3.e2, A3.e1]));
    expect(await query({ from: '2025-03-10', to: '2025-03-10' })).toEqual(ids([A1.e3, A1.e1]));
    expect(await query({ to: '2025-01-31' })).toEqual(ids([A2.e1, A2.e2]));
    expect(await query({ from: '2025-03-11' })).toEqual(ids([A1.e2]));
    expect(await query({ from: '2025-04-01', to: '2025-03-01' })).toEqual([]);
    expect(await query({})).toEqual(ids([A1.e2, A1.e3, A1.e1, A3.e2, A3.e1, A2.e1, A2.e2]));
  });

  it('an event dated only to a month or a year matches every range that contains that period', async () => {
    const { repository: own } = await newRepository();
    const later = location('articles/retrospective.txt', '01');
    const month = event(later, { n: 1, source: 'KOR', target: 'CHN', date: '2024-10' });
    const year = event(later, { n: 2, source: 'KOR', target: 'JPN', date: '2024' });
    await own.saveProcessed(processedArticle(later, { publishedAt: '2026-01-05' }), [month, year]);
    const within = async (from: string, to: string) => ids((await own.queryEvents({ from, to }, { limit: 10 })).items).sort();
    expect(await within('2024-10-01', '2024-10-31')).toEqual(ids([month]));
    expect(await within('2024-01-01', '2024-12-31')).toEqual(ids([month, year]).sort());
    expect(await within('2023-06-01', '2025-06-30')).toEqual(ids([month, year]).sort());
    expect(await within('2025-01-01', '2026-01-31')).toEqual([]);
  });

  it('an article with its events is one committed write, even when a re-extraction commits between the reads', async () => {
    const { documentClient, tableName, make } = await newRepository();
    const story = location('articles/straddle.txt', '0001');
    const storyId = articleIdFor(story.bucket, story.key);
    const writer = make();
    const coded = [event(story, { n: 1, source: 'KOR', target: 'CHN' }), event(story, { n: 2, source: 'CHN', target: 'KOR' })];
    await writer.saveProcessed(processedArticle(story, { extractor: 'rules/0.1.0' }), []);

    // The first Query for the events returns what it read, and only then does the re-extraction commit.
    let straddled = false;
    const straddling = {
      send: async (command: unknown) => {
        const result = await documentClient.send(command as QueryCommand);
        if (!straddled && command instanceof QueryCommand && String(command.input.ExpressionAttributeValues?.[':events']) === 'EVT#') {
          straddled = true;
          expect(await writer.saveProcessed(processedArticle(story, { extractor: 'rules/1.0.0' }), coded)).toBe('written');
        }
        return result;
      },
    } as unknown as typeof documentClient;
    const reader = new DynamoEventRepository(straddling, tableName, { calendarTtlMs: 0 });

    const view = await reader.articleWithEvents(storyId);
    expect(straddled).toBe(true);
    expect(view?.article).toMatchObject({ extractor: 'rules/1.0.0', eventCount: 2 });
    expect(ids(view!.events)).toEqual(ids(coded));
    expect(await reader.articleWithEvents(articleIdFor(story.bucket, 'articles/never.txt'))).toBeNull();
    expect(await reader.articleWithEvents('garbage')).toBeNull();
  });

  it('by article, single event, article records', async () => {
    const a1Id = articleIdFor(a1.bucket, a1.key);
    expect(ids(await repository.eventsOfArticle(a1Id))).toEqual(ids([A1.e1, A1.e2, A1.e3]));
    expect(await repository.getEvent(A1.e2.id)).toEqual(A1.e2);
    expect(await repository.getEvent(`${a1Id}-nope`)).toBeNull();
    expect(await repository.getEvent('not-an-event')).toBeNull();
    const article = await repository.getArticle(a1Id);
    expect(article).toMatchObject({
      id: a1Id,
      bucket: a1.bucket,
      key: a1.key,
      sequencer: '0001',
      status: 'processed',
      reason: null,
      eventCount: 3,
      extractor: 'rules/1.0.0',
      contentHash: 'c'.repeat(64),
      title: 'Title of articles/a1.txt',
      publishedAt: '2025-03-10',
    });
    expect(article?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await repository.getArticle('a00000000000000000000')).toBeNull();
    expect(await repository.getArticle('garbage')).toBeNull();
    const listed = await repository.listArticles({ limit: 10 });
    expect(listed.items.map((a) => a.key)).toEqual([a1.key, a3.key, a2.key]);
    expect(listed.cursor).toBeUndefined();
  });

  it('lists articles page by page', async () => {
    const first = await repository.listArticles({ limit: 2 });
    expect(first.items.map((a) => a.key)).toEqual([a1.key, a3.key]);
    expect(first.cursor).toBeDefined();
    const second = await repository.listArticles({ limit: 2, cursor: first.cursor! });
    expect(second.items.map((a) => a.key)).toEqual([a2.key]);
  });

  it('lists articles of the same day newest first by their time, before older days, across pages', async () => {
    let clock = Date.parse('2025-06-01T08:00:00.000Z');
    const { repository: timed } = await newRepository({ now: () => new Date(clock) });
    // Stored in descending id order, so the newest article has the smallest id: an order by id
    // (what the hash in the sort key gave) would list them oldest first.
    const sameDay = ['articles/day/morning.txt', 'articles/day/noon.txt', 'articles/day/evening.txt', 'articles/day/night.txt']
      .map((key) => location(key, '01'))
      .sort((a, b) => (articleIdFor(b.bucket, b.key) < articleIdFor(a.bucket, a.key) ? -1 : 1));
    for (const loc of sameDay) {
      await timed.saveProcessed(processedArticle(loc, { publishedAt: '2025-05-31' }), []);
      clock += 60 * 60 * 1000;
    }
    // Stored last, but published the day before: the day comes first, then the time.
    const dayBefore = location('articles/day/before.txt', '01');
    await timed.saveProcessed(processedArticle(dayBefore, { publishedAt: '2025-05-30' }), []);

    const expected = [...[...sameDay].reverse(), dayBefore].map((loc) => loc.key);
    expect((await timed.listArticles({ limit: 10 })).items.map((a) => a.key)).toEqual(expected);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await timed.listArticles({ limit: 2, ...(cursor ? { cursor } : {}) });
      paged.push(...page.items.map((a) => a.key));
      cursor = page.cursor;
    } while (cursor);
    expect(paged).toEqual(expected);

    // A later write (here a re-extraction) keeps the article's time, so it keeps its place.
    clock += 60 * 60 * 1000;
    const oldest = sameDay[0]!;
    expect(await timed.saveProcessed(processedArticle(oldest, { publishedAt: '2025-05-31', extractor: 'rules/2.0.0' }), [])).toBe('written');
    expect((await timed.listArticles({ limit: 10 })).items.map((a) => a.key)).toEqual(expected);
  });

  it('empty results: unknown actor, and an empty table', async () => {
    expect(await repository.queryEvents({ actor: 'FRA' }, { limit: 25 })).toEqual({ items: [] });
    const { repository: empty } = await newRepository();
    expect(await empty.queryEvents({}, { limit: 25 })).toEqual({ items: [] });
    expect(await empty.queryEvents({ dyad: ['KOR', 'CHN'] }, { limit: 25 })).toEqual({ items: [] });
    expect(await empty.listArticles({ limit: 25 })).toEqual({ items: [] });
    expect(await empty.eventsOfArticle(articleIdFor('b', 'k'))).toEqual([]);
    const summary = await empty.actorSummary('KOR', {});
    expect(summary.asSource).toEqual({ count: 0, averageGoldstein: null });
    expect(summary.topCounterparts).toEqual([]);
  });

  it('actor summary: counts by root and quad class, average Goldstein per role, top counterparts', async () => {
    const summary = await repository.actorSummary('KOR', {});
    // As source: A1.e1 (1.9), A3.e2 (4), A2.e1 (-5); as target: A1.e2 (-2), A1.e3 (-10), A3.e1 (8), A2.e1 (-5).
    expect(summary.asSource).toEqual({ count: 3, averageGoldstein: 0.3 });
    expect(summary.asTarget).toEqual({ count: 4, averageGoldstein: -2.25 });
    expect(summary.byRoot).toEqual({ '04': 1, '11': 1, '19': 1, '17': 1, '05': 1, '03': 1 });
    expect(summary.byQuadClass).toEqual({ '1': 3, '2': 0, '3': 1, '4': 2 });
    expect(summary.topCounterparts).toEqual([
      { country: 'CHN', count: 3 },
      { country: 'JPN', count: 1 },
      { country: 'USA', count: 1 },
    ]);
    const february = await repository.actorSummary('KOR', { from: '2025-02-01', to: '2025-02-28' });
    expect(february.asSource.count + february.asTarget.count).toBe(2);
    expect(february.from).toBe('2025-02-01');
  });
});

describe('DynamoEventRepository pagination', () => {
  it('walks month buckets newest first across several pages without loss or repeats', async () => {
    const { repository } = await newRepository();
    const expected: DiplomaticEvent[] = [];
    const months = ['2024-11', '2024-12', '2025-01', '2025-02'];
    for (const [m, month] of months.entries()) {
      const loc = location(`articles/bulk-${month}.txt`, '01');
      const events = Array.from({ length: 15 }, (_, n) =>
        event(loc, {
          n,
          source: n % 3 === 0 ? 'KOR' : 'USA',
          target: 'CHN',
          date: `${month}-${String(1 + n).padStart(2, '0')}`,
          modality: n % 2 ? 'planned' : 'asserted',
        }),
      );
      expect(await repository.saveProcessed(processedArticle(loc, { publishedAt: `${month}-01` }), events)).toBe('written');
      expected.push(...events);
      expect(m).toBeLessThan(months.length);
    }
    const newestFirst = [...expected].sort((a, b) => (b.date! + b.id).localeCompare(a.date! + a.id));

    const pages = await allPages(repository, {}, 7);
    expect(pages.length).toBeGreaterThanOrEqual(9);
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
    expect(ids(pages.flat())).toEqual(ids(newestFirst));

    // With a FilterExpression (modality) and a key (actor) the pages still add up exactly.
    const filtered = await allPages(repository, { actor: 'KOR', modality: 'planned' }, 2);
    expect(ids(filtered.flat())).toEqual(ids(newestFirst.filter((e) => e.source.country === 'KOR' && e.modality === 'planned')));
    expect(filtered.length).toBeGreaterThan(1);
  });

  it('stops a page after its Query budget and resumes from the cursor', async () => {
    const { make } = await newRepository();
    const writer = make();
    for (const month of ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']) {
      const loc = location(`articles/sparse-${month}.txt`, '01');
      const events = [event(loc, { n: 1, source: 'USA', target: 'CHN', date: `${month}-15` })];
      if (month === '2024-01') events.push(event(loc, { n: 2, source: 'FRA', target: 'DEU', date: '2024-01-10' }));
      await writer.saveProcessed(processedArticle(loc), events);
    }
    const reader = make({ maxQueriesPerPage: 2 });
    const first = await reader.queryEvents({ actor: 'FRA' }, { limit: 5 });
    expect(first.items).toEqual([]);
    expect(first.cursor).toBeDefined();
    const pages = await allPages(reader, { actor: 'FRA' }, 5);
    expect(pages.flat().map((e) => e.source.country)).toEqual(['FRA']);
  });

  it('sees a month another process added even with a cached calendar', async () => {
    const { make } = await newRepository();
    const reader = make({ calendarTtlMs: 60_000 });
    const writer = make();
    expect(await reader.queryEvents({ actor: 'KOR' }, { limit: 5 })).toEqual({ items: [] });
    const loc = location('articles/new-month.txt', '01');
    const fresh = event(loc, { n: 1, source: 'KOR', date: '2019-05-04' });
    await writer.saveProcessed(processedArticle(loc), [fresh]);
    expect(ids((await reader.queryEvents({ actor: 'KOR' }, { limit: 5 })).items)).toEqual([fresh.id]);
    expect((await reader.listArticles({ limit: 5 })).items).toHaveLength(1);
  });

  it('bounds an actor summary and says so', async () => {
    const { make } = await newRepository();
    const loc = location('articles/summary.txt', '01');
    await make().saveProcessed(
      processedArticle(loc),
      [1, 2, 3, 4, 5].map((n) => event(loc, { n, source: 'KOR', date: `2025-0${n}-01` })),
    );
    const bounded = await make({ maxSummaryEvents: 2 }).actorSummary('KOR', {});
    expect(bounded.truncated).toBe(true);
    expect(bounded.asSource.count).toBeGreaterThanOrEqual(2);
    expect(bounded.asSource.count).toBeLessThan(5);
    const full = await make().actorSummary('KOR', {});
    expect(full.truncated).toBeUndefined();
    expect(full.asSource.count).toBe(5);
  });

  it('rejects a malformed or foreign repository cursor', async () => {
    const { repository } = await newRepository();
    await expect(repository.queryEvents({}, { limit: 5, cursor: 'not base64 json' })).rejects.toThrow(/cursor/);
    const loc = location('articles/x.txt', '01');
    await repository.saveProcessed(
      processedArticle(loc),
      [1, 2, 3].map((n) => event(loc, { n, source: 'KOR' })),
    );
    const page = await repository.queryEvents({ actor: 'KOR' }, { limit: 1 });
    await expect(repository.queryEvents({ actor: 'CHN' }, { limit: 1, cursor: page.cursor! })).rejects.toThrow(/cursor/);
  });
});

describe('DynamoEventRepository write semantics', () => {
  const idsOf = async (repository: DynamoEventRepository, loc: ArticleLocation) => ids(await repository.eventsOfArticle(articleIdFor(loc.bucket, loc.key)));

  it('the same version twice is a duplicate and changes nothing', async () => {
    const { repository } = await newRepository();
    const loc = location('articles/dup.txt', '00AB');
    const events = [event(loc, { n: 1, source: 'KOR' })];
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('written');
    const before = await repository.getArticle(articleIdFor(loc.bucket, loc.key));
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('duplicate');
    expect(await repository.getArticle(articleIdFor(loc.bucket, loc.key))).toEqual(before);
    expect(await idsOf(repository, loc)).toEqual(ids(events));
  });

  it('an older notification never overwrites a newer one (hex sequencers of different lengths)', async () => {
    const { repository } = await newRepository();
    const newer = location('articles/order.txt', '0100');
    const older = location('articles/order.txt', 'FF');
    const newEvents = [event(newer, { n: 1, source: 'KOR', code: '051' })];
    expect(await repository.saveProcessed(processedArticle(newer), newEvents)).toBe('written');
    expect(await repository.saveProcessed(processedArticle(older), [event(older, { n: 9, source: 'USA' })])).toBe('stale');
    expect(await repository.saveFailed(older, 'too old to matter')).toBe('stale');
    expect(await repository.saveDeleted(older)).toBe('stale');
    expect(await idsOf(repository, newer)).toEqual(ids(newEvents));
    expect((await repository.getArticle(articleIdFor(newer.bucket, newer.key)))?.sequencer).toBe('0100');
  });

  it('without sequencers, version id equality means duplicate', async () => {
    const { repository } = await newRepository();
    const v1 = location('articles/ver.txt', null, 'v1');
    expect(await repository.saveProcessed(processedArticle(v1), [event(v1, { n: 1, source: 'KOR' })])).toBe('written');
    expect(await repository.saveProcessed(processedArticle(v1), [event(v1, { n: 1, source: 'KOR' })])).toBe('duplicate');
    const v2 = location('articles/ver.txt', null, 'v2');
    expect(await repository.saveProcessed(processedArticle(v2), [event(v2, { n: 2, source: 'KOR' })])).toBe('written');
    expect(await idsOf(repository, v2)).toEqual(ids([event(v2, { n: 2, source: 'KOR' })]));
  });

  it('an update replaces events: stale ones removed from every query, unchanged ones kept with their ids', async () => {
    const { repository } = await newRepository();
    const v1 = location('articles/upd.txt', '01');
    const v2 = location('articles/upd.txt', '02');
    const kept = event(v1, { n: 1, source: 'KOR', target: 'CHN', code: '042' });
    const changed = event(v1, { n: 2, source: 'KOR', target: 'CHN', code: '043' });
    const dropped = event(v1, { n: 3, source: 'FRA', target: 'KOR', code: '190' });
    await repository.saveProcessed(processedArticle(v1), [kept, changed, dropped]);
    const changedAgain = { ...changed, cameo: { code: '057', root: '05', name: 'sign agreement' } };
    const added = event(v2, { n: 4, source: 'KOR', target: 'JPN', code: '036' });
    expect(await repository.saveProcessed(processedArticle(v2, { contentHash: 'd'.repeat(64) }), [kept, changedAgain, added])).toBe('written');

    expect(await idsOf(repository, v2)).toEqual(ids([kept, changedAgain, added]));
    expect(await repository.getEvent(dropped.id)).toBeNull();
    expect(await query(repository, { actor: 'FRA' })).toEqual([]);
    expect(await query(repository, { root: '19' })).toEqual([]);
    expect(await query(repository, { code: '043' })).toEqual([]);
    expect(await query(repository, { code: '057' })).toEqual([changed.id]);
    expect((await repository.getEvent(kept.id))?.id).toBe(kept.id);
    expect((await query(repository, { actor: 'KOR' })).sort()).toEqual(ids([kept, changedAgain, added]).sort());
    const record = await repository.getArticle(articleIdFor(v2.bucket, v2.key));
    expect(record).toMatchObject({ sequencer: '02', eventCount: 3, contentHash: 'd'.repeat(64) });
  });

  it('a re-extraction of the same version by a newer extractor is applied', async () => {
    const { repository } = await newRepository();
    const loc = location('articles/re.txt', '05', null, '"etag-1"');
    await repository.saveProcessed(processedArticle(loc), [event(loc, { n: 1, source: 'KOR' })]);
    const upgraded = { ...event(loc, { n: 1, source: 'KOR' }), extractor: 'rules/2.0.0' };
    // `accord reprocess` reads the object again: it knows the ETag, not the notification's sequencer.
    const reread = location('articles/re.txt', null, null, 'etag-1');
    expect(await repository.saveProcessed(processedArticle(reread, { extractor: 'rules/2.0.0' }), [upgraded])).toBe('written');
    expect(await repository.saveProcessed(processedArticle(reread, { extractor: 'rules/2.0.0' }), [upgraded])).toBe('duplicate');
    const record = await repository.getArticle(articleIdFor(loc.bucket, loc.key));
    expect(record).toMatchObject({ extractor: 'rules/2.0.0', sequencer: '05' });
    // The sequencer was kept, so an older notification is still recognised as stale.
    expect(await repository.saveProcessed(processedArticle(location('articles/re.txt', '04')), [])).toBe('stale');
  });

  it('a delete marks the article deleted and removes its events everywhere; replays stay stale', async () => {
    const { repository } = await newRepository();
    const v1 = location('articles/del.txt', '10');
    const events = [event(v1, { n: 1, source: 'KOR', target: 'CHN' }), event(v1, { n: 2, source: 'CHN', target: 'KOR' })];
    await repository.saveProcessed(processedArticle(v1), events);
    const deletion = location('articles/del.txt', '11');
    expect(await repository.saveDeleted(deletion)).toBe('written');
    expect(await repository.saveDeleted(deletion)).toBe('duplicate');
    const articleId = articleIdFor(v1.bucket, v1.key);
    expect(await repository.getArticle(articleId)).toMatchObject({ status: 'deleted', eventCount: 0, title: 'Title of articles/del.txt' });
    expect(await repository.eventsOfArticle(articleId)).toEqual([]);
    expect(await query(repository, { actor: 'KOR' })).toEqual([]);
    expect(await query(repository, { dyad: ['CHN', 'KOR'] })).toEqual([]);
    expect(await query(repository, {})).toEqual([]);
    expect(await repository.getEvent(events[0]!.id)).toBeNull();
    expect(await repository.saveProcessed(processedArticle(v1), events)).toBe('stale');
    expect((await repository.listArticles({ limit: 5 })).items.map((a) => a.status)).toEqual(['deleted']);
  });

  it('a delete that arrives before the create leaves a tombstone the create cannot overwrite', async () => {
    const { repository } = await newRepository();
    expect(await repository.saveDeleted(location('articles/early.txt', '20'))).toBe('written');
    const create = location('articles/early.txt', '1F');
    expect(await repository.saveProcessed(processedArticle(create), [event(create, { n: 1, source: 'KOR' })])).toBe('stale');
  });

  it('a failure records the reason and removes previous events', async () => {
    const { repository } = await newRepository();
    const v1 = location('articles/fail.txt', '01');
    await repository.saveProcessed(processedArticle(v1), [event(v1, { n: 1, source: 'KOR' })]);
    const v2 = location('articles/fail.txt', '02');
    expect(await repository.saveFailed(v2, 'the object is empty')).toBe('written');
    expect(await repository.saveFailed(v2, 'the object is empty')).toBe('duplicate');
    const record = await repository.getArticle(articleIdFor(v2.bucket, v2.key));
    expect(record).toMatchObject({ status: 'failed', reason: 'the object is empty', eventCount: 0 });
    expect(await idsOf(repository, v2)).toEqual([]);
    expect(await query(repository, { actor: 'KOR' })).toEqual([]);
  });

  it('a processed article without events keeps the reason the extractor gave', async () => {
    const { repository } = await newRepository();
    const loc = location('articles/quiet.txt', '01');
    expect(await repository.saveProcessed(processedArticle(loc, { reason: 'no recognised diplomatic action' }), [])).toBe('written');
    const record = await repository.getArticle(articleIdFor(loc.bucket, loc.key));
    expect(record).toMatchObject({ status: 'processed', reason: 'no recognised diplomatic action', eventCount: 0 });
  });

  it('rejects events that do not belong to the article', async () => {
    const { repository } = await newRepository();
    const loc = location('articles/own.txt', '01');
    const foreign = event(location('articles/other.txt', '01'), { n: 1, source: 'KOR' });
    await expect(repository.saveProcessed(processedArticle(loc), [foreign])).rejects.toThrow(/does not belong/);
  });

  it('two invocations saving the same version concurrently leave exactly one set of events', async () => {
    const { make } = await newRepository();
    const loc = location('articles/race.txt', '0A');
    const events = Array.from({ length: 12 }, (_, n) => event(loc, { n, source: 'KOR', target: n % 2 ? 'CHN' : 'JPN' }));
    for (let round = 0; round < 3; round++) {
      const outcomes = await Promise.all([make(), make(), make()].map((r) => r.saveProcessed(processedArticle(loc), events)));
      if (round === 0) expect(outcomes.filter((o) => o === 'written').length).toBeGreaterThanOrEqual(1);
      else expect(outcomes).toEqual(['duplicate', 'duplicate', 'duplicate']);
      expect(outcomes.every((o) => o === 'written' || o === 'duplicate')).toBe(true);
    }
    const reader = make();
    expect((await idsOf(reader, loc)).sort()).toEqual(ids(events).sort());
    expect((await query(reader, { actor: 'KOR' }, 100)).length).toBe(12);
  });

  it('concurrent saves of different versions end with the newest version only', async () => {
    const { make } = await newRepository();
    const versions = ['01', '02', '03', '04'].map((seq) => location('articles/versions.txt', seq));
    const eventsOf = (loc: ArticleLocation, v: number) =>
      Array.from({ length: 4 }, (_, n) => event(loc, { n: v * 10 + n, source: 'KOR', code: v % 2 ? '042' : '051' }));
    await Promise.all(versions.map((loc, v) => make().saveProcessed(processedArticle(loc), eventsOf(loc, v))));
    const reader = make();
    const newest = versions[3]!;
    expect(await idsOf(reader, newest)).toEqual(ids(eventsOf(newest, 3)));
    expect((await reader.getArticle(articleIdFor(newest.bucket, newest.key)))?.sequencer).toBe('04');
  });

  it('a chunked writer that died leaves a claim; a later delivery takes it over once it has expired', async () => {
    const { make, documentClient, tableName } = await newRepository({ transactionLimit: 5 });
    const loc = location('articles/died.txt', '01');
    const events = Array.from({ length: 10 }, (_, n) => event(loc, { n, source: 'KOR', target: 'CHN' }));
    // The process dies after its claim, before its first chunk lands.
    const dying = {
      send: (command: object) =>
        command.constructor.name === 'TransactWriteCommand' ? Promise.reject(new Error('process died')) : documentClient.send(command as never),
    };
    const first = new DynamoEventRepository(dying as never, tableName, { calendarTtlMs: 0, transactionLimit: 5 });
    await expect(first.saveProcessed(processedArticle(loc), events)).rejects.toThrow('process died');

    const redelivery = make({ now: () => new Date(Date.now() + 60_000) });
    expect(await redelivery.saveProcessed(processedArticle(loc), events)).toBe('written');
    expect((await idsOf(redelivery, loc)).length).toBe(10);
    expect(await make().saveProcessed(processedArticle(loc), events)).toBe('duplicate');
  });

  it('articles too large for one transaction are written in chunks under a claim', async () => {
    const { make } = await newRepository({ transactionLimit: 5 });
    const loc = location('articles/big.txt', '01');
    const events = Array.from({ length: 10 }, (_, n) => event(loc, { n, source: 'KOR', target: 'CHN' }));
    const repository = make();
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('written');
    expect((await idsOf(repository, loc)).length).toBe(10);
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('duplicate');

    const v2 = location('articles/big.txt', '02');
    const fewer = events.slice(0, 3);
    expect(await repository.saveProcessed(processedArticle(v2), fewer)).toBe('written');
    expect(await idsOf(repository, loc)).toEqual(ids(fewer));
    expect((await query(repository, { actor: 'CHN' })).length).toBe(3);

    // Concurrent chunked writers of two versions: the newer one's events remain, nothing else.
    const v3 = location('articles/big.txt', '03');
    const v4 = location('articles/big.txt', '04');
    const many = (loc2: ArticleLocation, base: number) => Array.from({ length: 9 }, (_, n) => event(loc2, { n: base + n, source: 'USA', target: 'CHN' }));
    await Promise.all([make().saveProcessed(processedArticle(v3), many(v3, 100)), make().saveProcessed(processedArticle(v4), many(v4, 200))]);
    expect(await idsOf(repository, loc)).toEqual(ids(many(v4, 200)));
    expect((await query(repository, { actor: 'USA' })).length).toBe(9);
    expect((await repository.getArticle(articleIdFor(loc.bucket, loc.key)))?.sequencer).toBe('04');

    // Three chunked writers of the same new version at once: one set, then duplicates.
    const v5 = location('articles/big.txt', '05');
    const final = many(v5, 300);
    const outcomes = await Promise.all([make(), make(), make()].map((r) => r.saveProcessed(processedArticle(v5), final)));
    expect(outcomes).toContain('written');
    expect(outcomes.every((o) => o === 'written' || o === 'duplicate')).toBe(true);
    expect(await idsOf(repository, loc)).toEqual(ids(final));
    expect((await query(repository, { actor: 'USA' })).length).toBe(9);
    expect(await repository.getArticle(articleIdFor(loc.bucket, loc.key))).toMatchObject({ sequencer: '05', eventCount: 9 });
  });
});

async function query(repository: DynamoEventRepository, filter: EventFilter, limit = 100) {
  return ids((await repository.queryEvents(filter, { limit })).items);
}

describe('articles stored in the layout before issue 14', () => {
  it('are read, and rewritten into one compact item per event by a redelivery of the same version', async () => {
    const { repository, documentClient, tableName } = await newRepository();
    const loc = location('articles/old-layout.txt', '01');
    const events = [event(loc, { n: 1, source: 'KOR', target: 'CHN' }), event(loc, { n: 2, source: 'RUS', target: null })];
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('written');
    // Turn the stored article into the old layout: the event as JSON in `e`, a participant item per
    // role, and the record's fingerprint as it was computed before the layout was part of it.
    const articleId = articleIdFor(loc.bucket, loc.key);
    const pk = `ART#${articleId}`;
    for (const e of events) {
      const common = { pk, e: JSON.stringify(e), d: e.date!, s: e.source.country, r: e.cameo.root, h: 'old' };
      await documentClient.send(
        new PutCommand({ TableName: tableName, Item: { ...common, sk: `EVT#${e.id}`, gsi1pk: 'EV#2025-03', gsi1sk: `${e.date!}#${e.id}` } }),
      );
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...common, sk: `PAR#${e.id}#S`, gsi1pk: `ACTOR#${e.source.country}#2025-03`, gsi1sk: `${e.date!}#${e.id}` },
        }),
      );
    }
    const { Item: record } = await documentClient.send(new GetCommand({ TableName: tableName, Key: { pk, sk: 'ARTICLE' } }));
    const oldFingerprint = JSON.stringify((JSON.parse(String(record!.fingerprint)) as unknown[]).slice(0, 4));
    await documentClient.send(new PutCommand({ TableName: tableName, Item: { ...record, fingerprint: oldFingerprint } }));

    // old items are still read by the queries whose keys did not change
    expect(ids(await repository.eventsOfArticle(articleId))).toEqual(ids(events));
    expect(ids((await repository.queryEvents({}, { limit: 10 })).items).sort()).toEqual(ids(events).sort());
    // the same version again (a redelivery, `accord reprocess`) is applied, not a duplicate
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('written');
    const { Items } = await documentClient.send(
      new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk } }),
    );
    expect((Items ?? []).map((item) => String(item.sk)).sort()).toEqual(['ARTICLE', ...events.map((e) => `EVT#${e.id}`)].sort());
    expect((Items ?? []).some((item) => 'e' in item)).toBe(false);
    expect(ids((await repository.queryEvents({ actor: 'KOR' }, { limit: 10 })).items)).toEqual([events[0]!.id]);
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('duplicate');
  });
});
