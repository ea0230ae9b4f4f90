import type { DictionaryVerb } from './dictionary-schema.ts';

/**
 * The words a verb entry matches, with the preposition its arguments need: target "to" on
 * "pledge support" reads "pledge support to"; source "from" with target "subject" on "draw
 * condemnation" reads "draw condemnation from". A phrase that already ends with the preposition
 * is left as it is.
 */
export function effectivePhrase(verb: Pick<DictionaryVerb, 'phrase' | 'source' | 'target'>): string {
  const preposition =
    verb.target === 'subject'
      ? verb.source === 'object' || verb.source === 'subject'
        ? null
        : verb.source
      : verb.target === 'object' || verb.target === 'none'
        ? null
        : verb.target;
  if (!preposition) return verb.phrase;
  const words = verb.phrase.split(' ');
  return words[words.length - 1] === preposition ? verb.phrase : `${verb.phrase} ${preposition}`;
}

/** The source is named after the phrase and the subject is the target ("drew condemnation from X"). */
export function sourceAfterPhrase(verb: Pick<DictionaryVerb, 'source'>): boolean {
  return verb.source !== 'subject';
}
