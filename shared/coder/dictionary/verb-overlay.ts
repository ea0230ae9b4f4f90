import type { DictionaryVerb } from '../../dictionary/dictionary-schema.ts';
import { effectivePhrase, sourceAfterPhrase } from '../../dictionary/verb-phrase.ts';
import { BUILT_IN_ACTION_LEXICON, compilePatterns, type HeadEntry, type TokenSeq, type VerbPattern } from '../actions/action-lexicon.ts';

/**
 * Dictionary verb phrases as patterns of the coder's own syntax (actions/patterns-cooperation.ts):
 * "slap tariffs on" with target "on" is the pattern `slap tariffs on` (the actor after the
 * preposition is the target); source "from" with target "subject" is `<draw rebuke from` (the actor
 * after the phrase acts, the subject is the target). Every inflection of the verb matches and the
 * longest pattern wins, as for the built-ins.
 * Override: a built-in pattern that reads exactly the same words (same verb, same words, no gaps) is
 * left out wherever the dictionary gives the phrase, so the dictionary's code and arguments apply.
 */
export interface VerbOverlay {
  heads: Map<string, HeadEntry[]>;
  /** Pattern texts of phrases with target "none". */
  targetless: Set<string>;
}

export function patternText(verb: DictionaryVerb): string {
  return `${sourceAfterPhrase(verb) ? '<' : ''}${effectivePhrase(verb)}`;
}

export function verbOverlay(verbs: readonly DictionaryVerb[]): VerbOverlay {
  const byCode: Record<string, string[]> = {};
  const targetless = new Set<string>();
  for (const verb of verbs) {
    const text = patternText(verb);
    (byCode[verb.code] ??= []).push(text);
    if (verb.target === 'none') targetless.add(text);
  }
  const own = compilePatterns(byCode).heads;
  const ownPatterns = [...new Set([...own.values()].flatMap((entries) => entries.map((e) => e.pattern)))];
  const heads = new Map<string, HeadEntry[]>();
  for (const [form, entries] of own) {
    const builtIn = (BUILT_IN_ACTION_LEXICON.heads.get(form) ?? []).filter((e) => !ownPatterns.some((p) => readsSame(e.pattern, p)));
    heads.set(form, [...entries, ...builtIn]);
  }
  return { heads, targetless };
}

/** The built-in pattern matches exactly the dictionary pattern's words, with nothing in between. */
function readsSame(builtIn: VerbPattern, own: VerbPattern): boolean {
  if (builtIn.lemma !== own.lemma) return false;
  const words: TokenSeq = [...own.headRest, ...own.elements.flatMap((el) => el.alts[0] ?? [])];
  const fits = (seq: TokenSeq, at: number) => at + seq.length <= words.length && seq.every((set, k) => [...set].some((w) => words[at + k]!.has(w)));
  if (!fits(builtIn.headRest, 0)) return false;
  const match = (element: number, at: number): boolean => {
    if (element === builtIn.elements.length) return at === words.length;
    const el = builtIn.elements[element]!;
    if (el.actor) return false;
    return el.alts.some((alt) => fits(alt, at) && match(element + 1, at + alt.length));
  };
  return match(0, builtIn.headRest.length);
}
