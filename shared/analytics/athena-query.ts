import { GetQueryExecutionCommand, GetQueryResultsCommand, StartQueryExecutionCommand, type AthenaClient, type ColumnInfo } from '@aws-sdk/client-athena';
import type { Cell, QueryResult } from './duckdb-events.ts';

/**
 * One query on a stage's Athena workgroup: start it, wait for it, read every page of the result.
 * The workgroup enforces its own result location, encryption and bytes-scanned limit, so the
 * caller names only the workgroup and the database.
 */
export interface AthenaQuery {
  sql: string;
  workGroup: string;
  database: string;
  pollMs?: number;
  /** Give up waiting after this long (the query keeps running in Athena). */
  timeoutMs?: number;
}

export interface AthenaResult extends QueryResult {
  bytesScanned: number;
  queryExecutionId: string;
}

export class AthenaQueryFailed extends Error {
  override readonly name = 'AthenaQueryFailed';
}

const NUMERIC = new Set(['tinyint', 'smallint', 'integer', 'int', 'bigint', 'double', 'float', 'real', 'decimal']);

export async function runAthenaQuery(athena: AthenaClient, query: AthenaQuery): Promise<AthenaResult> {
  const started = await athena.send(
    new StartQueryExecutionCommand({
      QueryString: query.sql,
      WorkGroup: query.workGroup,
      QueryExecutionContext: { Database: query.database },
    }),
  );
  const id = started.QueryExecutionId;
  if (!id) throw new AthenaQueryFailed('Athena returned no query execution id');
  const deadline = Date.now() + (query.timeoutMs ?? 10 * 60_000);
  for (;;) {
    const { QueryExecution } = await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: id }));
    const state = QueryExecution?.Status?.State;
    if (state === 'SUCCEEDED') {
      const bytesScanned = QueryExecution?.Statistics?.DataScannedInBytes ?? 0;
      return { ...(await readResults(athena, id)), bytesScanned, queryExecutionId: id };
    }
    if (state === 'FAILED' || state === 'CANCELLED') {
      throw new AthenaQueryFailed(`Athena query ${id} ${state.toLowerCase()}: ${QueryExecution?.Status?.StateChangeReason ?? 'no reason given'}`);
    }
    if (Date.now() > deadline) throw new AthenaQueryFailed(`Athena query ${id} still ${state ?? 'queued'} after ${query.timeoutMs ?? 600_000} ms`);
    await new Promise((resolve) => setTimeout(resolve, query.pollMs ?? 500));
  }
}

async function readResults(athena: AthenaClient, id: string): Promise<QueryResult> {
  let columnInfo: ColumnInfo[] = [];
  const rows: Cell[][] = [];
  let nextToken: string | undefined;
  let first = true;
  do {
    const page = await athena.send(new GetQueryResultsCommand({ QueryExecutionId: id, ...(nextToken ? { NextToken: nextToken } : {}) }));
    if (first) columnInfo = page.ResultSet?.ResultSetMetadata?.ColumnInfo ?? [];
    const data = page.ResultSet?.Rows ?? [];
    // The first row of a SELECT's first page repeats the column names.
    for (const row of first ? data.slice(1) : data) {
      rows.push((row.Data ?? []).map((datum, i) => cellOf(datum.VarCharValue, columnInfo[i]?.Type)));
    }
    first = false;
    nextToken = page.NextToken;
  } while (nextToken);
  return { columns: columnInfo.map((c) => c.Name ?? ''), rows };
}

function cellOf(value: string | undefined, type: string | undefined): Cell {
  if (value === undefined) return null;
  if (type && NUMERIC.has(type.toLowerCase()) && value !== '' && Number.isFinite(Number(value))) return Number(value);
  if (type === 'boolean') return value === 'true';
  return value;
}
