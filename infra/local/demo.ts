import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { articleIdFor, type ArticleRecord } from '../../shared/model/article.ts';
import { eventsDocumentClient } from '../../shared/storage/document-client.ts';
import { DynamoEventRepository } from '../../shared/storage/dynamo-event-repository.ts';
import { ARTICLE_PREFIX } from '../resources.ts';
import { contentTypeOf, isArticleFileName } from '../../shared/article/article-format.ts';
import { normalizeEtag } from '../../shared/ingest/s3-event-notification.ts';
import { LOCAL_CREDENTIALS } from './local-credentials.ts';
import type { LocalStack } from './local-stack.ts';

/**
 * `npm start -- --demo`: uploads the bundled sample articles THROUGH S3, so the whole path runs
 * (notification → queue → ingest → table), waits for the queue to drain and reports what came out.
 */
export const SAMPLES_DIR = join(import.meta.dirname, '..', '..', 'samples', 'articles');

/** Ingest of a handful of articles takes a second or two; this only bounds a stuck run. */
const INGEST_WAIT_MS = 60_000;

export interface DemoResult {
  articles: { file: string; record: ArticleRecord | null }[];
  events: number;
}

export async function runDemo(stack: LocalStack, samplesDir = SAMPLES_DIR): Promise<DemoResult> {
  const { endpoints } = stack;
  const files = (await readdir(samplesDir)).filter(isArticleFileName).sort();
  const s3 = new S3Client({
    endpoint: endpoints.s3Endpoint,
    region: endpoints.region,
    credentials: LOCAL_CREDENTIALS,
    forcePathStyle: true,
  });
  const dynamo = new DynamoDBClient({ endpoint: endpoints.dynamodbEndpoint, region: endpoints.region, credentials: LOCAL_CREDENTIALS });
  try {
    const uploaded = new Map<string, string>();
    for (const file of files) {
      const out = await s3.send(
        new PutObjectCommand({
          Bucket: endpoints.bucket,
          Key: `${ARTICLE_PREFIX}${file}`,
          Body: await readFile(join(samplesDir, file)),
          ContentType: contentTypeOf(file),
        }),
      );
      uploaded.set(file, normalizeEtag(out.ETag ?? ''));
    }
    // Done when every sample's record is of the uploaded version (other work on the queue, e.g.
    // retries left from an earlier run, does not hold the demo up).
    const repository = new DynamoEventRepository(eventsDocumentClient(dynamo), endpoints.table);
    const deadline = Date.now() + INGEST_WAIT_MS;
    const articles: DemoResult['articles'] = [];
    for (const file of files) {
      const articleId = articleIdFor(endpoints.bucket, `${ARTICLE_PREFIX}${file}`);
      let record = await repository.getArticle(articleId);
      while ((record === null || record.etag !== uploaded.get(file)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        record = await repository.getArticle(articleId);
      }
      articles.push({ file, record });
    }
    return { articles, events: articles.reduce((sum, { record }) => sum + (record?.eventCount ?? 0), 0) };
  } finally {
    s3.destroy();
    dynamo.destroy();
  }
}
