import type { Sentence } from './sentence-splitter.ts';

// What an agency's note to its clients says was done to an updated story: "(Adds Indian comment in paragraph 9)",
// "(Updates with minister's remarks)", "(Recasts, adds details)", "(Corrects name in paragraph 4 of story published
// Nov 3)", "(Refiles to fix typo)".
// (the verb capitalised and not a plural noun before its preposition: "(Changes in U.S. policy were announced …)")
const EDITORS_NOTE =
  /^\((?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Refiles|Removes|Fixes|Writes through|Repeats|Clarifies|Inserts|Deletes)\b(?!\s+(?:in|of|on|for|at|by|from)\b)[^()]*\)$/;

/**
 * A paragraph that is an agency's note on how the story was updated, in parentheses of its own: it tells what the
 * editors changed, not what anyone did ("UNHCR appeal in paragraph 11" is no appeal), so it is read as nothing.
 */
export function isEditorsNote(sentence: Sentence): boolean {
  return EDITORS_NOTE.test(sentence.text.trim());
}
