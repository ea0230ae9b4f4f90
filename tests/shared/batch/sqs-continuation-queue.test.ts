import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SqsContinuationQueue } from '../../../shared/batch/sqs-continuation-queue.ts';
import { parseBatchContinuation, type BatchContinuation } from '../../../shared/batch/batch-continuation.ts';

const sqsMock = mockClient(SQSClient);
afterEach(() => sqsMock.reset());

const QUEUE = 'https://sqs.eu-west-1.amazonaws.com/123456789012/ingest';

function continuation(startAt: number): BatchContinuation {
  return { location: { bucket: 'b', key: 'articles/feed.jsonl', etag: '"e"', versionId: null, sequencer: null }, startAt, skipped: 0 };
}

describe('SqsContinuationQueue', () => {
  it('builds its client on the first send only, once, and sends each continuation to the queue', async () => {
    sqsMock.on(SendMessageCommand).resolves({ MessageId: 'm' });
    const newClient = vi.fn(() => Promise.resolve(new SQSClient({ region: 'eu-west-1' })));
    const queue = new SqsContinuationQueue(newClient, QUEUE);
    expect(newClient).not.toHaveBeenCalled();

    await Promise.all([queue.send(continuation(10)), queue.send(continuation(20))]);
    await queue.send(continuation(30));

    expect(newClient).toHaveBeenCalledTimes(1);
    const sent = sqsMock.commandCalls(SendMessageCommand).map((call) => call.args[0].input);
    expect(sent.map((input) => input.QueueUrl)).toEqual([QUEUE, QUEUE, QUEUE]);
    expect(sent.map((input) => parseBatchContinuation(input.MessageBody!))).toEqual([continuation(10), continuation(20), continuation(30)]);
  });

  it('passes a failed send on to the caller (SQS retries the record that asked for it)', async () => {
    sqsMock.on(SendMessageCommand).rejects(new Error('throttled'));
    const queue = new SqsContinuationQueue(() => Promise.resolve(new SQSClient({ region: 'eu-west-1' })), QUEUE);
    await expect(queue.send(continuation(10))).rejects.toThrow('throttled');
  });
});
