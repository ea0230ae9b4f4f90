import type { Sentence } from './sentence-splitter.ts';
import { tokenize, type Token } from './tokenizer.ts';

/**
 * The longest stretch of text the coder analyses as one sentence, in tokens (words and symbols).
 * The longest sentence of the tuning, evaluation and benchmark articles has 126 tokens; news prose
 * stays far below 400. Several per-sentence rules look back or ahead across the whole sentence
 * (the subject before a verb, the first comma after an object, the party nearest a trigger), so
 * their cost grows with the square of the sentence length. A text that has no sentence breaks at
 * all (one giant line, a run of words with no punctuation, markup debris) would make the coder
 * quadratic in the article; cut into windows of at most this many tokens it stays linear.
 */
export const MAX_SENTENCE_TOKENS = 400;

export interface SentenceWindows {
  /** The sentence itself when it is short enough, else consecutive pieces of it (same index). */
  windows: Sentence[];
  /** Tokens of the whole sentence; null when it is too short to need counting. */
  tokenCount: number | null;
  /** The whole sentence's tokens when they were counted (the coder reuses them, window by window), else null. */
  tokens: Token[] | null;
}

// Where a piece preferably ends: at a clause break in its last quarter, so that a cut rarely
// separates an actor from its verb.
const CLAUSE_BREAKS = new Set([',', ';', ':', '-', '—', '–']);

/**
 * Cuts an overlong sentence into pieces of at most `maxTokens` tokens, each with exact offsets into
 * the article body, so that evidence still points at the words that produced an event.
 */
export function sentenceWindows(sentence: Sentence, maxTokens = MAX_SENTENCE_TOKENS): SentenceWindows {
  // every token takes at least one character: a sentence no longer than the limit needs no count
  if (sentence.text.length <= maxTokens) return { windows: [sentence], tokenCount: null, tokens: null };
  const tokens = tokenize(sentence.text, sentence.start);
  if (tokens.length <= maxTokens) return { windows: [sentence], tokenCount: tokens.length, tokens };
  const windows: Sentence[] = [];
  let first = 0;
  while (first < tokens.length) {
    let last = Math.min(first + maxTokens, tokens.length) - 1;
    if (last < tokens.length - 1) {
      const floor = first + Math.floor((maxTokens * 3) / 4);
      for (let i = last; i >= floor; i--) {
        if (CLAUSE_BREAKS.has(tokens[i]!.text)) {
          last = i;
          break;
        }
      }
    }
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    windows.push({ text: sentence.text.slice(start - sentence.start, end - sentence.start), start, end, index: sentence.index });
    first = last + 1;
  }
  return { windows, tokenCount: tokens.length, tokens };
}
