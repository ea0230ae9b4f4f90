import type { Token } from '../text/tokenizer.ts';
import { isLyAdverb } from '../text/adverbs.ts';
import type { VerbFormKind } from './action-lexicon.ts';
import { AUX, VERBAL_LEFT, type ActorPositions } from './action-matcher.ts';

/**
 * The frame of "call": a party called with nothing said of it is a phone call ("Macron calls Pezeshkian", "called the PM
 * this morning", "called Putin to discuss the war", `@alone` in the patterns), a party called something is named ("called
 * Putin a war criminal"), and a party called to do something is appealed to ("China called the United States to stop
 * arms sales", as translated copy writes "called on"). The matcher asks these when a pattern of "call" matches.
 */

// What may follow a party that closes its verb's clause: the clause's end, a time phrase, what the act was about (a comma
// only before an attribution, an infinitive only of what is said on a call: closesClause)
const CLAUSE_CLOSERS = new Set(['.', ';', ':', 'on', 'this', 'yesterday', 'today', 'tonight', 'late', 'early', 'earlier', 'last', 'about', 'over', 'after']);

/**
 * A party, an auxiliary or an adverb stands right before the verb at `i`: it has a subject of its own (not a thing
 * introduced with "a", which the participle names: "a small town called Pokrovsk").
 */
export function subjectBefore(tokens: Token[], i: number, actors: ActorPositions): boolean {
  const prev = tokens[i - 1];
  const start = actors.endsBefore.get(i);
  // (a party introduced with "a" names itself: "An Iranian envoy called …"; a thing does not: "a small town called …")
  if (start !== undefined) return !['a', 'an'].includes(tokens[start - 1]?.norm ?? '') || tokens.slice(start, i).some((t) => t.cap);
  // ("Putin himself called …", "Starmer, in London, called …")
  return prev !== undefined && (AUX.has(prev.norm) || VERBAL_LEFT.has(prev.norm) || isLyAdverb(prev.norm) || SUBJECT_TAILS.has(prev.norm));
}

// What may end a subject's phrase right before its verb.
const SUBJECT_TAILS = new Set(['himself', 'herself', 'itself', 'themselves', ',']);

/**
 * The party whose mention starts at `start` closes its verb's clause (`@alone`): "called the PM this morning". (It is
 * the verb's object, right after it: the caller matches it so.)
 */
export function closesClause(tokens: Token[], start: number, actors: ActorPositions): boolean {
  let end = start + 1;
  // ("called Putin a war criminal": a name and what it is called, read as one party, close nothing)
  while (actors.covered?.has(end) && !actors.starts.has(end)) if (['a', 'an'].includes(tokens[end++]!.norm)) return false;
  const next = tokens[end];
  if (next === undefined || CLAUSE_CLOSERS.has(next.norm)) return true;
  // "called Putin to discuss the war", "to congratulate him": what a caller says on the call (not "called X to stop …",
  // an appeal as translated copy writes it)
  if (next.norm === 'to') return CALL_PURPOSES.has(tokens[end + 1]?.norm ?? '');
  // "called Putin, the Elysee said", "called Putin, then Zelensky": an attribution or another call after the comma (not an
  // aside before what the party is called: "called Russia, which invaded in 2022, a terrorist state")
  if (next.norm === ',') return tokens.slice(end + 1, end + 1 + ATTRIBUTION_REACH).some((t) => ATTRIBUTING.has(t.norm)) || tokens[end + 1]?.norm === 'then';
  return false;
}

/**
 * "called <party> to <act>" as translated copy writes "called on": the infinitive right after the party called, an act
 * asked of it (not "called Putin on Monday to discuss …", what a caller says on a call; nor "called on X to …", which
 * has its own pattern; nor a participle's "calling it 'a door to the world'").
 */
export function callsToAct(tokens: Token[], i: number, m: { end: number; actorAt: number | null }, actors: ActorPositions, kind: VerbFormKind): boolean {
  if (kind === 'ing' || m.actorAt === null || ['on', 'upon', 'for'].includes(tokens[i + 1]?.norm ?? '')) return false;
  let end = m.actorAt + 1;
  for (;;) {
    while (actors.covered?.has(end) && !actors.starts.has(end)) end++;
    // (a list of parties called: "called the United States and France to return to talks")
    const next = ['and', ','].includes(tokens[end]?.norm ?? '') ? end + 1 + (tokens[end + 1]?.norm === 'the' ? 1 : 0) : -1;
    if (next < 0 || !actors.starts.has(next) || next >= m.end) break;
    end = next + 1;
  }
  return end === m.end - 1 && !CALL_PURPOSES.has(tokens[m.end]?.norm ?? '');
}

// What a caller does on the call, in the infinitive after the party called.
const CALL_PURPOSES = new Set([
  'discuss',
  'congratulate',
  'express',
  'offer',
  'convey',
  'thank',
  'inform',
  'brief',
  'wish',
  'exchange',
  'review',
  'coordinate',
  'consult',
  'extend',
  'condole',
  'apologise',
  'apologize',
  'assure',
]);
// Verbs of an attribution after a comma, and how far they are looked for ("…, his spokesman said").
const ATTRIBUTING = new Set(['said', 'says', 'told', 'according', 'added', 'reported']);
const ATTRIBUTION_REACH = 4;
