import { isRegexSpace } from './text-scan.ts';

/**
 * The longest sentence the coder reads, in characters. News sentences stay well under a few
 * hundred characters; text that runs on for thousands without ending a sentence is an accident of
 * extraction (a page flattened into one line, a list, hard-wrapped lines glued together, an
 * encoded blob). Read as one sentence it would cost the coder far more than its length, so the
 * parser breaks such paragraphs and the sentence splitter cuts such sentences at this length.
 */
export const MAX_SENTENCE_CHARS = 2_000;

/** Punctuation after which a cut reads naturally (a clause or sentence ends there). */
const CLAUSE_END = new Set([46, 33, 63, 59, 58, 44]); // . ! ? ; : ,

/**
 * Where to cut text that runs on from `from` past `from + max`: `end` ends the first piece and
 * `next` starts the rest. The cut falls in the second half of the window, at the last space after
 * clause punctuation, else at the last space, else (no space at all) at `from + max`, never between
 * the two halves of a surrogate pair. Looks at no more than max / 2 characters, so cutting a text
 * into pieces costs time linear in its length.
 */
export function cutPoint(text: string, from: number, max: number = MAX_SENTENCE_CHARS): { end: number; next: number } {
  const limit = Math.min(from + max, text.length);
  const floor = from + Math.floor(max / 2);
  let lastSpace = -1;
  for (let i = limit; i > floor; i--) {
    if (!isRegexSpace(text.charCodeAt(i))) continue;
    if (lastSpace < 0) lastSpace = i;
    if (CLAUSE_END.has(text.charCodeAt(i - 1))) return { end: i, next: i + 1 };
  }
  if (lastSpace >= 0) return { end: lastSpace, next: lastSpace + 1 };
  const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
  const hard = isLowSurrogate(text.charCodeAt(limit)) ? limit - 1 : limit;
  return { end: hard, next: hard };
}
