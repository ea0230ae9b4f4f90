import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS } from '../../../../shared/article/long-text.ts';
import { describeCutSentences, splitSentences } from '../../../../shared/coder/text/sentence-splitter.ts';
import { growthRatio, SUBQUADRATIC_RATIO } from '../../../support/growth.ts';

describe('splitSentences', () => {
  it('keeps offsets that point back into the body', () => {
    const body = 'Ministers met in Oslo. They agreed on a plan!\nNew heading\nA third one?';
    const s = splitSentences(body);
    expect(s.map((x) => x.text)).toEqual(['Ministers met in Oslo.', 'They agreed on a plan!', 'New heading', 'A third one?']);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    const body = 'U.S. envoy Gen. John F. Kelly arrived on Jan. 3 with $3.5 million in aid. Talks began.';
    expect(splitSentences(body).map((x) => x.text)).toEqual(['U.S. envoy Gen. John F. Kelly arrived on Jan. 3 with $3.5 million in aid.', 'Talks began.']);
  });

  it('keeps a closing quote with its sentence', () => {
    const s = splitSentences('He said: “We will not yield.” The crowd cheered.');
    expect(s.map((x) => x.text)).toEqual(['He said: “We will not yield.”', 'The crowd cheered.']);
  });

  it('ends a sentence at a full stop a scraper glued to the next one, not inside a number, a domain or an abbreviation', () => {
    expect(splitSentences('They met on Wednesday.The two signed a protocol.').map((x) => x.text)).toEqual([
      'They met on Wednesday.',
      'The two signed a protocol.',
    ]);
    expect(splitSentences('Growth was 3.5 percent, Reuters.com said, citing U.S.Treasury data and Gen.Smith.').length).toBe(1);
  });

  it('reads a run of marks as one sentence end', () => {
    expect(splitSentences('Really?!! Yes... and more. Fine.').map((x) => x.text)).toEqual(['Really?!!', 'Yes... and more.', 'Fine.']);
  });
});

/**
 * The splitter before it decided a run of marks once (it re-scanned the run from each mark). On
 * bodies shorter than MAX_SENTENCE_CHARS it is the specification of where sentences end.
 */
