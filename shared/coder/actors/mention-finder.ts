import type { Token } from '../text/tokenizer.ts';
import { entriesFollowedBy, isPlace, onlyPlaces, type ActorEntry, type ActorItem } from './actor-lexicon.ts';
import { ACTOR_INDEX } from './actor-index.ts';
import { itemLabel, titleCased } from './item-label.ts';
import { DATELINE_REACH } from './dateline.ts';
import { ACTION_LEXICON } from '../actions/action-lexicon.ts';
import { DAY_AND_MONTH_NAMES } from '../text/time-words.ts';

/**
 * Finds actor mentions in a sentence: dictionary items (longest match) grouped into noun phrases,
 * so "South Korean President Lee Jae Myung", "China's foreign ministry" and "business
 * representatives from both countries" are one mention each, with a country and a role.
 */
export interface ItemMatch {
  start: number;
  end: number;
  item: ActorItem;
}

export interface Mention {
  /** Token range [start, end). */
  start: number;
  end: number;
  items: ItemMatch[];
  /** Followed by "'s": a possessor ("China's restrictions"). */
  possessive: boolean;
  /** Preposition right before the mention ("in", "with", "by"…), lower case; null if none. */
  prep: string | null;
  /** Pronoun mention ("he", "they", "its"), resolved by the ActorResolver. */
  pronoun: string | null;
}

/**
 * The mention ends in a capitalised word that none of its dictionary items covers: a person's name after the title or
 * the state that introduces it ("UN relief chief Tom Fletcher", "US envoy Morgan Ortagus").
 */
export function endsInName(m: Mention, tokens: readonly Token[]): boolean {
  const last = m.end - 1;
  return tokens[last]!.cap && !m.items.some((i) => i.start <= last && last < i.end);
}

const PREPOSITIONS = new Set([
  'in',
  'at',
  'to',
  'with',
  'from',
  'by',
  'of',
  'for',
  'on',
  'against',
  'into',
  'over',
  'between',
  'among',
  'toward',
  'towards',
  'near',
  'during',
  'after',
  'before',
  'under',
  'via',
  'through',
  'across',
  'inside',
  'outside',
  'within',
  'despite',
  'amid',
  'including',
  'like',
  'than',
  'about',
  'upon',
  'onto',
  'behind',
  'beyond',
  'throughout',
  'around',
  'without',
  'unlike',
  'as',
  'alongside',
  'besides',
]);
/** Prepositions of a co-agent, who acts with the subject and is never acted on: "fought alongside Ethiopian forces". */
export const CO_AGENT_PREPS: ReadonlySet<string> = new Set(['alongside', 'besides']);
const ROLE_ADJECTIVES = new Set(['general', 'official', 'chief', 'military', 'national', 'federal', 'royal', 'judicial', 'civil', 'rebel', 'opposition']);
const GEO_NOUNS = new Set([
  'Sea',
  'Ocean',
  'Gulf',
  'Peninsula',
  'Strait',
  'Straits',
  'Bay',
  'Channel',
  'River',
  'Mountains',
  'Desert',
  'Basin',
  'Plateau',
  'Lake',
  'Islands',
  'Shoal',
  'Canal',
]);
// Geographic words written before the name they share with a state.
const GEO_BEFORE = new Set(['Lake', 'Mount']);
// Words after a place that make it the name of a meeting, a process or a text held or signed there.
const OCCASIONS = new Set([
  'talks',
  'agreement',
  'agreements',
  'accord',
  'accords',
  'declaration',
  'process',
  'format',
  'summit',
  'conference',
  'forum',
  'dialogue',
  'convention',
  'conventions',
  'protocol',
  'protocols',
  'communique',
  'memorandum',
  'initiative',
  'framework',
  'deal',
  'meeting',
  'platform',
  'group',
]);
// Capitalised words after a place that still name the place or an office of it ("Kharkiv Oblast", "Kursk Region").
const PLACE_DIVISIONS = new Set([
  'Oblast',
  'Region',
  'Province',
  'Governorate',
  'Prefecture',
  'State',
  'Territory',
  'District',
  'Island',
  'Islands',
  'City',
  'County',
]);

// Sites and works a place names ("the Natanz site", "the Volgograd refinery").
const FACILITIES = new Set([
  'site',
  'sites',
  'plant',
  'plants',
  'refinery',
  'facility',
  'facilities',
  'base',
  'airport',
  'port',
  'pipeline',
  'corridor',
  'railway',
  'project',
  'dam',
  'front',
]);
/**
 * The place before `next` names an occasion, a deed or a site ("the Jeddah talks", "the Kurram attack", "the Natanz
 * site"): what is said of it is said of that, not of the place. (This loses "struck the Volgograd refinery" as a strike
 * on Russia; a site's state is left to the story, as for any facility no place is named with. A longer capitalised name,
 * "the Munich Security Conference", is ruled out as for any ambiguous form: ambiguousOk.)
 */
