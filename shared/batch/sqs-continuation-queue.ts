import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { batchContinuationBody, type BatchContinuation, type BatchContinuationQueue } from './batch-continuation.ts';

/** Continuations on the ingest queue itself, next to the S3 notifications. */
export class SqsContinuationQueue implements BatchContinuationQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(continuation: BatchContinuation): Promise<void> {
    await this.sqs.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: batchContinuationBody(continuation) }));
  }
}
