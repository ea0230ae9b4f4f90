import type { Token } from '../text/tokenizer.ts';

/**
 * The frame of "designate": a party designated by a sanctions authority is sanctioned (163) when the clause gives the
 * grounds or the authority of it ("designated four Dubai-based oil traders … for moving Iranian crude", "designated under
 * its Russia sanctions regime", "designated a terrorist organisation"). A party designated something else is given a
 * status or a role, no sanction: "designated Saudi Arabia a major non-NATO ally", "designated Witkoff as special envoy",
 * "designated Sudan for Temporary Protected Status". The matcher asks this when a pattern of "designate" matches.
 */

// How far the clause after the designee is read for its grounds (bounded: the matcher stays linear).
const GROUNDS_REACH = 25;
const CLAUSE_ENDS = new Set(['.', ';', ':', '?', '!']);
// What marks a designation as a sanction in its own clause.
const SANCTION_WORDS = new Set(['sanction', 'sanctions', 'terrorist', 'terrorists', 'terrorism']);

// Sanctions authorities named as the designator: "the Office of Financial Sanctions Implementation designated two
// Iranian shipping firms", "OFAC designated 17 entities", "the Treasury designated the three RSF commanders".
const AUTHORITIES = new Set(['ofac', 'ofsi', 'treasury', 'sanctions']);
// How far before the verb its designator is read (within the clause).
const AUTHORITY_REACH = 12;

/**
 * Whether the designation whose pattern ends at `from` is a sanction: grounds ("for" + -ing), an authority ("under"), a
 * sanctions word; or a sanctions authority as its designator, before the verb at `verb`; never an "as".
 */
export function designatesForSanction(tokens: Token[], from: number, verb: number): boolean {
  let grounds = false;
  for (let k = from; k < tokens.length && k < from + GROUNDS_REACH && !CLAUSE_ENDS.has(tokens[k]!.norm); k++) {
    const w = tokens[k]!.norm;
    if (w === 'as') return false;
    if (SANCTION_WORDS.has(w) || w === 'under' || (w === 'for' && /^[a-z]+ing$/.test(tokens[k + 1]?.text ?? ''))) grounds = true;
  }
  if (grounds) return true;
  for (let k = verb - 1; k >= 0 && k >= verb - AUTHORITY_REACH && !CLAUSE_ENDS.has(tokens[k]!.norm); k--) if (AUTHORITIES.has(tokens[k]!.norm)) return true;
  return false;
}
