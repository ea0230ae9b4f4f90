/// <reference lib="dom" />
// (the callbacks passed to page.evaluate run in the browser)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdFor } from '../../shared/model/article.ts';
import type { ArticleWithEvents } from '../../web/src/api-types.ts';
import { useExplorer } from './explorer-fixture.ts';

/** The Upload view on the local stack: files picked or dropped go through S3 and ingest, and their outcome appears. */
const explorer = useExplorer({ demo: false });

const SAMPLE = '2026-03-09_lee-state-visit-beijing.txt';

describe('Upload', { timeout: 180_000 }, () => {
  it('uploads chosen files; each line shows processed with its events, or failed with the reason', async () => {
    const page = await explorer.open('#/upload');
    await page.getByLabel('choose files').setInputFiles([
      { name: SAMPLE, mimeType: 'text/plain', buffer: await readFile(join(import.meta.dirname, '..', '..', 'samples', 'articles', SAMPLE)) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    const processed = page.locator('ul.uploads > li', { hasText: SAMPLE });
    await processed.getByText('processed').waitFor({ timeout: 120_000 });
    const { body } = await explorer.local.api<ArticleWithEvents>(`/articles/${articleIdFor(explorer.local.stack.endpoints.bucket, `articles/${SAMPLE}`)}`);
    expect(body.events.length).toBeGreaterThan(0);
    expect(await processed.locator('ul.upload-events > li').count()).toBe(Math.min(10, body.events.length));
    await processed.getByText(`${body.events.length} event(s)`).waitFor();

    const failed = page.locator('ul.uploads > li', { hasText: 'empty.txt' });
    await failed.getByText('failed').waitFor({ timeout: 120_000 });
    const empty = await explorer.local.api<ArticleWithEvents>(`/articles/${articleIdFor(explorer.local.stack.endpoints.bucket, 'articles/empty.txt')}`);
    expect(empty.body.article.reason).toBeTruthy();
    expect(await failed.textContent()).toContain(empty.body.article.reason!);
    await explorer.checkView(page, 'upload');

    await processed.getByRole('link', { name: 'open the article' }).click();
    await page.getByRole('heading', { level: 1, name: body.article.title! }).waitFor();
  });

  it('takes files dropped on the page', async () => {
    const page = await explorer.open('#/upload');
    const text = 'SEOUL, March 9 (Meridian) - South Korean President Lee Jae Myung met Chinese President Xi Jinping in Beijing on Monday.';
    const dropped = await page.evaluateHandle((body) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], '2026-03-09_dropped.txt', { type: 'text/plain' }));
      return transfer;
    }, text);
    await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: dropped });
    await page.locator('ul.uploads > li', { hasText: '2026-03-09_dropped.txt' }).getByText('processed').waitFor({ timeout: 120_000 });
  });

  it('refuses uploads that do not come from the explorer page', async () => {
    const url = `${explorer.url}/explorer/upload?name=x.txt`;
    expect((await fetch(url, { method: 'POST', body: 'text' })).status).toBe(403);
    expect((await fetch(url, { method: 'POST', body: 'text', headers: { 'x-accord-explorer': '1', origin: 'https://attacker.example' } })).status).toBe(403);
    const notArticle = await fetch(`${explorer.url}/explorer/upload?name=x.exe`, { method: 'POST', body: 'text', headers: { 'x-accord-explorer': '1' } });
    expect(notArticle.status).toBe(400);
  });

  it('reads an article’s text for the page only under the articles prefix, and only for the page itself', async () => {
    const text = (query: string, headers: Record<string, string> = {}) => fetch(`${explorer.url}/explorer/article-text?${query}`, { headers });
    expect((await text('key=dictionaries/accord-dictionary.json')).status).toBe(400);
    expect((await text(`key=articles/${SAMPLE}`, { origin: 'https://attacker.example' })).status).toBe(403);
    expect((await text('key=articles/never-uploaded.txt')).status).toBe(410);
    const read = await text(`key=articles/${SAMPLE}`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { body: string }).body).toContain('Lee Jae Myung');
  });
});