function namesOccasion(tokens: Token[], next: number): boolean {
  const t = tokens[next];
  return t !== undefined && /^[a-z]/.test(t.text) && (OCCASIONS.has(t.norm) || FACILITIES.has(t.norm) || ACTION_LEXICON.nominals.has(t.norm));
}
const QUANTITIES = new Set([
  'thousands',
  'hundreds',
  'dozens',
  'millions',
  'scores',
  'tens',
  'group',
  'number',
  'crowd',
  'crowds',
  'members',
  'delegation',
  'some',
  'many',
  'most',
  'several',
  'few',
  'all',
  'team',
  'contingent',
  'battalion',
  'unit',
  'units',
]);
const REGION_WORDS = new Set(['South', 'North', 'East', 'West', 'Central', 'Latin', 'Southeast', 'Northeast', 'Southwest', 'Northwest', 'Sub-Saharan']);
const CALENDAR =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/;
// Place adjectives that may sit between a preposition and a place ("in northern Israel").
const PLACE_ADJECTIVES = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'north',
  'south',
  'east',
  'west',
  'neighbouring',
  'neighboring',
  'occupied',
  'rural',
  'coastal',
  'remote',
  'besieged',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'mainland',
  'war',
  'torn',
  '-',
  'capital',
  'city',
  'port',
  'border',
  'town',
]);
// Lower-case particles inside personal names, before the capitalised part ("el-Sissi", "bin Salman", "de la Fuente").
const NAME_PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'as',
  'ash',
  'bin',
  'bint',
  'ibn',
  'abu',
  'de',
  'del',
  'da',
  'do',
  'dos',
  'la',
  'van',
  'von',
  'der',
  'den',
  'ter',
]);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'him', 'them', 'we', 'our', 'i']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'some',
  'several',
  'two',
  'three',
  'many',
  'other',
  'both',
  'all',
]);

/** Preposition governing a mention that starts at token i ("in Beijing", "with the US"). */
export function prepBefore(tokens: Token[], i: number): string | null {
  // the second of two parties joined by a hyphen or slash stands where the first does ("on the Ethiopia–Eritrea tension")
  // (one step back only: a chain of marks is no pair)
  if (i >= 2 && gluedPairMark(tokens, i - 1)) {
    let j = i - 2;
    while (j > 0 && j > i - 5 && tokens[j - 1]!.cap) j--;
    i = j;
  }
  while (i > 1 && (PLACE_ADJECTIVES.has(tokens[i - 1]!.norm) || TIME_ADJECTIVES.has(tokens[i - 1]!.norm))) i--;
  const p = tokens[i - 1];
  // "Thousands of people", "a group of Yoruba leaders": the quantity is not a preposition's object, the people are the subject
  if (p?.norm === 'of' && QUANTITIES.has(tokens[i - 2]?.norm ?? '')) return null;
  if (p && PREPOSITIONS.has(p.norm)) return p.norm;
  const p2 = tokens[i - 2];
  if (p && DETERMINERS.has(p.norm) && p2 && PREPOSITIONS.has(p2.norm)) return p2.norm;
  return null;
}

// Words that date a party before its name, between it and its preposition ("invaded by the former Iraqi regime").
const TIME_ADJECTIVES = new Set(['former', 'then', 'previous', 'outgoing', 'incoming', 'ousted', 'deposed', 'interim', 'acting', 'current']);

// What joins two parties written as one word ("ROK-US", "Kuwaiti/Saudi"; the tokenizer reads an en dash as "-":
// "Ethiopia–Eritrea").
const PAIR_MARKS = new Set(['-', '/']);

/** Token k is a hyphen or slash glued to the words on both sides of it: two parties written as one word. */
export function gluedPairMark(tokens: Token[], k: number): boolean {
  const mark = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    mark !== undefined && before !== undefined && after !== undefined && PAIR_MARKS.has(mark.norm) && before.end === mark.start && mark.end === after.start
  );
}

// Bodies a state leads that stand for it: "the Saudi-led coalition", "the US-led mission".
const LED_BODIES = new Set(['coalition', 'alliance', 'mission', 'force', 'forces', 'operation', 'bloc']);

/** "Saudi" + "-led coalition": the mention runs over the body the state leads, so that a list goes on after it. */
function ledBodyEnd(tokens: Token[], end: number): number {
  return tokens[end]?.norm === '-' && tokens[end + 1]?.norm === 'led' && LED_BODIES.has(tokens[end + 2]?.norm ?? '') ? end + 3 : end;
}

