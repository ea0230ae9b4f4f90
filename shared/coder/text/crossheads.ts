import { looksLikeHeadline } from '../../article/plain-text.ts';
import type { Sentence } from './sentence-splitter.ts';
import { MONTH_NAMES, WEEKDAYS } from './time-words.ts';

/** Crossheads are a few words ("France denies role", "Israeli strikes condemned"). */
const MAX_CROSSHEAD_WORDS = 8;
// A day, month or year dates what a line tells: a sentence that lost its full stop, not a heading.
const DATED = new RegExp(`\\b(?:${[...WEEKDAYS, ...MONTH_NAMES.filter((m) => m !== 'may')].join('|')}|(?:19|20)\\d\\d)\\b`, 'i');
// A list item's mark: "- Russia expels two Moldovan diplomats", "• China condemns …".
const BULLET = /^[-•*–]\s/;

/**
 * A crosshead: a paragraph of its own inside the body that reads like a headline (a few words, no
 * sentence-final punctuation), as broadcasters and agencies break up a story ("Beijing hits back",
 * "- Ceasefire rejected"). It names what the paragraphs under it tell, in headline grammar ("Israeli
 * strikes condemned" has no one condemning), so it is not coded as a sentence of its own. A dated line is a
 * sentence that lost its full stop, and a run of bullet points is a digest's list of stories: both are coded.
 */
export function isCrosshead(body: string, sentence: Sentence): boolean {
  const text = sentence.text.trim();
  if (text.split(/\s+/, MAX_CROSSHEAD_WORDS + 1).length > MAX_CROSSHEAD_WORDS || !looksLikeHeadline(text) || DATED.test(text)) return false;
  if (!lineBreakOrEdge(body, sentence.start, -1) || !lineBreakOrEdge(body, sentence.end, 1)) return false;
  if (BULLET.test(text) && (BULLET.test(lineBefore(body, sentence.start)) || BULLET.test(lineAfter(body, sentence.end)))) return false;
  // a body of one headline-like line is the whole story (a wire flash), not a heading inside one
  return /\S/.test(body.slice(0, sentence.start)) || /\S/.test(body.slice(sentence.end));
}

/** Whether, stepping from `at` in `direction` over spaces and tabs, the body ends or a line break comes. */
function lineBreakOrEdge(body: string, at: number, direction: 1 | -1): boolean {
  let i = direction === 1 ? at : at - 1;
  while (i >= 0 && i < body.length && (body[i] === ' ' || body[i] === '\t')) i += direction;
  return i < 0 || i >= body.length || body[i] === '\n';
}

// How much of a neighbouring line is read: enough for its bullet mark.
const NEIGHBOUR_CHARS = 8;

/** The start of the non-blank line before offset `at` (its first few characters). */
function lineBefore(body: string, at: number): string {
  let end = at - 1;
  while (end >= 0 && /\s/.test(body[end]!)) end--;
  // (each line before a candidate is searched once, so a body of huge lines stays linear)
  const start = body.lastIndexOf('\n', end) + 1;
  return body.slice(start, Math.min(end + 1, start + NEIGHBOUR_CHARS));
}

/** The start of the non-blank line after offset `at` (its first few characters). */
function lineAfter(body: string, at: number): string {
  let start = at;
  while (start < body.length && /\s/.test(body[start]!)) start++;
  return body.slice(start, start + NEIGHBOUR_CHARS);
}
