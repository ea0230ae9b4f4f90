import { EVENTS_TABLE } from '../shared/storage/table-definition.ts';
import { BATCH_RECORDS_FOLDER } from '../shared/batch/batch-keys.ts';

/**
 * The bucket, queues and table as one definition shared by the CDK stack and the local
 * stack. Stage-specific sizing (memory, timeouts, concurrency) lives in stage-config.ts.
 */
export const ARTICLE_PREFIX = 'articles/';

/**
 * Where batch objects (JSON Lines, WARC) dropped under ARTICLE_PREFIX put their articles, one
 * object per record (docs/batches.md); the ingest function may write and delete there, nowhere else.
 */
export const BATCH_RECORD_PREFIX = `${ARTICLE_PREFIX}${BATCH_RECORDS_FOLDER}`;

/**
 * The analysts' dictionary of a stage: one object in the stage's bucket, outside ARTICLE_PREFIX (no
 * ingest notification). The ingest function may read exactly this key; the local stack puts
 * `npm start -- --dictionary FILE` here. README "Extending the dictionaries".
 */
export { DICTIONARY_KEY } from '../shared/dictionary/dictionary-key.ts';

/** SQS redrive: a message that fails this many receives moves to the DLQ. */
export const MAX_RECEIVE_COUNT = 5;

/** Lambda's guidance: the queue's visibility timeout is at least 6 × the function timeout. */
export const VISIBILITY_TIMEOUT_FACTOR = 6;

/** Records per ingest invocation (SQS event source batch size). */
export const INGEST_BATCH_SIZE = 10;

export interface ResourceNames {
  bucket: string;
  queue: string;
  deadLetterQueue: string;
  table: string;
}

/** Physical names for a stage. In AWS the bucket name also carries account and region, to be globally unique. */
export function resourceNames(stage: string, bucketSuffix = ''): ResourceNames {
  return {
    bucket: `accord-articles-${stage}${bucketSuffix}`,
    queue: `accord-ingest-${stage}`,
    deadLetterQueue: `accord-ingest-dlq-${stage}`,
    table: `${EVENTS_TABLE.baseName}-${stage}`,
  };
}

export { EVENTS_TABLE };

export { ENV } from '../functions/commons/environment-names.ts';

/** CloudFormation stack of a stage; the CLI reads its outputs to find the bucket and the API. */
export const stackName = (stage: string): string => `Accord-${stage}`;

/** Output keys of the stack, read by `accord` with DescribeStacks. */
export const STACK_OUTPUTS = {
  bucketName: 'ArticlesBucketName',
  apiUrl: 'ApiUrl',
  queueUrl: 'IngestQueueUrl',
  deadLetterQueueUrl: 'DeadLetterQueueUrl',
  tableName: 'TableName',
  /** The analytics export's bucket (`accord export --backfill --stage`) and function (pausing its stream during a backfill). */
  exportBucketName: 'AnalyticsExportBucketName',
  exportFunctionName: 'AnalyticsExportFunctionName',
} as const;

/**
 * The analytics copy of a stage (issue 13): Parquet under EXPORT_PREFIX in its own bucket, the Glue
 * database and table Athena reads, and the stage's workgroup. Named here so `accord sql --stage`
 * finds them without reading the stack.
 */
export function analyticsNames(stage: string, bucketSuffix = '') {
  return {
    exportBucket: `accord-analytics-${stage}${bucketSuffix}`,
    resultsBucket: `accord-athena-results-${stage}${bucketSuffix}`,
    exportPrefix: 'events/',
    database: `accord_${stage}`,
    table: 'events',
    workGroup: `accord-${stage}`,
  };
}