// ISO codes of currencies that are also the short name of a party ("EUR" is the EU in the agents dictionary's style)
const CURRENCY_CODES = new Set(['EUR']);
// Names of currencies after a state's name or adjective ("Canadian dollars", "Swiss francs").
const CURRENCIES = new Set([
  'dollar',
  'dollars',
  'yen',
  'yuan',
  'renminbi',
  'rupee',
  'rupees',
  'peso',
  'pesos',
  'franc',
  'francs',
  'pound',
  'pounds',
  'won',
  'ruble',
  'rubles',
  'rouble',
  'roubles',
  'rand',
  'shilling',
  'shillings',
  'dinar',
  'dinars',
  'riyal',
  'riyals',
  'lira',
  'krona',
  'kronor',
  'krone',
  'kroner',
  'real',
  'reais',
  'naira',
  'cedi',
  'cedis',
  'hryvnia',
  'hryvnias',
  'rial',
  'rials',
  'ringgit',
  'baht',
  'rupiah',
  'dirham',
  'dirhams',
  'zloty',
  'forint',
  'taka',
]);
// "Rwanda-backed rebels", "Iran-aligned militias": the state only backs the actor, it is not the actor.
const SPONSOR_SUFFIXES = new Set(['backed', 'supported', 'funded', 'sponsored', 'allied', 'aligned', 'armed', 'trained']);

const ARMED_NOUNS = new Set(['group', 'groups', 'movement', 'coalition', 'alliance', 'faction', 'factions']);
function backsAnActor(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  return ARMED_NOUNS.has(t.norm) || (ACTOR_INDEX.get(t.norm) ?? []).some((e) => e.item.kind === 'role');
}

const NO_ENTRIES: readonly ActorEntry[] = [];

function matchAt(tokens: Token[], i: number, prevMatched: boolean): ItemMatch | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const cased = entriesFollowedBy(ACTOR_INDEX.get(t.text) ?? NO_ENTRIES, next);
  const folded = t.text !== t.norm ? entriesFollowedBy(ACTOR_INDEX.get(t.norm) ?? NO_ENTRIES, next) : NO_ENTRIES;
  // (most tokens start no entry: no array is built for them)
  const candidates = folded.length === 0 ? cased : cased.length === 0 ? folded : [...cased, ...folded];
  let best: ItemMatch | null = null;
  for (const c of candidates) {
    const n = c.tokens.length;
    if (best && n <= best.end - best.start) continue;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      const tok = tokens[i + k]!;
      if ((c.caseSensitive ? tok.text : tok.norm) !== c.tokens[k]!) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "a general strike": the title only when written as one
    // "the opposition denied …": the adjective used as a noun, followed by its verb or a clause break
    // ("Senior Houthi official Mohammed al-Bukhaiti": after a party and before a name it is the noun, a title)
    const titleBeforeName = prevMatched && /^[A-Z][a-z]/.test(next?.text ?? '');
    // ("a senior US official said", "the Russian military, which …": after a party and before its verb or a clause break)
    const nounAfterParty = prevMatched && endsNounPhrase(next);
    if (
      c.item.kind === 'role' &&
      c.tokens.length === 1 &&
      ROLE_ADJECTIVES.has(c.tokens[0]!) &&
      !t.cap &&
      !usedAsNoun(tokens, i) &&
      !titleBeforeName &&
      !nounAfterParty
    )
      continue;
    if (c.item.kind === 'role' && t.cap && i > 0 && tokens[i - 1]!.cap && !prevMatched && !DETERMINERS.has(tokens[i - 1]!.norm)) continue; // "West Bank"
    if (c.item.ambiguous && !ambiguousOk(tokens, i, n, c.item)) continue;
    // "South China Sea", "Korean Peninsula", "Sea of Japan": a place named after a country is not that country
    if (
      c.item.kind !== 'role' &&
      c.item.kind !== 'pair' &&
      c.item.kind !== 'group' &&
      (GEO_NOUNS.has(tokens[i + n]?.text ?? '') ||
        (tokens[i - 1]?.norm === 'of' && GEO_NOUNS.has(tokens[i - 2]?.text ?? '')) ||
        // ("the Lake Chad region", "Mount Lebanon")
        GEO_BEFORE.has(tokens[i - 1]?.text ?? ''))
    )
      continue;
    // "the Munich Security Conference", "the Geneva Conventions", "the Jeddah talks": a place that names an occasion or a text
    if (c.item.kind === 'place' && namesOccasion(tokens, i + n)) continue;
    // "South American bloc", "West African leaders", "Central Asian states": a region, not the state the adjective
    // names ("South African", "North Korean" are dictionary items of their own and match from the compass word)
    if ((c.item.kind === 'adjective' || c.item.kind === 'demonym') && !prevMatched && REGION_WORDS.has(tokens[i - 1]?.text ?? '')) continue;
    // "US$3 million", "A$25 million": a currency prefix, not a party; "EUR 93 billion", the code of the euro, is none either
    if (tokens[i + n]?.norm === '$' && tokens[i + n]!.start === tokens[i + n - 1]!.end) continue;
    if (n === 1 && CURRENCY_CODES.has(t.text) && /^\d/.test(tokens[i + 1]?.text ?? '')) continue;
    // "60 million Canadian dollars", "Swiss francs", "about 7 million US dollars": a currency, not a party (a state's name
    // only after an amount: "Kenya won the vote", "Britain pounds Houthi targets" are the states)
    if (
      CURRENCIES.has(tokens[i + n]?.norm ?? '') &&
      (c.item.kind === 'adjective' || c.item.kind === 'demonym' || (c.item.kind === 'country' && AMOUNT_BEFORE.test(tokens[i - 1]?.norm ?? '')))
    )
      continue;
    // (but "a US-backed plan" keeps the US: the backer of a plan is a party to it)
    if (c.item.kind !== 'role' && tokens[i + n]?.norm === '-' && SPONSOR_SUFFIXES.has(tokens[i + n + 1]?.norm ?? '') && backsAnActor(tokens, i + n + 2))
      continue;
    best = { start: i, end: i + n, item: c.item };
  }
  return best;
}

