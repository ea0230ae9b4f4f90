import type { Token } from '../text/tokenizer.ts';
import { FINITE_AUXILIARIES, PARTY_DETERMINERS } from '../text/function-words.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';

/**
 * A clause fronted before the main clause and closed by a comma, whose subject is left unsaid because it is the main
 * clause's: "After meeting Mohammed bin Salman in Riyadh, Macron flew to Doha", "Speaking after talks with his Turkish
 * counterpart, Gerapetritis said …", "In a meeting with the Russian deputy minister, Azerbaijani officials discussed …",
 * "Having met Lula, Xi left for Lima". The one who meets or talks there is the main clause's subject, after the comma.
 */

// Words that open such a clause before its verb or its talks: prepositions of time or circumstance, and "having".
const OPENERS = new Set(['after', 'following', 'before', 'during', 'upon', 'on', 'while', 'when', 'since', 'in', 'at']);
// Sentence adverbs that may stand first ("Shortly after meeting …", "Later, in a call with …").
const LEADING_ADVERBS = new Set(['shortly', 'just', 'soon', 'immediately', 'later', 'earlier', 'separately', 'also']);
// How far the fronted clause may run before its comma.
const MAX_FRONTED = 24;

/**
 * Whether the words before `at` open the sentence as a fronted clause: nothing, a sentence adverb, or a capitalised
 * participle of its own ("Speaking after talks with …", "Asked after a meeting with …").
 */
export function opensSentence(tokens: Token[], at: number): boolean {
  let i = 0;
  if (i < at && LEADING_ADVERBS.has(tokens[i]!.norm)) i++;
  if (i < at && tokens[i]!.norm === ',') i++;
  if (i < at && i === 0 && /^[A-Z][a-z]+(ing|ed)$/.test(tokens[i]!.text)) i++;
  return i === at;
}

/**
 * The verb at `head` opens a fronted clause: a participle first in the sentence ("Meeting in Geneva, …"), or after
 * "having" or an opening preposition ("After meeting …", "After having met …", "On arriving in Hanoi, …").
 */
export function frontedVerb(tokens: Token[], head: number): boolean {
  let k = head - 1;
  if (tokens[k]?.norm === 'having') k--;
  else if (!tokens[head]!.norm.endsWith('ing')) return false;
  // ("Attacking Iran would be a grave mistake, China warned": a gerund with a verb of its own before the comma is the
  // subject of that verb, no clause fronted before another)
  if (finiteBeforeComma(tokens, head + 1)) return false;
  if (k < 0) return true;
  return OPENERS.has(tokens[k]!.norm) && opensSentence(tokens, k);
}

// Finite auxiliaries and copulas, "does" and "did" too: a clause's own verb.
const FINITE = new Set([...FINITE_AUXILIARIES, 'does', 'did']);

/** A finite auxiliary or copula between `from` and the next comma: the words up to it are a clause's subject. */
function finiteBeforeComma(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + MAX_FRONTED; k++) {
    if (tokens[k]!.norm === ',') return false;
    if (FINITE.has(tokens[k]!.norm)) return true;
  }
  return false;
}

// What a verb of meeting meets that is no party, whoever's it is ("after meeting NATO's spending target", "having met
// the EU's benchmarks", "after meeting resistance from Hungary").
const NO_MEETING = new Set([
  ...['target', 'targets', 'goal', 'goals', 'criteria', 'criterion', 'benchmark', 'benchmarks', 'standard', 'standards', 'condition', 'conditions'],
  ...['demand', 'demands', 'need', 'needs', 'obligation', 'obligations', 'requirement', 'requirements', 'resistance', 'opposition', 'deadline', 'commitments'],
]);

/**
 * The party a fronted verb acts on: the party its pattern took (`slot`), else the first words after it, a party named as
 * its direct object ("After meeting Saudi Crown Prince Mohammed bin Salman", "Having met Brazil's president", "Speaking
 * after talks with his Turkish counterpart"); not one that owns what is met ("NATO's spending target") nor one past
 * what is met ("resistance from Hungary").
 */
export function objectParty(tokens: Token[], mentions: readonly ResolvedMention[], from: number, slot: number | null): boolean {
  const first =
    slot !== null
      ? mentions.find((r) => r.mention.start <= slot && slot < r.mention.end)
      : mentions.find((r) => r.mention.start >= from && (r.actor || r.pair));
  if (!first || !(first.actor || first.pair)) return false;
  // (right after the verb's pattern, past an article or a possessive at most: "talks with his Turkish counterpart")
  const determiner = PARTY_DETERMINERS.has(tokens[from]?.norm ?? '');
  if (slot === null && (first.mention.start > from + 1 || (first.mention.start === from + 1 && !determiner))) return false;
  if (tokens.slice(from, first.mention.start).some((t) => NO_MEETING.has(t.norm))) return false;
  // (a possessor: the party only when a party, a person or an office, follows it)
  if (first.mention.possessive) return !NO_MEETING.has(nounAfter(tokens, first.mention.end));
  return !NO_MEETING.has(tokens[first.mention.end]?.norm ?? '');
}

/** The head noun of the phrase after a possessor: past numbers and modifiers, up to four words. */
function nounAfter(tokens: Token[], from: number): string {
  let k = from;
  if (tokens[k]?.norm === "'s") k++;
  for (
    let n = 0;
    n < 4 && k + 1 < tokens.length && /^([a-z-]+|\d[\d.,%]*)$/.test(tokens[k + 1]!.norm) && !/^(to|of|for|in|on|at|with|and|,)$/.test(tokens[k + 1]!.norm);
    n++
  )
    k++;
  return tokens[k]?.norm ?? '';
}

/**
 * The subject of the main clause after a fronted clause that ends at the first comma after `from`: the party that
 * opens that clause, possessor or pronoun included ("…, Japan's prime minister said", "…, he said", "…, the two sides
 * agreed"). Null when the comma is too far or another word stands first, and when the fronted clause names no party
 * of its own ("Speaking to Reuters by phone, Ukraine's foreign minister accused …" met no one).
 */
export function subjectAfterFronted(tokens: Token[], mentions: readonly ResolvedMention[], from: number): ResolvedMention | null {
  let comma = -1;
  for (let k = from; k < tokens.length && k <= from + MAX_FRONTED; k++) {
    const w = tokens[k]!.norm;
    if (w === ',') {
      comma = k;
      break;
    }
    if (w === ';' || w === ':' || /^["“”]$/.test(w)) return null;
  }
  if (comma < 0 || !mentions.some((r) => r.mention.start >= from && r.mention.end <= comma && (r.actor || r.pair))) return null;
  const first = mentions.find((r) => r.mention.start > comma);
  if (!first || first.mention.start > comma + 2 || first.mention.prep) return null;
  // ("…, the Japanese prime minister said": only an article may stand before the subject)
  if (first.mention.start === comma + 2 && tokens[comma + 1]!.norm !== 'the') return null;
  return first.actor || first.pair ? first : null;
}
