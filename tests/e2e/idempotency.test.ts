import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { articleIdFor, type ArticleRecord } from '../../shared/model/article.ts';
import type { DiplomaticEvent } from '../../shared/model/diplomatic-event.ts';
import { sqsRecord } from '../shared/ingest/fakes.ts';
import { eventually, useLocalStack } from '../support/local-stack.ts';

/**
 * Issue 5, idempotency keyed on the S3 object (not the SQS message): the same notification
 * delivered again, or by several invocations at once, yields one set of events; an older
 * notification arriving after a newer one never overwrites it.
 */
const notifications: string[] = [];
const local = useLocalStack({ onNotification: (body) => notifications.push(body) });

const KEY = 'articles/idem/2026-06-03_expulsions.txt';
const sample = (name: string) => readFile(join(import.meta.dirname, '..', '..', 'samples', 'articles', name));

interface ArticleWithEvents {
  article: ArticleRecord;
  events: DiplomaticEvent[];
}

async function stored(): Promise<ArticleWithEvents | undefined> {
  const { status, body } = await local.api<ArticleWithEvents>(`/articles/${articleIdFor(local.stack.endpoints.bucket, KEY)}`);
  return status === 200 ? body : undefined;
}

function sqsEvent(body: string, n: number): SQSEvent {
  return { Records: [sqsRecord(body, `concurrent-${n}`, 'arn:aws:sqs:us-east-1:000000000000:accord-ingest-local')] };
}

const context = { functionName: 'accord-ingest-local', awsRequestId: 'test', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;

describe('idempotent, ordered ingest', () => {
  it('applies the same notification once, however often and however concurrently it arrives', async () => {
    await local.upload(KEY, await sample('2026-06-03_poland-expels-russian-diplomats.txt'));
    const first = await eventually(stored, 30_000, 'the first version');
    await local.stack.waitForIngestIdle(30_000);
    expect(first.events.length).toBeGreaterThan(0);
    const notification = notifications.at(-1)!;

    // The deployed handler module, as the local stack imported it (already configured).
    const { handler } = (await import('../../functions/ingest/handler.ts')) as unknown as {
      handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
    };
    const responses = await Promise.all(Array.from({ length: 5 }, (_, n) => handler(sqsEvent(notification, n), context)));
    expect(responses).toEqual(Array.from({ length: 5 }, () => ({ batchItemFailures: [] })));
    for (let i = 0; i < 3; i++) local.stack.sendToIngestQueue(notification);
    await local.stack.waitForIngestIdle(30_000);

    const after = await stored();
    expect(after).toEqual(first);
  });

  it('never lets an older notification overwrite a newer version', async () => {
    const older = notifications.at(-1)!;
    await local.upload(KEY, await sample('2026-06-21_serbia-protest-crackdown.txt'));
    await local.stack.waitForIngestIdle(30_000);
    const newer = await stored();
    expect(newer?.article.title).toMatch(/Serbia/i);

    local.stack.sendToIngestQueue(older);
    local.stack.sendToIngestQueue(older);
    await local.stack.waitForIngestIdle(30_000);
    expect(await stored()).toEqual(newer);
  });

  it('keeps the ids of unchanged events when an article is re-uploaded with an addition', async () => {
    const before = (await stored())!;
    const text = (await sample('2026-06-21_serbia-protest-crackdown.txt')).toString('utf8');
    await local.upload(KEY, `${text.trimEnd()}\n\nGermany condemned the arrests on Sunday.\n`);
    const after = await eventually(
      async () => {
        const current = await stored();
        return current && current.article.contentHash !== before.article.contentHash ? current : undefined;
      },
      30_000,
      'the updated version',
    );
    const afterIds = new Set(after.events.map((e) => e.id));
    const kept = before.events.filter((e) => afterIds.has(e.id));
    expect(kept.length).toBeGreaterThan(0);
    expect(after.article.eventCount).toBe(after.events.length);
  });
});
