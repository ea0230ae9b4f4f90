import type { Token } from '../text/tokenizer.ts';

/**
 * A deployment that helps the state it goes to: "deployed troops to Somalia under the AU mission", "whose troops have
 * been deployed in South Sudan at Juba's request", "deployed the Typhon to northern Luzon for joint exercises with
 * Philippine forces". It is military assistance to that state (074), not a show of force aimed at it (154). What says
 * so follows the deployment in its own clause: a request by the host, a purpose of support, a mission or joint work.
 */
const SUPPORT = new Set(['alongside', 'peacekeeping', 'mission', 'contingent', 'joint']);
// "to support", "to help", "in support of", "to assist", "to reinforce" the host's forces
const SUPPORT_VERBS = new Set(['support', 'help', 'assist', 'reinforce', 'bolster', 'protect', 'train']);
// The clause ends at these: what comes after is another clause's.
const CLAUSE_ENDS = new Set([';', '.', ':', 'which', 'while', 'but', 'who', 'whose']);
// How far after the deployment its purpose is looked for.
const WINDOW = 14;

export function supportsHost(tokens: Token[], from: number, until: number): boolean {
  const end = Math.min(until, from + WINDOW);
  for (let k = from; k < end; k++) {
    const w = tokens[k]!.norm;
    if (CLAUSE_ENDS.has(w) || (w === ',' && tokens[k + 1]?.norm === 'and')) return false;
    if (SUPPORT.has(w) || w === 'request') return true;
    if ((w === 'to' || w === 'of') && SUPPORT_VERBS.has(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}
