import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { MODALITIES } from '../../shared/model/diplomatic-event.ts';
import { openEventsDatabase, type ExportFormat } from '../../shared/analytics/duckdb-events.ts';
import { localExportRoot } from '../analytics-data.ts';
import { whereClause, type ExportFilters } from '../export-filter.ts';
import { runAction } from '../run-action.ts';

interface ExportOptions extends ExportFilters {
  format: ExportFormat;
  out: string;
  dataDir?: string;
}

export function register(program: Command): void {
  program
    .command('export')
    .summary('write the local analytics export (or a filtered part) to one Parquet, CSV or JSON-lines file')
    .description('Reads the local stack\'s export with embedded DuckDB and writes the matching events, oldest first, with the columns of the table `events`.')
    .addOption(new Option('--format <format>', 'file format').choices(['parquet', 'csv', 'jsonl']).default('parquet'))
    .requiredOption('--out <file>', 'file to write')
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--actor <code>', 'country or organisation as source or target')
    .option('--source <code>', 'source actor')
    .option('--target <code>', 'target actor')
    .option('--dyad <a,b>', 'events between two actors, either direction')
    .option('--root <root>', 'CAMEO root, two digits')
    .option('--code <code>', 'CAMEO code (and its sub-codes)')
    .addOption(new Option('--quad <n>', 'quad class').choices(['1', '2', '3', '4']))
    .addOption(new Option('--modality <modality>', 'modality').choices(MODALITIES))
    .option('--data-dir <dir>', 'local stack data folder (default: ACCORD_DATA_DIR or .accord/local)')
    .action(runAction(exportEvents));
}

export async function exportEvents(options: ExportOptions): Promise<void> {
  const where = whereClause(options);
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
