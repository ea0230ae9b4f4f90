import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { projectedMonthQuery } from './bucket-walker.ts';
import type { EventFilter, EventTimeline, TimelineBucket, TimelineInterval } from './event-repository.ts';
import { planEventQuery } from './event-query-plan.ts';

export interface EventTimelineRequest {
  filter: EventFilter;
  interval: TimelineInterval;
  /** Month buckets of the filter's range, newest first (the month calendar). */
  months: readonly string[];
  /** Read at most this many items (before the filter), so one request stays bounded; `truncated` says when it stopped. */
  maxEvents: number;
  /** And at most this many Queries (one per month bucket at least). */
  maxQueries: number;
}

/**
 * Events per day or ISO week (Monday first) for the same filters as the event listing: the index
 * and filter expression the listing would use (event-query-plan.ts), walked newest bucket first,
 * projecting only the sort date, quad class and Goldstein score.
 */
export async function eventTimeline(documentClient: DynamoDBDocumentClient, tableName: string, request: EventTimelineRequest): Promise<EventTimeline> {
  const { filter, interval, months, maxEvents, maxQueries } = request;
  const timeline: EventTimeline = { interval, buckets: [] };
  const plan = planEventQuery(filter);
  if (plan.empty || (filter.from && filter.to && filter.from > filter.to)) return timeline;
  const periods = new Map<string, { total: number; byQuad: TimelineBucket['byQuad']; goldsteinSum: number; goldsteinCount: number }>();
  let read = 0;
  let queries = 0;
  // Newest month first; within a month every stream of the plan (their events are disjoint).
  months: for (const month of months) {
    for (const stream of plan.streams) {
      const query = {
        index: stream.index,
        prefix: stream.prefix,
        ...(filter.from ? { from: filter.from } : {}),
        ...(filter.to ? { to: filter.to } : {}),
        ...(stream.filter ? { filter: stream.filter } : {}),
      };
      let exclusiveStartKey: Record<string, unknown> | undefined;
      do {
        // Reaching the bound counts as truncated: whether anything lies beyond it would cost another read.
        if (read >= maxEvents || queries >= maxQueries) {
          timeline.truncated = true;
          break months;
        }
        const result = await documentClient.send(
          new QueryCommand({
            ...projectedMonthQuery(tableName, query, month, ['d', 'q', 'gs']),
            // Limit counts items read before the filter: exactly the budget that is left.
            Limit: maxEvents - read,
            ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
          }),
        );
        queries++;
        read += result.ScannedCount ?? result.Items?.length ?? 0;
        for (const item of result.Items ?? []) {
          const period = periodOf(String(item.d), interval);
          const bucket = periods.get(period) ?? { total: 0, byQuad: { '1': 0, '2': 0, '3': 0, '4': 0 }, goldsteinSum: 0, goldsteinCount: 0 };
          bucket.total++;
          const quad = String(item.q) as keyof TimelineBucket['byQuad'];
          if (quad in bucket.byQuad) bucket.byQuad[quad]++;
          if (typeof item.gs === 'number' && Number.isFinite(item.gs)) {
            bucket.goldsteinSum += item.gs;
            bucket.goldsteinCount++;
          }
          periods.set(period, bucket);
        }
        exclusiveStartKey = result.LastEvaluatedKey;
      } while (exclusiveStartKey || read >= maxEvents);
    }
  }
  timeline.buckets = [...periods]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, { total, byQuad, goldsteinSum, goldsteinCount }]) => ({
      period,
      total,
      byQuad,
      meanGoldstein: goldsteinCount > 0 ? Math.round((goldsteinSum / goldsteinCount) * 100) / 100 : null,
    }));
  return timeline;
}

/** The day itself, or the Monday that starts its ISO week (YYYY-MM-DD). */
export function periodOf(day: string, interval: TimelineInterval): string {
  if (interval === 'day') return day;
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}
