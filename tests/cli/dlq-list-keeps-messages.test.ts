import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stablePort } from '../../infra/local/free-port.ts';
import { LOCAL_CREDENTIALS } from '../../infra/local/local-credentials.ts';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.ts';
import { jsonLines, runAccord } from './run-accord.ts';

/**
 * `accord dlq list` promises that listed messages stay in the dead-letter queue. On the local
 * stack with persistence (what `npm start` runs) fauxqs 2.4.1 lost every message whose visibility
 * the listing reset: once in memory, and for good across a restart. Listed here with the real
 * CLI, as a user would, against a persisted stack that is stopped and started on the same folder.
 */
let dataDir: string;
let ports: { api: number; s3sqs: number; dynamodb: number };

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dataDir = await mkdtemp(join(tmpdir(), 'accord-dlq-'));
  // The same ports for both runs: the handlers keep the clients of their first import.
  ports = { api: await stablePort(), s3sqs: await stablePort(), dynamodb: await stablePort() };
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const BODIES = ['dead letter one', 'dead letter two', 'dead letter three'];

async function listedIds(): Promise<string[]> {
  const run = await runAccord(['dlq', 'list', '--json'], { ACCORD_DATA_DIR: dataDir });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return jsonLines(run.stdout)
    .map((letter) => String(letter.messageId))
    .sort();
}

async function withStack<T>(use: (stack: LocalStack) => Promise<T>): Promise<T> {
  const stack = await startLocalStack({ dataDir, ports, persist: true, pollWaitSeconds: 1 });
  try {
    return await use(stack);
  } finally {
    await stack.stop();
  }
}

describe('accord dlq list on the persisted local stack', () => {
  it('keeps every message when listing twice and after a restart', async () => {
    const sent = await withStack(async (stack) => {
      const sqs = new SQSClient({ endpoint: stack.endpoints.sqsEndpoint, region: stack.endpoints.region, credentials: LOCAL_CREDENTIALS });
      try {
        const ids: string[] = [];
        for (const body of BODIES) {
          const out = await sqs.send(new SendMessageCommand({ QueueUrl: stack.endpoints.deadLetterQueueUrl, MessageBody: body }));
          ids.push(out.MessageId ?? '');
        }
        ids.sort();

        expect(await listedIds()).toEqual(ids);
        expect(await listedIds()).toEqual(ids);
        expect(stack.deadLetterQueueDepth()).toEqual({ ready: BODIES.length, inflight: 0, delayed: 0 });
        return ids;
      } finally {
        sqs.destroy();
      }
    });

    await withStack(async (stack) => {
      expect(stack.deadLetterQueueDepth()).toEqual({ ready: BODIES.length, inflight: 0, delayed: 0 });
      expect(await listedIds()).toEqual(sent);
      expect(stack.deadLetterBodies().sort()).toEqual([...BODIES].sort());
    });
  });
});
