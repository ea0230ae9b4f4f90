import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import type { Actor, Modality } from '../../model/diplomatic-event.ts';
import type { SentenceEvent } from './plan.ts';
import { EXERCISE_WORDS } from '../lexicon/exercises.ts';
import { coordinatedAfter } from './coordination.ts';
import { BE_FORMS, FUTURE_MODALS } from '../text/function-words.ts';

/**
 * An exercise whose participants are the object of its verb: "The three-day Freedom Edge exercise, which began
 * Sunday, involved a U.S. aircraft carrier, South Korean and Japanese destroyers", "a drill involving troops from
 * Kenya, Uganda and Rwanda"; or a subject "joined by" parties for it ("Danish forces were joined by troops from France,
 * Germany and Norway for the Arctic Light exercise"). The states taking part cooperate militarily (062), as when they
 * are the exercise's subject ("Japan, the United States and the Philippines held a joint exercise": event-assembler.ts).
 * The participants are one coordinated list right after the verb (coordination.ts): what follows the list ("and drew a
 * protest from North Korea", "practising the seizure of an island from China") is another clause's.
 */
const INVOLVE = new Set(['involved', 'involves', 'involve', 'involving', 'featured', 'features', 'featuring']);
// A participant named as where troops come from ("troops from Kenya"), not as what the drill is about.
const FORCE_NOUNS = new Set([
  ...['troops', 'soldiers', 'forces', 'personnel', 'sailors', 'marines', 'airmen', 'units', 'contingents', 'battalions'],
  ...['officers', 'teams', 'navies', 'warships', 'ships', 'vessels', 'frigates', 'destroyers', 'submarines', 'aircraft'],
  ...['jets', 'warplanes', 'planes', 'helicopters'],
]);
// "a planned drill involving …", "the upcoming exercise": announced, not held
const ANNOUNCED = new Set(['planned', 'proposed', 'upcoming', 'scheduled']);
// What a subject is joined by a list "for": the exercise ("for the Arctic Light exercise", "in the drills")
const FOR_EXERCISE = new Set(['for', 'in', 'during']);
// Pairs grow with the square of the list: a long list is a multinational exercise, not pairwise cooperation worth a
// code each (and a crafted list of every state would be tens of thousands of events).
const MOST_PARTICIPANTS = 8;
// How far a participant list may start after its verb ("involved a U.S. aircraft carrier", "involving troops from X").
const LIST_START = 4;

export function exerciseParticipants(tokens: Token[], mentions: ResolvedMention[], coded: readonly SentenceEvent[]): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  const add = (a: Actor, b: Actor, modality: Modality, v: number, end: number) => {
    const pair = (e: SentenceEvent) => e.code === '062' && [e.source.country, e.target?.country].sort().join() === [a.country, b.country].sort().join();
    if (a.country === b.country || coded.some(pair) || out.some(pair)) return;
    out.push({ code: '062', source: a, target: b, modality, triggerStart: v, triggerEnd: end, location: null, confidence: 0.5 });
  };
  for (let v = 1; v < tokens.length; v++) {
    const hosted = hostedExercise(tokens, mentions, v);
    if (hosted) {
      const modality = FUTURE_MODALS.has(tokens[v - 1]?.norm ?? '') || FUTURE_MODALS.has(tokens[v - 2]?.norm ?? '') ? 'planned' : 'asserted';
      for (const r of hosted.participants) add(hosted.host, r.actor!, modality, v, v + 1);
      continue;
    }
    const joined = tokens[v]!.norm === 'joined' && tokens[v + 1]?.norm === 'by' && BE_FORMS.has(tokens[v - 1]?.norm ?? '');
    const exercise = joined ? -1 : exerciseBefore(tokens, v);
    if (!joined && (!INVOLVE.has(tokens[v]!.norm) || exercise < 0)) continue;
    const list = participantList(tokens, mentions, joined ? v + 1 : v);
    if (list.length === 0 || list.length > MOST_PARTICIPANTS) continue;
    if (joined) {
      // (joined for the exercise named right after the list, not "joined by Poland in condemning the exercise")
      const after = list[list.length - 1]!.mention.end;
      const phrase = tokens.slice(after, after + 3).findIndex((t) => FOR_EXERCISE.has(t.norm));
      if (phrase < 0 || !tokens.slice(after + phrase + 1, after + phrase + 7).some((t) => EXERCISE_WORDS.has(t.norm) && !VAGUE.has(t.norm))) continue;
      const subject = mentions.findLast((r) => r.mention.end <= v - 1 && r.mention.end >= v - 2 && r.actor && !r.mention.prep);
      const modality = FUTURE_MODALS.has(tokens[v - 3]?.norm ?? '') ? 'planned' : 'asserted';
      if (subject?.actor) for (const r of list) add(subject.actor, r.actor!, modality, v, v + 2);
      continue;
    }
    const planned = FUTURE_MODALS.has(tokens[v - 1]?.norm ?? '') || tokens.slice(Math.max(0, exercise - 3), exercise).some((t) => ANNOUNCED.has(t.norm));
    const parties = list.map((r) => r.actor!);
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) add(parties[i]!, parties[j]!, planned ? 'planned' : 'asserted', v, v + 1);
  }
  return out;
}

