import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../shared/article/markdown.ts';

describe('parseMarkdown', () => {
  it('takes "# Title" as the title and strips inline syntax', () => {
    const parsed = parseMarkdown(
      '# China files WTO complaint\n\n**GENEVA** - China *filed* a complaint at the [WTO](https://wto.org "WTO") on `Thursday`.\n\n![chart](c.png)\n\nCanada said it would __defend__ the ~~old~~ tariffs.',
    );
    expect(parsed.title).toBe('China files WTO complaint');
    expect(parsed.body).toBe('GENEVA - China filed a complaint at the WTO on Thursday.\n\nCanada said it would defend the old tariffs.');
  });

  it('keeps subheadings, list items and quotes as their own paragraphs, without markers', () => {
    const parsed = parseMarkdown('# T\n\n## Ottawa responds\nText one.\n\n- First point.\n- Second point.\n\n> A quoted line.\n1. Numbered item.');
    expect(parsed.body.split('\n\n')).toEqual(['Ottawa responds', 'Text one.', 'First point.', 'Second point.', 'A quoted line.', 'Numbered item.']);
  });

  it('reads front matter: date and source, title when there is no # heading', () => {
    const parsed = parseMarkdown('---\ntitle: "Summit set"\npublished: 2026-07-08\nsource: Meridian\n---\nLeaders will meet.');
    expect(parsed).toMatchObject({ title: 'Summit set', publishedAt: '2026-07-08', source: 'Meridian', body: 'Leaders will meet.' });
  });

  it('drops fenced code blocks, horizontal rules, table separators and link definitions', () => {
    const parsed = parseMarkdown('Intro.\n\n```js\nconst x = 1;\n```\n\n---\n\n| Country | Aid |\n|---|---|\n| Japan | $12m |\n\n[1]: https://example.org');
    expect(parsed.body).toBe('Intro.\n\nCountry Aid Japan $12m');
  });

  it('keeps underscores inside words and escaped characters', () => {
    expect(parseMarkdown('The snake_case_name stays, and 5 \\* 3 is literal.').body).toBe('The snake_case_name stays, and 5 * 3 is literal.');
  });
});

describe('parseMarkdown: setext headings', () => {
  it('takes a "Title\\n=====" heading as the title', () => {
    const parsed = parseMarkdown('Summit set for Tokyo\n====================\n\nLeaders will meet.');
    expect(parsed.title).toBe('Summit set for Tokyo');
    expect(parsed.body).toBe('Leaders will meet.');
  });
});
