import { PutObjectCommand } from '@aws-sdk/client-s3';
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

/** The article's record and events once the API has one. */
async function storedArticle(key: string): Promise<ArticleWithEvents> {
  const articleId = articleIdFor(local.stack.endpoints.bucket, key);
  return eventually(
    async () => {
      const { status, body } = await local.api<ArticleWithEvents>(`/articles/${articleId}`);
      return status === 200 ? body : undefined;
    },
    30_000,
    `the record of ${key}`,
  );
}

describe('bad input is recorded as failed with a reason the API shows', () => {
  it.each(cases)('$kind', async ({ key, body, contentType, reason }) => {
    await local.upload(key, body, contentType);
    const stored = await storedArticle(key);
    expect(stored.article).toMatchObject({ key, status: 'failed', eventCount: 0 });
    expect(stored.article.reason).toMatch(reason);
    expect(stored.events).toEqual([]);
  });
});

/**
 * Hostile input, limits: content that used to fail every DynamoDB write (item over 400 KB) or
 * every validation (a year past 9999) is stored at the first try, cut or bounded, with notes.
 */
describe('input over the stored limits is stored at once, bounded', () => {
  const TREATY = 'France and Germany signed a defence treaty in Paris on Friday, the ministers said';

  it('a 1 MB single-sentence article: processed, its evidence cut, with a note', async () => {
    const key = 'articles/hostile/one-sentence.txt';
    await local.upload(key, `${TREATY} ${'x'.repeat(1024 * 1024)}.`);
    const { article, events } = await storedArticle(key);
    expect(article).toMatchObject({ key, status: 'processed' });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.evidence.sentence.length).toBeLessThanOrEqual(2_000);
    expect(article.notes.length).toBeGreaterThan(0);
  });

  it('a JSON article with a 500 KB title: processed, the title cut to 1,000 characters', async () => {
    const key = 'articles/hostile/giant-title.json';
    await local.upload(key, JSON.stringify({ title: 'T'.repeat(500 * 1024), body: `${TREATY}.` }), 'application/json');
    const { article } = await storedArticle(key);
    expect(article).toMatchObject({ key, status: 'processed', notes: ['title truncated to 1,000 characters (was 512,000)'] });
    expect(article.title).toHaveLength(1_000);
  });

  it('"publishedAt": "May 5, 10000": processed under its upload date', async () => {
    const key = 'articles/hostile/year-10000.json';
    const before = new Date().toISOString().slice(0, 10);
    await local.upload(key, JSON.stringify({ title: 'Treaty', publishedAt: 'May 5, 10000', body: `${TREATY}.` }), 'application/json');
    const after = new Date().toISOString().slice(0, 10);
    const { article } = await storedArticle(key);
    expect(article).toMatchObject({ key, status: 'processed' });
    expect([before, after]).toContain(article.publishedAt);
  });

  it('S3 metadata published=9999-12-31 and "next year" in the text: no event date past 9999', async () => {
    const key = 'articles/hostile/last-day.txt';
    await local.s3.send(
      new PutObjectCommand({
        Bucket: local.stack.endpoints.bucket,
        Key: key,
        Body: 'France and Germany will sign a defence treaty next year, the two governments said in Paris.',
        Metadata: { published: '9999-12-31' },
      }),
    );
    const { article, events } = await storedArticle(key);
    expect(article).toMatchObject({ key, status: 'processed', publishedAt: '9999-12-31' });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.date === null || /^\d{4}(-\d{2}){0,2}$/.test(event.date)).toBe(true);
  });
});

describe('nothing is retried', () => {
  it('did not retry any of them: nothing is dead-lettered or waiting', async () => {
    await local.stack.waitForIngestIdle(10_000);
    expect(local.stack.deadLetterQueueDepth()).toEqual({ ready: 0, inflight: 0, delayed: 0 });
  });
});
