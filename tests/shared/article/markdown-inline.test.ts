import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from '../../../shared/article/html-entities.ts';
import { stripInlineMarkdown } from '../../../shared/article/markdown-inline.ts';
import { growthRatio, SUBQUADRATIC_RATIO } from '../../support/growth.ts';

/**
 * The regex chain stripInlineMarkdown replaced. It is the specification: on inputs short enough
 * for its backtracking not to matter, the scanners must give exactly the same text.
 */
function regexReference(text: string): string {
  const plain = text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s*\[[^\]]+\]:\s+\S+.*$/, '')
    .replace(/<https?:[^>]+>/g, (m) => m.slice(1, -1))
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_]*?\S)\2(?!\w)/g, '$1$3')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
  return decodeHtmlEntities(plain);
}

/** Fragments that open, close or sit next to inline syntax, so random lines exercise every rule. */
const FRAGMENTS = [
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '][',
  ']:',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '`',
  '<',
  '>',
  '</',
  '<http:',
  '<https:',
  '<b>',
  '\\',
  '\\*',
  '#',
  '&amp;',
  'a',
  'b c',
  'x_y',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u2028',
  ':',
  '!',
  'é',
];
const inlineLine = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('stripInlineMarkdown: same text as the regexes it replaced', () => {
  it('on random lines of inline syntax', () => {
    fc.assert(
      fc.property(inlineLine, (line) => {
        expect(stripInlineMarkdown(line)).toBe(regexReference(line));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['links with nested parentheses', 'See [the (draft) text](https://x.org/a_(b)) and [ref][1].', 'See the (draft) text and ref.'],
    ['images', 'Before ![map of the border](m.png "Map") after', 'Before  after'],
    ['a link definition line', '  [1]: https://example.org "Example"', ''],
    ['autolinks and inline HTML', 'Read <https://x.org/r> or <b>bold</b> <br/> text', 'Read https://x.org/r or bold  text'],
    ['strong, emphasis, code and strikethrough', '**Kyiv** said *no* to `plan B` and __never__ ~~maybe~~.', 'Kyiv said no to plan B and never maybe.'],
    ['markers that do not close', '5 * 3 = 15, a ** b, snake_case_name, 2 ~~ 3', '5 * 3 = 15, a ** b, snake_case_name, 2 ~~ 3'],
    ['escapes and entities', '5 \\* 3 \\[sic\\] &amp; AT&amp;T', '5 * 3 [sic] & AT&T'],
  ])('on %s', (_what, line, expected) => {
    expect(regexReference(line)).toBe(expected);
    expect(stripInlineMarkdown(line)).toBe(expected);
  });
});

describe('stripInlineMarkdown: linear time on one long line of unclosed syntax', () => {
  // Each of these took seconds at ~50,000 repetitions: every opener rescanned the rest of the line.
  it.each(['[a ', '**a ', '~~a ', '__a ', '![a ', '<a ', '<http: ', '[a](', '[a][', '_a ', '*a ', '[[a](', '[a](()('])('%j repeated', (unit) => {
    // (40,000 units, not fewer: between about 15,000 and 30,000 repetitions V8's allocation of the pieces steps up
    // once, which alone made the ratio 16 for "[a][" though both sides of the step grow linearly)
    const ratio = growthRatio((n) => unit.repeat(n), stripInlineMarkdown, 40_000);
    expect(ratio).toBeLessThan(SUBQUADRATIC_RATIO);
  });

  it('on a long link definition that ends in a line separator', () => {
    const ratio = growthRatio((n) => `[a]: ${'x'.repeat(n)}\u2028`, stripInlineMarkdown, 20_000);
    expect(ratio).toBeLessThan(SUBQUADRATIC_RATIO);
  });
});
