import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll } from 'vitest';
import { LOCAL_CREDENTIALS } from '../../infra/local/local-credentials.ts';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../infra/local/local-stack.ts';

/**
 * Vitest helper: the whole local stack (DynamoDB Local, fauxqs behind the notification proxy,
 * the poller with the real ingest handler, the API over HTTP) on free loopback ports in a
 * temporary folder, started in beforeAll and stopped in afterAll.
 *
 *   const local = useLocalStack();
 *   it('…', async () => { await local.upload('articles/x.txt', 'text'); … await local.api('/events') });
 *
 * One per test file: handlers build their clients at import, as in a Lambda cold start.
 */
export interface LocalStackFixture {
  readonly stack: LocalStack;
  readonly s3: S3Client;
  upload(key: string, body: string | Uint8Array, contentType?: string): Promise<void>;
  remove(key: string): Promise<void>;
  /** GET on the API; parsed JSON body and status. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the test names the body it expects; the assertions that follow check it
  api<T = unknown>(path: string): Promise<{ status: number; body: T }>;
}

/** Short visibility timeout and long-poll wait so retries and idle detection are quick in tests. */
export const TEST_STACK_OPTIONS: LocalStackOptions = {
  ports: { api: 0, s3sqs: 0, dynamodb: 0 },
  persist: false,
  visibilityTimeoutSeconds: 2,
  pollWaitSeconds: 1,
};

export function useLocalStack(options: Partial<LocalStackOptions> = {}): LocalStackFixture {
  let stack: LocalStack | undefined;
  let s3: S3Client | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    // Handler logs (Powertools) stay out of test output unless asked for with POWERTOOLS_LOG_LEVEL.
    process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
    dataDir = await mkdtemp(join(tmpdir(), 'accord-stack-'));
    stack = await startLocalStack({ ...TEST_STACK_OPTIONS, ...options, dataDir });
    s3 = new S3Client({
      endpoint: stack.endpoints.s3Endpoint,
      region: stack.endpoints.region,
      credentials: LOCAL_CREDENTIALS,
      forcePathStyle: true,
    });
  });

  afterAll(async () => {
    s3?.destroy();
    await stack?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const started = () => {
    if (!stack || !s3) throw new Error('local stack not started: call useLocalStack() at file level');
    return { stack, s3 };
  };

  return {
    get stack() {
      return started().stack;
    },
    get s3() {
      return started().s3;
    },
    async upload(key, body, contentType) {
      const { stack, s3 } = started();
      await s3.send(
        new PutObjectCommand({
          Bucket: stack.endpoints.bucket,
          Key: key,
          Body: body,
          ...(contentType ? { ContentType: contentType } : {}),
        }),
      );
    },
    async remove(key) {
      const { stack, s3 } = started();
      await s3.send(new DeleteObjectCommand({ Bucket: stack.endpoints.bucket, Key: key }));
    },
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- as in the interface above
    async api<T>(path: string) {
      const response = await fetch(`${started().stack.endpoints.apiUrl}${path}`);
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
  };
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${inspect(last)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
