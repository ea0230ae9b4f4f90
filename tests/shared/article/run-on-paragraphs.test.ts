import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../../shared/article/index.ts';
import { MAX_SENTENCE_CHARS } from '../../../shared/article/long-text.ts';
import { breakRunOnParagraphs } from '../../../shared/article/run-on-paragraphs.ts';
import { growthRatio, SUBQUADRATIC_RATIO } from '../../support/growth.ts';
import { bytes } from './helpers.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('parseArticle: paragraphs that run on without a sentence end', () => {
  it('splits a 500 KB line without punctuation into paragraphs of at most 2,000 characters, with a note', async () => {
    const line = `Delegates ${'delegates '.repeat(49_999)}`.trim();
    const article = await parseArticle({ bucket: 'b', key: 'articles/x.txt', body: bytes(`Talks resume\n\nEnvoys met in Geneva.\n${line}\n`) });
    const paragraphs = article.body.split('\n\n');
    expect(paragraphs[0]).toBe('Envoys met in Geneva.');
    for (const paragraph of paragraphs) expect(paragraph.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(words(article.body)).toEqual([...words('Envoys met in Geneva.'), ...words(line)]);
    expect(article.notes).toEqual([
      `Paragraph 2 (499,999 characters, starting "Delegates delegates delegates delegates…") ran on for more than 2,000 characters without ending a sentence; it was split into ${paragraphs.length - 1} paragraphs, at spaces where there were any.`,
    ]);
  });

  it('splits an 80 KB line of HTML text the same way', async () => {
    const html = `<html><body><p>${'sanctions and tariffs '.repeat(4_000)}</p></body></html>`;
    const article = await parseArticle({ bucket: 'b', key: 'articles/x.html', body: bytes(html) });
    expect(article.body.split('\n\n').every((p) => p.length <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(article.notes).toHaveLength(1);
  });

  it('leaves long paragraphs of ordinary sentences whole, without notes', async () => {
    const paragraph = 'The envoys met again on Tuesday, and the talks went on late into the night. '.repeat(200).trim();
    const article = await parseArticle({ bucket: 'b', key: 'articles/x.txt', body: bytes(paragraph) });
    expect(article.body).toBe(paragraph);
    expect(article).not.toHaveProperty('notes');
  });

  it('names a few split paragraphs and counts the rest', () => {
    const runOn = 'x '.repeat(1_500);
    const { notes } = breakRunOnParagraphs(Array.from({ length: 8 }, () => runOn).join('\n\n'));
    expect(notes).toHaveLength(6);
    expect(notes[5]).toBe('3 more paragraphs were split the same way.');
  });

  it('cuts text without spaces at the maximum', () => {
    const { body } = breakRunOnParagraphs('a'.repeat(5_000));
    expect(body.split('\n\n').map((p) => p.length)).toEqual([2_000, 2_000, 1_000]);
  });

  it.each([
    ['words without punctuation', (n: number) => 'word '.repeat(n)],
    ['a line without spaces', (n: number) => 'a'.repeat(n)],
    ['sentences with runs of marks', (n: number) => 'Yes!!! '.repeat(n)],
  ])('takes linear time on %s', (_what, makeInput) => {
    expect(growthRatio(makeInput, breakRunOnParagraphs, 20_000)).toBeLessThan(SUBQUADRATIC_RATIO);
  });
});

describe('start-up cost', () => {
  it('makes no grapheme segmenter (ICU data) when loaded, only for a note about a run-on paragraph', async () => {
    vi.resetModules();
    const made = vi.spyOn(Intl, 'Segmenter');
    try {
      const fresh = await import('../../../shared/article/run-on-paragraphs.ts');
      expect(made).not.toHaveBeenCalled();
      expect(Object.keys(fresh).length).toBeGreaterThan(0);
    } finally {
      made.mockRestore();
    }
  });
});
