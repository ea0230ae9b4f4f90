import { describe, expect, it } from 'vitest';
import { describeArticle, articleWithEvents } from '../../cli/commands/articles.ts';
import { actorLabel, formatArticleTable, formatEventTable } from '../../cli/event-table.ts';
import { formatTable, truncate } from '../../cli/table.ts';
import { articleRecord, event } from './fixtures.ts';

describe('formatEventTable', () => {
  it('prints date, source, code and name, target, modality, mentions and the evidence', () => {
    const table = formatEventTable(
      [
        event(),
        event({
          id: 'a1234-e2',
          date: null,
          target: null,
          cameo: { code: '138', root: '13', name: 'Threaten with military force' },
          modality: 'planned',
          mentions: 1,
          evidence: { sentence: 'North Korea threatened\na response.', start: 0, end: 30, trigger: 'threatened' },
        }),
      ],
      200,
    );
    expect(table.split('\n')).toEqual([
      'DATE        SOURCE   CAMEO                             TARGET   MODALITY  N  EVIDENCE',
      `----------  -------  --------------------------------  -------  --------  -  ${'-'.repeat(event().evidence.sentence.length)}`,
      '2026-03-09  KOR GOV  042 Make a visit                  CHN GOV  asserted  2  Lee arrived in the Chinese capital on Sunday evening for a three-day state visit.',
      '-           KOR GOV  138 Threaten with military force  -        planned   1  North Korea threatened a response.',
    ]);
  });

  it('fits the terminal width by cutting the evidence with an ellipsis', () => {
    const lines = formatEventTable([event()], 90).split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(90);
    expect(lines[2]).toMatch(/Lee arrived in the\s?.*\u2026$/);
  });

  it('labels actors by code and role', () => {
    expect(actorLabel({ text: 'Seoul', country: 'KOR', role: null })).toBe('KOR');
    expect(actorLabel(null)).toBe('-');
  });
});

describe('formatArticleTable and describeArticle', () => {
  it('shows failed articles with their reason', () => {
    const table = formatArticleTable(
      [articleRecord(), articleRecord({ id: 'a9', status: 'failed', reason: 'The file is empty; upload an article with some text in it.', eventCount: 0 })],
      200,
    );
    const rows = table.split('\n');
    expect(rows[2]).toMatch(/^2026-03-09\s+processed\s+3\s+a1234\s+Lee visits Beijing$/);
    expect(rows[3]).toMatch(/failed\s+0\s+a9\s+FAILED: The file is empty; upload an article with some text in it\.$/);
  });

  it('describes one article, including a failure reason', () => {
    const text = describeArticle(articleRecord({ status: 'failed', reason: 'not English' }));
    expect(text).toContain('object:     s3://accord-articles-local/articles/2026-03-09_visit.txt');
    expect(text).toContain('status:     failed (not English)');
  });

  it('lists the notes of an article, one a line', () => {
    const text = describeArticle(articleRecord({ notes: ['title truncated to 1,000 characters (was 512,000)', 'a line was split'] }));
    expect(text.split('\n').slice(-2)).toEqual(['note:       title truncated to 1,000 characters (was 512,000)', 'note:       a line was split']);
    expect(describeArticle(articleRecord())).not.toContain('note:');
  });

  it('reads both shapes of GET /articles/{id}', () => {
    const events = [event()];
    expect(articleWithEvents({ article: articleRecord(), events }).events).toEqual(events);
    expect(articleWithEvents({ ...articleRecord(), events }).article.id).toBe('a1234');
  });
});

describe('formatTable', () => {
  it('right-aligns numbers and caps column widths', () => {
    const table = formatTable(
      [
        { header: 'NAME', value: (r: { name: string; n: number }) => r.name, max: 5 },
        { header: 'N', value: (r) => String(r.n), align: 'right' },
      ],
      [
        { name: 'Korea', n: 1 },
        { name: 'Philippines', n: 12 },
      ],
    );
    expect(table.split('\n')).toEqual(['NAME    N', '-----  --', 'Korea   1', 'Phil\u2026  12']);
  });

  it('truncates with an ellipsis only when needed', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('ab\u2026');
  });
});
