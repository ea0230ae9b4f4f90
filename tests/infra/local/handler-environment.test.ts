import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEnvironment, handlerEnvironment, localCursorKey } from '../../../infra/local/handler-environment.ts';
import { ENV, resourceNames } from '../../../infra/resources.ts';

const input = {
  names: resourceNames('local'),
  region: 'us-east-1',
  s3Endpoint: 'http://127.0.0.1:1',
  sqsEndpoint: 'http://127.0.0.1:2',
  dynamodbEndpoint: 'http://127.0.0.1:3',
  cursorKey: 'k',
  ingestQueueUrl: 'http://127.0.0.1:2/000000000000/accord-ingest-local',
};

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('handler environment', () => {
  it('carries the variables CDK sets, the emulator endpoints and dummy credentials', () => {
    const env = handlerEnvironment({ ...input, maxArticleBytes: 1234 });
    expect(env).toMatchObject({
      [ENV.tableName]: 'accord-events-local',
      [ENV.bucketName]: 'accord-articles-local',
      [ENV.articlePrefix]: 'articles/',
      [ENV.maxArticleBytes]: '1234',
      [ENV.cursorKey]: 'k',
      [ENV.ingestQueueUrl]: 'http://127.0.0.1:2/000000000000/accord-ingest-local',
      [ENV.stage]: 'local',
      AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:1',
      AWS_ENDPOINT_URL_SQS: 'http://127.0.0.1:2',
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:3',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
    });
    expect(handlerEnvironment(input)).not.toHaveProperty(ENV.maxArticleBytes);
  });

  it('restores the previous environment', () => {
    const outer = applyEnvironment({ AWS_REGION: 'eu-west-1' });
    delete process.env.AWS_ENDPOINT_URL_S3;
    const restore = applyEnvironment(handlerEnvironment(input));
    expect(process.env.AWS_REGION).toBe('us-east-1');
    expect(process.env.AWS_ENDPOINT_URL_S3).toBe('http://127.0.0.1:1');
    restore();
    expect(process.env.AWS_REGION).toBe('eu-west-1');
    expect(process.env.AWS_ENDPOINT_URL_S3).toBeUndefined();
    outer();
  });

  it('keeps the cursor key in the data folder when persisting, so cursors outlive a restart', async () => {
    dir = await mkdtemp(join(tmpdir(), 'accord-key-'));
    const first = await localCursorKey(dir, true);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await localCursorKey(dir, true)).toBe(first);
    expect(await localCursorKey(dir, false)).not.toBe(first);
  });
});
