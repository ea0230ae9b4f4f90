import { looksLikeHeadline } from '../../article/plain-text.ts';
import type { Sentence } from './sentence-splitter.ts';

/** Crossheads are a few words ("France denies role", "Israeli strikes condemned"); a digest's bullet point runs longer. */
const MAX_CROSSHEAD_WORDS = 8;

/**
 * A crosshead: a paragraph of its own inside the body that reads like a headline (a few words, no
 * sentence-final punctuation), as broadcasters and agencies break up a story ("Beijing hits back",
 * "- Ceasefire rejected"). It names what the paragraphs under it tell, in headline grammar ("Israeli
 * strikes condemned" has no one condemning), so it is not coded as a sentence of its own.
 */
export function isCrosshead(body: string, sentence: Sentence): boolean {
  const text = sentence.text.trim();
  if (text.split(/\s+/, MAX_CROSSHEAD_WORDS + 1).length > MAX_CROSSHEAD_WORDS || !looksLikeHeadline(text)) return false;
  if (!lineBreakOrEdge(body, sentence.start, -1) || !lineBreakOrEdge(body, sentence.end, 1)) return false;
  // a body of one headline-like line is the whole story (a wire flash), not a heading inside one
  return /\S/.test(body.slice(0, sentence.start)) || /\S/.test(body.slice(sentence.end));
}

/** Whether, stepping from `at` in `direction` over spaces and tabs, the body ends or a line break comes. */
function lineBreakOrEdge(body: string, at: number, direction: 1 | -1): boolean {
  let i = direction === 1 ? at : at - 1;
  while (i >= 0 && i < body.length && (body[i] === ' ' || body[i] === '\t')) i += direction;
  return i < 0 || i >= body.length || body[i] === '\n';
}