const CLAUSE_VERBS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'said', 'says', 'also', 'did', 'does', 'then', ',', '.', ';']);
// Words before a bare "the two", "both" that open the clause it is the subject of.
const CLAUSE_OPENERS = new Set([',', ';', ':', 'and', 'but', 'where', 'when', 'while', '"', '“']);
// Words after "the two", "both" that make them a subject: auxiliaries and adverbs before its verb.
const BARE_PAIR_VERBS = new Set(['have', 'had', 'will', 'would', 'also', 'agreed', 'said', 'met', 'held', 'signed', 'are', 'were', 'later', 'then']);

// Prepositions that follow a noun phrase, never the noun an adjective modifies.
const NOUN_FOLLOWERS = new Set(['in', 'on', 'at', 'inside', 'within']);

/** What may follow a noun phrase's last word, never an adjective's noun: a finite verb, a clause break, "who". */
function endsNounPhrase(next: Token | undefined): boolean {
  return next === undefined || CLAUSE_VERBS.has(next.norm) || isFiniteVerb(next.norm) || [',', '.', ';', ':', 'who', 'told'].includes(next.norm);
}

function usedAsNoun(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || prev.norm !== 'the') return false;
  // or a name follows ("the opposition Labour Party"): the adjective marks what the named body is; or a place or a
  // time ("the opposition in Congress slammed …", "the opposition on Monday")
  return !next || CLAUSE_VERBS.has(next.norm) || isFiniteVerb(next.norm) || /^[A-Z][a-z]/.test(next.text) || NOUN_FOLLOWERS.has(next.norm);
}

/** An ambiguous form ("Jordan", "Lee") counts only when it is not part of a longer unknown name. */
function ambiguousOk(tokens: Token[], i: number, n: number, item: ActorItem): boolean {
  const next = tokens[i + n];
  // "The two signed …", "Both agreed …": a bare pair phrase right before its verb ("the two-day visit", "both Russia and
  // Ukraine", "the two previous rounds" are not one)
  // (and at the start of a clause: "the US and China both welcomed" is a compound subject, "both" only floats in it)
  if (item.kind === 'pair')
    return next !== undefined && (isFiniteVerb(next.norm) || BARE_PAIR_VERBS.has(next.norm)) && (i === 0 || CLAUSE_OPENERS.has(tokens[i - 1]!.norm));
  // "Jordan Peterson" is a person; "the Indian Army", "Chadian Foreign Ministry": an adjective before a capitalised role is the state
  // ("Volgograd Governor Andrei Bocharov", "Kharkiv Oblast": a place before a title of its officials or a division of it)
  const roleNext = next && item.kind === 'adjective' && (ACTOR_INDEX.get(next.norm) ?? []).some((e) => e.item.kind === 'role' && !e.caseSensitive);
  // (a place only before a one-word title or division: "Munich Security Conference" is no security force of Munich)
  const divisionNext =
    item.kind === 'place' &&
    (PLACE_DIVISIONS.has(next?.text ?? '') || (ACTOR_INDEX.get(next?.norm ?? '') ?? []).some((e) => e.item.kind === 'role' && e.tokens.length === 1));
  if (next && next.cap && /^[A-Z][a-z]/.test(next.text) && !roleNext && !divisionNext) return false;
  // "SA-11 missiles": a name glued by a hyphen to a number is a model's designation
  if (next?.text === '-' && next.start === tokens[i + n - 1]!.end && /^\d/.test(tokens[i + n + 1]?.text ?? '')) return false;
  // "Foreign Office spokesperson Rabia Anwar" is not Anwar Ibrahim: a leader's one-word alias after another given name
  // is someone else's surname (after a title, an honorific or a date, "President Lee", "Mr Anwar", "In March Trump", it is
  // the leader)
  if (item.kind === 'leader') return n > 1 || !givenNameBefore(tokens, i);
  const prev = tokens[i - 1];
  if (prev && prev.cap && i > 1 && /^[A-Z][a-z]/.test(prev.text) && !ACTOR_INDEX.has(prev.text)) return false;
  return true;
}

