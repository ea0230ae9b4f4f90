import type { Token } from './tokenizer.ts';

/**
 * A short adverbial phrase set off by commas inside a clause ("ordered, with immediate effect, the suspension of
 * electricity sales", "said, in a statement, that …") interrupts it without adding a party: the coder reads the
 * clause without it. Only a preposition and up to four lower-case words make an aside; a phrase that names a party,
 * a place or a date ("in Nairobi", "on Monday") or opens a clause ("in a move that …") stays, except the place or outlet
 * of a statement ("in a statement from Addis Ababa", "in an interview with Reuters"). Offsets are kept, so
 * evidence still points into the text as written.
 */
const ASIDE_OPENERS = new Set(['with', 'in', 'at', 'for', 'under', 'without', 'on']);
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'and', 'but', 'or']);
const MAX_WORDS = 4;

export function withoutAsides(tokens: Token[]): Token[] {
  let kept: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const end = asideEnd(tokens, i);
    if (end < 0) {
      kept?.push(tokens[i]!);
      continue;
    }
    // (both commas go: "ordered, with immediate effect, the suspension" reads "ordered the suspension")
    kept ??= tokens.slice(0, i);
    i = end;
  }
  return kept ?? tokens;
}

/** Index of the closing comma of an aside that opens at token i (a comma), or -1. */
function asideEnd(tokens: Token[], i: number): number {
  if (tokens[i]!.norm !== ',' || !ASIDE_OPENERS.has(tokens[i + 1]?.norm ?? '') || tokens[i + 1]!.cap) return -1;
  let j = i + 2;
  while (j < tokens.length && j < i + 2 + MAX_WORDS && /^[a-z]+$/.test(tokens[j]!.text) && !CLAUSE_WORDS.has(tokens[j]!.norm)) j++;
  if (j === i + 2) return -1;
  if (tokens[j]?.norm === ',') return j;
  // "in a statement from Addis Ababa", "in an interview with Reuters": where the words were said, or to which outlet
  // (the lower-case run took "from" and "the" along: "in a statement from the Kremlin")
  let k = j;
  if (tokens[k - 1]?.norm === 'the') k--;
  if (!MEDIUM_PLACES.has(tokens[k - 1]?.norm ?? '') || !MEDIUM.has(tokens[k - 2]?.norm ?? '')) return -1;
  k = j;
  const named = k;
  while (k < tokens.length && k < named + MAX_NAME && tokens[k]!.cap && /^[A-Z]/.test(tokens[k]!.text)) k++;
  return k > named && tokens[k]?.norm === ',' ? k : -1;
}

// The media of a statement, and the words that name where it was made or which outlet carried it.
const MEDIUM = new Set(['statement', 'interview', 'post', 'message', 'speech', 'video', 'address', 'briefing', 'communique', 'release']);
const MEDIUM_PLACES = new Set(['from', 'in', 'on', 'with']);
const MAX_NAME = 4;
