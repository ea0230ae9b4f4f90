import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { ENV } from '../commons/environment-names.ts';
import { logger, metrics, tracer } from '../commons/powertools.ts';
import { requiredEnvironment } from '../commons/required-environment.ts';
import { exportStreamRecords } from '../../shared/analytics/month-export.ts';
import { s3PartitionStore } from '../../shared/analytics/partition-store.ts';
import { eventsDocumentClient } from '../../shared/storage/document-client.ts';
import { EventMonthReader, type StreamRecordImages } from '../../shared/storage/event-months.ts';

/**
 * The analytics export Lambda, fed by the events table's stream: rewrites the Parquet file of every
 * month the batch touched (shared/analytics/month-export.ts). A thrown error fails the batch; the
 * event source retries it, halving it on each failure, and parks it in the failure queue at last.
 */
const reader = new EventMonthReader(eventsDocumentClient(tracer.captureAWSv3Client(new DynamoDBClient({}))), requiredEnvironment(process.env, ENV.tableName));
const store = s3PartitionStore(
  tracer.captureAWSv3Client(new S3Client({})),
  requiredEnvironment(process.env, ENV.exportBucket),
  process.env[ENV.exportPrefix] ?? 'events/',
);

export async function handler(event: DynamoDBStreamEvent): Promise<void> {
  const reports = await exportStreamRecords(reader, store, event.Records as StreamRecordImages[]);
  for (const report of reports) logger.info('month exported', { ...report });
  metrics.addMetric('MonthsExported', MetricUnit.Count, reports.length);
  metrics.addMetric(
    'EventsExported',
    MetricUnit.Count,
    reports.reduce((sum, r) => sum + r.events, 0),
  );
  metrics.publishStoredMetrics();
}
