import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ENV } from '../commons/environment-names.ts';
import { requiredEnvironment } from '../commons/required-environment.ts';
import { tracer } from '../commons/powertools.ts';
import { createDefaultExtractor } from '../../shared/extractor/default-extractor.ts';
import { MAX_ARTICLE_BYTES_DEFAULT } from '../../shared/article/index.ts';
import { DEFAULT_EXTRACTION_BUDGET } from '../../shared/extractor/extraction-budget.ts';
import { IngestService } from '../../shared/ingest/ingest-service.ts';
import { S3ObjectStore } from '../../shared/ingest/s3-object-store.ts';
import { eventsDocumentClient } from '../../shared/storage/document-client.ts';
import { DynamoEventRepository } from '../../shared/storage/dynamo-event-repository.ts';

/**
 * The ingest service wired from the environment CDK sets (and the local stack sets the same way).
 * Built once per cold start; SDK clients keep their connections across invocations.
 */
export function createIngestServiceFromEnv(env: NodeJS.ProcessEnv = process.env): IngestService {
  const tableName = requiredEnvironment(env, ENV.tableName);
  // Locally AWS_ENDPOINT_URL_S3 points at an emulator on an IP, where only path-style addressing works.
  const s3 = tracer.captureAWSv3Client(new S3Client({ forcePathStyle: Boolean(env.AWS_ENDPOINT_URL_S3) }));
  const dynamo = tracer.captureAWSv3Client(new DynamoDBClient({}));
  return new IngestService(
    new S3ObjectStore(s3),
    new DynamoEventRepository(eventsDocumentClient(dynamo), tableName),
    createDefaultExtractor({
      maxWork: positiveInt(env[ENV.extractionMaxWork]) ?? DEFAULT_EXTRACTION_BUDGET.maxWork,
      maxMs: positiveInt(env[ENV.extractionMaxMs]) ?? DEFAULT_EXTRACTION_BUDGET.maxMs,
    }),
    {
      maxArticleBytes: positiveInt(env[ENV.maxArticleBytes]) ?? MAX_ARTICLE_BYTES_DEFAULT,
      articlePrefix: env[ENV.articlePrefix] ?? 'articles/',
    },
  );
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}
