import { describe, expect, it } from 'vitest';
import { boundNotes, MAX_NOTES, STORED_TEXT_LIMITS } from '../../../shared/storage/stored-limits.ts';
import { truncateText, TRUNCATION_MARK } from '../../../shared/storage/truncate-text.ts';

/** True when every surrogate in the string belongs to a pair. */
const wellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('truncateText', () => {
  it('leaves text within the limit alone', () => {
    expect(truncateText('Seoul and Beijing', 17)).toBe('Seoul and Beijing');
    expect(truncateText('', 5)).toBe('');
  });

  it('cuts to the limit, the mark included', () => {
    const cut = truncateText('a'.repeat(5000), 1000);
    expect(cut).toHaveLength(1000);
    expect(cut.endsWith(TRUNCATION_MARK)).toBe(true);
  });

  it('never splits a surrogate pair, wherever the limit falls', () => {
    const emoji = '😀'.repeat(600);
    for (const max of [1, 2, 3, 4, 999, 1000, 1001]) {
      const cut = truncateText(emoji, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(wellFormed(cut), `limit ${max}`).toBe(true);
    }
    const mixed = `${'x'.repeat(998)}😀tail`;
    expect(truncateText(mixed, 1000)).toBe(`${'x'.repeat(998)}${TRUNCATION_MARK}`);
  });
});

describe('boundNotes', () => {
  it('keeps at most MAX_NOTES notes of at most the note length, and says how many were left out', () => {
    const notes = boundNotes(Array.from({ length: 45 }, (_, i) => `note ${i} ${'x'.repeat(1000)}`));
    expect(notes).toHaveLength(MAX_NOTES);
    expect(notes.every((note) => note.length <= STORED_TEXT_LIMITS.note)).toBe(true);
    expect(notes.at(-1)).toBe('26 more notes left out');
    expect(boundNotes(['one', 'two'])).toEqual(['one', 'two']);
  });
});
