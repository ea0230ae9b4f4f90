import { AsyncIterReader, WARCParser, type WARCRecord } from 'warcio';
import { warcRecordId } from './batch-keys.ts';
import type { BatchRecord } from './batch-record.ts';
import { BatchRejectedError, formatBytes } from './batch-rejection.ts';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * WARC → one article per `response` (or `resource`) record that carries an HTML page, as in
 * Common Crawl's CC-NEWS, read record by record with warcio: the archive is never held in memory,
 * only the page being read. The source is already decompressed (decompressedBytes): warcio is
 * told not to inflate it again, so a gzip inside the gzip is not expanded past the batch limit.
 *
 * - the record id is a hash of WARC-Record-ID (else of the record's position);
 * - the page's date falls back to WARC-Date and its URL to WARC-Target-URI (S3 metadata
 *   `published` and `source-url` of the record object, below what the page itself says);
 * - a page in a declared charset other than UTF-8 is transcoded to UTF-8;
 * - a page over `maxPageBytes` (counted as it is decoded, content-encoding included) is rejected
 *   without reading the rest of it; a non-HTML response, or one whose HTTP status is not 2xx, is
 *   skipped; request, metadata, warcinfo and revisit records are not articles and not counted.
 */
export async function* warcRecords(source: AsyncIterable<Uint8Array>, maxPageBytes: number): AsyncGenerator<BatchRecord> {
  const parser = new WARCParser(new AsyncIterReader(source, null));
  let position = 0;
  for (;;) {
    let record: WARCRecord | null;
    try {
      record = await parser.parse();
    } catch (error) {
      throw new BatchRejectedError('malformed-batch', `The WARC cannot be read after record ${position} (${(error as Error).message}).`);
    }
    if (record === null) return;
    position++;
    if (!record.warcHeaders.statusline.startsWith('WARC/')) {
      throw new BatchRejectedError('malformed-batch', `Record ${position} does not start with a WARC version line; the file is not a WARC.`);
    }
    const type = record.warcType;
    if (type !== 'response' && type !== 'resource') continue;
    const id = warcRecordId(record.warcHeader('WARC-Record-ID') ?? `#${position}`);
    const http = record.httpHeaders;
    const contentType = (type === 'response' ? http?.headers.get('content-type') : record.warcContentType) ?? '';
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    const status = type === 'response' ? Number(http?.statusCode) : 200;
    if (!(status >= 200 && status < 300)) {
      yield { kind: 'skipped', what: `HTTP ${String(http?.statusCode ?? 'response without status')}` };
      continue;
    }
    if (!HTML_TYPES.has(mediaType)) {
      yield { kind: 'skipped', what: mediaType || 'no content type' };
      continue;
    }
    const page = await readPage(record, maxPageBytes);
    if (page === null) {
      yield {
        kind: 'rejected',
        id,
        extension: 'html',
        rejection: 'too-large',
        reason: `WARC record ${record.warcHeader('WARC-Record-ID') ?? position} (${record.warcTargetURI ?? 'no URI'}) holds a page over the ${formatBytes(maxPageBytes)} limit for one article.`,
      };
      continue;
    }
    yield { kind: 'article', id, extension: 'html', body: toUtf8(page, charsetOf(contentType)), metadata: metadataOf(record) };
  }
}

/** The decoded payload, or null as soon as it passes the limit (the rest is skipped by the parser). */
async function readPage(record: WARCRecord, maxBytes: number): Promise<Uint8Array | null> {
  if (record.warcContentLength > maxBytes * 2 + 64 * 1024) return null;
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of record.contentReader) {
    length += chunk.length;
    if (length > maxBytes) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}

function metadataOf(record: WARCRecord): Record<string, string> {
  const metadata: Record<string, string> = {};
  const day = /^\d{4}-\d{2}-\d{2}/.exec(record.warcDate ?? '')?.[0];
  if (day) metadata.published = day;
  const uri = record.warcTargetURI;
  // S3 metadata is ASCII: keep the URI only when it is (percent-encoded URIs are)
  if (uri && /^[\x20-\x7e]{1,2048}$/.test(uri)) metadata['source-url'] = uri;
  return metadata;
}

function charsetOf(contentType: string): string | null {
  return /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)?.[1]?.toLowerCase() ?? null;
}

function toUtf8(page: Uint8Array, charset: string | null): Uint8Array {
  if (charset === null || charset === 'utf-8' || charset === 'utf8') return page;
  let text: string;
  try {
    text = new TextDecoder(charset).decode(page);
  } catch {
    return page; // an unknown charset: the article parser judges the bytes
  }
  return new TextEncoder().encode(text);
}
