import { randomUUID } from 'node:crypto';
import { DeleteMessageBatchCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { localLambdaContext } from './lambda-context.ts';

/**
 * What Lambda's SQS event source mapping does, on loopback: long-poll the queue in batches,
 * invoke the handler with an SQSEvent, delete what succeeded. With ReportBatchItemFailures the
 * messages the handler names stay on the queue and come back after the visibility timeout; the
 * queue's redrive policy moves them to the DLQ after maxReceiveCount receives.
 */
export type SqsLambdaHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined> | Promise<void>;

export interface SqsPollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  queueArn: string;
  region: string;
  handler: SqsLambdaHandler;
  batchSize: number;
  /** Long-poll wait per ReceiveMessage, seconds (Lambda uses 20). */
  waitTimeSeconds?: number;
  /** Concurrent pollers, like the mapping's maximum concurrency. */
  concurrency?: number;
  functionName?: string;
  /** Function timeout the context reports, ms. */
  timeoutMs?: number;
  onBatch?: (report: BatchReport) => void;
  onError?(error: unknown): void;
}

export interface BatchReport {
  received: number;
  deleted: number;
  /** Left on the queue for redelivery. */
  failed: number;
  /** The invocation threw, so the whole batch is retried (Lambda semantics). */
  invocationError: unknown;
}

export interface SqsPoller {
  /** Stops receiving and waits for batches in progress to finish. */
  stop(): Promise<void>;
  /** Batches handled so far. */
  readonly batches: number;
}

const RECEIVE_BACKOFF_MS = 500;

export function startSqsPoller(options: SqsPollerOptions): SqsPoller {
  const abort = new AbortController();
  let running = true;
  let batches = 0;
  const workers: Promise<void>[] = [];

  const work = async () => {
    while (running) {
      let messages: Message[];
      try {
        const out = await options.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: options.queueUrl,
            MaxNumberOfMessages: options.batchSize,
            WaitTimeSeconds: options.waitTimeSeconds ?? 20,
            MessageSystemAttributeNames: ['All'],
            MessageAttributeNames: ['All'],
          }),
          { abortSignal: abort.signal },
        );
        messages = out.Messages ?? [];
      } catch (error) {
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- stop() clears it while the receive is awaited (and aborts it)
        if (!running) return;
        options.onError?.(error);
        await sleep(RECEIVE_BACKOFF_MS);
        continue;
      }
      if (messages.length === 0) continue;
      try {
        const report = await invokeAndSettle(options, messages);
        batches++;
        options.onBatch?.(report);
      } catch (error) {
        options.onError?.(error);
      }
    }
  };

  for (let i = 0; i < (options.concurrency ?? 1); i++) workers.push(work());

  return {
    get batches() {
      return batches;
    },
    async stop() {
      running = false;
      abort.abort();
      await Promise.allSettled(workers);
    },
  };
}

async function invokeAndSettle(options: SqsPollerOptions, messages: Message[]): Promise<BatchReport> {
  const event: SQSEvent = { Records: messages.map((m) => toSqsRecord(m, options)) };
  let failedIds: Set<string>;
  let invocationError: unknown = null;
  try {
    const response = await options.handler(event, lambdaContext(options));
    failedIds = failuresOf(response ?? undefined, event);
  } catch (error) {
    invocationError = error;
    failedIds = new Set(event.Records.map((r) => r.messageId));
  }
  const succeeded = messages.filter((m) => !failedIds.has(m.MessageId ?? ''));
  if (succeeded.length > 0) {
    const out = await options.sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: options.queueUrl,
        Entries: succeeded.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
      }),
    );
    if (out.Failed && out.Failed.length > 0) {
      throw new Error(`could not delete ${out.Failed.length} processed messages: ${out.Failed[0]?.Message ?? ''}`);
    }
  }
  return { received: messages.length, deleted: succeeded.length, failed: failedIds.size, invocationError };
}

/**
 * Lambda treats a response naming an unknown or empty message id as a failure of the whole batch.
 */
function failuresOf(response: SQSBatchResponse | undefined, event: SQSEvent): Set<string> {
  const all = new Set(event.Records.map((r) => r.messageId));
  const failures = response?.batchItemFailures ?? [];
  const failed = new Set<string>();
  for (const failure of failures) {
    if (!failure.itemIdentifier || !all.has(failure.itemIdentifier)) return all;
    failed.add(failure.itemIdentifier);
  }
  return failed;
}

function toSqsRecord(message: Message, options: SqsPollerOptions): SQSRecord {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: attributes.SenderId ?? '000000000000',
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
    },
    messageAttributes: Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
        name,
        {
          dataType: value.DataType ?? 'String',
          ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
        },
      ]),
    ),
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: options.queueArn,
    awsRegion: options.region,
  };
}

function lambdaContext(options: SqsPollerOptions): Context {
  return localLambdaContext({
    functionName: options.functionName ?? 'accord-ingest-local',
    region: options.region,
    awsRequestId: randomUUID(),
    timeoutMs: options.timeoutMs ?? 30_000,
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
