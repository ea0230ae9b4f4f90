import { Option, type Command } from 'commander';
import { analyticsNames } from '../../infra/resources.ts';
import type { QueryResult } from '../../shared/analytics/duckdb-events.ts';
import { localExportRoot } from '../analytics-data.ts';
import { formatQueryResult, type OutputMode } from '../query-output.ts';
import { runAction } from '../run-action.ts';
import { STAGE_NAMES } from '../target.ts';
import { terminalWidth } from '../event-table.ts';
import { formatCount } from '../../shared/text/format-count.ts';

interface SqlOptions {
  stage?: string;
  region?: string;
  dataDir?: string;
  csv?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('sql')
    .summary('run SQL over the table `events` (local DuckDB, or Athena with --stage)')
    .description(
      "Runs one SQL statement over the analytics export: embedded DuckDB over the local stack's Parquet files, " +
        "or the stage's Athena workgroup with --stage (then the bytes scanned are printed too). The table is `events`; " +
        'columns in docs/analytics.md.',
    )
    .argument('<query>', 'SQL, e.g. "SELECT cameo_root, count(*) FROM events GROUP BY 1"')
    .addOption(new Option('--stage <stage>', 'run on the Athena workgroup of a deployed stage').choices(STAGE_NAMES))
    .option('--region <region>', 'AWS region (default: AWS_REGION or your AWS profile)')
    .option('--data-dir <dir>', 'local stack data folder (default: ACCORD_DATA_DIR or .accord/local)')
    .addOption(new Option('--csv', 'CSV with a header line').conflicts('json'))
    .option('--json', 'one JSON object per row')
    .action(runAction(runSql));
}

export async function runSql(query: string, options: SqlOptions): Promise<void> {
  const mode: OutputMode = options.csv ? 'csv' : options.json ? 'json' : 'table';
  if (options.stage) {
    const result = await runOnAthena(query, options.stage, options.region);
    process.stdout.write(formatQueryResult(result, mode, terminalWidth()));
    // Keep stdout machine-readable for --csv/--json: the cost line goes to stderr there.
    const line = `bytes scanned: ${formatCount(result.bytesScanned)} (query ${result.queryExecutionId})\n`;
    (mode === 'table' ? process.stdout : process.stderr).write(line);
    return;
  }
  // Loaded on demand: DuckDB's native module is large, and the other commands never need it.
  const { openEventsDatabase } = await import('../../shared/analytics/duckdb-events.ts');
  const database = await openEventsDatabase(localExportRoot(options.dataDir));
  try {
    process.stdout.write(formatQueryResult(await database.query(query), mode, terminalWidth()));
  } finally {
    database.close();
  }
}

async function runOnAthena(
  query: string,
  stage: string,
  region: string | undefined,
): Promise<QueryResult & { bytesScanned: number; queryExecutionId: string }> {
  // Loaded on demand: only --stage needs the Athena client.
  const { AthenaClient } = await import('@aws-sdk/client-athena');
  const { runAthenaQuery } = await import('../../shared/analytics/athena-query.ts');
  const names = analyticsNames(stage);
  const athena = new AthenaClient(region ? { region } : {});
  try {
    return await runAthenaQuery(athena, { sql: query, workGroup: names.workGroup, database: names.database });
  } finally {
    athena.destroy();
  }
}
