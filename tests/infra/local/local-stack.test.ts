import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS } from '../../../infra/local/local-credentials.ts';
import { startLocalStack } from '../../../infra/local/local-stack.ts';
import { readLocalEndpoints } from '../../../infra/local/local-endpoints.ts';
import { articleIdFor, type ArticleRecord } from '../../../shared/model/article.ts';
import { stablePort } from '../../../infra/local/free-port.ts';

/**
 * The composable local stack with persistence: what `npm start` runs. Data written before a
 * stop is there after a restart on the same folder; endpoints.json tells the CLI where it listens.
 */
let dataDir: string;
let ports: { api: number; s3sqs: number; dynamodb: number };

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dataDir = await mkdtemp(join(tmpdir(), 'accord-persist-'));
  // Fixed for both runs: the handlers keep the clients of their first import, as in a warm Lambda.
  ports = { api: await stablePort(), s3sqs: await stablePort(), dynamodb: await stablePort() };
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const ARTICLE =
  'Japan and the Philippines signed a defence agreement in Manila on Tuesday, the two governments said. ' +
  'The Japanese prime minister met the Philippine president and they discussed maritime security.';

describe('local stack', () => {
  it('keeps articles, objects and events across a restart', async () => {
    const key = 'articles/persist/2026-05-01_manila.txt';
    const first = await startLocalStack({ dataDir, ports, persist: true, pollWaitSeconds: 1 });
    let recordBefore: ArticleRecord;
    try {
      expect(await readLocalEndpoints(dataDir)).toEqual(first.endpoints);
      expect(first.endpoints.apiUrl).toBe(`http://127.0.0.1:${ports.api}`);
      const s3 = new S3Client({ endpoint: first.endpoints.s3Endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, forcePathStyle: true });
      await s3.send(new PutObjectCommand({ Bucket: first.endpoints.bucket, Key: key, Body: ARTICLE }));
      s3.destroy();
      await first.waitForIngestIdle(30_000);
      const response = await fetch(`${first.endpoints.apiUrl}/articles/${articleIdFor(first.endpoints.bucket, key)}`);
      recordBefore = ((await response.json()) as { article: ArticleRecord }).article;
      expect(recordBefore.status).toBe('processed');
    } finally {
      await first.stop();
    }

    const second = await startLocalStack({ dataDir, ports, persist: true, pollWaitSeconds: 1 });
    try {
      const response = await fetch(`${second.endpoints.apiUrl}/articles/${articleIdFor(second.endpoints.bucket, key)}`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { article: ArticleRecord }).article).toEqual(recordBefore);
      const s3 = new S3Client({ endpoint: second.endpoints.s3Endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, forcePathStyle: true });
      const object = await s3.send(new GetObjectCommand({ Bucket: second.endpoints.bucket, Key: key }));
      expect(await object.Body?.transformToString()).toBe(ARTICLE);
      s3.destroy();
      expect(second.ingestQueueDepth()).toEqual({ ready: 0, inflight: 0, delayed: 0 });
    } finally {
      await second.stop();
    }
  });
});
