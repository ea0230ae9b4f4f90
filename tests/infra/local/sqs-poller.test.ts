import { SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_RECEIVE_COUNT, resourceNames } from '../../../infra/resources.ts';
import { queueUrlOf, startS3SqsEmulator, type S3SqsEmulator } from '../../../infra/local/s3-sqs-emulator.ts';
import { startSqsPoller, type BatchReport, type SqsPoller } from '../../../infra/local/sqs-poller.ts';
import { waitUntil } from '../../../infra/local/wait-until.ts';
import { LOCAL_CREDENTIALS } from '../../../infra/local/local-credentials.ts';

const region = 'us-east-1';
let emulator: S3SqsEmulator;
let sqs: SQSClient | undefined;
let poller: SqsPoller | undefined;
let suite = 0;

afterEach(async () => {
  await poller?.stop();
  poller = undefined;
  sqs?.destroy();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a test may have failed before queues() assigned it
  await emulator?.stop();
});

/** A fresh emulator per test: own queues, 1 s visibility so redeliveries come quickly. */
async function queues() {
  const names = resourceNames(`pollertest${suite++}`);
  emulator = await startS3SqsEmulator({ names, region, visibilityTimeoutSeconds: 1 });
  const client = new SQSClient({ endpoint: emulator.endpoint, region, credentials: LOCAL_CREDENTIALS });
  sqs = client;
  return { names, sqs: client, queueUrl: queueUrlOf(emulator.endpoint, names.queue) };
}

const until = (condition: () => boolean): Promise<void> => waitUntil(condition, 20_000, 'condition');

describe('SQS poller (Lambda event source mapping semantics)', () => {
  it('deletes the good records of a batch and redrives the failing one to the DLQ after maxReceiveCount', async () => {
    const { names, sqs, queueUrl } = await queues();
    for (const body of ['good-1', 'poison', 'good-2', 'good-3']) emulator.sendMessage(names.queue, body);

    const seen = new Map<string, number>();
    const receiveCounts: string[] = [];
    const reports: BatchReport[] = [];
    poller = startSqsPoller({
      sqs,
      queueUrl,
      queueArn: emulator.queueArn,
      region,
      batchSize: 10,
      waitTimeSeconds: 1,
      handler: async (event: SQSEvent): Promise<SQSBatchResponse> => {
        for (const record of event.Records) {
          seen.set(record.body, (seen.get(record.body) ?? 0) + 1);
          if (record.body === 'poison') receiveCounts.push(record.attributes.ApproximateReceiveCount);
          expect(record.eventSource).toBe('aws:sqs');
          expect(record.eventSourceARN).toBe(emulator.queueArn);
        }
        return {
          batchItemFailures: event.Records.filter((r) => r.body === 'poison').map((r) => ({ itemIdentifier: r.messageId })),
        };
      },
      onBatch: (report) => reports.push(report),
    });

    await until(() => emulator.depth(names.deadLetterQueue).ready === 1);
    expect(seen.get('good-1')).toBe(1);
    expect(seen.get('good-2')).toBe(1);
    expect(seen.get('good-3')).toBe(1);
    expect(seen.get('poison')).toBe(MAX_RECEIVE_COUNT);
    expect(receiveCounts).toEqual(Array.from({ length: MAX_RECEIVE_COUNT }, (_, i) => String(i + 1)));
    expect(emulator.depth(names.queue)).toEqual({ ready: 0, inflight: 0, delayed: 0 });
    expect(reports[0]).toMatchObject({ received: 4, deleted: 3, failed: 1, invocationError: null });
  });

  it('retries the whole batch when the invocation throws', async () => {
    const { names, sqs, queueUrl } = await queues();
    emulator.sendMessage(names.queue, 'a');
    emulator.sendMessage(names.queue, 'b');
    let invocations = 0;
    const processed: string[] = [];
    poller = startSqsPoller({
      sqs,
      queueUrl,
      queueArn: emulator.queueArn,
      region,
      batchSize: 10,
      waitTimeSeconds: 1,
      handler: async (event) => {
        invocations++;
        if (invocations === 1) throw new Error('function crashed');
        processed.push(...event.Records.map((r) => r.body));
      },
    });
    await until(() => processed.length === 2);
    expect(processed.sort()).toEqual(['a', 'b']);
    await until(() => emulator.depth(names.queue).inflight === 0);
    expect(emulator.depth(names.queue)).toEqual({ ready: 0, inflight: 0, delayed: 0 });
  });

  it('treats a failure naming an unknown message as a failure of the whole batch', async () => {
    const { names, sqs, queueUrl } = await queues();
    emulator.sendMessage(names.queue, 'only');
    let invocations = 0;
    poller = startSqsPoller({
      sqs,
      queueUrl,
      queueArn: emulator.queueArn,
      region,
      batchSize: 10,
      waitTimeSeconds: 1,
      handler: async () => {
        invocations++;
        return invocations === 1 ? { batchItemFailures: [{ itemIdentifier: 'not-in-this-batch' }] } : { batchItemFailures: [] };
      },
    });
    await until(() => invocations === 2);
    await until(() => emulator.depth(names.queue).inflight === 0);
    expect(emulator.depth(names.queue).ready).toBe(0);
  });
});
