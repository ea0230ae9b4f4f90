import type { Actor } from '../../model/diplomatic-event.ts';
import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import { isLyAdverb } from '../text/adverbs.ts';
import type { SentenceEvent } from './plan.ts';
import { REACTION_ROOTS } from './event-reference.ts';

/**
 * A deed named again in apposition to the clause that tells it: "The EU suspended budget support to Rwanda, a move
 * Kigali described as 'unfair'", "the IMF approved a disbursement to Pakistan, a decision New Delhi criticised",
 * "…, a step welcomed by Kyiv". The noun stands for the main clause's deed, so what its relative clause does to the
 * noun (criticising it, welcoming it, denying it) is aimed at whoever did that deed, not at a party named inside it.
 */
const APPOSITIVE_NOUNS = new Set([
  'move',
  'step',
  'decision',
  'measure',
  'action',
  'gesture',
  'announcement',
  'ruling',
  'charge',
  'claim',
  'accusation',
  'allegation',
]);
const OPENERS = new Set([',', '—', '–']);
const DETERMINERS = new Set(['a', 'an', 'one']);
// what may stand between the noun and the relative clause's verb besides its subject
const RELATIVE_WORDS = new Set(['that', 'which', 'has', 'have', 'had', 'was', 'were', 'is', 'also', 'since', 'swiftly', 'quickly', 'later']);
const REACH = 14;

/** The comma that opens the appositive deed whose relative clause holds token `head`, or -1. */
export function appositiveDeedComma(tokens: Token[], mentions: readonly ResolvedMention[], head: number): number {
  const mentionEndingAt = (end: number) => mentions.find((r) => r.mention.end === end);
  let i = head - 1;
  // back over the relative clause: its subject, auxiliaries and adverbs ("a step Rwanda's Foreign Minister Olivier
  // Nduhungirehe called", "a move that was swiftly welcomed")
  while (i > 0 && i >= head - REACH) {
    const m = mentionEndingAt(i + 1);
    if (m && !m.mention.prep) i = m.mention.start - (tokens[m.mention.start - 1]?.norm === 'the' ? 2 : 1);
    else if (RELATIVE_WORDS.has(tokens[i]!.norm) || isLyAdverb(tokens[i]!.norm)) i--;
    else break;
  }
  if (!APPOSITIVE_NOUNS.has(tokens[i]?.norm ?? '')) return -1;
  // ", a move", ", a rare move", ", a decision" (two words of description at most)
  for (let d = i - 1; d >= 1 && d >= i - 3; d--) {
    if (DETERMINERS.has(tokens[d]!.norm)) return OPENERS.has(tokens[d - 1]!.norm) ? d - 1 : -1;
    if (!/^[a-z-]+$/.test(tokens[d]!.text)) return -1;
  }
  return -1;
}

/** Whoever did the deed the appositive noun before `head` names: the source of the first event told before it. */
export function appositiveDeedDoer(
  tokens: Token[],
  mentions: readonly ResolvedMention[],
  coded: readonly SentenceEvent[],
  head: number,
  reactor: Actor,
): Actor | null {
  const comma = appositiveDeedComma(tokens, mentions, head);
  if (comma < 0) return null;
  return coded.find((e) => e.triggerStart < comma && e.source.country !== reactor.country)?.source ?? null;
}

// The acts whose object an appositive deed can be: reactions and statements, and protest ("a move protested by …").
const ACTS_ON_DEEDS: ReadonlySet<string> = new Set([...REACTION_ROOTS, '14']);

/** Reactions in an appositive deed's relative clause, aimed at the deed's doer ("…, a decision New Delhi criticised"). */
export function aimedAtAppositiveDeeds(tokens: Token[], mentions: readonly ResolvedMention[], events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((e) => {
    if (!ACTS_ON_DEEDS.has(e.code.slice(0, 2))) return e;
    const doer = appositiveDeedDoer(tokens, mentions, events, e.triggerStart, e.source);
    return doer && doer.country !== e.target?.country ? { ...e, target: doer } : e;
  });
}
