import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import type { ActionMatch } from '../actions/action-matcher.ts';
import { COMPLEMENT_VERBS, type ComplementKind } from '../actions/complement-rules.ts';
import { isLyAdverb } from '../text/adverbs.ts';
import { PERSONAL_PRONOUNS } from '../text/function-words.ts';

/**
 * How the actions of one sentence relate to each other: coordination ("X refused … and urged …"),
 * background clauses ("…, where 24 people were killed"), complements ("threatened to cut aid"),
 * and when an event noun is an event rather than the object or topic of another one.
 */
export type Transform = 'none' | 'skip' | 'intent' | 'negate';

/** Two verbs joined by "and"/"or" with nothing else between the first one's words and the second. */
export function coordinatedWith(tokens: Token[], first: ActionMatch, second: ActionMatch): boolean {
  if (second.head <= first.head) return false;
  const gap = tokens.slice(first.end, second.head);
  if (gap.length === 0 || gap.length > 8) return false;
  const ingList = first.form === 'ing' && second.form === 'ing';
  const joinAt = gap.findIndex((t) => t.norm === 'and' || t.norm === 'or' || (ingList && t.norm === ','));
  if (joinAt < 0) return false;
  // after the joining word only auxiliaries and adverbs may follow ("and would deny", "and again accused")
  return gap.slice(joinAt + 1).every((t) => ['will', 'would', 'to', 'not'].includes(t.norm) || isJoinAdverb(t.norm));
}

// Adverbs between "and" and a verb that shares the subject before: "and again accused", "and repeatedly urged".
const JOIN_ADVERBS = new Set(['also', 'then', 'later', 'again', 'once', 'still', 'even', 'further', 'subsequently', 'separately']);
const isJoinAdverb = (w: string): boolean => JOIN_ADVERBS.has(w) || (w.length > 4 && isLyAdverb(w));

/** "and exploded", "and has urged": a verb joined to the previous clause with no subject of its own. */
export function isJoinedToPrevious(tokens: Token[], a: ActionMatch): boolean {
  for (let i = a.head - 1; i >= 0 && i >= a.head - 3; i--) {
    const w = tokens[i]!.norm;
    if (w === 'and' || w === 'but' || w === 'or') return true;
    if (!['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would'].includes(w) && !isJoinAdverb(w)) return false;
  }
  return false;
}

const RELATIVE = new Set(['where', 'whom', 'whose', 'who', 'when']);

/**
 * A relative or temporal clause after the main event is background ("…, where 24 people were
 * killed", "in which 20 died"). A plain "which" clause often states a further event and is kept.
 */
export function relativeClauseBetween(tokens: Token[], mentions: ResolvedMention[], from: number, to: number): boolean {
  for (let i = to - 1; i > from; i--) {
    const w = tokens[i]!.norm;
    // "… a canopy that killed 16 people": a subject relative clause right before the verb is background too
    // (unless it names an actor of its own: "a move that drew concern from Beijing" is Beijing's reaction)
    const subjectRelative =
      (w === 'that' || w === 'which') &&
      i === to - 1 &&
      /^([a-z]+|,)$/.test(tokens[i - 1]!.norm) &&
      !mentions.some((r) => r.actor && ['from', 'by', 'among'].includes(r.mention.prep ?? '') && r.mention.start > to && r.mention.start <= to + 8);
    if (RELATIVE.has(w) || (w === 'which' && tokens[i - 1]!.norm === 'in') || subjectRelative) {
      // "…, where the two leaders agreed to …": a clause with its own named actors is an event of its own
      // (and one whose subject is a person named before: "arrived from New Delhi, where he held talks with Jaishankar",
      // "since Putin visited Pyongyang in June 2024, when he and Kim signed …", coded with its own date)
      if (
        (w === 'where' || w === 'when' || w === 'which') &&
        mentions.some(
          (r) =>
            r.mention.start > i &&
            r.mention.end <= to &&
            !r.mention.prep &&
            (!r.mention.pronoun || PERSONAL_PRONOUNS.has(r.mention.pronoun)) &&
            (r.actor || r.pair),
        )
      )
        return false;
      return true;
    }
  }
  return false;
}

