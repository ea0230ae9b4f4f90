import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atxHeading, parseMarkdown, TABLE_SEPARATOR } from '../../../shared/article/markdown.ts';
import { growthRatio, SUBQUADRATIC_RATIO } from '../../support/growth.ts';

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

describe('parseMarkdown: headings and tables read as the former regexes read them', () => {
  const ATX = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
  const OLD_TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
  const lineOf = (fragments: string[]) => fc.array(fc.constantFrom(...fragments), { maxLength: 16 }).map((parts) => parts.join(''));

  it('finds the same ATX headings, with the same level and text', () => {
    fc.assert(
      fc.property(lineOf(['#', '##', '#######', ' ', '   ', '\t', '\u2028', '\u00a0', 'a', 'Talks', 'x#', '=']), (line) => {
        const expected = ATX.exec(line);
        expect(atxHeading(line)).toEqual(expected ? { level: expected[1]!.length, text: expected[2] } : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('recognises the same table separators', () => {
    fc.assert(
      fc.property(lineOf(['|', '-', '---', ':', ' ', '  ', '\t', 'a']), (line) => {
        expect(TABLE_SEPARATOR.test(line)).toBe(OLD_TABLE_SEPARATOR.test(line));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['## Talks resume ##', 'Talks resume'],
    ['###   Talks   resume   #  ', 'Talks   resume'],
    ['# Title #x', 'Title #x'],
    ['## ###', ''],
  ])('reads %j as a heading', (line, text) => {
    expect(atxHeading(line)?.text).toBe(text);
  });

  it.each(['####### seven', '    # indented code', '#hashtag', ''])('does not take %j for a heading', (line) => {
    expect(atxHeading(line)).toBeNull();
  });
});

describe('parseMarkdown: linear time on hostile lines', () => {
  it.each([
    // 2.7 s at 2,000 spaces and 25.6 s at 4,000 before: the heading regex backtracked cubically.
    ['a heading followed by a long run of spaces', (n: number) => `## Heading${' '.repeat(n)}x`, 20_000],
    ['a long run of spaces (table separator check)', (n: number) => `${' '.repeat(n)}x`, 20_000],
    ['a table cell followed by a long run of spaces', (n: number) => `|---${' '.repeat(n)}x`, 20_000],
    ['a front-matter value after a long run of spaces', (n: number) => `---\nsource:${' '.repeat(n)}x\u2028\n---\nBody.`, 20_000],
    // (at 20,000 this measured 7 to 12 on a loaded machine, linear on both sides of a step in V8's allocation)
    ['a horizontal rule that breaks off', (n: number) => `-${' -'.repeat(n)}x`, 40_000],
  ])('on %s', (_what, makeInput, n) => {
    expect(growthRatio(makeInput, parseMarkdown, n)).toBeLessThan(SUBQUADRATIC_RATIO);
  });
});
