import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoEventRepository } from '../../../shared/storage/dynamo-event-repository.ts';
import { periodOf } from '../../../shared/storage/event-timeline.ts';
import { useDynamoDbLocal } from '../../support/dynamodb-local.ts';
import { event, location, processedArticle } from './event-fixtures.ts';

const dynamo = useDynamoDbLocal();

describe('periodOf', () => {
  it('is the day, or the Monday that starts its ISO week', () => {
    expect(periodOf('2026-11-04', 'day')).toBe('2026-11-04');
    expect(periodOf('2026-11-02', 'week')).toBe('2026-11-02'); // a Monday
    expect(periodOf('2026-11-08', 'week')).toBe('2026-11-02'); // the Sunday after it
    expect(periodOf('2026-11-09', 'week')).toBe('2026-11-09');
    expect(periodOf('2027-01-01', 'week')).toBe('2026-12-28'); // a week across the new year
  });
});

describe('DynamoEventRepository.eventTimeline', () => {
  let repository: DynamoEventRepository;
  let make: (options: ConstructorParameters<typeof DynamoEventRepository>[2]) => DynamoEventRepository;
  const a1 = location('articles/timeline-1.txt', '01');
  const a2 = location('articles/timeline-2.txt', '01');

  beforeAll(async () => {
    const { documentClient, tableName } = await dynamo.newTable();
    make = (options) => new DynamoEventRepository(documentClient, tableName, { calendarTtlMs: 0, ...options });
    repository = make({});
    await repository.saveProcessed(processedArticle(a1, { publishedAt: '2026-11-03' }), [
      event(a1, { n: 1, source: 'KOR', target: 'CHN', code: '042', date: '2026-11-02', goldstein: 2 }),
      event(a1, { n: 2, source: 'CHN', target: 'KOR', code: '112', date: '2026-11-02', goldstein: -2, modality: 'planned' }),
      event(a1, { n: 3, source: 'USA', target: 'KOR', code: '190', date: '2026-11-08', goldstein: -10 }),
    ]);
    await repository.saveProcessed(processedArticle(a2, { publishedAt: '2026-10-30' }), [
      event(a2, { n: 1, source: 'KOR', target: 'JPN', code: '057', date: '2026-10-30', goldstein: 8 }),
      event(a2, { n: 2, source: 'JPN', target: null, code: '010', date: null, goldstein: 0 }),
    ]);
  });

  it('counts per day, oldest first, by quad class with the mean Goldstein score', async () => {
    expect(await repository.eventTimeline({}, 'day')).toEqual({
      interval: 'day',
      buckets: [
        { period: '2026-10-30', total: 2, byQuad: { '1': 2, '2': 0, '3': 0, '4': 0 }, meanGoldstein: 4 },
        { period: '2026-11-02', total: 2, byQuad: { '1': 1, '2': 0, '3': 1, '4': 0 }, meanGoldstein: 0 },
        { period: '2026-11-08', total: 1, byQuad: { '1': 0, '2': 0, '3': 0, '4': 1 }, meanGoldstein: -10 },
      ],
    });
  });

  it('counts per ISO week across a month bucket boundary', async () => {
    const { buckets } = await repository.eventTimeline({}, 'week');
    expect(buckets.map((b) => [b.period, b.total])).toEqual([
      ['2026-10-26', 2],
      ['2026-11-02', 3],
    ]);
    expect(buckets[1]!.meanGoldstein).toBe(-3.33);
  });

  it('applies the filters of the event listing', async () => {
    const periods = async (filter: Parameters<DynamoEventRepository['eventTimeline']>[0]) =>
      (await repository.eventTimeline(filter, 'day')).buckets.map((b) => `${b.period}:${b.total}`);
    expect(await periods({ actor: 'KOR' })).toEqual(['2026-10-30:1', '2026-11-02:2', '2026-11-08:1']);
    expect(await periods({ dyad: ['CHN', 'KOR'] })).toEqual(['2026-11-02:2']);
    expect(await periods({ source: 'KOR', target: 'CHN' })).toEqual(['2026-11-02:1']);
    expect(await periods({ modality: 'planned' })).toEqual(['2026-11-02:1']);
    expect(await periods({ quad: 4 })).toEqual(['2026-11-08:1']);
    expect(await periods({ code: '057' })).toEqual(['2026-10-30:1']);
    expect(await periods({ from: '2026-11-01', to: '2026-11-07' })).toEqual(['2026-11-02:2']);
    expect(await periods({ root: '05', code: '042' })).toEqual([]);
    expect(await periods({ actor: 'BRA' })).toEqual([]);
  });

  it('reads at most its bound of events, newest first, and says so', async () => {
    const bounded = make({ maxTimelineEvents: 3 });
    const timeline = await bounded.eventTimeline({}, 'day');
    expect(timeline.truncated).toBe(true);
    expect(timeline.buckets.map((b) => `${b.period}:${b.total}`)).toEqual(['2026-11-02:2', '2026-11-08:1']);
    expect((await make({ maxTimelineEvents: 6 }).eventTimeline({}, 'day')).truncated).toBeUndefined();
  });
});
