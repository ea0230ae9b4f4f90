import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import { isLyAdverb } from '../text/adverbs.ts';

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
    // "under the African Union mission", "under a UN peacekeeping mandate", "under the UN-authorised Gang Suppression
    // Force", "as part of NATO's Forward Land Forces" (not "as part of a show of force")
    if ((w === 'under' || (w === 'part' && tokens[k - 1]?.norm === 'as' && tokens[k + 1]?.norm === 'of')) && missionWithin(tokens, k + 1)) return true;
  }
  return false;
}

// What a deployment is made under: a mission or a mandate; a force or an operation only when it is a multinational
// one ("the UN-authorised Gang Suppression Force", "NATO's Forward Land Forces"), never a state's own ("its special
// military operation", "Operation Sindoor", "the command of its special forces").
const MANDATES = new Set(['mission', 'mandate', 'peacekeeping']);
const FORCES = new Set(['force', 'forces', 'operation']);
const MULTINATIONAL = new Set([
  'un',
  'nato',
  'au',
  'eu',
  'ecowas',
  'sadc',
  'african',
  'multinational',
  'international',
  'peacekeeping',
  'stabilisation',
  'stabilization',
]);

/**
 * A mission, a mandate or a multinational force within eight words from `from` (a name may run long: "the
 * UN-authorised Gang Suppression Force"); a force "of" something is no mission ("a show of force"), and one "against"
 * someone is no help to anyone.
 */
function missionWithin(tokens: Token[], from: number): boolean {
  let multinational = false;
  for (let j = from; j < from + 8 && j < tokens.length; j++) {
    const w = tokens[j]!.norm;
    if (w === 'against') return false;
    if (MULTINATIONAL.has(w)) multinational = true;
    if (tokens[j - 1]?.norm === 'of') continue;
    if (MANDATES.has(w) || (FORCES.has(w) && multinational)) return true;
  }
  return false;
}

// The forces that keep or watch a peace, and what a mission of them is called ("a civilian monitoring mission").
const PEACEKEEPERS = new Set(['peacekeepers', 'monitors', 'observers']);
const PEACEKEEPING = new Set(['peacekeeping', 'monitoring', 'observer', 'stabilization', 'stabilisation']);
const MISSION = new Set(['mission', 'force', 'forces', 'contingent', 'contingents', 'troops', 'soldiers', 'units', 'personnel', 'battalion', 'battalions']);
// Words of the verb group between the deployed force and its verb ("peacekeepers were deployed", "have now deployed").
const VERB_GROUP = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'will', 'would', 'now', 'also', 'began', 'to']);
// How far into the object its head noun is looked for ("a civilian monitoring mission (EUMA)").
const OBJECT_REACH = 5;

/** The words at k name a peacekeeping force: "peacekeepers", or "monitoring mission", "peacekeeping troops". */
function peacekeepersAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? '';
  return PEACEKEEPERS.has(w) || (MISSION.has(w) && PEACEKEEPING.has(tokens[k - 1]?.norm ?? ''));
}

/**
 * A deployment of peacekeepers or monitors ("Some 2,000 Russian peacekeepers deploy to Karabakh", "The EU deploys a
 * civilian monitoring mission on Armenia's side of the border"): peacekeeping (074) for the state it goes to, no show of
 * force. The force is the verb's own subject, right before its verb group, or the head of its object; not a party
 * named near it ("OSCE monitors reported that Russia deployed …", "deployed tanks near UN peacekeepers", "deployed
 * monitoring ships").
 */
export function deploysPeacekeepers(tokens: Token[], head: number, headEnd: number, until: number): boolean {
  let k = head - 1;
  while (k >= 0 && (VERB_GROUP.has(tokens[k]!.norm) || isLyAdverb(tokens[k]!.norm))) k--;
  if (k >= 0 && peacekeepersAt(tokens, k)) return true;
  for (let j = headEnd; j < Math.min(until, headEnd + OBJECT_REACH); j++) {
    const w = tokens[j]!.norm;
    if (peacekeepersAt(tokens, j)) return true;
    // (the object's head comes before any preposition or clause: "near UN peacekeepers" is where, not what)
    if (!/^[a-z\d]/.test(w) || ['to', 'in', 'near', 'on', 'at', 'into', 'along', 'around', 'across'].includes(w)) return false;
  }
  return false;
}