function formerSplitter(body: string): { text: string; start: number; end: number }[] {
  const ABBREVIATIONS = new Set(['mr', 'gen', 'jan', 'u.s', 'no', 'st']);
  const isAbbreviation = (dot: number) => {
    let i = dot - 1;
    while (i >= 0 && /[A-Za-z.]/.test(body[i]!)) i--;
    const word = body.slice(i + 1, dot).toLowerCase();
    return word.length === 1 || ABBREVIATIONS.has(word);
  };
  const out: { text: string; start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    if (e > s) out.push({ text: body.slice(s, e), start: s, end: e });
    start = end;
  };
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const ch = body[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < n && /[.!?"'”’)\]]/.test(body[j]!)) j++;
    // (since 2026-12-04: "commissions.The", a full stop glued by a scraper between a lower-case and a capitalised word, ends one)
    const glued = ch === '.' && j === i + 1 && /[a-z]{2}$/.test(body.slice(0, i)) && /^[A-Z][a-z]/.test(body.slice(j)) && !isAbbreviation(i);
    if (j < n && !/\s/.test(body[j]!) && !glued) continue;
    if (ch === '.' && j === i + 1 && isAbbreviation(i)) {
      let k = j;
      while (k < n && body[k]! === ' ') k++;
      if (!/^(The|A|An|It|He|She|They|We|In|On|But|This|That|These|Those|His|Her|Its|Their)\b/.test(body.slice(k, k + 40))) continue;
    }
    let k = j;
    while (k < n && (body[k]! === ' ' || body[k]! === '\t')) k++;
    if (k < n && body[k]! !== '\n' && /[a-z]/.test(body[k]!)) continue;
    push(j);
    i = j - 1;
  }
  push(n);
  return out;
}

describe('splitSentences: same sentences as before on ordinary lengths', () => {
  it('on random text full of marks, quotes, abbreviations and line breaks', () => {
    const fragment = fc.constantFrom(
      '.',
      '!',
      '?',
      '...',
      '"',
      '\u201d',
      ')',
      ']',
      ' ',
      '  ',
      '\t',
      '\n',
      'U.S',
      'Gen',
      'Mr',
      'F',
      'a',
      'the',
      'The',
      'Talks',
      '3',
      '\u00a0',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        const body = parts.join('');
        expect(splitSentences(body).map(({ text, start, end }) => ({ text, start, end }))).toEqual(formerSplitter(body));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('splitSentences: linear time on runs of marks', () => {
  // 100 KB of "." or "!" after a sentence took more than 100 s: the run was rescanned from each mark.
  it.each([
    ['"." then a word', (n: number) => `A sentence. ${'.'.repeat(n)}x`],
    ['"!" then a lower-case word', (n: number) => `A sentence. ${'!'.repeat(n)} x`],
    ['"?" then a word', (n: number) => `A sentence. ${'?'.repeat(n)}x`],
    ['marks and closing quotes', (n: number) => `A sentence. ${'."'.repeat(n)}x`],
    // full stops glued between words ("commissions.The"): each one's abbreviation check walked back over the whole run
    ['full stops glued between words', (n: number) => 'aa.Bb'.repeat(n / 5)],
  ])('%s', (_what, makeInput) => {
    expect(growthRatio(makeInput, splitSentences, 20_000)).toBeLessThan(SUBQUADRATIC_RATIO);
  });
});

describe('splitSentences: no sentence longer than MAX_SENTENCE_CHARS', () => {
  const expectBoundedPiecesOf = (body: string) => {
    const sentences = splitSentences(body);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(body.slice(s.start, s.end)).toBe(s.text);
    }
    return sentences;
  };
  // Nothing is lost: the pieces hold every word of the body, in order.
  const words = (texts: string[]) => texts.join(' ').split(/\s+/);

  it('cuts a 500 KB line without punctuation at spaces', () => {
    const body = 'word '.repeat(100_000).trim();
    const sentences = expectBoundedPiecesOf(body);
    expect(words(sentences.map((s) => s.text))).toEqual(words([body]));
    expect(sentences.length).toBeGreaterThanOrEqual(250);
    expect(sentences.every((s) => s.cutFrom?.start === 0 && s.cutFrom.end === body.length)).toBe(true);
  });

  it('cuts lower-case hard-wrapped lines that were glued into one sentence, preferring clause ends', () => {
    const body = 'and the envoys met again in the capital. '.repeat(2_000).trim();
    const sentences = expectBoundedPiecesOf(body);
    expect(words(sentences.map((s) => s.text))).toEqual(words([body]));
    expect(sentences.length).toBeGreaterThan(40);
    expect(sentences.every((s) => s.text.endsWith('capital.'))).toBe(true);
  });

  it('cuts a line with no space at all at the maximum, never inside a surrogate pair', () => {
    const body = '\u{1F600}'.repeat(3_000);
    const sentences = expectBoundedPiecesOf(body);
    expect(sentences.map((s) => s.text).join('')).toBe(body);
    for (const s of sentences) expect(s.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('leaves ordinary sentences whole and unmarked', () => {
    const sentences = splitSentences(`${'Long sentence with many words, '.repeat(60)}end.`);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.cutFrom).toBeUndefined();
    expect(describeCutSentences(sentences)).toBeNull();
  });

  it('describes what was cut, for the article record', () => {
    const body = `${'word '.repeat(1_000)}.\n${'word '.repeat(2_000)}`;
    expect(describeCutSentences(splitSentences(body))).toBe(
      '2 sentences were longer than 2,000 characters (the longest 9,999); the coder read them as 8 pieces, cut at spaces where there were any.',
    );
  });
});
