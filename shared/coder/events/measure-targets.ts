import type { Actor } from '../../model/diplomatic-event.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import type { Token } from '../text/tokenizer.ts';

/**
 * The other states a coercive measure names as its targets after its first one: a sanctions package "against Russia …,
 * adding 31 companies in Russia, China, the United Arab Emirates and Türkiye to the list" is aimed at each of them, and
 * so are asset freezes "on nine individuals, six in Moldova and three in Russia, and on three entities, two registered
 * in Russia and one in the United Arab Emirates" (GOLD-FORMAT rule 9: one event per listed party).
 */

// Coercive measures whose objects a "targeting …" phrase lists (sanctions, bans, asset freezes, expulsions).
const MEASURE_ROOTS = new Set(['16', '17']);

export function isMeasure(code: string): boolean {
  return MEASURE_ROOTS.has(code.slice(0, 2));
}

const TARGETING = new Set(['targeting', 'targetting', 'targets', 'target', 'hitting', 'including']);
// A participle after a comma that lists what a measure adds to its list (", adding 31 companies in …").
const LISTING = new Set(['adding', 'listing', 'designating', 'naming', 'targeting', 'targetting', 'including']);
// How far after the measure's first target such a participle may come ("against Russia in Brussels on Friday, adding").
const LISTING_REACH = 10;
// A comma before these ends the targeting phrase ("…, after Slovakia dropped its veto").
const PHRASE_ENDERS = new Set(['after', 'before', 'while', 'as', 'which', 'who', 'hours', 'days', 'weeks', 'but', 'according', 'said']);
// What is listed by where it is ("two companies in the United Arab Emirates", "three in Russia", "one registered in …").
const LISTED_NOUNS = new Set([
  'companies',
  'company',
  'entities',
  'entity',
  'individuals',
  'individual',
  'firms',
  'firm',
  'banks',
  'bank',
  'vessels',
  'refineries',
  'businesses',
]);
const COUNTS = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several)$/;
// Words between a listed thing and its "in": "registered in", "based in".
const LOCATED = new Set(['registered', 'based', 'incorporated', 'located']);
// Words that open another clause or adjunct, which ends the object's list.
const CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'during', 'because', 'since', 'when', 'for', 'over', 'saying', 'citing']);
const NO_OPENERS: ReadonlySet<string> = new Set();
// How far a targeting phrase runs after its cue word.
const TARGETING_REACH = 29;
// How far the object's list of located things runs after the first target.
const LIST_REACH = 25;

/** The states a measure's targeting phrase or its list of located things names after `from` (its first target's end). */
export function measureCoTargets(tokens: Token[], mentions: ResolvedMention[], from: number): Actor[] {
  const out = namedInTargeting(tokens, mentions, from);
  const listing = listingParticiple(tokens, from);
  const located = [...locatedInList(tokens, mentions, from), ...(listing < 0 ? [] : locatedInList(tokens, mentions, listing))];
  for (const a of located) if (!out.some((o) => o.country === a.country)) out.push(a);
  return out;
}

/**
 * Where a participle after a comma starts listing what the measure adds (", adding 31 companies in …"; not ", adding to
 * pressure on Tehran"), within LISTING_REACH of the first target; -1 if none. What it lists counts only as located things
 * (locatedInList): the rest of its clause ("…to the list after talks in Bogota", "…and praised Brazil") is no target.
 */
function listingParticiple(tokens: Token[], from: number): number {
  for (let i = from; i < tokens.length && i <= from + LISTING_REACH && tokens[i]!.norm !== ';'; i++)
    if (tokens[i]!.norm === ',' && LISTING.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm !== 'to') return i + 2;
  return -1;
}

/**
 * Where the phrase from `from` ends: at a semicolon, a comma before a new clause (PHRASE_ENDERS), a word of `openers`,
 * or `reach` words on.
 */
function phraseEnd(tokens: Token[], from: number, reach: number, openers: ReadonlySet<string> = NO_OPENERS): number {
  const end = Math.min(tokens.length, from + reach);
  for (let i = from; i < end; i++) {
    const w = tokens[i]!.norm;
    if (w === ';' || openers.has(w) || (w === ',' && PHRASE_ENDERS.has(tokens[i + 1]?.norm ?? ''))) return i;
  }
  return end;
}

/** The first mention starting after `at` (mentions are in sentence order: a binary search, so a long sentence stays linear). */
function firstAfter(mentions: ResolvedMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.mention.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The states named in a participle or relative phrase right after a measure's object that lists what it targets
 * ("…that targets more than 100 tankers and three Chinese refiners", "targeting … two banks in Kyrgyzstan"), up to the
 * phrase's end (a comma before a new clause, a semicolon, the sentence's end), within thirty words of the cue.
 */
function namedInTargeting(tokens: Token[], mentions: ResolvedMention[], from: number): Actor[] {
  let cue = -1;
  for (let i = from; i < tokens.length && i <= from + 2; i++) if (TARGETING.has(tokens[i]!.norm)) cue = i;
  if (cue < 0) return [];
  const end = phraseEnd(tokens, cue + 1, TARGETING_REACH);
  const out: Actor[] = [];
  for (let k = firstAfter(mentions, cue); k < mentions.length && mentions[k]!.mention.start < end; k++) {
    const r = mentions[k]!;
    if (r.actor && !r.mention.pronoun && r.mention.end <= end) out.push(r.actor);
  }
  return out;
}

/**
 * The states of the located things the measure's object goes on to list ("six in Moldova and three in Russia", "two
 * companies in the United Arab Emirates and Kenya"): a state after "in" (or "registered in") with a count or a listed
 * noun just before, and the states joined to it by "and" or a comma, up to a semicolon or the list's reach.
 */
function locatedInList(tokens: Token[], mentions: ResolvedMention[], from: number): Actor[] {
  // (the list ends with its clause: "…, after talks with officials in Paris")
  const end = phraseEnd(tokens, from, LIST_REACH, CLAUSE_OPENERS);
  const out: Actor[] = [];
  let listing = false;
  for (let k = firstAfter(mentions, from - 1); k < mentions.length && mentions[k]!.mention.start < end; k++) {
    const r = mentions[k]!;
    const before = tokens[r.mention.start - 1]?.norm === 'the' ? r.mention.start - 2 : r.mention.start - 1;
    const joined: boolean = listing && (tokens[before]?.norm === 'and' || tokens[before]?.norm === ',');
    let located = false;
    if (tokens[before]?.norm === 'in') {
      const lead = LOCATED.has(tokens[before - 1]?.norm ?? '') ? before - 2 : before - 1;
      const head = tokens[lead]?.norm ?? '';
      located = COUNTS.test(head) || LISTED_NOUNS.has(head);
    }
    listing = located || joined;
    if (listing && r.actor && !r.mention.pronoun) out.push(r.actor);
  }
  return out;
}