/**
 * One or two capitalised words before token i that no dictionary knows, months, days and honorifics aside, after a
 * role noun, a lower-case word or a comma: the given names of a longer name ("spokesperson Rabia Anwar", ", Seydou Kane
 * Traore,"). Not at the start of a sentence, nor after a preposition or determiner ("At the Munich Security Conference Vance").
 */
function givenNameBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  let names = 0;
  while (k >= 0 && names < 2 && isUnknownName(tokens[k]!)) {
    k--;
    names++;
  }
  const before = tokens[k];
  if (names === 0 || !before) return false;
  if (before.norm === ',') return true;
  if (/^[a-z]/.test(before.text)) return !PREPOSITIONS.has(before.norm) && !DETERMINERS.has(before.norm) && !CLAUSE_VERBS.has(before.norm);
  return (ACTOR_INDEX.get(before.norm) ?? []).some((e) => e.item.kind === 'role' && e.tokens.length === 1);
}

function isUnknownName(t: Token): boolean {
  return NAME.test(t.text) && !CALENDAR.test(t.text) && !HONORIFICS.has(t.norm) && !ACTOR_INDEX.has(t.text) && !ACTOR_INDEX.has(t.norm);
}

/**
 * Leaders' one-word aliases that a sentence writes as the surname of someone else ("spokesperson Rabia Anwar"): the
 * article's later bare "Anwar" is that person too, not the leader (ActorResolver.noteOtherBearers).
 */
export function aliasesOfOthers(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // ("spokesperson Lin Jian": a surname written first, before a given name that is none of the leader's)
    if (t.cap && surnameFirst(tokens, i)) {
      out.push(t.text);
      continue;
    }
    if (!t.cap || tokens[i + 1]?.cap) continue;
    // (the alias lookup first: it rules out nearly every word, and the walk back over names is dearer)
    const leaders = oneWordAliasesOf(t.text);
    if (leaders.length === 0 || !givenNameBefore(tokens, i)) continue;
    // (not a leader's own longer name: "Luiz Inácio Lula da Silva")
    if (!givenIsTheirs(leaders, tokens[i - 1]!.text)) out.push(t.text);
  }
  return out;
}

// The last word of an amount before a currency ("7 million US dollars", "500 Hong Kong dollars").
const AMOUNT_BEFORE = /^(\d[\d.,]*|million|billion|trillion|thousand|hundred)$/;

/**
 * "Lin Jian", "Wang Wenbin": a leader's one-word alias written first, after a title ("spokesperson Lin Jian"), and
 * followed by one capitalised given name that no dictionary knows and that is none of that leader's names (East Asian
 * order); "Lin Chia-lung", "Xi Jinping" are the leaders, and "told Putin European sanctions …" is Putin.
 */
function surnameFirst(tokens: Token[], i: number): boolean {
  const given = tokens[i + 1];
  const title = tokens[i - 1];
  if (!given?.cap || !/^\p{Lu}\p{Ll}+$/u.test(given.text) || tokens[i + 2]?.cap || !title || !/^[a-z]/.test(title.text)) return false;
  // (the rare leader's alias first: the title's lookup builds that word's role-noun entries, which a cold start pays for)
  const leaders = oneWordAliasesOf(tokens[i]!.text);
  if (leaders.length === 0 || givenIsTheirs(leaders, given.text) || DAY_AND_MONTH_NAMES.has(given.norm) || ACTOR_INDEX.has(given.text)) return false;
  return (ACTOR_INDEX.get(title.norm) ?? []).some((e) => e.item.kind === 'role' && !e.caseSensitive && e.tokens.length === 1);
}

