import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { ExportFormat } from '../../shared/analytics/duckdb-events.ts';
import { localExportRoot } from '../analytics-data.ts';
import { addEventFilterOptions, type EventFilterOptions } from '../event-filter-options.ts';
import { whereClause } from '../export-filter.ts';
import { runAction } from '../run-action.ts';
import { STAGE_NAMES, TargetError } from '../target.ts';
import { formatCount } from '../../shared/text/format-count.ts';

interface ExportOptions extends EventFilterOptions {
  format: ExportFormat;
  out?: string;
  dataDir?: string;
  backfill?: boolean;
  stage?: string;
  region?: string;
}

/** Filters that select rows of a file; a backfill rebuilds whole months and takes only --from/--to. */
const ROW_FILTERS = ['actor', 'source', 'target', 'dyad', 'root', 'code', 'quad', 'modality'] as const;

export function register(program: Command): void {
  addEventFilterOptions(program.command('export'))
    .summary('write the local analytics export (or a filtered part) to one file, or rebuild the export from the table (--backfill)')
    .description(
      "Reads the local stack's export with embedded DuckDB and writes the matching events, oldest first, with the columns of the table `events`.\n" +
        'With --backfill, rebuilds the export itself from the events table instead, month by month (the local stack, or a deployed stage with ' +
        '--stage): for data stored before the export existed, after a failed export batch, or after a loss. --from/--to (YYYY-MM or YYYY-MM-DD) ' +
        'limit it to the months they fall in; running it again is harmless.',
    )
    .addOption(new Option('--format <format>', 'file format').choices(['parquet', 'csv', 'jsonl']).default('parquet'))
    .option('--out <file>', 'file to write (required unless --backfill)')
    .option('--data-dir <dir>', 'local stack data folder (default: ACCORD_DATA_DIR or .accord/local)')
    .option('--backfill', 'rebuild the analytics export from the events table, month by month')
    .addOption(new Option('--stage <stage>', 'with --backfill: rebuild the export of a deployed stage').choices(STAGE_NAMES))
    .option('--region <region>', 'with --stage: AWS region (default: AWS_REGION or your AWS profile)')
    .action(runAction(exportCommand));
}

async function exportCommand(options: ExportOptions): Promise<void> {
  if (options.backfill) {
    const rowFilters = ROW_FILTERS.filter((name) => options[name] !== undefined);
    if (rowFilters.length > 0) throw new TargetError(`--backfill rebuilds whole months: it takes --from/--to, not --${rowFilters.join(', --')}`);
    if (options.out !== undefined) throw new TargetError('--backfill rebuilds the export itself: drop --out');
    // Loaded on demand: the AWS clients and the Parquet writer are needed by the backfill only.
    const { backfillExport } = await import('../export-backfill.ts');
    await backfillExport(options);
    return;
  }
  if (options.stage !== undefined) throw new TargetError('--stage goes with --backfill; to query a stage, use `accord sql --stage`');
  if (options.out === undefined) throw new TargetError('--out FILE is required (or --backfill to rebuild the export)');
  await exportEvents({ ...options, out: options.out });
}

async function exportEvents(options: ExportOptions & { out: string }): Promise<void> {
  const where = whereClause(options);
  const { openEventsDatabase } = await import('../../shared/analytics/duckdb-events.ts');
  const database = await openEventsDatabase(localExportRoot(options.dataDir));
  try {
    const select = `SELECT * FROM events${where} ORDER BY date, id`;
    const [count] = (await database.query(`SELECT count(*) FROM events${where}`)).rows;
    await database.copyTo(select, resolve(options.out), options.format);
    process.stdout.write(`${formatCount(Number(count?.[0] ?? 0))} event(s) written to ${options.out} (${options.format})\n`);
  } finally {
    database.close();
  }
}
