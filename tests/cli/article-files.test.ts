import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectArticleFiles } from '../../cli/article-files.ts';
import { contentTypeOf } from '../../shared/article/article-format.ts';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'accord-files-'));
  mkdirSync(join(root, 'asia', 'korea'), { recursive: true });
  mkdirSync(join(root, '.hidden'));
  const files: Record<string, string> = {
    'a.txt': 'x',
    'b.md': 'xx',
    'notes.pdf': 'no',
    '.DS_Store': 'no',
    'asia/c.html': 'xxx',
    'asia/korea/d.json': '{}',
    'asia/korea/e.HTM': 'x',
    'asia/feed.jsonl': '{}',
    'asia/crawl.warc.gz': 'x',
    'asia/crawl.warc.gz.md5': 'no',
    '.hidden/f.txt': 'no',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
  return root;
}

describe('collectArticleFiles', () => {
  it('walks folders recursively for article files and batches, keeping relative names under articles/', async () => {
    const root = tree();
    const files = await collectArticleFiles([root]);
    expect(files.map((f) => f.key)).toEqual([
      'articles/a.txt',
      'articles/asia/c.html',
      'articles/asia/crawl.warc.gz',
      'articles/asia/feed.jsonl',
      'articles/asia/korea/d.json',
      'articles/asia/korea/e.HTM',
      'articles/b.md',
    ]);
    expect(files.find((f) => f.key === 'articles/b.md')).toEqual({ path: join(root, 'b.md'), key: 'articles/b.md', size: 2 });
  });

  it('takes a named file as is, under its own name', async () => {
    const root = tree();
    const files = await collectArticleFiles([join(root, 'asia', 'c.html'), join(root, 'notes.pdf')]);
    expect(files.map((f) => f.key)).toEqual(['articles/c.html', 'articles/notes.pdf']);
  });

  it('fails on a path that does not exist', async () => {
    await expect(collectArticleFiles(['/no/such/path'])).rejects.toThrow(/ENOENT/);
  });

  it('labels content types by extension', () => {
    expect(contentTypeOf('x.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('x.json')).toBe('application/json');
    expect(contentTypeOf('x.pdf')).toBe('application/octet-stream');
  });
});
