/**
 * Batch files made inside the project (nothing downloaded): WARC files written with warcio, record
 * by record (gzip per record, as Common Crawl writes them), and JSON Lines. Used by the batch
 * tests and `npm run bench:batch`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { CorpusStory } from './intake-pages.ts';

export interface WarcPage {
  url: string;
  /** ISO instant, WARC-Date. */
  date: string;
  body: string | Uint8Array;
  /** HTTP Content-Type of the response; default text/html; charset=utf-8. */
  contentType?: string;
  /** HTTP status line; default 200 OK. */
  statusline?: string;
  /** WARC-Record-ID; default a fresh urn:uuid. */
  recordId?: string;
}

const encoder = new TextEncoder();

/** A `response` record as a crawler writes it: HTTP headers, then the page. */
export function warcResponse(page: WarcPage): WARCRecord {
  const body = typeof page.body === 'string' ? encoder.encode(page.body) : page.body;
  return WARCRecord.create(
    {
      url: page.url,
      date: page.date,
      type: 'response',
      statusline: page.statusline ?? 'HTTP/1.1 200 OK',
      httpHeaders: { 'Content-Type': page.contentType ?? 'text/html; charset=utf-8', 'Content-Length': String(body.length) },
      ...(page.recordId ? { warcHeaders: { 'WARC-Record-ID': page.recordId } } : {}),
    },
    [body],
  );
}

/** The `request` record a crawler writes before each response (not an article: ignored by the reader). */
export function warcRequest(url: string, date: string): WARCRecord {
  return WARCRecord.create({ url, date, type: 'request', statusline: `GET ${new URL(url).pathname} HTTP/1.1`, httpHeaders: { Host: new URL(url).host } }, []);
}

/** Serialized records, one after the other (each its own gzip member when `gzip`). */
export async function* warcBytes(records: Iterable<WARCRecord> | AsyncIterable<WARCRecord>, gzip: boolean): AsyncGenerator<Uint8Array> {
  yield await WARCSerializer.serialize(WARCRecord.createWARCInfo({ filename: 'accord-test.warc', warcVersion: 'WARC/1.1' }, { software: 'accord tests' }), {
    gzip,
  });
  for await (const record of records) yield await WARCSerializer.serialize(record, { gzip });
}

export async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

/** JSON Lines from article objects (the fields of a `.json` article), LF-terminated. */
export function jsonLines(articles: readonly unknown[]): string {
  return articles.map((article) => `${JSON.stringify(article)}\n`).join('');
}

/** The stories of the benchmark corpus (bench/corpus/articles), headline first. */
export function corpusStories(): CorpusStory[] {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'corpus', 'articles');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const [title = '', ...lines] = readFileSync(join(dir, file), 'utf8').split('\n');
      const paragraphs = lines.map((line) => line.trim()).filter((line) => line.length > 0 && line !== 'Leave a Reply');
      return { title, paragraphs, publishedAt: file.slice(0, 10) };
    });
}
