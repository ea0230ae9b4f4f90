import { describe, expect, it } from 'vitest';
import type { SQSBatchResponse } from 'aws-lambda';
import { jsonLines } from '../../bench/batch-files.ts';
import { decodeS3EventKey } from '../../shared/ingest/s3-event-notification.ts';
import type { BatchSummary } from '../../shared/model/batch.ts';
import { eventually, useLocalStack } from '../support/local-stack.ts';

/**
 * Issue 11, a batch longer than one invocation: with a 30 s function timeout and the split's 15 s
 * margin, each invocation writes for about 15 s and hands the rest to a continuation message. Every
 * record is written exactly once over all turns (one S3 notification per record object), and every
 * article ends processed or failed.
 */
const continuations: string[] = [];
const recordNotifications = new Map<string, number>();
const local = useLocalStack({
  // the splitter hands over once less than its 15 s margin remains: a 16 s function leaves about a second of
  // splitting per turn, so the 400 lines take several turns on any machine (each turn writes at least one)
  ingestTimeoutSeconds: 16,
  // as deployed: 6 × the function timeout (the tests' 2 s would hand a running turn's message to a second invocation)
  visibilityTimeoutSeconds: 180,
  onNotification: (body) => {
    for (const record of (JSON.parse(body) as { Records: { eventName: string; s3: { object: { key: string } } }[] }).Records) {
      const key = decodeS3EventKey(record.s3.object.key);
      if (key.includes('/.batch/') && record.eventName.startsWith('ObjectCreated')) recordNotifications.set(key, (recordNotifications.get(key) ?? 0) + 1);
    }
  },
  ingestHandler:
    (deployed) =>
    async (event, context): Promise<SQSBatchResponse | undefined> => {
      for (const record of event.Records) if (record.body.includes('"accordBatchContinuation"')) continuations.push(record.body);
      // (the deployed handler answers with its batch response, or nothing)
      return (await deployed(event, context)) as SQSBatchResponse | undefined;
    },
});

const KEY = 'articles/turns/long.jsonl';
const LINES = 400;

describe('a batch split in turns', () => {
  it('writes every record once across invocations and ends with every article processed or failed', async () => {
    const articles = Array.from({ length: LINES }, (_, i) => ({
      title: `Note ${i + 1}`,
      body: `Officials met on Monday to discuss note ${i + 1}.`,
      publishedAt: '2026-03-02',
    }));
    await local.upload(KEY, jsonLines(articles), 'application/x-ndjson');
    const summary = await eventually(
      async () => {
        const { status, body } = await local.api<BatchSummary>(`/batches?key=${encodeURIComponent(KEY)}`);
        return status === 200 && body.status === 'split' && body.counts.pending === 0 ? body : undefined;
      },
      600_000,
      'the batch to be split and ingested',
    );
    expect(summary.records).toBe(LINES);
    expect(summary.counts.processed + summary.counts.failed).toBe(LINES);
    expect(continuations.length).toBeGreaterThan(0);
    expect(recordNotifications.size).toBe(LINES);
    expect([...recordNotifications.values()].every((count) => count === 1)).toBe(true);
    expect(local.stack.deadLetterBodies().map((body) => body.slice(0, 300))).toEqual([]);
  }, 660_000);
});
