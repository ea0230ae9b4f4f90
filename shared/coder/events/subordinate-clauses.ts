import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import { coordinatedSubjectEnd, opensClause } from './clauses.ts';

/**
 * Words that are prepositions before a noun ("after the talks") and conjunctions before a clause ("before Malaysia
 * brokered a ceasefire", "a day after the South, the United States and Japan staged an exercise").
 */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'because', 'although', 'though', 'once']);

/**
 * Token indexes of the subordinating words that open a clause with a subject of its own: a party after one, with a
 * verb of speech or a past tense next (past a coordinated list of subjects). An argument search that starts before
 * one stops there, as at a coordinated clause ("fought a war … before Malaysia brokered a ceasefire": Malaysia is
 * no party to the war; the clause's own verb finds its subject through the conjunction, argument-selector.ts).
 */
export function subordinateClauseStarts(tokens: Token[], mentions: readonly ResolvedMention[]): number[] {
  const out: number[] = [];
  for (const r of mentions) {
    const m = r.mention;
    if (!m.prep || !SUBORDINATORS.has(m.prep) || m.possessive || !(r.actor || r.pair)) continue;
    const c = m.start - (tokens[m.start - 1]?.norm === 'the' ? 2 : 1);
    if (tokens[c]?.norm === m.prep && opensClause(tokens, coordinatedSubjectEnd(tokens, mentions, m.end))) out.push(c);
  }
  return out;
}
