import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ENV } from '../commons/environment-names.ts';
import { requiredEnvironment } from '../commons/required-environment.ts';
import { logger, tracer } from '../commons/powertools.ts';
import { createDefaultExtractor } from '../../shared/extractor/default-extractor.ts';
import { MAX_ARTICLE_BYTES_DEFAULT } from '../../shared/article/index.ts';
import { DEFAULT_EXTRACTION_BUDGET } from '../../shared/extractor/extraction-budget.ts';
import { IngestService } from '../../shared/ingest/ingest-service.ts';
import { S3ObjectStore } from '../../shared/ingest/s3-object-store.ts';
import { eventsDocumentClient } from '../../shared/storage/document-client.ts';
import { DynamoEventRepository } from '../../shared/storage/dynamo-event-repository.ts';
import { DICTIONARY_KEY } from '../../shared/dictionary/dictionary-key.ts';
import { StoredDictionaryExtractor } from '../../shared/ingest/stored-dictionary-extractor.ts';
import { BatchSplitter } from '../../shared/batch/batch-splitter.ts';
import { DEFAULT_BATCH_LIMITS } from '../../shared/batch/batch-limits.ts';
import { S3RecordStore } from '../../shared/batch/s3-record-store.ts';
import { SqsContinuationQueue } from '../../shared/batch/sqs-continuation-queue.ts';
import type { SQSClient } from '@aws-sdk/client-sqs';

/**
 * The ingest service wired from the environment CDK sets (and the local stack sets the same way).
 * Built once per cold start; SDK clients keep their connections across invocations.
 */
export function createIngestServiceFromEnv(env: NodeJS.ProcessEnv = process.env): IngestService {
  const tableName = requiredEnvironment(env, ENV.tableName);
  // Locally AWS_ENDPOINT_URL_S3 points at an emulator on an IP, where only path-style addressing works.
  const s3 = tracer.captureAWSv3Client(new S3Client({ forcePathStyle: Boolean(env.AWS_ENDPOINT_URL_S3) }));
  const dynamo = tracer.captureAWSv3Client(new DynamoDBClient({}));
  const objectStore = new S3ObjectStore(s3);
  // The analysts' dictionary lives in the same bucket at DICTIONARY_KEY; without a bucket name, the built-ins alone.
  const bucket = env[ENV.bucketName];
  const budget = {
    maxWork: positiveInt(env[ENV.extractionMaxWork]) ?? DEFAULT_EXTRACTION_BUDGET.maxWork,
    maxMs: positiveInt(env[ENV.extractionMaxMs]) ?? DEFAULT_EXTRACTION_BUDGET.maxMs,
  };
  const extractor = bucket
    ? new StoredDictionaryExtractor(objectStore, {
        bucket,
        key: DICTIONARY_KEY,
        build: (dictionary) => createDefaultExtractor(dictionary ? { dictionary, budget } : { budget }),
        log: {
          info: (message, details = {}) => logger.info(message, details),
          warn: (message, details = {}) => logger.warn(message, details),
          error: (message, details = {}) => logger.error(message, details),
        },
      })
    : createDefaultExtractor({ budget });
  const repository = new DynamoEventRepository(eventsDocumentClient(dynamo), tableName);
  const options = {
    maxArticleBytes: positiveInt(env[ENV.maxArticleBytes]) ?? MAX_ARTICLE_BYTES_DEFAULT,
    articlePrefix: env[ENV.articlePrefix] ?? 'articles/',
  };
  const queueUrl = env[ENV.ingestQueueUrl];
  const batches = new BatchSplitter(objectStore, new S3RecordStore(s3), repository, {
    ...options,
    ...(queueUrl ? { continuations: new SqsContinuationQueue(newSqsClient, queueUrl) } : {}),
    limits: {
      maxBytes: positiveInt(env[ENV.batchMaxBytes]) ?? DEFAULT_BATCH_LIMITS.maxBytes,
      maxDecompressedBytes: positiveInt(env[ENV.batchMaxDecompressedBytes]) ?? DEFAULT_BATCH_LIMITS.maxDecompressedBytes,
      maxRecords: positiveInt(env[ENV.batchMaxRecords]) ?? DEFAULT_BATCH_LIMITS.maxRecords,
    },
  });
  return new IngestService(objectStore, repository, extractor, options, batches);
}

/** The SQS client, imported when the first continuation is sent (see SqsContinuationQueue). */
async function newSqsClient(): Promise<SQSClient> {
  const { SQSClient } = await import('@aws-sdk/client-sqs');
  return tracer.captureAWSv3Client(new SQSClient({}));
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}
