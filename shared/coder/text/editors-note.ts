import type { Sentence } from './sentence-splitter.ts';

// What an agency's note to its clients says was done to an updated story: "(Adds Indian comment in paragraph 9)",
// "(Updates with minister's remarks)", "(Recasts, adds details)", "(Corrects name in paragraph 4 of story published
// Nov 3)", "(Refiles to fix typo)".
const EDITORS_NOTE = /^\((?:adds|updates|recasts|corrects|changes|rewrites|refiles|removes|fixes|writes through|repeats|clarifies|inserts|deletes)\b[^()]*\)$/i;
// What such a note speaks of: the story's parts and the editing done ("(Changes in U.S. policy toward Cuba were
// announced …)" speaks of none).
const EDITING_WORDS =
  /\b(?:paragraphs?|paras?|grafs?|throughout|details?|by-?line|headline|dateline|quotes?|comments?|remarks|reaction|background|subscribers|GMT|typo|spelling|conference|statement|link|video|photo|to (?:show|say|add|fix|clarify|correct|include|remove|reflect))\b|^\(\w+(?: \w+)?(?:,| with\b|\)$)/i;

/**
 * A paragraph that is an agency's note on how the story was updated, in parentheses of its own: it tells what the
 * editors changed, not what anyone did ("UNHCR appeal in paragraph 11" is no appeal), so it is read as nothing.
 */
export function isEditorsNote(sentence: Sentence): boolean {
  const text = sentence.text.trim();
  return EDITORS_NOTE.test(text) && EDITING_WORDS.test(text);
}
