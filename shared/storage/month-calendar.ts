import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CALENDAR_KEY } from './keys.ts';

/**
 * The set of month buckets that hold events and articles: one small item, so a range query
 * knows which buckets to walk instead of probing every month since 1979.
 *
 * Writers add a month before committing items into it (readers never miss a bucket) and only
 * when this process has not seen the month yet, so the item is written about once per new month
 * per process, not once per article: it is not a hot key. Readers cache it for `ttlMs`; the
 * repository re-reads it whenever a walk ends short of a full page, so only a full page can miss a
 * month that appeared within the last `ttlMs` (the same order of staleness GSIs already have).
 * Months are never removed: an emptied bucket costs one empty Query.
 */
export type CalendarKind = 'eventMonths' | 'articleMonths';

export class MonthCalendar {
  private cache: { eventMonths: Set<string>; articleMonths: Set<string>; readAt: number } | undefined;
  private readonly known = { eventMonths: new Set<string>(), articleMonths: new Set<string>() };

  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly ttlMs: number,
  ) {}

  /** Months of that kind, newest first, optionally within [fromMonth, toMonth]; `fresh` bypasses the cache. */
  async months(kind: CalendarKind, fromMonth?: string, toMonth?: string, fresh = false): Promise<string[]> {
    const now = Date.now();
    if (fresh || !this.cache || now - this.cache.readAt > this.ttlMs) {
      const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: CALENDAR_KEY, ConsistentRead: true }));
      this.cache = {
        eventMonths: new Set((Item?.eventMonths as Set<string> | undefined) ?? []),
        articleMonths: new Set((Item?.articleMonths as Set<string> | undefined) ?? []),
        readAt: now,
      };
    }
    const all = new Set([...this.cache[kind], ...this.known[kind]]);
    return [...all]
      .filter((m) => (fromMonth === undefined || m >= fromMonth) && (toMonth === undefined || m <= toMonth))
      .sort()
      .reverse();
  }

  /** Record months before items are written into them. */
  async ensure(kind: CalendarKind, months: Iterable<string>): Promise<void> {
    const missing = [...new Set(months)].filter((m) => !this.known[kind].has(m));
    if (missing.length === 0) return;
    await this.documentClient.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: CALENDAR_KEY,
        UpdateExpression: 'ADD #kind :months',
        ExpressionAttributeNames: { '#kind': kind },
        ExpressionAttributeValues: { ':months': new Set(missing) },
      }),
    );
    for (const m of missing) this.known[kind].add(m);
  }
}
