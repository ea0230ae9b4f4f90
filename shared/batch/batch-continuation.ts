import * as z from 'zod/mini';
import '../model/zod-messages.ts';
import type { ArticleLocation } from '../model/article.ts';

/**
 * A batch too large to split within one ingest invocation is split in turns: before its time runs
 * out, an invocation stops at a record boundary, records its progress on the batch record, and puts
 * this message on the ingest queue; the next invocation reads the batch again from the start,
 * passes over the records already written without writing or even comparing them, and goes on.
 * Each turn is a new message, so a long batch never exhausts the queue's receive count, and a turn
 * that dies (a timeout despite the margin) is retried from the last turn's start, writing only what
 * changed (the record digests): nothing lost, nothing repeated.
 */
export const BatchContinuationSchema = z.strictObject({
  accordBatchContinuation: z.strictObject({
    location: z.strictObject({
      bucket: z.string().check(z.minLength(1)),
      key: z.string().check(z.minLength(1)),
      versionId: z.nullable(z.string()),
      etag: z.nullable(z.string()),
      sequencer: z.nullable(z.string()),
    }),
    /** Records (articles, rejected ones included) already written: the turn starts after them. */
    startAt: z.int().check(z.nonnegative()),
    /** Skipped records counted before startAt. */
    skipped: z.int().check(z.nonnegative()),
  }),
});

export interface BatchContinuation {
  location: ArticleLocation;
  startAt: number;
  skipped: number;
}

/** The continuation in an SQS message body, or null when the body is something else (an S3 notification). */
export function parseBatchContinuation(body: string): BatchContinuation | null {
  if (!body.includes('"accordBatchContinuation"')) return null;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = BatchContinuationSchema.safeParse(json);
  return parsed.success ? parsed.data.accordBatchContinuation : null;
}

export function batchContinuationBody(continuation: BatchContinuation): string {
  return JSON.stringify({ accordBatchContinuation: continuation });
}

/** Where continuations go: the ingest queue (SQS adapter in sqs-continuation-queue.ts). */
export interface BatchContinuationQueue {
  send(continuation: BatchContinuation): Promise<void>;
}
