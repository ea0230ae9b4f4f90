import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';

/**
 * A deployment that helps the state it goes to: "whose troops have been deployed in South Sudan at Juba's request",
 * "deployed in South Kivu to support the Congolese army", "deployed the Typhon to northern Luzon for joint exercises
 * with Philippine forces", "deployed troops to Somalia under the AU mission". It is military assistance to that state
 * (074), not a show of force aimed at it (154). What says so follows the deployment in its own clause and names the
 * host: its request, support for it, joint work with it; or the deployment is made under a (peacekeeping) mission.
 * A request by someone else ("despite Kyiv's request to pull them back"), a mission of one's own ("on a
 * counter-narcotics mission") or joint drills with a third state are none of these.
 */
// "to support the Congolese army", "to help Vanuatu", "in support of"
const SUPPORT_VERBS = new Set(['support', 'help', 'assist', 'reinforce', 'bolster', 'protect', 'train', 'defend']);
// The clause ends at these: what comes after is another clause's.
const CLAUSE_ENDS = new Set([';', '.', ':', 'which', 'while', 'but', 'who', 'whose', 'despite', 'although']);
// How far after the deployment its purpose is looked for, and after a purpose word its host.
const WINDOW = 14;
const NEAR = 4;

export function supportsHost(tokens: Token[], mentions: ResolvedMention[], from: number, until: number, host: string): boolean {
  const end = Math.min(until, from + WINDOW);
  const hostWithin = (a: number, b: number) => mentions.some((r) => r.actor?.country === host && r.mention.start >= a && r.mention.start < b);
  // ("at President Salva Kiir's request": a possessor ending right before it)
  const hostEndsBefore = (k: number) => mentions.some((r) => r.actor?.country === host && r.mention.end >= k - 2 && r.mention.end <= k);
  for (let k = from; k < end; k++) {
    const w = tokens[k]!.norm;
    if (CLAUSE_ENDS.has(w) || (w === ',' && tokens[k + 1]?.norm === 'and')) return false;
    // "at Juba's request", "at the request of the Somali government", "following a request from Benin"
    if (w === 'request' && (hostEndsBefore(k) || (['of', 'from'].includes(tokens[k + 1]?.norm ?? '') && hostWithin(k + 1, k + 1 + NEAR)))) return true;
    if ((w === 'to' || w === 'of') && SUPPORT_VERBS.has(tokens[k + 1]?.norm ?? '') && hostWithin(k + 2, k + 2 + NEAR)) return true;
    // "to fight alongside Congolese forces", "for joint exercises with Philippine forces"
    if (w === 'alongside' && hostWithin(k + 1, k + 1 + NEAR)) return true;
    if (w === 'joint' && tokens.slice(k + 1, k + 4).some((t) => t.norm === 'with') && hostWithin(k + 2, k + 2 + NEAR)) return true;
    // "under the African Union mission", "under a UN peacekeeping mandate"
    if (w === 'under' && tokens.slice(k + 1, k + 6).some((t) => t.norm === 'mission' || t.norm === 'mandate' || t.norm === 'peacekeeping')) return true;
  }
  return false;
}

// What a deployment is when it keeps or watches a peace: peacekeepers, a monitoring or stabilisation mission.
const PEACEKEEPING = new Set(['peacekeepers', 'peacekeeping', 'monitors', 'observers', 'monitoring', 'stabilization', 'stabilisation']);
// How far before the verb its subject's words are read ("Some 2,000 Russian peacekeepers deploy to …").
const SUBJECT_REACH = 6;

/**
 * A deployment of peacekeepers or monitors ("Some 2,000 Russian peacekeepers deploy to Karabakh", "The EU deploys a
 * civilian monitoring mission on Armenia's side of the border"): peacekeeping (074) for the state it goes to, no show of
 * force. Read in the deployment's own clause, from its subject to its object.
 */
export function deploysPeacekeepers(tokens: Token[], head: number, headEnd: number, until: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - SUBJECT_REACH; k--) {
    const w = tokens[k]!.norm;
    if (CLAUSE_ENDS.has(w) || w === ',') break;
    if (PEACEKEEPING.has(w)) return true;
  }
  for (let k = headEnd; k < Math.min(until, headEnd + NEAR + 2); k++) {
    const w = tokens[k]!.norm;
    if (CLAUSE_ENDS.has(w) || w === ',') break;
    if (PEACEKEEPING.has(w)) return true;
  }
  return false;
}
