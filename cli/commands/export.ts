import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { ExportFormat } from '../../shared/analytics/duckdb-events.ts';
import { localExportRoot } from '../analytics-data.ts';
import { addEventFilterOptions, type EventFilterOptions } from '../event-filter-options.ts';
import { whereClause } from '../export-filter.ts';
import { runAction } from '../run-action.ts';

interface ExportOptions extends EventFilterOptions {
  format: ExportFormat;
  out: string;
  dataDir?: string;
}

export function register(program: Command): void {
  addEventFilterOptions(program.command('export'))
    .summary('write the local analytics export (or a filtered part) to one Parquet, CSV or JSON-lines file')
    .description("Reads the local stack's export with embedded DuckDB and writes the matching events, oldest first, with the columns of the table `events`.")
    .addOption(new Option('--format <format>', 'file format').choices(['parquet', 'csv', 'jsonl']).default('parquet'))
    .requiredOption('--out <file>', 'file to write')
    .option('--data-dir <dir>', 'local stack data folder (default: ACCORD_DATA_DIR or .accord/local)')
    .action(runAction(exportEvents));
}

export async function exportEvents(options: ExportOptions): Promise<void> {
  const where = whereClause(options);
  const { openEventsDatabase } = await import('../../shared/analytics/duckdb-events.ts');
  const database = await openEventsDatabase(localExportRoot(options.dataDir));
  try {
    const select = `SELECT * FROM events${where} ORDER BY date, id`;
    const [count] = (await database.query(`SELECT count(*) FROM events${where}`)).rows;
    await database.copyTo(select, resolve(options.out), options.format);
    process.stdout.write(`${Number(count?.[0] ?? 0).toLocaleString('en-US')} event(s) written to ${options.out} (${options.format})\n`);
  } finally {
    database.close();
  }
}
