import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resourceNames } from '../../../infra/resources.ts';
import { startS3SqsEmulator, type S3SqsEmulator } from '../../../infra/local/s3-sqs-emulator.ts';
import { randomFaults, startFaultInjectionProxy, type FaultInjectionProxy, type FaultKind } from '../../../infra/local/fault-injection-proxy.ts';
import { seededRandom } from '../../../infra/local/seeded-random.ts';
import { isTransientError } from '../../../shared/ingest/error-classification.ts';
import { LOCAL_CREDENTIALS } from '../../../infra/local/local-credentials.ts';

const names = resourceNames('faulttest');
let emulator: S3SqsEmulator;
let proxy: FaultInjectionProxy;
let next: FaultKind | null = null;

const client = (endpoint: string) => new S3Client({ endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, forcePathStyle: true, maxAttempts: 1 });

beforeAll(async () => {
  emulator = await startS3SqsEmulator({ names, region: 'us-east-1', visibilityTimeoutSeconds: 30 });
  proxy = await startFaultInjectionProxy({
    service: 's3',
    upstream: emulator.endpoint,
    injector: {
      decide: () => {
        const fault = next;
        next = null;
        return fault;
      },
    },
  });
});

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- beforeAll may have failed before assigning these */
  await proxy?.close();
  await emulator?.stop();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
});

describe('fault injection proxy', () => {
  it('passes requests through when no fault is chosen', async () => {
    const s3 = client(proxy.url);
    await s3.send(new PutObjectCommand({ Bucket: names.bucket, Key: 'articles/ok.txt', Body: 'fine' }));
    const object = await s3.send(new GetObjectCommand({ Bucket: names.bucket, Key: 'articles/ok.txt' }));
    expect(await object.Body?.transformToString()).toBe('fine');
  });

  it.each([
    ['throttle', 'SlowDown', 503],
    ['server', 'InternalError', 500],
  ] as const)('answers %s with the error S3 sends, which ingest retries', async (fault, name, status) => {
    next = fault;
    const error = await client(proxy.url)
      .send(new GetObjectCommand({ Bucket: names.bucket, Key: 'articles/ok.txt' }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name, $metadata: { httpStatusCode: status } });
    expect(isTransientError(error)).toBe(true);
  });

  it('loses the response of an applied request on a timeout', async () => {
    next = 'timeout';
    const error = await client(proxy.url)
      .send(new PutObjectCommand({ Bucket: names.bucket, Key: 'articles/applied.txt', Body: 'written anyway' }))
      .catch((e: unknown) => e);
    expect(isTransientError(error)).toBe(true);
    const object = await client(emulator.endpoint).send(new GetObjectCommand({ Bucket: names.bucket, Key: 'articles/applied.txt' }));
    expect(await object.Body?.transformToString()).toBe('written anyway');
    expect(proxy.injected).toEqual({ throttle: 1, server: 1, timeout: 1 });
  });

  it('injects random faults at about the requested rate, reproducibly per seed', () => {
    const decide = (seed: number) => {
      const injector = randomFaults(0.05, seededRandom(seed));
      return Array.from({ length: 4000 }, () => injector.decide({ service: 's3', method: 'GET', url: '/', operation: null }));
    };
    const faults = decide(7).filter((f) => f !== null);
    expect(faults.length / 4000).toBeGreaterThan(0.03);
    expect(faults.length / 4000).toBeLessThan(0.07);
    expect(new Set(faults)).toEqual(new Set(['throttle', 'server', 'timeout']));
    expect(decide(7)).toEqual(decide(7));
  });
});
