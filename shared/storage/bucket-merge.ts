import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { decodePosition, encodePosition, InvalidCursorError } from './bucket-position.ts';
import { DEFAULT_MAX_QUERIES_PER_PAGE, type WalkResult } from './bucket-walker.ts';
import type { QueryStream } from './event-query-plan.ts';

/**
 * Newest-first paging over several index streams at once, merged by sort key: "actor X as source
 * or target" reads X's source entries (gsi3) and its target entries (gsi4) of each month bucket.
 * Every stream's sort key is the event's `YYYY-MM-DD#eventId`, so one key orders them all and one
 * key says where a page stopped: the cursor is (month, sort key of the last item returned), and
 * each stream resumes below it with a key condition (no per-stream ExclusiveStartKey to carry).
 *
 * Within a month, an item is returned only when every stream has read past it (each stream's
 * frontier is the sort key of the last item it evaluated), so a stream that is behind is read
 * further before anything older is returned. Streams that hold back the merge are queried in
 * parallel. Like walkBuckets, a page stops after `maxQueries` Queries with a cursor and fewer items.
 */
export interface MergedBucketQuery {
  streams: readonly QueryStream[];
  /** Months to walk, newest first. */
  months: readonly string[];
  /** Inclusive YYYY-MM-DD bounds on the sort key's date part. */
  from?: string;
  to?: string;
  /** Items a selective filtered Query evaluates at most per call; lower only in tests (so filters leave pages short). */
  filteredReadLimit?: number;
}

/**
 * A position names the streams it belongs to (index and key prefix), so a cursor of a query over other
 * streams is refused. Two queries over the same streams with different filters ("actor=X" and
 * "dyad=X,Y") are told apart by the API's signed cursor, which covers the filters, not here.
 */
const POSITION_KEY = ['before', 'streams'];
const streamsOf = (query: MergedBucketQuery): string => query.streams.map((stream) => `${stream.index}:${stream.prefix}`).join('|');
/** How many items a selective filtered Query evaluates at most per call (Limit applies before the filter). */
const FILTERED_READ_LIMIT = 200;

interface StreamState {
  stream: QueryStream;
  buffer: { sortKey: string; item: Record<string, unknown> }[];
  /** Sort key of the last item the stream evaluated; undefined before its first Query. */
  frontier?: string;
  exclusiveStartKey?: Record<string, unknown>;
  done: boolean;
}

export async function walkMergedBuckets(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  query: MergedBucketQuery,
  page: { limit: number; cursor?: string },
  maxQueries = DEFAULT_MAX_QUERIES_PER_PAGE,
): Promise<WalkResult> {
  const start = page.cursor === undefined ? undefined : decodePosition(page.cursor, POSITION_KEY);
  if (start?.key && start.key.streams !== streamsOf(query)) throw new InvalidCursorError();
  const at = (month: string, before: string | undefined): string =>
    encodePosition(before === undefined ? { month } : { month, key: { before, streams: streamsOf(query) } });
  const months = start ? query.months.filter((m) => m <= start.month) : [...query.months];
  const items: Record<string, unknown>[] = [];
  let queries = 0;

  for (let i = 0; i < months.length; i++) {
    const month = months[i]!;
    const before = start && month === start.month ? start.key?.before : undefined;
    let last = before;
    const states: StreamState[] = query.streams.map((stream) => ({ stream, buffer: [], done: false }));
    for (;;) {
      // Everything every stream has read past can be returned, newest first.
      const open = states.filter((state) => !state.done);
      const holdBack = open.some((state) => state.frontier === undefined)
        ? undefined
        : open
            .map((state) => state.frontier!)
            .sort()
            .at(-1);
      const ready = open.length === 0 || holdBack !== undefined;
      if (ready) {
        const candidates = states
          .flatMap((state) => state.buffer)
          .filter(({ sortKey }) => holdBack === undefined || sortKey >= holdBack)
          .sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
        for (const candidate of candidates) {
          items.push(candidate.item);
          last = candidate.sortKey;
          for (const state of states) state.buffer = state.buffer.filter((entry) => entry !== candidate);
          if (items.length === page.limit) {
            const more = states.some((state) => !state.done || state.buffer.length > 0);
            if (more) return { items, cursor: at(month, last) };
            const next = months[i + 1];
            return next ? { items, cursor: encodePosition({ month: next }) } : { items };
          }
        }
      }
      if (open.length === 0) break;
      const behind = open.filter((state) => state.frontier === undefined || state.frontier === holdBack);
      if (queries + behind.length > maxQueries) {
        // Everything at or above holdBack has been returned: resume below it (or below the last item returned).
        const resume = holdBack ?? last;
        return { items, cursor: at(month, resume) };
      }
      queries += behind.length;
      const need = page.limit - items.length + 1;
      await Promise.all(behind.map((state) => readMore(documentClient, tableName, state, { ...query, month, before, need })));
    }
  }
  return { items };
}

async function readMore(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  state: StreamState,
  position: { month: string; from?: string; to?: string; filteredReadLimit?: number; before: string | undefined; need: number },
): Promise<void> {
  const { stream } = state;
  const sortKeyName = `${stream.index}sk`;
  const names: Record<string, string> = { '#pk': `${stream.index}pk`, ...(stream.filter?.names ?? {}) };
  const values: Record<string, unknown> = { ':pk': `${stream.prefix}${position.month}`, ...(stream.filter?.values ?? {}) };
  // Sort keys are `<YYYY-MM-DD>#<id>`: '#' < '$' bounds a whole day inclusively. Resuming below
  // `before` uses it as an inclusive upper bound, and the item at `before` itself is skipped.
  const upper = position.before ?? (position.to !== undefined ? `${position.to}$` : undefined);
  let condition = '#pk = :pk';
  if (position.from !== undefined || upper !== undefined) names['#sk'] = sortKeyName;
  if (position.from !== undefined && upper !== undefined) {
    condition += ' AND #sk BETWEEN :from AND :to';
    values[':from'] = position.from;
    values[':to'] = upper;
  } else if (position.from !== undefined) {
    condition += ' AND #sk >= :from';
    values[':from'] = position.from;
  } else if (upper !== undefined) {
    condition += ' AND #sk <= :to';
    values[':to'] = upper;
  }
  const result = await documentClient.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: stream.index,
      KeyConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ...(stream.filter ? { FilterExpression: stream.filter.expression } : {}),
      ScanIndexForward: false,
      Limit: stream.filter?.selective ? Math.max(position.filteredReadLimit ?? FILTERED_READ_LIMIT, position.need) : position.need,
      ...(state.exclusiveStartKey ? { ExclusiveStartKey: state.exclusiveStartKey } : {}),
    }),
  );
  for (const item of result.Items ?? []) {
    const sortKey = String(item[sortKeyName]);
    if (position.before === undefined || sortKey < position.before) state.buffer.push({ sortKey, item });
  }
  state.exclusiveStartKey = result.LastEvaluatedKey;
  state.done = !result.LastEvaluatedKey;
  if (result.LastEvaluatedKey) state.frontier = String(result.LastEvaluatedKey[sortKeyName]);
}
