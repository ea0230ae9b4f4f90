import { mkdtemp, writeFile } from 'node:fs/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiplomaticEventSchema } from '../../shared/model/diplomatic-event.ts';
import { extractFiles } from '../../cli/extract-files.ts';
import { MAX_ARTICLE_BYTES_DEFAULT } from '../../shared/article/index.ts';
import type { Article } from '../../shared/model/article.ts';
import { articleIdFor } from '../../shared/model/article.ts';
import type { Extractor } from '../../shared/extractor/extractor.ts';

const SAMPLE = 'samples/articles/2026-03-09_lee-state-visit-beijing.txt';

/** Records the articles it is given and reports them back as a skipped reason. */
class RecordingExtractor implements Extractor {
  readonly version = 'test/0';
  readonly seen: Article[] = [];
  async extract(article: Article) {
    this.seen.push(article);
    return { events: [], skippedReason: `saw ${article.publishedAt}` };
  }
}

async function run(files: string[], published?: string) {
  const extractor = new RecordingExtractor();
  const lines: string[] = [];
  const summary = await extractFiles(files, { extractor, write: (line) => void lines.push(line), ...(published ? { published } : {}) });
  return { extractor, summary, lines: lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('extractFiles', () => {
  it('reads a file as bucket "local", key = the path, dated from its name', async () => {
    const { extractor, summary, lines } = await run([SAMPLE]);
    expect(summary).toEqual({ extracted: 1, failed: 0 });
    expect(extractor.seen[0]).toMatchObject({ id: articleIdFor('local', SAMPLE), publishedAt: '2026-03-09', publishedFrom: 'filename' });
    expect(lines).toEqual([{ file: SAMPLE, events: [], skipped: 'saw 2026-03-09' }]);
  });

  it('lets --published override the article’s own date', async () => {
    const { extractor } = await run([SAMPLE], '2026-01-05');
    expect(extractor.seen[0]).toMatchObject({ publishedAt: '2026-01-05', publishedFrom: 'metadata' });
  });

  it('prints no event date outside the schema for an article dated at the end of year 9999', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'accord-extract-')), 'far-future.json');
    const body = 'France and Germany will sign a defence treaty next year, the two governments said on Friday in Paris.';
    await writeFile(file, JSON.stringify({ title: 'Treaty', publishedAt: 'December 31, 9999', body }));
    const lines: string[] = [];
    await extractFiles([file], { write: (line) => void lines.push(line) });
    const { events } = JSON.parse(lines[0]!) as { events: unknown[] };
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(DiplomaticEventSchema.parse(event).date ?? '9999').toMatch(/^\d{4}(-|$)/);
  });

  it('reports unreadable files and carries on', async () => {
    const { summary, lines } = await run(['samples', 'missing.txt', SAMPLE]);
    expect(summary).toEqual({ extracted: 1, failed: 2 });
    expect(lines.map((l) => l.error ?? 'ok')).toEqual(['cannot read the file: it is a directory', 'cannot read the file: it does not exist', 'ok']);
  });

  it('turns an extractor failure into an error line', async () => {
    const failing: Extractor = { version: 'x', extract: async () => Promise.reject(new Error('lexicon exploded')) };
    const lines: string[] = [];
    await extractFiles([SAMPLE], { extractor: failing, write: (line) => void lines.push(line) });
    expect(JSON.parse(lines[0]!)).toEqual({ file: SAMPLE, error: 'lexicon exploded' });
  });

  it('reports a file over the size limit as an error line, without reading it', async () => {
    const extractor = new RecordingExtractor();
    const lines: string[] = [];
    const summary = await extractFiles([SAMPLE], { extractor, maxArticleBytes: 100, write: (line) => void lines.push(line) });
    expect(summary).toEqual({ extracted: 0, failed: 1 });
    expect(extractor.seen).toEqual([]);
    expect(JSON.parse(lines[0]!)).toEqual({
      file: SAMPLE,
      error: expect.stringMatching(/^The file is [\d.]+ KB, over the 100 bytes limit for one article; .* raise the limit with --max-bytes\.$/),
    });
  });

  it('applies the ingest limit (MAX_ARTICLE_BYTES_DEFAULT) by default, and a raised limit lets the file through', async () => {
    const big = join(mkdtempSync(join(tmpdir(), 'accord-extract-')), 'big.txt');
    writeFileSync(big, `Envoys met in Geneva. ${'x'.repeat(MAX_ARTICLE_BYTES_DEFAULT)}`);
    expect((await run([big])).lines).toEqual([{ file: big, error: expect.stringMatching(/over the 2\.0 MB limit/) }]);
    const extractor = new RecordingExtractor();
    const lines: string[] = [];
    await extractFiles([big], { extractor, maxArticleBytes: 3 * MAX_ARTICLE_BYTES_DEFAULT, write: (line) => void lines.push(line) });
    expect(extractor.seen).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ file: big, events: [] });
  });

  it('prints the parsing notes of an article', async () => {
    const runOn = join(mkdtempSync(join(tmpdir(), 'accord-extract-')), 'run-on.txt');
    writeFileSync(runOn, `Envoys met in Geneva.\n${'Delegates talked '.repeat(500)}`);
    const { lines } = await run([runOn]);
    expect(lines[0]).toMatchObject({ file: runOn, notes: [expect.stringMatching(/^Paragraph 2 .* split into \d+ paragraphs/)] });
  });
});
