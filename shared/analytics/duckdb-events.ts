import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBResultReader } from '@duckdb/node-api';
import { dayOfFileName, DUCKDB_TYPE, EVENT_COLUMNS, PARTITION_COLUMN } from './event-columns.ts';

/**
 * The export on this machine as the table `events`, in embedded DuckDB: the same columns Athena's
 * table has (event-columns.ts), `month` from the folder names as in Athena's partition projection.
 * Parquet support is built into DuckDB; extension installs and auto-loading are switched off, so a
 * query never reaches the network.
 */
export type Cell = string | number | boolean | null;

export interface QueryResult {
  columns: string[];
  rows: Cell[][];
}

export type ExportFormat = 'parquet' | 'csv' | 'jsonl';

export interface EventsDatabase {
  query(sql: string): Promise<QueryResult>;
  /** Write the rows of `select` to a file (`COPY … TO`). */
  copyTo(select: string, path: string, format: ExportFormat): Promise<void>;
  close(): void;
}

const COPY_OPTIONS: Record<ExportFormat, string> = {
  parquet: 'FORMAT parquet, COMPRESSION snappy',
  csv: 'FORMAT csv, HEADER true',
  // DuckDB's JSON writer writes one object per line (newline-delimited) by default.
  jsonl: 'FORMAT json',
};

export async function openEventsDatabase(root: string): Promise<EventsDatabase> {
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const connection = await instance.connect();
  await connection.run(eventsViewSql(root));
  return {
    query: async (sql) => resultOf(await connection.runAndReadAll(sql)),
    copyTo: async (select, path, format) => {
      await connection.run(`COPY (${select}) TO ${literal(path)} (${COPY_OPTIONS[format]})`);
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * A view over every day file (`month=YYYY-MM` folders, `YYYY-MM-DD.parquet` files); with none yet, an empty view of the same
 * columns (read_parquet refuses an empty glob). The glob names day files only, so a month file left
 * from the one-file-per-month layout is not counted twice beside them (`accord export --backfill` removes it).
 */
function eventsViewSql(root: string): string {
  if (!hasDayFiles(root)) {
    const columns = [...EVENT_COLUMNS.map((c) => `CAST(NULL AS ${DUCKDB_TYPE[c.kind]}) AS ${c.name}`), `CAST(NULL AS VARCHAR) AS ${PARTITION_COLUMN}`];
    return `CREATE VIEW events AS SELECT ${columns.join(', ')} WHERE false`;
  }
  const glob = join(root, `${PARTITION_COLUMN}=*`, '????-??-??.parquet');
  return `CREATE VIEW events AS SELECT * FROM read_parquet(${literal(glob)}, hive_partitioning = true, hive_types = {'${PARTITION_COLUMN}': VARCHAR})`;
}

function hasDayFiles(root: string): boolean {
  if (!existsSync(root)) return false;
  return readdirSync(root, { withFileTypes: true }).some(
    (folder) =>
      folder.isDirectory() &&
      folder.name.startsWith(`${PARTITION_COLUMN}=`) &&
      readdirSync(join(root, folder.name)).some((name) => dayOfFileName(name) !== null),
  );
}

/** A SQL string literal (paths are the only values spliced into SQL here). */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function resultOf(reader: DuckDBResultReader): QueryResult {
  // The JSON form renders dates as YYYY-MM-DD and big integers as strings; counts fit a JS number.
  const types = reader.columnTypes().map(String);
  const rows = reader.getRowsJson().map((row) =>
    row.map((value, i) => {
      if (value !== null && typeof value === 'string' && /^(BIGINT|HUGEINT|UBIGINT)$/.test(types[i]!) && Number.isSafeInteger(Number(value)))
        return Number(value);
      return value === null || typeof value !== 'object' ? value : JSON.stringify(value);
    }),
  );
  return { columns: reader.columnNames(), rows };
}
