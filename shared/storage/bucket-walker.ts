import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { decodePosition, encodePosition, InvalidCursorError } from './bucket-position.ts';
import { indexKeyOf, type IndexName } from './keys.ts';

/**
 * Newest-first paging over a time-ordered index whose partitions are month buckets.
 *
 * The walk takes the months that exist (from the calendar), newest first, restricted to the
 * query's date range, and Queries `<prefix><month>` on the index with ScanIndexForward=false,
 * resuming inside a bucket with ExclusiveStartKey, until `limit` items are collected. It asks for
 * one item more than it needs so that it knows whether the bucket goes on. A page may stop early
 * after `maxQueries` Queries (many empty buckets, or a very selective filter): it then carries a
 * cursor and fewer items, so one request never does unbounded work.
 */
export interface BucketQuery {
  index: IndexName;
  /** Partition key without the month. */
  prefix: string;
  /** Months to walk, newest first. */
  months: readonly string[];
  /** Inclusive YYYY-MM-DD bounds on the sort key's date part. */
  from?: string;
  to?: string;
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown>; selective?: boolean };
  projection?: string;
}

export interface WalkResult {
  items: Record<string, unknown>[];
  /** Opaque position of the next page; absent when the walk is complete. */
  cursor?: string;
}

export const DEFAULT_MAX_QUERIES_PER_PAGE = 24;
/** How many items a filtered Query evaluates at most per call: DynamoDB's Limit applies before the filter. */
const FILTERED_READ_LIMIT = 200;

export async function walkBuckets(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  query: BucketQuery,
  page: { limit: number; cursor?: string },
  maxQueries = DEFAULT_MAX_QUERIES_PER_PAGE,
): Promise<WalkResult> {
  const keyNames = ['pk', 'sk', `${query.index}pk`, `${query.index}sk`];
  const start = page.cursor === undefined ? undefined : decodePosition(page.cursor, keyNames);
  if (start && start.key && start.key[`${query.index}pk`] !== `${query.prefix}${start.month}`) {
    throw new InvalidCursorError();
  }
  const months = start ? query.months.filter((m) => m <= start.month) : [...query.months];
  const items: Record<string, unknown>[] = [];
  let queries = 0;

  for (let i = 0; i < months.length; i++) {
    const month = months[i]!;
    let exclusiveStartKey = start && month === start.month ? start.key : undefined;
    for (;;) {
      if (queries >= maxQueries) return { items, cursor: encodePosition({ month, key: exclusiveStartKey }) };
      const need = page.limit - items.length;
      const result = await documentClient.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: query.index,
          ...keyCondition(query, month),
          ...(query.filter ? { FilterExpression: query.filter.expression } : {}),
          ...(query.projection ? { ProjectionExpression: query.projection } : {}),
          ScanIndexForward: false,
          Limit: query.filter && query.filter.selective !== false ? Math.max(FILTERED_READ_LIMIT, need + 1) : need + 1,
          ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
        }),
      );
      queries++;
      const found = result.Items ?? [];
      if (found.length > need) {
        const taken = found.slice(0, need);
        items.push(...taken);
        return { items, cursor: encodePosition({ month, key: indexKeyOf(taken[taken.length - 1]!, query.index) }) };
      }
      items.push(...found);
      exclusiveStartKey = result.LastEvaluatedKey as Record<string, string> | undefined;
      if (items.length === page.limit) {
        // Full page: resume inside this bucket if it goes on, else at the next bucket.
        if (exclusiveStartKey) return { items, cursor: encodePosition({ month, key: exclusiveStartKey }) };
        const next = months[i + 1];
        return next ? { items, cursor: encodePosition({ month: next }) } : { items };
      }
      if (!exclusiveStartKey) break;
    }
  }
  return { items };
}

/** The key condition (bucket, date bounds) and the filter's names and values for one month's Query. */
export function keyCondition(query: Omit<BucketQuery, 'months'>, month: string) {
  const names: Record<string, string> = { '#pk': `${query.index}pk`, ...(query.filter?.names ?? {}) };
  const values: Record<string, unknown> = { ':pk': `${query.prefix}${month}`, ...(query.filter?.values ?? {}) };
  let condition = '#pk = :pk';
  // Sort keys are `<YYYY-MM-DD>#<id>`: '#' < '$' bounds a whole day inclusively.
  if (query.from !== undefined || query.to !== undefined) {
    names['#sk'] = `${query.index}sk`;
    if (query.from !== undefined && query.to !== undefined) {
      condition += ' AND #sk BETWEEN :from AND :to';
      values[':from'] = query.from;
      values[':to'] = `${query.to}$`;
    } else if (query.from !== undefined) {
      condition += ' AND #sk >= :from';
      values[':from'] = query.from;
    } else if (query.to !== undefined) {
      condition += ' AND #sk <= :to';
      values[':to'] = `${query.to}$`;
    }
  }
  return { KeyConditionExpression: condition, ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

/**
 * One month of one index stream, newest first, reading only `attributes` (the short names every
 * event item carries): the Query input of the summary's and the timeline's full reads.
 */
export function projectedMonthQuery(
  tableName: string,
  query: Omit<BucketQuery, 'months' | 'projection'>,
  month: string,
  attributes: readonly string[],
): QueryCommandInput {
  const condition = keyCondition(query, month);
  return {
    TableName: tableName,
    IndexName: query.index,
    ...condition,
    ...(query.filter ? { FilterExpression: query.filter.expression } : {}),
    ProjectionExpression: attributes.map((name) => `#${name}`).join(', '),
    ExpressionAttributeNames: { ...condition.ExpressionAttributeNames, ...Object.fromEntries(attributes.map((name) => [`#${name}`, name])) },
    ScanIndexForward: false,
  };
}
