import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import type { Actor } from '../../model/diplomatic-event.ts';
import type { SentenceEvent } from './plan.ts';
import { EXERCISE_WORDS } from './event-assembler.ts';

/**
 * An exercise whose participants are the object of its verb: "The three-day Freedom Edge exercise, which began
 * Sunday, involved a U.S. aircraft carrier, South Korean and Japanese destroyers", "a drill involving troops from
 * Kenya, Uganda and Rwanda". The states taking part cooperate militarily (062), each with each, as when they are the
 * exercise's subject ("Japan, the United States and the Philippines held a joint exercise": event-assembler.ts).
 */
const INVOLVE = new Set(['involved', 'involves', 'involve', 'involving', 'featured', 'features', 'featuring']);
// What ends the list of participants: another clause.
const CLAUSE_OPENERS = new Set(['and', 'which', 'while', 'but', 'who', 'where', 'as']);
// Participants are named bare or as where troops come from ("troops from Kenya"), not as where the exercise is held.
const PARTICIPANT_PREPS = new Set(['from', 'of']);
const FUTURE = new Set(['will', 'would', 'shall']);
// Pairs grow with the square of the list: a long list is a multinational exercise, not pairwise cooperation worth a
// code each (and a crafted list of every state would be tens of thousands of events).
const MOST_PARTICIPANTS = 8;

export function exerciseParticipants(tokens: Token[], mentions: ResolvedMention[], coded: readonly SentenceEvent[]): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  for (let v = 1; v < tokens.length; v++) {
    if (tokens[v]!.norm === 'joined' && tokens[v + 1]?.norm === 'by') {
      out.push(...joinedForExercise(tokens, mentions, coded, v));
      continue;
    }
    if (!INVOLVE.has(tokens[v]!.norm) || !exerciseBefore(tokens, v)) continue;
    const end = listEnd(tokens, v + 1);
    const parties: Actor[] = [];
    for (const r of mentions) {
      if (r.mention.start <= v || r.mention.start >= end || !r.actor || r.mention.pronoun) continue;
      if (r.mention.prep !== null && !PARTICIPANT_PREPS.has(r.mention.prep)) continue;
      if (!parties.some((p) => p.country === r.actor!.country)) parties.push(r.actor);
    }
    if (parties.length > MOST_PARTICIPANTS) continue;
    const modality = FUTURE.has(tokens[v - 1]?.norm ?? '') ? 'planned' : 'asserted';
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = [parties[i]!, parties[j]!];
        const pair = (e: SentenceEvent) => e.code === '062' && [e.source.country, e.target?.country].sort().join() === [a.country, b.country].sort().join();
        if (coded.some(pair) || out.some(pair)) continue;
        out.push({ code: '062', source: a, target: b, modality, triggerStart: v, triggerEnd: v + 1, location: null, confidence: 0.5 });
      }
    }
  }
  return out;
}

/**
 * "Danish forces were joined by troops from France, Germany and Norway for the Arctic Light exercise": the subject
 * exercises with each party it is joined by (not those parties with each other: the text pairs them with the subject).
 */
function joinedForExercise(tokens: Token[], mentions: ResolvedMention[], coded: readonly SentenceEvent[], v: number): SentenceEvent[] {
  if (!PASSIVE.has(tokens[v - 1]?.norm ?? '')) return [];
  const end = listEnd(tokens, v + 2);
  if (!tokens.slice(v + 2, end).some((t) => EXERCISE_WORDS.has(t.norm) && !VAGUE.has(t.norm))) return [];
  const subject = mentions.findLast((r) => r.mention.end <= v - 1 && r.mention.end >= v - 2 && r.actor && !r.mention.prep);
  if (!subject?.actor) return [];
  const out: SentenceEvent[] = [];
  for (const r of mentions) {
    if (r.mention.start <= v || r.mention.start >= end || !r.actor || r.mention.pronoun) continue;
    if (r.mention.prep !== null && r.mention.prep !== 'by' && !PARTICIPANT_PREPS.has(r.mention.prep)) continue;
    const other = r.actor;
    if (other.country === subject.actor.country || out.some((e) => e.target?.country === other.country)) continue;
    if (coded.some((e) => e.code === '062' && [e.source.country, e.target?.country].includes(other.country))) continue;
    out.push({ code: '062', source: subject.actor, target: other, modality: 'asserted', triggerStart: v, triggerEnd: v + 2, location: null, confidence: 0.5 });
    if (out.length >= MOST_PARTICIPANTS) break;
  }
  return out;
}
const PASSIVE = new Set(['was', 'were', 'been', 'be', 'are', 'is']);

/** An exercise noun heads the subject of the verb at `v`, past a relative aside between commas ("exercise, which began Sunday,"). */
function exerciseBefore(tokens: Token[], v: number): boolean {
  let k = v - 1;
  if (FUTURE.has(tokens[k]?.norm ?? '')) k--;
  if (tokens[k]?.norm === ',') {
    // back over ", which … ," to the comma that opens it (a short aside only)
    const open = tokens.findLastIndex((t, i) => i < k && i >= k - 12 && t.norm === ',');
    if (open < 0 || !['which', 'that'].includes(tokens[open + 1]?.norm ?? '')) return false;
    k = open - 1;
  }
  const noun = tokens[k]?.norm ?? '';
  // ("games" and "activity" only as "war games", "cooperative activity": not the Olympic games)
  return EXERCISE_WORDS.has(noun) && (!VAGUE.has(noun) || ['war', 'cooperative'].includes(tokens[k - 1]?.norm ?? ''));
}
const VAGUE = new Set(['games', 'activity']);

/** Where the object list after the verb ends: the sentence's end, a semicolon, or a comma that opens another clause. */
function listEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    if (w === ';' || w === '.' || w === ':') return k;
    if (w === ',' && CLAUSE_OPENERS.has(tokens[k + 1]?.norm ?? '')) return k;
  }
  return tokens.length;
}
