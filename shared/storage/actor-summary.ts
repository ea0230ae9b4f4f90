import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ActorSummary } from './event-repository.ts';
import { projectedMonthQuery } from './bucket-walker.ts';
import { planEventQuery } from './event-query-plan.ts';

export interface ActorSummaryRequest {
  country: string;
  range: { from?: string; to?: string };
  /** Month buckets of the range, newest first (the month calendar). */
  months: readonly string[];
  /** Read at most this many events, so one request stays bounded; `truncated` says when it stopped early. */
  maxEvents: number;
}

/**
 * Counts by CAMEO root and quad class, average Goldstein as source and as target and the top
 * counterparts of one actor, from its items on the actor-either index.
 */
export async function summarizeActor(documentClient: DynamoDBDocumentClient, tableName: string, request: ActorSummaryRequest): Promise<ActorSummary> {
  const { country, range, months, maxEvents } = request;
  const summary: ActorSummary = {
    country,
    from: range.from ?? null,
    to: range.to ?? null,
    asSource: { count: 0, averageGoldstein: null },
    asTarget: { count: 0, averageGoldstein: null },
    byRoot: {},
    byQuadClass: { '1': 0, '2': 0, '3': 0, '4': 0 },
    topCounterparts: [],
  };
  if (range.from && range.to && range.from > range.to) return summary;
  let sourceGoldstein = 0;
  let targetGoldstein = 0;
  const counterparts = new Map<string, number>();
  // The actor's entries as source (gsi3) and as target (gsi4; a domestic event is left to the
  // first), newest bucket first, reading only the few attributes the summary needs; bounded by maxEvents.
  const { streams } = planEventQuery({ actor: country, ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) });
  let read = 0;
  months: for (const month of months) {
    for (const stream of streams) {
      const input = projectedMonthQuery(
        tableName,
        {
          index: stream.index,
          prefix: stream.prefix,
          ...(range.from ? { from: range.from } : {}),
          ...(range.to ? { to: range.to } : {}),
          ...(stream.filter ? { filter: stream.filter } : {}),
        },
        month,
        ['s', 'tg', 'r', 'q', 'gs'],
      );
      let exclusiveStartKey: Record<string, unknown> | undefined;
      do {
        if (read >= maxEvents) {
          summary.truncated = true;
          break months;
        }
        const result = await documentClient.send(new QueryCommand({ ...input, ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}) }));
        read += result.Items?.length ?? 0;
        for (const item of result.Items ?? []) {
          const source = String(item.s);
          const target = typeof item.tg === 'string' ? item.tg : null;
          const goldstein = Number(item.gs);
          if (source === country) {
            summary.asSource.count++;
            sourceGoldstein += goldstein;
          }
          if (target === country) {
            summary.asTarget.count++;
            targetGoldstein += goldstein;
          }
          const root = String(item.r);
          summary.byRoot[root] = (summary.byRoot[root] ?? 0) + 1;
          const quad = String(item.q) as '1' | '2' | '3' | '4';
          if (quad in summary.byQuadClass) summary.byQuadClass[quad]++;
          const counterpart = source === country ? target : source;
          if (counterpart && counterpart !== country) counterparts.set(counterpart, (counterparts.get(counterpart) ?? 0) + 1);
        }
        exclusiveStartKey = result.LastEvaluatedKey;
      } while (exclusiveStartKey);
    }
  }
  if (summary.asSource.count > 0) summary.asSource.averageGoldstein = round(sourceGoldstein / summary.asSource.count);
  if (summary.asTarget.count > 0) summary.asTarget.averageGoldstein = round(targetGoldstein / summary.asTarget.count);
  summary.topCounterparts = [...counterparts]
    .map(([counterpart, count]) => ({ country: counterpart, count }))
    .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
    .slice(0, 10);
  return summary;
}

const round = (n: number): number => Math.round(n * 100) / 100;
