import type { Token } from '../text/tokenizer.ts';
import type { Actor } from '../../model/diplomatic-event.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import { coordinatedAfter } from './coordination.ts';

/**
 * The parties a condition is about: the subject of an "if" or "unless" clause in the sentence ("If Baku and Ashgabat
 * start construction …", "… if Finland allowed NATO bases on its soil"), each member of a coordinated subject, other
 * than the speaker's own state. A threat made on that condition is aimed at them (CAMEO 13x).
 */
const CONDITIONS = new Set(['if', 'unless']);
// How far after "if" its subject may start ("if the Finnish government", "if, as expected, Kyiv …").
const SUBJECT_WITHIN = 3;

export function conditionParties(tokens: Token[], mentions: ResolvedMention[], source: string, trigger: number): Actor[] {
  const at = conditionOf(tokens, trigger);
  if (at < 0) return [];
  const first = mentions.find((r) => r.mention.start > at && r.mention.start <= at + SUBJECT_WITHIN && !r.mention.prep && !r.mention.pronoun && r.actor);
  if (!first) return [];
  const out: Actor[] = [];
  for (const r of [first, ...coordinatedAfter(tokens, mentions, first)]) {
    if (r.actor!.country !== source && !out.some((a) => a.country === r.actor!.country)) out.push(r.actor!);
  }
  return out;
}

/**
 * The "if" of the threat's own condition: one right after it in its clause ("will take all measures if Finland …"), or
 * one that opens the sentence before it ('"If Baku and Ashgabat start construction, Russia will …'). -1 when none.
 */
function conditionOf(tokens: Token[], trigger: number): number {
  for (let k = trigger + 1; k < tokens.length && k <= trigger + AFTER_WITHIN; k++) {
    if (CONDITIONS.has(tokens[k]!.norm)) return k;
    if (CLAUSE_BREAKS.has(tokens[k]!.norm)) break;
  }
  const opener = tokens.findIndex((t) => t.norm !== '"' && t.norm !== "'");
  return opener >= 0 && opener < trigger && CONDITIONS.has(tokens[opener]!.norm) ? opener : -1;
}
// How far after the threat its condition may follow, and what ends the threat's clause before it.
const AFTER_WITHIN = 12;
const CLAUSE_BREAKS = new Set([';', '.', 'but', 'while', 'and']);
