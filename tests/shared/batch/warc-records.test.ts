import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collect, warcBytes, warcRequest, warcResponse } from '../../../bench/batch-files.ts';
import type { BatchRecord } from '../../../shared/batch/batch-record.ts';
import { decompressedBytes } from '../../../shared/batch/decompressed-stream.ts';
import { warcRecordId } from '../../../shared/batch/batch-keys.ts';
import { warcRecords } from '../../../shared/batch/warc-records.ts';

const page = (title: string) =>
  `<html><head><title>${title}</title></head><body><article><p>${title}: France and Germany met in Paris on Monday.</p></article></body></html>`;

async function read(file: Uint8Array, maxPageBytes = 100_000, maxDecompressed = 10_000_000): Promise<BatchRecord[]> {
  async function* source() {
    // in pieces, as S3 streams it
    for (let start = 0; start < file.length; start += 1_000) yield file.subarray(start, start + 1_000);
  }
  const out: BatchRecord[] = [];
  for await (const record of warcRecords(decompressedBytes(source(), maxDecompressed), maxPageBytes)) out.push(record);
  return out;
}

const DATE = '2026-03-02T08:00:00Z';

describe('warcRecords', () => {
  for (const gzip of [false, true]) {
    it(`yields the HTML responses of a ${gzip ? 'gzipped ' : ''}WARC as articles, with the crawl's date and URL as fallbacks`, async () => {
      const file = await collect(
        warcBytes(
          [
            warcRequest('https://news.example/a', DATE),
            warcResponse({ url: 'https://news.example/a', date: DATE, body: page('First'), recordId: '<urn:uuid:00000000-0000-4000-8000-000000000001>' }),
            warcResponse({ url: 'https://news.example/b', date: DATE, body: page('Second') }),
          ],
          gzip,
        ),
      );
      const out = await read(file);
      expect(out).toHaveLength(2);
      expect(out[0]).toMatchObject({
        kind: 'article',
        id: warcRecordId('<urn:uuid:00000000-0000-4000-8000-000000000001>'),
        extension: 'html',
        metadata: { published: '2026-03-02', 'source-url': 'https://news.example/a' },
      });
      expect(new TextDecoder().decode((out[1] as { body: Uint8Array }).body)).toBe(page('Second'));
    });
  }

  it('skips and counts responses that are not HTML pages or not 2xx; transcodes a declared charset', async () => {
    const latin1 = Uint8Array.from(Buffer.from(page('Café'), 'latin1'));
    const file = await collect(
      warcBytes(
        [
          warcResponse({ url: 'https://news.example/logo.png', date: DATE, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), contentType: 'image/png' }),
          warcResponse({ url: 'https://news.example/moved', date: DATE, body: '', statusline: 'HTTP/1.1 301 Moved Permanently' }),
          warcResponse({ url: 'https://news.example/cafe', date: DATE, body: latin1, contentType: 'text/html; charset=ISO-8859-1' }),
        ],
        true,
      ),
    );
    const out = await read(file);
    expect(out.slice(0, 2)).toEqual([
      { kind: 'skipped', what: 'image/png' },
      { kind: 'skipped', what: 'HTTP 301' },
    ]);
    expect(new TextDecoder().decode((out[2] as { body: Uint8Array }).body)).toContain('Café: France');
  });

  it('rejects a page over the article limit alone and reads on', async () => {
    const file = await collect(
      warcBytes(
        [
          warcResponse({ url: 'https://news.example/huge', date: DATE, body: `<html><body>${'<p>words words</p>'.repeat(2_000)}</body></html>` }),
          warcResponse({ url: 'https://news.example/next', date: DATE, body: page('Next') }),
        ],
        true,
      ),
    );
    const out = await read(file, 10_000);
    expect(out[0]).toMatchObject({ kind: 'rejected', rejection: 'too-large' });
    expect((out[0] as { reason: string }).reason).toContain('https://news.example/huge');
    expect(out[1]).toMatchObject({ kind: 'article' });
  });

  it('refuses a file that is not a WARC', async () => {
    await expect(read(new TextEncoder().encode('<html>not an archive</html>\r\n\r\n'))).rejects.toMatchObject({ kind: 'malformed-batch' });
  });
});

describe('decompressedBytes', () => {
  it('refuses a gzip bomb after the limit, without expanding it', async () => {
    // 1 GiB of zeros in about 1 MB: only a few MB may ever be inflated
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    let members = 0;
    async function* source() {
      for (; members < 16; members++) yield bomb;
    }
    let produced = 0;
    const limit = 4 * 1024 * 1024;
    const consume = async () => {
      for await (const chunk of decompressedBytes(source(), limit)) produced += chunk.length;
    };
    await expect(consume()).rejects.toMatchObject({ kind: 'too-large-decompressed' });
    expect(produced).toBeLessThanOrEqual(limit);
    // stopped inside the first member: of the compressed source, only what the stream buffers ahead was read
    expect(members).toBeLessThan(4);
  });

  it('passes plain bytes through and names a broken gzip', async () => {
    async function* plain() {
      yield new TextEncoder().encode('{"body":"x"}\n');
    }
    expect(new TextDecoder().decode(await collect(decompressedBytes(plain(), 100)))).toBe('{"body":"x"}\n');
    async function* broken() {
      yield gzipSync('hello').subarray(0, 12);
      yield new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    }
    await expect(collect(decompressedBytes(broken(), 100))).rejects.toMatchObject({ kind: 'malformed-batch' });
  });
});
