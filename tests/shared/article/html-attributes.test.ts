import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAttributes } from '../../../shared/article/html-attributes.ts';
import { growthRatio, SUBQUADRATIC_RATIO } from '../../support/growth.ts';

/** The regex parseAttributes replaced: its specification. */
function regexReference(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

describe('parseAttributes', () => {
  it('reads quoted, single-quoted and unquoted values, lower-casing names', () => {
    expect(parseAttributes(' Property="og:title" content=\'Talks "resume"\' data-x = 5 checked')).toEqual(
      new Map([
        ['property', 'og:title'],
        ['content', 'Talks "resume"'],
        ['data-x', '5'],
      ]),
    );
  });

  it('finds the same attributes as the regex it replaced', () => {
    const fragment = fc.constantFrom('a', 'name', '9', '-', '.', ':', '_', '=', ' ', '\t', '"', "'", '>', 'x y', 'content', '\u00a0');
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(parseAttributes(text)).toEqual(regexReference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes linear time on a long name without "="', () => {
    // An 8 KB attribute string took ~0.2 s per tag: the regex retried from every letter of the name.
    expect(growthRatio((n) => 'a'.repeat(n), parseAttributes, 8_000)).toBeLessThan(SUBQUADRATIC_RATIO);
  });
});
