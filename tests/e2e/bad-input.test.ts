import { describe, expect, it } from 'vitest';
import { articleIdFor, type ArticleRecord } from '../../shared/model/article.ts';
import type { DiplomaticEvent } from '../../shared/model/diplomatic-event.ts';
import { eventually, useLocalStack } from '../support/local-stack.ts';

/**
 * Issue 5, bad input: each kind of object that can never become an article ends `failed`, with
 * a reason a user can act on, visible through the API, and is not retried (nothing dead-lettered).
 */
const local = useLocalStack();

interface ArticleWithEvents {
  article: ArticleRecord;
  events: DiplomaticEvent[];
}

const TWO_MB = 2 * 1024 * 1024;

const cases: { kind: string; key: string; body: string | Uint8Array; contentType?: string; reason: RegExp }[] = [
  { kind: 'empty object', key: 'articles/bad/empty.txt', body: new Uint8Array(), reason: /empty/i },
  {
    kind: 'binary content',
    key: 'articles/bad/photo.txt',
    body: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    reason: /binary/i,
  },
  {
    kind: 'invalid UTF-8',
    key: 'articles/bad/latin1.txt',
    body: Buffer.from('Les ministres se sont r\u00e9unis \u00e0 Paris pour discuter de la s\u00e9curit\u00e9.', 'latin1'),
    reason: /UTF-8/,
  },
  { kind: 'over the size limit (default 2 MB, checked before download)', key: 'articles/bad/huge.txt', body: 'a'.repeat(TWO_MB + 1), reason: /limit/i },
  {
    kind: 'HTML that is only scripts',
    key: 'articles/bad/scripts.html',
    body: '<html><head><script>var x = "France and Germany signed a treaty";</script></head><body><script>track()</script></body></html>',
    contentType: 'text/html',
    reason: /text/i,
  },
  { kind: 'malformed JSON', key: 'articles/bad/broken.json', body: '{"title": "Summit", "body": "The ministers met', reason: /JSON/ },
  { kind: 'a key outside articles/', key: 'uploads/elsewhere.txt', body: 'France and Germany agreed on a new treaty on Friday.', reason: /articles\// },
];

describe('bad input is recorded as failed with a reason the API shows', () => {
  it.each(cases)('$kind', async ({ key, body, contentType, reason }) => {
    const articleId = articleIdFor(local.stack.endpoints.bucket, key);
    await local.upload(key, body, contentType);
    const stored = await eventually(
      async () => {
        const { status, body: current } = await local.api<ArticleWithEvents>(`/articles/${articleId}`);
        return status === 200 ? current : undefined;
      },
      30_000,
      `the record of ${key}`,
    );
    expect(stored.article).toMatchObject({ key, status: 'failed', eventCount: 0 });
    expect(stored.article.reason).toMatch(reason);
    expect(stored.events).toEqual([]);
  });

  it('did not retry any of them: nothing is dead-lettered or waiting', async () => {
    await local.stack.waitForIngestIdle(10_000);
    expect(local.stack.deadLetterQueueDepth()).toEqual({ ready: 0, inflight: 0, delayed: 0 });
  });
});
