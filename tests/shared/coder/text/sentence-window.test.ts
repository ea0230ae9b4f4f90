import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_TOKENS, sentenceWindows } from '../../../../shared/coder/text/sentence-window.ts';
import { tokenize } from '../../../../shared/coder/text/tokenizer.ts';

const sentenceAt = (text: string, start: number, index = 0) => ({ text, start, end: start + text.length, index });

describe('sentenceWindows', () => {
  it('keeps an ordinary sentence whole', () => {
    const s = sentenceAt('France and Germany agreed on Friday to deepen their defence cooperation.', 12, 3);
    // short enough that it cannot exceed the limit: not even counted
    expect(sentenceWindows(s)).toEqual({ windows: [s], tokenCount: null, tokens: null });
    const long = sentenceAt(`${'France and Germany agreed on Friday to deepen their defence cooperation, '.repeat(6)}and Spain agreed.`, 0);
    const counted = sentenceWindows(long);
    expect(counted).toMatchObject({ windows: [long], tokenCount: tokenize(long.text).length });
    expect(counted.tokens?.map((t) => t.text)).toEqual(tokenize(long.text).map((t) => t.text));
  });

  it('cuts a giant sentence into pieces of at most the maximum, with exact offsets into the body', () => {
    const prefix = 'Headline\n';
    const text = Array.from({ length: 3000 }, (_, i) => (i % 37 === 0 ? 'Russia, ' : i % 11 === 0 ? 'condemned ' : 'word '))
      .join('')
      .trim();
    const body = prefix + text;
    const { windows, tokenCount, tokens } = sentenceWindows(sentenceAt(text, prefix.length, 1));
    expect(tokenCount).toBe(tokenize(text).length);
    // the counted tokens come back, so the coder can take each window's run of them instead of tokenizing again
    expect(tokens?.map((t) => [t.text, t.start])).toEqual(tokenize(text, prefix.length).map((t) => [t.text, t.start]));
    expect(windows.length).toBeGreaterThan(tokenCount! / MAX_SENTENCE_TOKENS);
    let tokensSeen = 0;
    for (const w of windows) {
      expect(body.slice(w.start, w.end)).toBe(w.text);
      expect(w.index).toBe(1);
      const n = tokenize(w.text).length;
      expect(n).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      tokensSeen += n;
    }
    // nothing lost, nothing coded twice
    expect(tokensSeen).toBe(tokenCount);
    for (let i = 1; i < windows.length; i++) expect(windows[i]!.start).toBeGreaterThan(windows[i - 1]!.end - 1);
  });

  it('prefers to cut at a clause break near the end of a piece', () => {
    const words = Array.from({ length: 2 * MAX_SENTENCE_TOKENS }, (_, i) => (i === MAX_SENTENCE_TOKENS - 20 ? 'word,' : 'word'));
    const { windows } = sentenceWindows(sentenceAt(words.join(' '), 0));
    expect(windows[0]!.text.endsWith('word,')).toBe(true);
  });
});
