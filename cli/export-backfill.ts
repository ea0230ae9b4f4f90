import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { STACK_OUTPUTS } from '../infra/resources.ts';
import { readLocalEndpoints } from '../infra/local/local-endpoints.ts';
import { LOCAL_CREDENTIALS } from '../infra/local/local-credentials.ts';
import { monthsToRebuild, rebuildMonth, type MonthRebuildReport, type RebuildRange } from '../shared/analytics/export-rebuild.ts';
import { folderPartitionStore, s3PartitionStore, type PartitionStore } from '../shared/analytics/partition-store.ts';
import { eventsDocumentClient } from '../shared/storage/document-client.ts';
import { EventMonthReader } from '../shared/storage/event-months.ts';
import { localDataDir, localExportRoot } from './analytics-data.ts';
import { resolveTarget, TargetError } from './target.ts';
import { formatCount } from '../shared/text/format-count.ts';

/**
 * `accord export --backfill`: rebuild the analytics export from the events table, month by month
 * (shared/analytics/export-rebuild.ts), for the local stack (its DynamoDB Local into its data
 * folder) or a deployed stage (its table into its export bucket). One line per month as it is done.
 */
export interface BackfillOptions {
  stage?: string;
  region?: string;
  dataDir?: string;
  from?: string;
  to?: string;
}

const MONTH_OR_DAY = /^(\d{4}-\d{2})(-\d{2})?$/;

export function rebuildRange(options: Pick<BackfillOptions, 'from' | 'to'>): RebuildRange {
  const month = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const match = MONTH_OR_DAY.exec(value);
    if (!match) throw new TargetError(`--${name} must be YYYY-MM or YYYY-MM-DD, got "${value}"`);
    return match[1];
  };
  const fromMonth = month('from', options.from);
  const toMonth = month('to', options.to);
  return { ...(fromMonth ? { fromMonth } : {}), ...(toMonth ? { toMonth } : {}) };
}

interface BackfillTarget {
  label: string;
  dynamodb: DynamoDBClient;
  table: string;
  store: PartitionStore;
  where: string;
  close(): void;
}

async function localBackfillTarget(dataDir: string | undefined): Promise<BackfillTarget> {
  const folder = localDataDir(dataDir);
  const endpoints = await readLocalEndpoints(folder);
  if (endpoints === null) throw new TargetError(`no local stack has run in ${folder}: start it with \`npm start\` (the backfill reads its DynamoDB Local)`);
  const dynamodb = new DynamoDBClient({ endpoint: endpoints.dynamodbEndpoint, region: endpoints.region, credentials: LOCAL_CREDENTIALS });
  const root = localExportRoot(dataDir);
  return { label: 'local stack', dynamodb, table: endpoints.table, store: folderPartitionStore(root), where: root, close: () => dynamodb.destroy() };
}

async function stageBackfillTarget(stage: string, region: string | undefined): Promise<BackfillTarget> {
  const target = await resolveTarget({ stage, ...(region ? { region } : {}) });
  if (!target.table || !target.exportBucket) {
    throw new TargetError(
      `stack of stage ${stage} has no ${STACK_OUTPUTS.tableName} or ${STACK_OUTPUTS.exportBucketName} output: redeploy it with \`npx cdk deploy -c stage=${stage}\``,
    );
  }
  const dynamodb = new DynamoDBClient(target.dynamodb);
  const s3 = new S3Client(target.s3);
  return {
    label: target.label,
    dynamodb,
    table: target.table,
    store: s3PartitionStore(s3, target.exportBucket, 'events/'),
    where: `s3://${target.exportBucket}/events/`,
    close: () => {
      dynamodb.destroy();
      s3.destroy();
    },
  };
}

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);

export function describeMonth(report: MonthRebuildReport, done: number, total: number): string {
  const removed = report.removed > 0 ? `, ${report.removed} stale file(s) removed` : '';
  return `[${done}/${total}] ${report.month}: ${formatCount(report.events)} event(s) in ${report.days} day file(s), ${size(report.bytes)}${removed}\n`;
}

export async function backfillExport(options: BackfillOptions, write: (line: string) => void = (line) => process.stdout.write(line)): Promise<void> {
  const range = rebuildRange(options);
  const target = options.stage ? await stageBackfillTarget(options.stage, options.region) : await localBackfillTarget(options.dataDir);
  try {
    const reader = new EventMonthReader(eventsDocumentClient(target.dynamodb), target.table);
    const months = await monthsToRebuild(reader, range);
    write(`rebuilding the analytics export of the ${target.label} from table ${target.table} into ${target.where}: ${months.length} month(s)\n`);
    let events = 0;
    let bytes = 0;
    for (const [i, month] of months.entries()) {
      let report: MonthRebuildReport;
      try {
        report = await rebuildMonth(reader, target.store, month);
      } catch (error) {
        // The months before it are done; a rebuild is idempotent, so running again from here finishes the walk.
        throw new Error(`month ${month} failed: ${error instanceof Error ? error.message : String(error)}; run again with --from ${month} to go on`, {
          cause: error,
        });
      }
      events += report.events;
      bytes += report.bytes;
      write(describeMonth(report, i + 1, months.length));
    }
    write(`done: ${months.length} month(s), ${formatCount(events)} event(s), ${size(bytes)}\n`);
  } finally {
    target.close();
  }
}