// Prepositions that open a phrase of time around an event noun: its agent and its adjectives stand after them ("signed
// the deal with Kenya during a visit to Nairobi" is no visit by Kenya; "on Wednesday during a visit" no topic "on").
const TIME_PREPOSITIONS = new Set(['during', 'after', 'before', 'following', 'amid', 'despite']);
// Prepositions that make an event noun the topic or reason of another statement, not an event itself.
const TOPIC_PREPS = new Set(['over', 'for', 'against', 'despite', 'amid', 'about', 'of', 'since', 'on', 'regarding', 'concerning', 'into']);
const PHRASE_BREAKS = new Set(['to', 'by', 'with', 'in', 'at', 'from', 'that', 'after', 'following', 'before', 'as']);
const NP_INTERNAL = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  "'s",
  'and',
  '-',
  'recent',
  'new',
  'latest',
  'first',
  'second',
  'two',
  'three',
  'several',
]);

/**
 * A nominal event counts when its noun phrase is not the topic of a preposition ("complained over
 * Israeli air raids", "after years of occupation") and not the object of another coded action
 * ("rejected North Korea's demand"): there the verb is the event.
 */
const JOURNEY_OPENERS = new Set(['a', 'an', 'his', 'her', 'their']);

export function nominalIsEvent(tokens: Token[], mentions: ResolvedMention[], actions: ActionMatch[], a: ActionMatch): boolean {
  let start = a.head;
  // the agent sits inside the noun phrase: no preposition between ("Erdogan for his mediation" is not Erdogan's phrase)
  const agent = mentions.find(
    (r) =>
      r.mention.end <= a.head &&
      r.mention.end >= a.head - 5 &&
      tokens
        .slice(r.mention.end, a.head)
        .every(
          (t) =>
            (NP_INTERNAL.has(t.norm) || /^[a-z]+$/.test(t.norm)) && !TOPIC_PREPS.has(t.norm) && !PHRASE_BREAKS.has(t.norm) && !TIME_PREPOSITIONS.has(t.norm),
        ),
  );
  if (agent) start = agent.mention.start;
  // "since Israeli and US strikes": coordinated agents belong to the phrase too
  const inMention = (i: number) => mentions.some((r) => !r.mention.prep && i >= r.mention.start && i < r.mention.end);
  while (
    start > 0 &&
    (NP_INTERNAL.has(tokens[start - 1]!.norm) || /^\d/.test(tokens[start - 1]!.norm) || (inMention(start - 1) && ['and', ','].includes(tokens[start]!.norm)))
  )
    start--;
  // adjectives right before the noun ("fierce", "deadly") are part of the phrase too
  while (
    start > 0 &&
    start > a.head - 4 &&
    /^[a-z]+$/.test(tokens[start - 1]!.norm) &&
    !TOPIC_PREPS.has(tokens[start - 1]!.norm) &&
    !['to', 'by', 'with', 'in', 'at', 'and', 'that'].includes(tokens[start - 1]!.norm) &&
    !TIME_PREPOSITIONS.has(tokens[start - 1]!.norm) &&
    !actions.some((x) => x.head === start - 1)
  )
    start--;
  const before = tokens[start - 1]?.norm;
  // "on a visit to Beijing", "on an official trip": a journey under way, not a topic ("talks on the visit"); and one its
  // owner made ("briefed the summit on his visits to Bamako, Ouagadougou and Niamey")
  const journey = before === 'on' && a.code === '042' && JOURNEY_OPENERS.has(tokens[start]?.norm ?? '');
  if (before && TOPIC_PREPS.has(before) && !journey) return false;
  // "the military operations chiefs", "peace talks delegates": the event noun only modifies the people named after it
  if (mentions.some((r) => r.mention.start === a.end && !r.actor && r.mention.items.some((i) => i.item.kind === 'role'))) return false;
  // the object of another action verb (not past a preposition of time: "entered its airspace during a Russian attack")
  const timed = TIME_PREPOSITIONS.has(tokens[start - 1]?.norm ?? '');
  for (const v of actions) {
    if (v === a || v.kind !== 'verb') continue;
    if (v.end <= start && start - v.end <= 1 && !timed) return false;
  }
  return true;
}