/** The leaders' entries a one-word alias is ("Lin", "Anwar"); none for every other word. */
function oneWordAliasesOf(word: string): ActorEntry[] {
  return (ACTOR_INDEX.get(word) ?? []).filter((e) => e.item.kind === 'leader' && e.item.alias && e.tokens.length === 1);
}

/** `given` is one of those leaders' own names ("Lula" in "Luiz Inácio Lula da Silva"), so the alias is theirs. */
function givenIsTheirs(leaders: readonly ActorEntry[], given: string): boolean {
  return leaders.some((e) => e.item.leaders?.some((l) => [l.name, ...l.aliases].some((n) => n.split(/[\s-]+/).includes(given))));
}

// Words before a surname that are no given name (titles the actor index knows, "President", "General", "Imam" …,
// are excluded by isUnknownName already).
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sheikh', 'princess', 'marshal', 'sen', 'rep', 'comrade', 'ayatollah']);

// Tokens that may sit inside one mention between two dictionary items.
function isGlue(tok: Token): boolean {
  // "'" after a plural name is its possessive ("the Association of Southeast Asian Nations' special envoy")
  if (tok.norm === "'s" || tok.norm === "'" || tok.norm === '’' || tok.norm === 'of' || tok.norm === 'from' || tok.norm === 'the') return true;
  if (tok.cap && /^[A-Z]/.test(tok.text)) return true;
  return false;
}

// Lower-case words that may modify a role noun inside one mention ("business representatives", "senior officials"); not verb forms.
// Frequent verbs and conjunctions that sit between two role nouns without modifying the second ("minister told reporters").
const NOT_MODIFIERS = new Set([
  'and',
  'or',
  'but',
  'told',
  'tells',
  'said',
  'says',
  'met',
  'meets',
  'urged',
  'asked',
  'called',
  'warned',
  'sent',
  'thanked',
  'praised',
  'accused',
  'blamed',
  'hosted',
  'visited',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'who',
  'which',
  'that',
]);
// A verb of speech right after a noun phrase is its clause's verb. (Not any verb: in "a truce brokered by Russia
// and Turkey took effect" the whole subject ends before "took".)
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes']);
function opensClause(tokens: Token[], end: number): boolean {
  return SPEECH_VERBS.has(tokens[end]?.norm ?? '');
}
// A past or third-person form of an action verb ("Congo gave government troops …") ends the noun phrase.
function isFiniteVerb(norm: string): boolean {
  return (ACTION_LEXICON.heads.get(norm) ?? []).some((h) => h.kind === 'past' || h.kind === 'pastOrParticiple' || h.kind === 'third');
}
const LOWER_MODIFIER = /^[a-z][a-z-]*(?<!ing|ed)$/;

const NAME = /^[A-Z][a-z]+$/;

/**
 * How many lower-case words of a noun phrase stand at `from`, three at most: the nouns a party heads or modifies
 * ("foreign minister" before a name, "oil traders" after "Dubai-based"); no preposition, conjunction or verb.
 */
export function commonWordsAt(tokens: readonly Token[], from: number): number {
  let i = from;
  while (
    i < tokens.length &&
    i < from + 3 &&
    /^[a-z]+$/.test(tokens[i]!.text) &&
    !PREPOSITIONS.has(tokens[i]!.norm) &&
    !NOT_MODIFIERS.has(tokens[i]!.norm) &&
    !isFiniteVerb(tokens[i]!.norm) &&
    !/(ing|ed)$/.test(tokens[i]!.norm)
  )
    i++;
  return i - from;
}

function titledName(tokens: Token[], from: number, itemStarts: ReadonlySet<number>): number {
  const i = from + commonWordsAt(tokens, from);
  if (i === from) return from;
  let names = 0;
  while (i + names < tokens.length && NAME.test(tokens[i + names]!.text) && !itemStarts.has(i + names) && !CALENDAR.test(tokens[i + names]!.text)) names++;
  return names >= 2 && names <= 3 ? i + names : from;
}

/**
 * A state or an organisation named in capitals as the label of an item ("RUSSIA: …"; item-label.ts), else null. Not
 * one that opens a line where a dateline may stand without a bullet ("SINGAPORE: ASEAN's special envoy …" is a
 * dateline in the South Asian press' style; dateline.ts reads the same reach).
 */
function labelMatch(tokens: Token[]): ItemMatch | null {
  const label = itemLabel(tokens);
  if (!label || (label.start === 0 && tokens[0]!.start < DATELINE_REACH)) return null;
  const m = matchAt(titleCased(tokens, label), label.start, false);
  return m && m.end === label.end && (m.item.kind === 'country' || m.item.kind === 'organisation') ? m : null;
}

