import middy from '@middy/core';
import sqsPartialBatchFailure from '@middy/sqs-partial-batch-failure';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { logger, metrics, tracer } from '../commons/powertools.ts';
import { articleIdFor } from '../../shared/model/article.ts';
import { isTransientError } from '../../shared/ingest/error-classification.ts';
import type { IngestOutcome } from '../../shared/ingest/ingest-service.ts';
import { parseS3NotificationMessage, type ObjectChange } from '../../shared/ingest/s3-event-notification.ts';
import { parseBatchContinuation } from '../../shared/batch/batch-continuation.ts';
import { createIngestServiceFromEnv } from './dependencies.ts';

/**
 * Ingest Lambda: SQS batch of S3 notifications → IngestService per record. A record that throws
 * (transient fault, or anything unexpected) is reported in batchItemFailures and retried by SQS;
 * the good records of the batch are not affected.
 */
const service = createIngestServiceFromEnv();

async function ingestRecord(record: SQSRecord): Promise<IngestOutcome[]> {
  const receiveCount = Number(record.attributes.ApproximateReceiveCount);
  const continuation = parseBatchContinuation(record.body);
  if (continuation) {
    const outcome = await service.ingestContinuation(continuation);
    countOutcome(outcome);
    logger.info(`batch ${outcome.status} (continued)`, { s3Key: continuation.location.key, messageId: record.messageId, batch: outcome.batch });
    return [outcome];
  }
  let changes: ObjectChange[];
  try {
    changes = parseS3NotificationMessage(record.body);
  } catch (error) {
    logger.error('message is not an S3 notification; it will end in the DLQ', { messageId: record.messageId, error });
    metrics.addMetric('MalformedMessages', MetricUnit.Count, 1);
    throw error;
  }
  const outcomes: IngestOutcome[] = [];
  for (const change of changes) {
    const { bucket, key } = change.location;
    const log = logger.createChild({ persistentKeys: { s3Key: key, articleId: articleIdFor(bucket, key) } });
    // Which message, and how often it came: what a failure or a redelivery needs, not every line (A9 in docs/cost.md).
    const delivery = { messageId: record.messageId, receiveCount };
    try {
      const outcome = await service.ingestChange(change);
      countOutcome(outcome);
      log.info(outcome.batch ? `batch ${outcome.status}` : `article ${outcome.status}`, {
        eventName: change.eventName,
        ...(outcome.batch ? { batch: outcome.batch } : {}),
        write: outcome.write,
        eventCount: outcome.eventCount,
        ...(outcome.reason !== null ? { reason: outcome.reason } : {}),
        ...(outcome.extractionMs !== null ? { extractionMs: tenths(outcome.extractionMs) } : {}),
        ...(receiveCount > 1 ? delivery : {}),
      });
      outcomes.push(outcome);
    } catch (error) {
      const transient = isTransientError(error);
      metrics.addMetric(transient ? 'TransientFailures' : 'UnexpectedFailures', MetricUnit.Count, 1);
      // Both are retried; only the unexpected ones need a human if they keep failing.
      if (transient) log.warn('transient failure, the record will be retried', { ...delivery, error });
      else log.error('unexpected failure, the record will be retried and then dead-lettered', { ...delivery, error });
      throw error;
    }
  }
  return outcomes;
}

function countOutcome(outcome: IngestOutcome): void {
  if (outcome.batch) {
    metrics.addMetric(outcome.status === 'failed' ? 'BatchesFailed' : 'BatchesSplit', MetricUnit.Count, 1);
    metrics.addMetric('BatchRecordsWritten', MetricUnit.Count, outcome.batch.written);
    return;
  }
  if (outcome.write === 'duplicate' || outcome.write === 'stale') {
    metrics.addMetric('IgnoredRedeliveries', MetricUnit.Count, 1);
    return;
  }
  switch (outcome.status) {
    case 'processed':
      metrics.addMetric('ArticlesProcessed', MetricUnit.Count, 1);
      metrics.addMetric('EventsExtracted', MetricUnit.Count, outcome.eventCount);
      if (outcome.extractionMs !== null) metrics.addMetric('ExtractionMs', MetricUnit.Milliseconds, tenths(outcome.extractionMs));
      return;
    case 'failed':
      metrics.addMetric('ArticlesFailed', MetricUnit.Count, 1);
      return;
    case 'deleted':
      metrics.addMetric('ArticlesDeleted', MetricUnit.Count, 1);
      return;
    case 'superseded':
      metrics.addMetric('ArticlesSuperseded', MetricUnit.Count, 1);
      return;
    case 'split':
      return;
  }
}

/** A time to a tenth of a millisecond: the digits beyond are noise, and every digit is a logged byte. */
const tenths = (ms: number): number => Math.round(ms * 10) / 10;

const ingestBatch = async (event: SQSEvent, context: Context): Promise<PromiseSettledResult<IngestOutcome[]>[]> => {
  // the analysts' dictionary is checked (one HEAD) at the batch's first extraction; a batch object
  // is split in turns that end before the invocation's time does
  service.beginBatch(() => context.getRemainingTimeInMillis());
  return Promise.allSettled(event.Records.map(ingestRecord));
};

export const handler = middy<SQSEvent, SQSBatchResponse>()
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics, { captureColdStartMetric: true }))
  // Errors are already logged above with their S3 key; the middleware only builds batchItemFailures.
  .use(sqsPartialBatchFailure({ logger: () => undefined }))
  // The middleware turns the settled results into { batchItemFailures }: that is what callers get.
  .handler(ingestBatch as unknown as (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>);
