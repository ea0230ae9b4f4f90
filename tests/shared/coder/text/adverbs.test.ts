import { describe, expect, it } from 'vitest';
import { isLyAdverb } from '../../../../shared/coder/text/adverbs.ts';

describe('adverbs by their form', () => {
  it('reads -ly words as adverbs', () => {
    for (const word of ['swiftly', 'reportedly', 'repeatedly', 'jointly', 'only']) expect(isLyAdverb(word), word).toBe(true);
  });

  it('but not the -ly adjectives and nouns that stand where an adverb would', () => {
    for (const word of ['deadly', 'early', 'friendly', 'elderly', 'daily', 'costly', 'ally', 'rally', 'family', 'assembly', 'july', 'italy'])
      expect(isLyAdverb(word), word).toBe(false);
  });

  it('nor a word too short to carry the suffix', () => {
    expect(isLyAdverb('ly')).toBe(false);
    expect(isLyAdverb('fly')).toBe(false);
  });
});