export function findMentions(tokens: Token[]): Mention[] {
  const items: ItemMatch[] = [];
  const label = labelMatch(tokens);
  if (label) items.push(label);
  for (let i = label?.end ?? 0; i < tokens.length;) {
    const m = matchAt(tokens, i, items.length > 0 && items[items.length - 1]!.end === i);
    // "US$9.7 million", "A$300 million", "NZ$5 million": a currency, not an actor; "PORT-AU-PRINCE": a word inside a
    // hyphenated name (joined without spaces on both sides), not the African Union
    const inCompound =
      m !== null &&
      m.end === m.start + 1 &&
      tokens[m.start - 1]?.norm === '-' &&
      tokens[m.end]?.norm === '-' &&
      tokens[m.start - 1]!.end === tokens[m.start]!.start &&
      tokens[m.end]!.start === tokens[m.start]!.end;
    if (m && (inCompound || (tokens[m.end]?.norm === '$' && tokens[m.end]!.start === tokens[m.end - 1]!.end))) {
      i = m.end;
      continue;
    }
    if (m) {
      items.push(m);
      i = m.end;
    } else i++;
  }
  const mentions: Mention[] = [];
  const itemStarts = new Set(items.map((it) => it.start));
  let cur: Mention | null = null;
  const close = () => {
    if (!cur) return;
    // absorb a capitalised name after a role or title ("President Mario Soares", "Judge Alejandro Rivera"), with the
    // lower-case particles of Arabic, Spanish or Dutch names ("Abdel Fattah el-Sissi", "Juan Ramon de la Fuente")
    for (;;) {
      const end: number = cur.end;
      const name = (k: number) =>
        k < tokens.length && tokens[k]!.cap && /^[A-Z][a-z]+$/.test(tokens[k]!.text) && !itemStarts.has(k) && !CALENDAR.test(tokens[k]!.text);
      if (name(end)) {
        cur.end++;
        continue;
      }
      let k = end;
      while (k < tokens.length && k - end < 4 && NAME_PARTICLES.has(tokens[k]!.text)) k += tokens[k + 1]?.norm === '-' ? 2 : 1;
      if (k === end || !name(k)) break;
      cur.end = k + 1;
    }
    // "his Turkish counterpart met …", "his Azerbaijani counterpart, Jeyhun Bayramov": the counterpart is the mention's head
    if (cur.items[cur.items.length - 1]!.item.kind === 'adjective' && COUNTERPART.has(tokens[cur.end]?.norm ?? '')) {
      cur.end++;
      while (cur.end < tokens.length && tokens[cur.end]!.cap && /^[A-Z][a-z]+$/.test(tokens[cur.end]!.text) && !itemStarts.has(cur.end)) cur.end++;
    }
    // "UN relief chief Tom Fletcher", "AU peace envoy Olusegun Obasanjo": a lower-case title, then a two-word name
    const titled = titledName(tokens, cur.end, itemStarts);
    if (titled > cur.end) cur.end = titled;
    cur.end = ledBodyEnd(tokens, cur.end);
    cur.possessive = tokens[cur.end]?.norm === "'s";
    mentions.push(cur);
    cur = null;
  };
  for (const it of items) {
    if (cur) {
      const gap = tokens.slice(cur.end, it.start);
      // "Ukrainian long-range drones": a hyphenated modifier counts as one word
      const words = gap.filter((g) => g.norm !== '-').length;
      const glue =
        gap.length <= 5 &&
        words <= 3 &&
        gap.every(
          (g) =>
            isGlue(g) ||
            ((LOWER_MODIFIER.test(g.text) || (g.norm === '-' && it.item.kind === 'role')) &&
              !PREPOSITIONS.has(g.norm) &&
              !NOT_MODIFIERS.has(g.norm) &&
              !isFiniteVerb(g.norm) &&
              it.item.kind === 'role' &&
              words <= 2),
        );
      // "his Turkish counterpart Hakan Fidan": a counterpart of a state named before a person is that person
      const counterpartOf = cur.items[cur.items.length - 1]!.item.kind === 'adjective' && gap.length === 1 && COUNTERPART.has(gap[0]!.norm);
      if (counterpartOf && it.item.kind === 'leader') {
        cur.items.push(it);
        cur.end = it.end;
        continue;
      }
      // two names of places in a row are two actors ("Seoul Tokyo" never happens; "China Japan" in a list)
      const bothNames = isPlace(cur.items[cur.items.length - 1]!.item) && isPlace(it.item) && gap.length === 0;
      if (glue && !bothNames && !(gap.length > 0 && gap.every((g) => g.norm === 'the'))) {
        cur.items.push(it);
        cur.end = it.end;
        continue;
      }
      close();
    }
    // "the Royal Australian Navy", "the Royal Thai Army": the honorific opens the force's name
    const start = it.item.kind === 'adjective' && tokens[it.start - 1]?.text === 'Royal' ? it.start - 1 : it.start;
    cur = { start, end: it.end, items: [it], possessive: false, prep: prepBefore(tokens, start), pronoun: null };
  }
  close();
  // pronouns, as separate mentions, for coreference
  for (let i = 0; i < tokens.length; i++) {
    if (!PRONOUNS.has(tokens[i]!.norm)) continue;
    if (mentions.some((m) => i >= m.start && i < m.end)) continue;
    const prevTok = tokens[i - 1];
    mentions.push({
      start: i,
      end: i + 1,
      items: [],
      possessive: ['his', 'her', 'its', 'their', 'our'].includes(tokens[i]!.norm),
      prep: prevTok && PREPOSITIONS.has(prevTok.norm) ? prevTok.norm : null,
      pronoun: tokens[i]!.norm,
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  // a conjunct shares its partner's preposition: "between Ethiopia and Egypt", "with Japan and the US"
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k]!;
    const prev = mentions[k - 1]!;
    if (m.prep || !prev.prep || m.pronoun) continue;
    // (unless the conjunct opens a clause of its own: "€250 million for drones and Sweden said it would …", "struck a
    // refinery in Volgograd and Russia vowed to retaliate")
    // (a place is a plain locative: a name after it and "and" with a verb of its own is a new subject)
    const afterPlace = onlyPlaces(prev.items) && isFiniteVerb(tokens[m.end]?.norm ?? '');
    const gap = tokens.slice(prev.end + (prev.possessive ? 1 : 0), m.start).map((t) => t.norm);
    // (after ", and" a compound may open it: "stood with Norway, and Sweden and Denmark issued statements")
    const compound = gap.includes(',') && gap.includes('and') ? compoundEnd(tokens, mentions, k) : -1;
    const compoundClause = compound > m.end && (opensClause(tokens, compound) || isFiniteVerb(tokens[compound]?.norm ?? ''));
    if ((opensClause(tokens, m.end) || compoundClause || afterPlace) && prev.prep !== 'between' && prev.prep !== 'among') continue;
    // ("In Washington, the IMF …", "During talks in Colombo, Japan …": a fronted adjunct phrase and its comma are no list)
    const fronted = (prev.start <= 2 || frontedAdjunct(tokens, prev.start)) && !gap.includes('and') && !gap.includes('or');
    if (
      !fronted &&
      gap.length >= 1 &&
      gap.length <= 2 &&
      gap.every((w) => w === 'and' || w === 'or' || w === ',' || w === 'the') &&
      gap.some((w) => w !== 'the')
    )
      m.prep = prev.prep;
  }
  return mentions;
}

/** Where the compound beginning with mentions[k] ends: "Sweden and Denmark", "Chad, Niger and Mali" (joined by "and" or a comma). */
function compoundEnd(tokens: Token[], mentions: readonly Mention[], k: number): number {
  let end = mentions[k]!.end;
  for (let j = k + 1; j < mentions.length; j++) {
    const gap = tokens.slice(end, mentions[j]!.start).map((t) => t.norm);
    if (gap.length !== 1 || (gap[0] !== 'and' && gap[0] !== ',')) break;
    end = mentions[j]!.end;
  }
  return end;
}

// The relational noun of an official of another state: "his Turkish counterpart", "their Gulf counterparts".
const COUNTERPART = new Set(['counterpart', 'counterparts']);

// Marks after which a clause starts afresh: a dateline's dash ("PARIS, May 2 - In Lyon, …"), a colon, a semicolon
// (a hyphen only with a space before it: "a two-day visit" goes on).
const CLAUSE_STARTS = new Set(['—', '–', ':', ';']);
function startsClause(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return CLAUSE_STARTS.has(t.norm) || (t.norm === '-' && k > 0 && t.start > tokens[k - 1]!.end);
}

/**
 * The mention at `start` stands in a phrase that opens the sentence, or the clause after a dateline, with a
 * preposition and no comma before it ("During talks in Colombo", "PARIS, May 2 - In Lyon").
 */
function frontedAdjunct(tokens: Token[], start: number): boolean {
  // (back eight words at most: a crafted sentence of many mentions costs linear time)
  let open = start - 1;
  while (open > 0 && start - open < 8 && !startsClause(tokens, open - 1)) open--;
  if (open < 0 || (open > 0 && !startsClause(tokens, open - 1))) return false;
  return PREPOSITIONS.has(tokens[open]!.norm) && !tokens.slice(open, start).some((t) => t.norm === ',' || t.norm === 'and');
}
