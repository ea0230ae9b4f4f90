import type { SQSClient } from '@aws-sdk/client-sqs';
import { batchContinuationBody, type BatchContinuation, type BatchContinuationQueue } from './batch-continuation.ts';

/**
 * Continuations on the ingest queue itself, next to the S3 notifications. Only a batch too large for
 * one invocation sends one, so the SQS client is built on the first send: its code (and the SDK's
 * JSON protocol it brings) is a chunk of the bundle that a cold start coding one article never compiles.
 */
export class SqsContinuationQueue implements BatchContinuationQueue {
  private client: Promise<SQSClient> | undefined;

  constructor(
    private readonly newClient: () => Promise<SQSClient>,
    private readonly queueUrl: string,
  ) {}

  async send(continuation: BatchContinuation): Promise<void> {
    const [sqs, { SendMessageCommand }] = await Promise.all([(this.client ??= this.newClient()), import('@aws-sdk/client-sqs')]);
    await sqs.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: batchContinuationBody(continuation) }));
  }
}
