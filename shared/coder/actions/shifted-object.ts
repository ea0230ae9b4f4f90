import type { Token } from '../text/tokenizer.ts';
import { PARTY_DETERMINERS } from '../text/function-words.ts';

/**
 * Official readouts put the place and the day between a verb and its object ("received in Amman the European
 * Commissioner", "received at Al Husseiniya Palace on Monday the Iraqi Prime Minister", "received on November 11 the
 * delegation of the Kyrgyz Republic"): the object, long with titles, is shifted past them. This finds where the object
 * starts after such adjuncts, so a verb's party slot can look there.
 */

// Prepositions that open an adjunct of place or time right after the verb.
const OPENERS = new Set(['in', 'at', 'on']);
// Adverbs of place and time that stand alone in that position ("received here today the Ambassador").
const LONE_ADJUNCTS = new Set(['here', 'today', 'yesterday', 'tonight', 'there']);
// At most this many adjuncts, of at most this many words: a readout's place and day, never a clause.
const MAX_ADJUNCTS = 3;
const MAX_WORDS = 5;

/** Whether an adjunct of place or time may open at `from` (a quick test before shiftedObjectStart). */
export function opensAdjunct(tokens: Token[], from: number): boolean {
  const w = tokens[from]?.norm ?? '';
  return OPENERS.has(w) || LONE_ADJUNCTS.has(w);
}

/** The index after the adjuncts of place and time that follow the verb ending at `from`, or `from` when none does. */
export function shiftedObjectStart(tokens: Token[], from: number): number {
  let k = from;
  for (let n = 0; n < MAX_ADJUNCTS; n++) {
    const w = tokens[k]?.norm ?? '';
    if (LONE_ADJUNCTS.has(w)) {
      k++;
      continue;
    }
    if (!OPENERS.has(w)) break;
    let j = k + 1;
    // ("in the capital", "at the Peace Palace": an article may open the adjunct's own phrase; one after it opens the object)
    if (PARTY_DETERMINERS.has(tokens[j]?.norm ?? '')) j++;
    const phraseStart = j;
    while (j < tokens.length && j - phraseStart < MAX_WORDS) {
      const t = tokens[j]!;
      if (OPENERS.has(t.norm) || LONE_ADJUNCTS.has(t.norm) || PARTY_DETERMINERS.has(t.norm) || !/^([A-Z]|\d)/.test(t.text)) break;
      j++;
    }
    // (a phrase of names and numbers only: "in Amman", "on November 11", "at Al Husseiniya Palace")
    if (j === phraseStart) break;
    k = j;
  }
  return k;
}
