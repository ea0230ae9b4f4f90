import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { LambdaTimeoutError, startLambdaWorkerPool, type LambdaWorkerPool } from '../../../infra/local/lambda-worker-pool.ts';
import { localLambdaContext } from '../../../infra/local/lambda-context.ts';
import { resourceNames } from '../../../infra/resources.ts';
import { queueUrlOf, startS3SqsEmulator, type S3SqsEmulator } from '../../../infra/local/s3-sqs-emulator.ts';
import { startSqsPoller, type BatchReport, type SqsPoller } from '../../../infra/local/sqs-poller.ts';
import { waitUntil } from '../../../infra/local/wait-until.ts';
import { LOCAL_CREDENTIALS } from '../../../infra/local/local-credentials.ts';

const SLOW_HANDLER = fileURLToPath(new URL('./fixtures/cpu-bound-handler.ts', import.meta.url));
const region = 'us-east-1';

let pool: LambdaWorkerPool | undefined;
let server: Server | undefined;
let emulator: S3SqsEmulator | undefined;
let poller: SqsPoller | undefined;
let sqs: SQSClient | undefined;

afterEach(async () => {
  await poller?.stop();
  sqs?.destroy();
  await emulator?.stop();
  await pool?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  pool = server = emulator = poller = sqs = undefined;
});

const eventOf = (...bodies: string[]): SQSEvent => ({
  Records: bodies.map((body, i) => ({
    messageId: `m${i}`,
    receiptHandle: `r${i}`,
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'local', ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:q',
    awsRegion: region,
  })),
});
const context = (timeoutMs: number) => localLambdaContext({ functionName: 'ingest-test', region, awsRequestId: 'req', timeoutMs });

/** Milliseconds a plain HTTP request to this thread takes to be answered. */
async function responseTime(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.text();
  return performance.now() - started;
}

describe('local Lambda execution environments on worker threads', () => {
  it('keeps the HTTP server on the main thread responsive while an invocation computes', async () => {
    server = createServer((_req, res) => res.end('{"status":"ok"}'));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
    pool = startLambdaWorkerPool({ modulePath: SLOW_HANDLER, timeoutMs: 30_000 });
    await pool.handler(eventOf('spin:0'), context(30_000)); // cold start out of the way

    const invocation = pool.handler(eventOf('spin:2000'), context(30_000));
    let settled = false;
    void invocation.finally(() => (settled = true));
    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      latencies.push(await responseTime(url));
    }
    // every answer came while the extraction was still computing, and quickly (in-thread, each would wait ~2 s)
    expect(settled).toBe(false);
    expect(Math.max(...latencies)).toBeLessThan(500);
    await expect(invocation).resolves.toEqual({ batchItemFailures: [] });
  }, 30_000);

  it('kills an invocation at the function timeout and serves the next one from a fresh environment', async () => {
    pool = startLambdaWorkerPool({ modulePath: SLOW_HANDLER, timeoutMs: 1_500 });
    await pool.handler(eventOf('spin:0'), context(1_500));
    expect(pool.coldStarts).toBe(1);

    const started = performance.now();
    await expect(pool.handler(eventOf('hang'), context(1_500))).rejects.toThrow(LambdaTimeoutError);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(pool.timeouts).toBe(1);

    await expect(pool.handler(eventOf('spin:0'), context(1_500))).resolves.toEqual({ batchItemFailures: [] });
    expect(pool.coldStarts).toBe(2);
  }, 30_000);

  it('leaves the messages of a timed-out invocation on the queue: they are retried after the visibility timeout', async () => {
    const names = resourceNames('workerpooltest');
    emulator = await startS3SqsEmulator({ names, region, visibilityTimeoutSeconds: 1 });
    sqs = new SQSClient({ endpoint: emulator.endpoint, region, credentials: LOCAL_CREDENTIALS });
    pool = startLambdaWorkerPool({ modulePath: SLOW_HANDLER, timeoutMs: 2_000 });
    emulator.sendMessage(names.queue, 'hang-once');
    const reports: BatchReport[] = [];
    poller = startSqsPoller({
      sqs,
      queueUrl: queueUrlOf(emulator.endpoint, names.queue),
      queueArn: emulator.queueArn,
      region,
      batchSize: 1,
      waitTimeSeconds: 1,
      handler: pool.handler,
      timeoutMs: 2_000,
      onBatch: (report) => reports.push(report),
    });
    await waitUntil(() => reports.some((r) => r.deleted === 1), 20_000, 'the retried message to succeed');
    expect(reports[0]).toMatchObject({ received: 1, deleted: 0, failed: 1, invocationError: expect.any(LambdaTimeoutError) });
    expect(pool.timeouts).toBe(1);
    const depth = emulator.depth(names.queue);
    expect(depth.ready + depth.inflight + depth.delayed).toBe(0);
  }, 30_000);
});
