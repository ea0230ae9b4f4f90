import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdFor } from '../../../shared/model/article.ts';
import { looksEnglish, parseArticle } from '../../../shared/article/index.ts';
import { articleFormatOf } from '../../../shared/article/article-format.ts';
import { bytes, expectAsyncRejection } from './helpers.ts';

const SAMPLES = join(import.meta.dirname, '../../../samples/articles');

describe('parseArticle', () => {
  it('builds an Article from a .txt object', async () => {
    const article = await parseArticle({
      bucket: 'accord-articles-dev',
      key: 'articles/2026-03-09_visit.txt',
      body: bytes('Lee visits Beijing\n\nBEIJING - Lee met Xi.\n\nLeave a Reply'),
      uploadedAt: new Date('2026-04-01T00:00:00Z'),
    });
    expect(article).toEqual({
      id: articleIdFor('accord-articles-dev', 'articles/2026-03-09_visit.txt'),
      title: 'Lee visits Beijing',
      body: 'BEIJING - Lee met Xi.',
      url: null,
      source: null,
      publishedAt: '2026-03-09',
      publishedFrom: 'filename',
      format: 'txt',
    });
  });

  it('prefers the S3 metadata date over the file name', async () => {
    const article = await parseArticle({ bucket: 'b', key: 'articles/2026-03-09_a.txt', body: bytes('Text.'), metadata: { published: '2026-03-01' } });
    expect(article).toMatchObject({ publishedAt: '2026-03-01', publishedFrom: 'metadata' });
  });

  it('prefers the content date over the S3 metadata', async () => {
    const html = '<html><head><meta property="article:published_time" content="2026-10-02T10:00:00Z"></head><body><p>Envoys met.</p></body></html>';
    const article = await parseArticle({ bucket: 'b', key: 'articles/a.html', body: bytes(html), metadata: { published: '2026-03-01' } });
    expect(article).toMatchObject({ publishedAt: '2026-10-02', publishedFrom: 'content', format: 'html' });
  });

  it('falls back to the content type when the key has no known extension', async () => {
    expect(
      (await parseArticle({ bucket: 'b', key: 'articles/feed-item', body: bytes('{"body":"Envoys met."}'), contentType: 'application/json; charset=utf-8' }))
        .format,
    ).toBe('json');
    expect(articleFormatOf('articles/x', 'text/markdown')).toBe('md');
    expect(articleFormatOf('articles/X.HTM')).toBe('html');
  });

  it('rejects unsupported formats with the accepted list in the reason', async () => {
    const rejection = await expectAsyncRejection(
      () => parseArticle({ bucket: 'b', key: 'articles/report.pdf', body: bytes('%PDF-1.7'), contentType: 'application/pdf' }),
      'unsupported-format',
    );
    expect(rejection.reason).toMatch(/\.pdf.*\.txt, \.md, \.html or \.json/);
    await expectAsyncRejection(
      () => parseArticle({ bucket: 'b', key: 'articles/noext', body: bytes('x'), contentType: 'application/octet-stream' }),
      'unsupported-format',
    );
  });

  it.each([
    ['empty', 'articles/a.txt', new Uint8Array()],
    ['empty', 'articles/a.html', bytes('<html><script>var x = 1;</script><nav>Home</nav></html>')],
    ['binary', 'articles/a.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
    ['invalid-utf8', 'articles/a.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])],
    ['malformed-json', 'articles/a.json', bytes('{"title":"x"')],
    ['malformed-json', 'articles/a.json', bytes('{"title":"no body"}')],
  ] as const)('rejects %s content (%s)', async (kind, key, body) => {
    await expectAsyncRejection(() => parseArticle({ bucket: 'b', key, body }), kind);
  });

  it('parses every sample article into English text with a title and a 2026 date', async () => {
    const files = readdirSync(SAMPLES);
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const article = await parseArticle({ bucket: 'local', key: `articles/${file}`, body: readFileSync(join(SAMPLES, file)) });
      expect(article.title, file).toBeTruthy();
      expect(article.publishedAt, file).toMatch(/^2026-\d{2}-\d{2}$/);
      expect(article.publishedFrom, file).not.toBe('upload');
      expect(looksEnglish(article.body), file).toBe(true);
      expect(article.body.split(/\s+/).length, file).toBeGreaterThan(250);
      // No markup or debris survives into the text evidence offsets point into.
      expect(article.body, file).not.toMatch(/<\/?[a-z]+[^>]*>|&[a-z]+;|Leave a Reply|Share this|Advertisement|Subscribe/);
    }
  });
});
