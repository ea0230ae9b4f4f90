import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import { opensClause } from './clauses.ts';

/**
 * A coordinated noun phrase is one argument with several members: "Argentina, Chile and Peru", "by Brazil,
 * Argentina and Chile", "India and Pakistan". Given its first member, the others that follow it joined by
 * commas, "and" or "as well as", each a placed actor. A frame applied to the phrase yields one event per member.
 */
const JOINERS = new Set(['and', ',', 'the', 'as', 'well', 'also']);

export function coordinatedAfter(tokens: Token[], mentions: ResolvedMention[], first: ResolvedMention): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let end = first.mention.end;
  for (const r of mentions) {
    if (r.mention.start < end) continue;
    const gap = tokens.slice(end, r.mention.start).map((t) => t.norm);
    const joined =
      gap.length > 0 &&
      gap.length <= 3 &&
      gap.every((w) => JOINERS.has(w)) &&
      (gap.includes('and') || gap.includes(',') || gap.join(' ').includes('as well as'));
    if (!joined || !r.actor || r.mention.pronoun) break;
    // "backed Vilnius, and the European Commission said …", "attacked Ukraine and France condemned …": a party followed by
    // its own verb opens a clause
    if (opensClause(tokens, r.mention.end)) break;
    out.push(r);
    end = r.mention.end;
  }
  return out;
}
