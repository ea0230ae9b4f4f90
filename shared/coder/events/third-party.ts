import type { Token } from '../text/tokenizer.ts';
import type { Mention } from '../actors/mention-finder.ts';

// What a party named after "with" does there to be a third party: "with Saudi Arabia facilitating", "with Norway acting as
// a guarantor", "with UAE Minister of State al-Marar acting as host".
const MEDIATING = new Set(['facilitating', 'mediating', 'brokering']);
const THIRD_PARTY_ROLES = new Set(['guarantor', 'guarantors', 'mediator', 'mediators', 'facilitator', 'facilitators', 'broker', 'host']);

/**
 * After a party ending at `end`: "facilitating", "acting as (a) host / mediator / guarantor". Such a party stands beside
 * the act as its third party (GOLD-FORMAT rule 10), never as the act's other side.
 */
export function actsAsThirdParty(tokens: Token[], end: number): boolean {
  const after = (k: number) => tokens[end + k]?.norm ?? '';
  if (MEDIATING.has(after(0))) return true;
  const article = ['a', 'an', 'the'].includes(after(2)) ? 1 : 0;
  return after(0) === 'acting' && after(1) === 'as' && THIRD_PARTY_ROLES.has(after(2 + article));
}

/** A party named with "with" that stands beside the act as its third party ("with Norway acting as a guarantor"). */
export function isThirdPartyWith(tokens: Token[], m: Mention): boolean {
  return m.prep === 'with' && actsAsThirdParty(tokens, m.end);
}
