import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, jsonLines, warcBytes, warcResponse } from '../../bench/batch-files.ts';
import { batchIdFor, lineRecordId, warcRecordId } from '../../shared/batch/batch-keys.ts';
import { articleIdFor, type ArticleRecord } from '../../shared/model/article.ts';
import type { BatchSummary } from '../../shared/model/batch.ts';
import { eventually, useLocalStack } from '../support/local-stack.ts';

/**
 * Issue 11, batches through the local stack: a JSON Lines and a WARC batch dropped under
 * articles/ become one article per line or HTML record, each with its own status; a bad line
 * fails alone; uploading the same batch again adds nothing; a new version updates and removes
 * articles line by line; deleting the batch deletes its articles.
 */
const local = useLocalStack();

const JSONL_KEY = 'articles/feeds/2026-03-02_wire.jsonl';
const WARC_KEY = 'articles/crawl/cc-news-sample.warc.gz';

/** The sample batch the README uploads: three short wire stories. */
const stories = readFileSync(join(import.meta.dirname, '..', '..', 'samples', 'batches', 'wire.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line) as { title: string; body: string; publishedAt: string });
const page = (story: (typeof stories)[number]) =>
  `<!doctype html><html lang="en"><head><title>${story.title} | Wire</title><meta property="article:published_time" content="${story.publishedAt}T09:00:00Z"></head><body><nav><a href="/">Home</a></nav><article><h1>${story.title}</h1><p>${story.body}</p><p>Officials said further meetings were planned for next month.</p></article></body></html>`;

const batch = async (key: string) => {
  const { status, body } = await local.api<BatchSummary>(`/batches?key=${encodeURIComponent(key)}`);
  return status === 200 ? body : undefined;
};
const recordKey = (key: string, recordId: string, extension: string) => `articles/.batch/${batchIdFor(key)}/${recordId}.${extension}`;
const article = async (key: string) => {
  const { status, body } = await local.api<{ article: ArticleRecord }>(`/articles/${articleIdFor(local.stack.endpoints.bucket, key)}`);
  return status === 200 ? body.article : undefined;
};

/** The batch once splitting finished and no article is pending. */
async function settled(key: string, what: (b: BatchSummary) => boolean = () => true): Promise<BatchSummary> {
  await local.stack.waitForIngestIdle(60_000);
  return eventually(
    async () => {
      const current = await batch(key);
      return current && current.status !== 'splitting' && current.counts.pending === 0 && what(current) ? current : undefined;
    },
    60_000,
    `batch ${key} to settle`,
  );
}

describe('batches', () => {
  it('splits a JSON Lines batch into articles; a bad line fails alone with its reason', async () => {
    const lines = jsonLines(stories).split('\n');
    lines.splice(2, 0, '{"title": "broken", "body": ', '');
    await local.upload(JSONL_KEY, lines.join('\n'), 'application/x-ndjson');
    const summary = await settled(JSONL_KEY);
    expect(summary).toMatchObject({ status: 'split', records: 4, counts: { processed: 3, failed: 1, pending: 0, skipped: 0, deleted: 0 } });
    expect(summary.failures).toEqual([
      {
        articleId: articleIdFor(local.stack.endpoints.bucket, recordKey(JSONL_KEY, lineRecordId(3), 'json')),
        key: recordKey(JSONL_KEY, lineRecordId(3), 'json'),
        reason: expect.stringMatching(/not valid JSON/),
      },
    ]);
    const first = await article(recordKey(JSONL_KEY, lineRecordId(1), 'json'));
    expect(first).toMatchObject({ status: 'processed', title: stories[0]!.title, publishedAt: '2026-03-02' });
    expect(first!.eventCount).toBeGreaterThan(0);
    expect(local.stack.deadLetterQueueDepth().ready).toBe(0);
  });

  it('splits a gzipped WARC: HTML responses become articles, other responses are skipped and counted', async () => {
    const records = stories.map((story, i) =>
      warcResponse({
        url: `https://wire.example/${i}`,
        date: `${story.publishedAt}T10:00:00Z`,
        body: page(story),
        recordId: `<urn:uuid:00000000-0000-4000-8000-00000000000${i}>`,
      }),
    );
    records.push(
      warcResponse({
        url: 'https://wire.example/logo.png',
        date: '2026-03-02T10:00:00Z',
        body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
        contentType: 'image/png',
      }),
    );
    await local.upload(WARC_KEY, await collect(warcBytes(records, true)), 'application/warc');
    const summary = await settled(WARC_KEY);
    expect(summary).toMatchObject({ status: 'split', records: 3, counts: { processed: 3, failed: 0, pending: 0, skipped: 1 } });
    const second = await article(recordKey(WARC_KEY, warcRecordId('<urn:uuid:00000000-0000-4000-8000-000000000001>'), 'html'));
    expect(second).toMatchObject({ status: 'processed', title: stories[1]!.title, url: 'https://wire.example/1', publishedAt: '2026-03-03' });
  });

  it('adds nothing when the same batch is uploaded again', async () => {
    const keys = [1, 2, 3, 5].map((line) => recordKey(JSONL_KEY, lineRecordId(line), 'json'));
    const before = await Promise.all(keys.map(article));
    const splitBefore = (await batch(JSONL_KEY))!.updatedAt;
    const lines = jsonLines(stories).split('\n');
    lines.splice(2, 0, '{"title": "broken", "body": ', '');
    await local.upload(JSONL_KEY, lines.join('\n'), 'application/x-ndjson');
    const summary = await settled(JSONL_KEY, (b) => b.updatedAt > splitBefore);
    expect(summary.counts).toEqual({ processed: 3, failed: 1, pending: 0, skipped: 0, deleted: 0 });
    // no record object was written again, so no article was touched
    expect(await Promise.all(keys.map(article))).toEqual(before);
  });

  it('updates changed lines and deletes the articles of lines a new version no longer has', async () => {
    const changed = { ...stories[0]!, title: 'France and Germany sign energy pact' };
    await local.upload(JSONL_KEY, jsonLines([changed, stories[1]]), 'application/x-ndjson');
    const summary = await settled(JSONL_KEY, (b) => b.records === 2 && b.counts.deleted === 2);
    expect(summary.counts).toEqual({ processed: 2, failed: 0, pending: 0, skipped: 0, deleted: 2 });
    expect(await article(recordKey(JSONL_KEY, lineRecordId(1), 'json'))).toMatchObject({ status: 'processed', title: changed.title });
    expect(await article(recordKey(JSONL_KEY, lineRecordId(3), 'json'))).toMatchObject({ status: 'deleted' });
  });

  it('deletes the articles of a deleted batch', async () => {
    await local.remove(WARC_KEY);
    const summary = await settled(WARC_KEY, (b) => b.status === 'deleted' && b.counts.deleted === 3);
    expect(summary.counts).toMatchObject({ processed: 0, failed: 0, deleted: 3 });
    for (let i = 0; i < 3; i++) {
      const key = recordKey(WARC_KEY, warcRecordId(`<urn:uuid:00000000-0000-4000-8000-00000000000${i}>`), 'html');
      expect(await article(key)).toMatchObject({ status: 'deleted' });
    }
    expect(local.stack.deadLetterQueueDepth().ready).toBe(0);
  });
});