// Speech-act nouns that govern a complement like their verbs do ("reiterated its demand that …").
const COMPLEMENT_NOUNS: ReadonlyMap<string, ComplementKind> = new Map([
  ['demand', 'demand'],
  ['demands', 'demand'],
  ['call', 'appeal'],
  ['calls', 'appeal'],
  ['appeal', 'appeal'],
  ['request', 'appeal'],
  ['threat', 'threat'],
  ['threats', 'threat'],
  ['warning', 'threat'],
  ['offer', 'intent'],
  ['pledge', 'intent'],
  ['promise', 'intent'],
  ['commitment', 'intent'],
]);

// a bare verb, or a verb and its particle, right after it ("call_on") or within the gap ("call on")
const VERB_WITH_PARTICLE = /^[a-z]+(_(on|upon|for|to))?(\|[a-z]+(_(on|upon|for|to))?)*( (on|upon|for|to|@)(\|(on|upon|for|to))*)?$/;

/** Complement kind of a matched verb: bare verb or verb + particle ("call on"), or a speech-act noun pattern. */
export function complementKind(tokens: Token[], a: ActionMatch): ComplementKind | undefined {
  if (a.kind !== 'verb') return undefined;
  if (VERB_WITH_PARTICLE.test(a.pattern)) return COMPLEMENT_VERBS.get(a.lemma);
  // "reiterated its demand that …", "issued a warning that …": only when the subject makes the speech act,
  // not when it answers someone else's ("dismissed the warning")
  const kind = COMPLEMENT_NOUNS.get(tokens[a.end - 1]?.norm ?? '');
  if (kind && SPEECH_ACT_ROOT[kind] === a.code.slice(0, 2)) return kind;
  return undefined;
}

const SPEECH_ACT_ROOT: Record<ComplementKind, string> = { demand: '10', appeal: '02', threat: '13', intent: '03', refusal: '12', command: '10' };

function between(tokens: Token[], from: number, to: number): Token[] {
  return tokens.slice(from, to);
}

export const CEASE_VERBS = new Set(['stop', 'halt', 'cease', 'end', 'quit']);

export function complementOf(tokens: Token[], a: ActionMatch, actions: ActionMatch[], kind: ComplementKind): ActionMatch | null {
  for (const b of actions) {
    if (b.head <= a.head || b === a) continue;
    const gap = between(tokens, a.headEnd, b.head);
    // ("vowed in a televised address late on Sunday that Israel would keep striking …": a that-clause may start further on)
    if (b.head > a.end + (gap.some((t) => t.norm === 'that') ? 16 : 10)) return null;
    if (gap.some((t) => t.norm === ';' || t.norm === '.')) return null;
    if (b.kind === 'verb') {
      const prev = tokens[b.head - 1]?.norm;
      const toBefore = prev === 'to' || (tokens[b.head - 2]?.norm === 'to' && (/ly$/.test(prev ?? '') || CEASE_VERBS.has(prev ?? '')));
      const thatClause = gap.some((t) => t.norm === 'that') && kind !== 'refusal';
      if (toBefore || thatClause) return b;
      return null;
    }
    // "agreed to a ceasefire", "demanded the withdrawal", "threatened sanctions"
    if (gap.length <= 3 && gap.every((t) => ['to', 'a', 'an', 'the', 'for', 'on', 'its', 'their', 'immediate', 'full', 'new'].includes(t.norm))) return b;
    return null;
  }
  return null;
}

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'must', 'shall', "'ll", 'going']);

/**
 * "warned that famine had spread": a "that" clause after a warning with no modal in it states a fact, not a deed to
 * come; so does a bare "warn of" ("warn of famine conditions"): the speaker's own deeds have patterns of their own
 * ("warned of a crushing response", "warn of retaliation").
 */
export function warnsOfFact(tokens: Token[], from: number): boolean {
  if (tokens[from]?.norm === 'of') return true;
  if (tokens[from]?.norm !== 'that') return false;
  // (within a clause's reach: a crafted sentence of many warnings costs linear time)
  for (let i = from + 1; i < tokens.length && i <= from + 40; i++) {
    const w = tokens[i]!.norm;
    if (w === ';' || w === '.') break;
    if (MODALS.has(w)) return false;
  }
  return true;
}
