import { S3Client } from '@aws-sdk/client-s3';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { ENV } from '../commons/environment-names.ts';
import { logger, metrics, tracer } from '../commons/powertools.ts';
import { requiredEnvironment } from '../commons/required-environment.ts';
import { exportStreamRecords } from '../../shared/analytics/day-export.ts';
import { s3PartitionStore } from '../../shared/analytics/partition-store.ts';
import type { StreamRecordImages } from '../../shared/storage/event-months.ts';

/**
 * The analytics export Lambda, fed by the events table's stream: applies the batch to the Parquet
 * file of every day it touched (shared/analytics/day-export.ts; the stream's images carry the
 * events, so the table is not read). A thrown error fails the batch; the event source retries it,
 * halving it on each failure, and parks it in the failure queue at last.
 */
const store = s3PartitionStore(
  tracer.captureAWSv3Client(new S3Client({})),
  requiredEnvironment(process.env, ENV.exportBucket),
  process.env[ENV.exportPrefix] ?? 'events/',
);

export async function handler(event: DynamoDBStreamEvent): Promise<void> {
  const reports = await exportStreamRecords(store, event.Records as StreamRecordImages[]);
  for (const report of reports) logger.info('day exported', { ...report });
  metrics.addMetric('DaysExported', MetricUnit.Count, reports.length);
  metrics.addMetric(
    'EventsExported',
    MetricUnit.Count,
    reports.reduce((sum, r) => sum + r.events, 0),
  );
  metrics.addMetric(
    'RowsReadBack',
    MetricUnit.Count,
    reports.reduce((sum, r) => sum + r.rowsBefore, 0),
  );
  metrics.publishStoredMetrics();
}
