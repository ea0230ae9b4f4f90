import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDeadLetters, redriveDeadLetters } from '../../cli/commands/dlq.ts';
import { queueReprocessing, selectStoredArticles } from '../../cli/commands/reprocess.ts';
import { createApiClient } from '../../cli/api-client.ts';
import { resolveTarget, type Target } from '../../cli/target.ts';
import { LOCAL_CREDENTIALS } from '../../infra/local/local-credentials.ts';
import { articleIdFor, type ArticleRecord } from '../../shared/model/article.ts';
import type { DiplomaticEvent } from '../../shared/model/diplomatic-event.ts';
import { DynamoEventRepository } from '../../shared/storage/dynamo-event-repository.ts';
import { eventually, useLocalStack } from '../support/local-stack.ts';

/**
 * Issue 5 operations against the local stack: `accord dlq list|redrive` and `accord reprocess`
 * (their exported building blocks, with the CLI's own target resolution).
 */
const OUTAGE_KEY = 'articles/ops/2026-04-14_outage.txt';
let outage = true;

const local = useLocalStack({
  visibilityTimeoutSeconds: 1,
  // An "outage" for one object: its record fails every time until the flag is cleared.
  ingestHandler: (deployed) => async (event, context) => {
    const failing = event.Records.filter((record) => outage && record.body.includes('outage.txt'));
    const rest = event.Records.filter((record) => !failing.includes(record));
    const response = rest.length > 0 ? ((await deployed({ Records: rest }, context)) ?? { batchItemFailures: [] }) : { batchItemFailures: [] };
    return { batchItemFailures: [...response.batchItemFailures, ...failing.map((record) => ({ itemIdentifier: record.messageId }))] };
  },
});

let target: Target;
let sqs: SQSClient;
let s3: S3Client;
let dynamo: DynamoDBClient;

beforeAll(async () => {
  target = await resolveTarget(
    {},
    {
      readLocalEndpoints: async () => local.stack.endpoints,
      cloudFormation: () => {
        throw new Error('not used for the local stack');
      },
      awsCredentials: () => LOCAL_CREDENTIALS,
      env: {},
    },
  );
  sqs = new SQSClient(target.sqs);
  s3 = new S3Client(target.s3);
  // The handlers' credentials: an in-memory DynamoDB Local keeps one database per access key.
  dynamo = new DynamoDBClient({ ...target.dynamodb, credentials: LOCAL_CREDENTIALS });
});

afterAll(() => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- beforeAll may have failed before assigning these */
  sqs?.destroy();
  s3?.destroy();
  dynamo?.destroy();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
});

const sample = (name: string) => readFile(join(import.meta.dirname, '..', '..', 'samples', 'articles', name));

async function article(key: string): Promise<{ article: ArticleRecord; events: DiplomaticEvent[] } | undefined> {
  const { status, body } = await local.api<{ article: ArticleRecord; events: DiplomaticEvent[] }>(
    `/articles/${articleIdFor(local.stack.endpoints.bucket, key)}`,
  );
  return status === 200 ? body : undefined;
}

describe('accord dlq', () => {
  it('lists a dead-lettered notification and redrives it once the outage is over', async () => {
    await local.upload(OUTAGE_KEY, await sample('2026-04-14_north-korea-warns-over-drills.txt'));
    await local.stack.waitForIngestIdle(30_000);
    expect(local.stack.deadLetterQueueDepth().ready).toBe(1);

    const letters = await listDeadLetters(sqs, target.deadLetterQueueUrl!, 10);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ summary: `ObjectCreated:Put ${OUTAGE_KEY}`, receiveCount: expect.any(Number) });
    expect(letters[0]!.receiveCount).toBeGreaterThanOrEqual(1);
    // Listing leaves the message where it was, visible.
    expect(local.stack.deadLetterQueueDepth()).toEqual({ ready: 1, inflight: 0, delayed: 0 });
    expect(await article(OUTAGE_KEY)).toBeUndefined();

    outage = false;
    expect(await redriveDeadLetters(sqs, { deadLetterQueueUrl: target.deadLetterQueueUrl!, queueUrl: target.queueUrl! })).toBe(1);
    expect(local.stack.deadLetterQueueDepth().ready).toBe(0);
    const stored = await eventually(() => article(OUTAGE_KEY), 30_000, 'the redriven article');
    expect(stored.article.status).toBe('processed');
    expect(stored.events.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('accord reprocess', () => {
  const KEY = 'articles/ops/2026-05-20_sanctions.txt';

  it('re-extracts an article stored by an older extractor and leaves current ones untouched', async () => {
    await local.upload(KEY, await sample('2026-05-20_eu-sanctions-belarus.txt'));
    const current = await eventually(async () => ((await article(KEY))?.article.status === 'processed' ? article(KEY) : undefined), 30_000, 'the article');
    const repository = new DynamoEventRepository(DynamoDBDocumentClient.from(dynamo), target.table!);

    // Reprocessing what the current extractor stored changes nothing: duplicates.
    const candidates = await selectStoredArticles(createApiClient(target), target.bucket!, {});
    expect(candidates.map((c) => c.key)).toContain(KEY);
    const where = { bucket: target.bucket!, queueUrl: target.queueUrl!, region: target.region };
    expect(await queueReprocessing({ s3, sqs }, where, candidates)).toEqual({ queued: candidates.length, gone: 0 });
    await local.stack.waitForIngestIdle(30_000);
    expect(await article(KEY)).toEqual(current);

    // As if an older extractor had coded this very version: same location, other extractor, no events.
    const record = current.article;
    const location = { bucket: record.bucket, key: record.key, versionId: record.versionId, etag: record.etag, sequencer: record.sequencer };
    await repository.saveProcessed(
      { location, title: record.title, url: record.url, publishedAt: record.publishedAt, extractor: 'rules/0.1.0', contentHash: record.contentHash! },
      [],
    );
    expect((await article(KEY))?.article).toMatchObject({ extractor: 'rules/0.1.0', eventCount: 0 });

    const since = await selectStoredArticles(createApiClient(target), target.bucket!, { since: record.publishedAt! });
    expect(since.map((c) => c.key)).toContain(KEY);
    await queueReprocessing(
      { s3, sqs },
      where,
      since.filter((c) => c.key === KEY),
    );
    const upgraded = await eventually(
      async () => {
        const now = await article(KEY);
        return now?.article.extractor === record.extractor ? now : undefined;
      },
      30_000,
      're-extraction',
    );
    expect(upgraded.article).toMatchObject({ status: 'processed', eventCount: current.events.length, sequencer: record.sequencer });
    expect(upgraded.events.map((e) => e.id).sort()).toEqual(current.events.map((e) => e.id).sort());
  }, 90_000);

  it('skips objects that are gone', async () => {
    await local.remove(KEY);
    await eventually(async () => ((await article(KEY))?.article.status === 'deleted' ? true : undefined), 30_000, 'deletion');
    const where = { bucket: target.bucket!, queueUrl: target.queueUrl!, region: target.region };
    expect(await queueReprocessing({ s3, sqs }, where, [{ key: KEY, record: null }])).toEqual({ queued: 0, gone: 1 });
    const candidates = await selectStoredArticles(createApiClient(target), target.bucket!, {});
    expect(candidates.map((c) => c.key)).not.toContain(KEY);
  });
});
