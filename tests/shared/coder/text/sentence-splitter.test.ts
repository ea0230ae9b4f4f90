import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../shared/coder/text/sentence-splitter.ts';

describe('splitSentences', () => {
  it('keeps offsets that point back into the body', () => {
    const body = 'Ministers met in Oslo. They agreed on a plan!\nNew heading\nA third one?';
    const s = splitSentences(body);
    expect(s.map((x) => x.text)).toEqual(['Ministers met in Oslo.', 'They agreed on a plan!', 'New heading', 'A third one?']);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    const body = 'U.S. envoy Gen. John F. Kelly arrived on Jan. 3 with $3.5 million in aid. Talks began.';
    expect(splitSentences(body).map((x) => x.text)).toEqual([
      'U.S. envoy Gen. John F. Kelly arrived on Jan. 3 with $3.5 million in aid.',
      'Talks began.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    const s = splitSentences('He said: “We will not yield.” The crowd cheered.');
    expect(s.map((x) => x.text)).toEqual(['He said: “We will not yield.”', 'The crowd cheered.']);
  });
});