/**
 * A state hosting an exercise that others take part in: "Croatia hosts a NATO exercise in which some 3,000 troops from
 * the United States, Albania and Slovenia are training", "Norway is hosting the exercise in Finnmark, with the
 * participation of troops from …". The host cooperates militarily with each participant (062); the participants are
 * troops or ships "from" the states listed later in the same clause (before a full stop, semicolon or colon).
 */
function hostedExercise(tokens: Token[], mentions: ResolvedMention[], v: number): { host: Actor; participants: ResolvedMention[] } | null {
  if (!HOST_FORMS.has(tokens[v]!.norm)) return null;
  const noun = tokens.findIndex((t, i) => i > v && i <= v + HOST_OBJECT_REACH && EXERCISE_WORDS.has(t.norm) && !VAGUE.has(t.norm));
  if (noun < 0) return null;
  // (the subject, also after a conjunction: "The row comes as Croatia hosts …")
  const host = mentions.findLast(
    (r) => r.mention.end <= v && r.mention.end >= v - 2 && r.actor && (!r.mention.prep || r.mention.prep === 'as') && !r.mention.pronoun,
  );
  if (!host?.actor) return null;
  let clauseEnd = tokens.findIndex((t, i) => i > noun && CLAUSE_ENDS.has(t.norm));
  if (clauseEnd < 0) clauseEnd = tokens.length;
  // ("…, but troops from Finland and Sweden did not take part": no one takes part in a negated clause)
  if (tokens.slice(noun + 1, clauseEnd).some((t) => NEGATIONS.has(t.norm))) return null;
  const first = mentions.find(
    (r) =>
      r.mention.start > noun &&
      r.mention.start < clauseEnd &&
      r.actor &&
      !r.mention.pronoun &&
      // "troops from the United States", read as one mention or as a force noun and a state after "from"
      ((r.mention.prep === 'from' && FORCE_NOUNS.has(tokens[r.mention.start - 2]?.norm ?? '')) ||
        (FORCE_NOUNS.has(tokens[r.mention.start]!.norm) && tokens[r.mention.start + 1]?.norm === 'from')),
  );
  if (!first) return null;
  const participants = [first, ...coordinatedAfter(tokens, mentions, first)].filter((r) => r.actor!.country !== host.actor!.country);
  return participants.length > 0 && participants.length <= MOST_PARTICIPANTS ? { host: host.actor, participants } : null;
}
const HOST_FORMS = new Set(['host', 'hosts', 'hosted', 'hosting']);
// "hosts a NATO exercise", "is hosting the annual Arctic Shield exercise"
const HOST_OBJECT_REACH = 5;
// The end of the host's clause: a full stop, or a conjunction that opens another ("…, days after Russia withdrew troops
// from Belarus", "…, but …", "while …").
const CLAUSE_ENDS = new Set(['.', ';', ':', 'but', 'while', 'whereas', 'although', 'though', 'after', 'before', 'since', 'when', 'until']);
const NEGATIONS = new Set(['not', 'never', "n't", 'no']);

/** The coordinated list of placed parties that opens within a few words after `v` ("a U.S. carrier, South Korean and Japanese destroyers"). */
function participantList(tokens: Token[], mentions: ResolvedMention[], v: number): ResolvedMention[] {
  const first = mentions.find((r) => r.mention.start > v && r.mention.start <= v + LIST_START && r.actor && !r.mention.pronoun);
  if (!first) return [];
  const prep = first.mention.prep;
  if (prep !== null && prep !== 'by' && !((prep === 'from' || prep === 'of') && FORCE_NOUNS.has(tokens[first.mention.start - 2]?.norm ?? ''))) return [];
  const members = [first, ...coordinatedAfter(tokens, mentions, first)];
  return members.filter((r, i) => members.findIndex((x) => x.actor!.country === r.actor!.country) === i);
}

/**
 * Where the exercise noun heads the subject of the verb at `v`, past a relative aside between commas ("exercise, which
 * began Sunday,"), or -1.
 */
function exerciseBefore(tokens: Token[], v: number): number {
  let k = v - 1;
  if (FUTURE_MODALS.has(tokens[k]?.norm ?? '')) k--;
  if (tokens[k]?.norm === ',') {
    // back over ", which … ," to the comma that opens it (a short aside only)
    const open = tokens.findLastIndex((t, i) => i < k && i >= k - 12 && t.norm === ',');
    if (open < 0 || !['which', 'that'].includes(tokens[open + 1]?.norm ?? '')) return -1;
    k = open - 1;
  }
  const noun = tokens[k]?.norm ?? '';
  // ("games" and "activity" only as "war games", "cooperative activity": not the Olympic games)
  return EXERCISE_WORDS.has(noun) && (!VAGUE.has(noun) || ['war', 'cooperative'].includes(tokens[k - 1]?.norm ?? '')) ? k : -1;
}
const VAGUE = new Set(['games', 'activity']);
