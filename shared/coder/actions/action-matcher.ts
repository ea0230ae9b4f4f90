import { DAY_AND_MONTH_NAMES } from '../text/time-words.ts';
import { ARTICLES, BE_FORMS, PARTY_DETERMINERS, PERFECT_AUXILIARIES, PERSONAL_PRONOUNS, POSSESSIVE_DETERMINERS } from '../text/function-words.ts';
import { amountTokens } from '../text/amounts.ts';
import type { Token } from '../text/tokenizer.ts';
import { ACTION_LEXICON, type PatternElement, type TokenSeq, type VerbFormKind, type VerbPattern } from './action-lexicon.ts';
import { isLyAdverb } from '../text/adverbs.ts';
import { callsToAct, closesClause, subjectBefore } from './call-frame.ts';
import { designatesForSanction } from './designation-frame.ts';
import { opensAdjunct, shiftedObjectStart } from './shifted-object.ts';

/**
 * Finds the actions a sentence states: verb patterns (a head verb and the words it needs) and
 * nominal events ("missile tests", "hunger strike"). Bare verb forms that double as nouns
 * ("visit", "attacks", "talks") count as verbs only in a verbal context.
 */
export interface ActionMatch {
  code: string;
  kind: 'verb' | 'nominal';
  /** Token index of the trigger (the verb, or the nominal's first word). */
  head: number;
  /** One past the last token the pattern used. */
  end: number;
  /** Token index one past the head words (verb + particles, or the whole nominal). */
  headEnd: number;
  lemma: string;
  form: VerbFormKind | null;
  swap: boolean;
  size: number;
  pattern: string;
  /** Token index where an `@` element matched an actor. */
  actorAt: number | null;
  /** The object stands before the subject, in an object relative clause ("allegations that Kigali denied"). */
  fronted?: boolean;
}

const MAX_GAP = 5;
// a pattern's words stay inside one clause: "invited to Nairobi, rejected the talks" is no invitation to talks
const STOP = new Set(['.', ';', ':', '?', '!', ',']);
// Prepositions that open an adjunct (who else was there, where, despite what), never the way to a verb's object.
const ADJUNCT_PREPOSITIONS = new Set(['alongside', 'beside', 'amid', 'despite', 'among', 'near']);
// Words after which a bare or -s form is a verb ("will visit", "they attack", "also meets").
export const VERBAL_LEFT = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'did',
  'do',
  'does',
  'not',
  'never',
  'also',
  'jointly',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'who',
  'which',
  'that',
  'then',
  'now',
  'again',
  'still',
  'yet',
  'and',
  'or',
  'both',
  'today',
  'yesterday',
  'tonight',
  'formally',
  'officially',
  'publicly',
  'strongly',
  'repeatedly',
  'immediately',
  'reportedly',
  'reluctantly',
  'finally',
  'once',
  'twice',
  'already',
  'just',
  'soon',
  'later',
  'often',
  'routinely',
  'regularly',
  'frequently',
  'sharply',
  'flatly',
  'bluntly',
  'openly',
  'effectively',
  'quickly',
  'unanimously',
  'swiftly',
  'further',
  'directly',
  'personally',
  'firmly',
  'vigorously',
  'fiercely',
]);
// Words after which an -ing form is still a verb ("were fighting", "after signing", "by attacking").
const ING_LEFT = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'am',
  'after',
  'before',
  'by',
  'while',
  'when',
  'since',
  'from',
  'without',
  'on',
  'continue',
  'continued',
  'continues',
  'began',
  'begin',
  'begins',
  'started',
  'start',
  'starts',
  'stop',
  'stopped',
  'keep',
  'kept',
  'resumed',
  'resume',
  'considering',
  'consider',
  'considered',
  'emphasized',
  'emphasised',
  'stressed',
  'highlighted',
  'discussed',
  'proposed',
  'suggested',
  'recommended',
  'underlined',
  'underscored',
  'advocated',
  'favored',
  'favoured',
  'mulled',
  'explored',
  'weighed',
  'resorted',
  'collecting',
  'and',
  'or',
]);
// Verbs whose subject authors the text they take ("issued a statement", "adopted a resolution"), unlike those that
// oppose or receive it ("vetoed a resolution condemning …", "received a letter urging …").
const AUTHORING =
  /^(?:issu(?:e|ed|es|ing)|releas(?:e|ed|es|ing)|sen(?:d|ds|t|ding)|adopt(?:s|ed|ing)?|pass(?:es|ed|ing)?|draft(?:s|ed|ing)?|publish(?:es|ed|ing)?|circulat(?:e|es|ed|ing)|post(?:s|ed|ing)?|writ(?:e|es|ing|ten)|wrote|deliver(?:s|ed|ing)?|puts?|putting|ma(?:de|ke|kes|king)|read(?:s|ing)?|sign(?:s|ed|ing)?|submit(?:s|ted|ting)?|tabl(?:e|es|ed|ing)|address(?:es|ed|ing)?|(?:co-?)?sponsor(?:s|ed|ing)?|approv(?:e|es|ed|ing)|agree(?:s|d|ing)?|endors(?:e|es|ed|ing))$/;
// Prepositions that make the text the subject's medium ("said in a statement condemning …", "responded with a statement accusing …").
const MEDIUM_PREPOSITIONS = new Set(['in', 'with']);
// How far before the text's noun its authoring verb may stand ("issued a strongly worded joint statement").
const AUTHORING_REACH = 5;

/** The noun at `noun` is the object of a verb of authoring, past its determiner and adjectives. */
function authoredBefore(tokens: Token[], noun: number): boolean {
  for (let k = noun - 1; k >= 0 && k >= noun - AUTHORING_REACH; k--) {
    const t = tokens[k]!;
    if ((AUTHORING.test(t.norm) || MEDIUM_PREPOSITIONS.has(t.norm)) && /^[a-z]+$/.test(t.text)) return true;
    if (!/^[a-z-]+$/.test(t.text) && t.norm !== '-') return false;
  }
  return false;
}

// Texts whose -ing clause says what their author does ("issued a statement condemning …", "sent a letter urging …").
const STATEMENT_NOUNS = new Set([
  'statement',
  'statements',
  'note',
  'notes',
  'letter',
  'letters',
  'communique',
  'communiques',
  'message',
  'messages',
  'post',
  'posts',
  // ("posted a video criticising the Kallas package", "tweet")
  'video',
  'videos',
  'tweet',
  'tweets',
  'resolution',
  'resolutions',
]);
export const AUX = new Set(['has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', 'not', 'never']);
// Words after a participle that show it has no object ("seized last year", "killed in", "ordered out").
const FUNCTION_WORDS = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an', 'them', 'him', 'it', 'they', 'he', 'she', 'both', 'all', 'two']);
// Nouns that follow a verb as its object often enough that "X-ed <noun>" stays a verb.
const OBJECT_WORDS = new Set(['sanctions', 'talks', 'aid', 'troops', 'forces', 'relations', 'ties', 'fire', 'protests', 'support', 'concern', 'weapons']);
const NON_OBJECT = new Set([
  'in',
  'at',
  'on',
  'by',
  'from',
  'to',
  'for',
  'with',
  'during',
  'after',
  'before',
  'since',
  'over',
  'under',
  'near',
  'into',
  'out',
  'off',
  'as',
  'last',
  'this',
  'next',
  'earlier',
  'yesterday',
  'today',
  'ago',
  'and',
  'or',
  'but',
  'of',
  'about',
  'against',
  'while',
  'when',
  'without',
  'along',
  'across',
  'inside',
  'outside',
  'around',
  'through',
  'throughout',
  'toward',
  'towards',
  'amid',
  'including',
  'like',
  'who',
  'which',
  'that',
  'were',
  'was',
  'are',
  'is',
]);
// Words before an actor that make "<actor> strikes" a noun phrase ("since US strikes", "amid Russian attacks").
const NOUN_PHRASE_OPENERS = new Set([
  'since',
  'after',
  'amid',
  'despite',
  'following',
  'of',
  'over',
  'against',
  'by',
  'from',
  'about',
  'for',
  'on',
  'into',
  'with',
  'without',
]);
// Verbs without a passive: after a common noun they cannot start a reduced relative clause.
const INTRANSITIVE = new Set([
  'clash',
  'protest',
  'march',
  'rally',
  'demonstrate',
  'riot',
  'retaliate',
  'resign',
  'retreat',
  'collaborate',
  'cooperate',
  'intervene',
  'rebel',
  'mutiny',
  'testify',
  'apologize',
  'apologise',
]);
const QUANTIFIERS = new Set(['a', 'an', 'any', 'another', 'each', 'every', 'no', 'further', 'more']);
const NOUN_ADJECTIVES = new Set(['new', 'fresh', 'further', 'possible', 'future', 'latest', 'renewed', 'major', 'large', 'deadly', 'first', 'second', 'third']);
const DETERMINER_LEFT = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  "'s",
  'of',
  'no',
  'any',
  'each',
  'every',
]);

function seqAt(tokens: Token[], i: number, seq: TokenSeq): boolean {
  if (i + seq.length > tokens.length) return false;
  for (let k = 0; k < seq.length; k++) if (!seq[k]!.has(tokens[i + k]!.norm)) return false;
  return true;
}

export interface ActorPositions {
  /** Token index → true when an actor mention starts there. */
  starts: ReadonlySet<number>;
  /** Token index right after an actor mention → the mention's first token (a subject on the left). */
  endsBefore: ReadonlyMap<number, number>;
  /** Ends of mentions that are only a country adjective ("Israeli"): what follows is a noun. */
  adjectiveEnds?: ReadonlySet<number>;
  /** Tokens inside actor mentions ("riot police", "armed groups"): never a verb. */
  covered?: ReadonlySet<number>;
  /** Starts of mentions of someone who can be received as a guest (a leader, a minister, a delegation): `@guest`. */
  guests?: ReadonlySet<number>;
  /** Starts of mentions of a city, a capital or another place of a state: `@city`. */
  cities?: ReadonlySet<number>;
  /** Starts of mentions of a state's places other than its capital (`@state` takes no such party). */
  places?: ReadonlySet<number>;
}

// Economic measures: as the subject of "hit" they hit an economy ("tariffs hit exports").
const MEASURES = new Set(['tariff', 'tariffs', 'sanctions', 'duties', 'controls', 'curbs', 'restrictions', 'measures', 'levies', 'bans', 'embargo', 'prices']);
// Words after "back" that make it the adverb of a verb before it ("back on", "back into", "back home").
const BACK_ADVERB_NEXT = new Set(['on', 'into', 'in', 'to', 'from', 'home', 'up', 'down', 'off', 'out', 'inside', 'onto', 'across', 'over', 'at']);

// Connectives an auxiliary and its verb can enclose between commas ("did, however, accuse").
const CONNECTIVES = new Set(['however', 'though', 'nonetheless', 'nevertheless', 'also', 'therefore', 'meanwhile', 'instead']);

function verbalContext(tokens: Token[], i: number, kind: VerbFormKind, actors: ActorPositions, lemma = ''): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (actors.covered?.has(i)) return false;
  // "put Cuba back on the list", "allow inspectors back into the sites": the adverb, not the verb of support
  if (lemma === 'back' && kind !== 'past' && BACK_ADVERB_NEXT.has(next?.norm ?? '')) return false;
  // "tariffs hit Shenzhen", "sanctions hit Dubai banks": what a measure does to an economy, no strike
  if (lemma === 'hit' && MEASURES.has(prev?.norm ?? '')) return false;
  // "Israeli-occupied", "open-ended", "would-be": part of a compound adjective
  if (prev?.norm === '-') return false;
  // "is", "were": a form of "be" is never a noun ("X, the mediator for the crisis, is ready to talk")
  if (lemma === 'be' && kind !== 'ing') return true;
  // "riot police", "attack helicopters": a modifier of an actor noun
  if (
    (kind === 'base' || kind === 'third') &&
    actors.starts.has(i + 1) &&
    next &&
    !next.cap &&
    !FUNCTION_WORDS.has(next.norm) &&
    prev &&
    DETERMINER_LEFT.has(prev.norm)
  )
    return false;
  if (kind === 'base' || kind === 'third') {
    if (!prev) return kind === 'third' ? false : true; // imperative headlines are rare; "Visit" as first word is a noun
    // "against further attacks", "no more strikes": an adverb-looking modifier inside a noun phrase
    if (
      (prev.norm === 'further' || prev.norm === 'more') &&
      (NOUN_PHRASE_OPENERS.has(tokens[i - 2]?.norm ?? '') || DETERMINER_LEFT.has(tokens[i - 2]?.norm ?? ''))
    )
      return false;
    // "did not respond to requests for comment": after "to" only the bare form is a verb
    if (kind === 'third' && prev.norm === 'to') return false;
    if (VERBAL_LEFT.has(prev.norm) || isLyAdverb(prev.norm)) return true;
    // "did, however, accuse the United States": an auxiliary before a connective set off by commas
    if (prev.norm === ',' && tokens[i - 3]?.norm === ',' && CONNECTIVES.has(tokens[i - 2]?.norm ?? '') && VERBAL_LEFT.has(tokens[i - 4]?.norm ?? ''))
      return true;
    // 'the United States "stands firmly with …"': a quotation mark between subject and verb
    const subjectStart = actors.endsBefore.get(i) ?? (prev.norm === '"' ? actors.endsBefore.get(i - 1) : undefined);
    // "a U.S. request", "the EU offer": an actor inside a noun phrase makes the word a noun
    if (subjectStart !== undefined) {
      if (prev.norm === "'s" || ['a', 'an'].includes(tokens[subjectStart - 1]?.norm ?? '')) return false;
      // "any new militant strike", "another Russian attack": a quantifier (past one adjective) opens a noun phrase
      const q = NOUN_ADJECTIVES.has(tokens[subjectStart - 1]?.norm ?? '') ? subjectStart - 2 : subjectStart - 1;
      if (QUANTIFIERS.has(tokens[q]?.norm ?? '')) return false;
      // "Israeli strikes", "since US strikes", "Israeli and US strikes": a modifier or a prepositional object, not a subject
      if (actors.adjectiveEnds?.has(i)) return false;
      // ("the United States stands" is a subject: look past "the" to what governs the phrase)
      const the = tokens[subjectStart - 1]?.norm === 'the' ? 1 : 0;
      const before = tokens[subjectStart - 1 - the]?.norm ?? '';
      if (NOUN_PHRASE_OPENERS.has(before)) return false;
      if (before === 'and' && actors.adjectiveEnds?.has(subjectStart - 1)) return false;
      return true;
    }
    return false;
  }
  if (!prev) return true;
  // "Yemen's internationally recognised government", "the democratically elected parliament": an adjective
  if (
    (kind === 'pastOrParticiple' || kind === 'participle') &&
    isLyAdverb(prev.norm) &&
    actors.starts.has(i + 1) &&
    next &&
    !next.cap &&
    DETERMINER_LEFT.has(tokens[i - 2]?.norm ?? '')
  )
    return false;
  // "a diplomat accused of espionage", "officials suspected of graft": a participle with "of" and no auxiliary is passive
  if ((kind === 'pastOrParticiple' || kind === 'participle') && next?.norm === 'of' && !AUX.has(prev.norm)) return false;
  // -ing, -ed after a determiner are nouns or adjectives ("the signing", "the wounded"); "each" floating after an
  // auxiliary is no determiner ("Lesotho and Botswana have each asked Washington")
  const floating = prev.norm === 'each' && AUX.has(tokens[i - 2]?.norm ?? '');
  if (DETERMINER_LEFT.has(prev.norm) && !floating) return false;
  const ingOfStatement = kind === 'ing' && STATEMENT_NOUNS.has(prev.norm) && authoredBefore(tokens, i - 1);
  const lowerWord =
    /^[a-z]+$/.test(prev.text) && !VERBAL_LEFT.has(prev.norm) && !ING_LEFT.has(prev.norm) && !AUX.has(prev.norm) && !isLyAdverb(prev.norm) && !ingOfStatement;
  // "Israeli tanks fired": an actor adjective before the noun still makes a subject; not for -ing ("a resolution censuring")
  const subjectLeft = actors.endsBefore.has(i) || (kind !== 'ing' && actors.endsBefore.has(i - 1));
  // "armed groups", "detained journalists": a participle right before a bare noun is an adjective
  if (
    (kind === 'pastOrParticiple' || kind === 'participle') &&
    !subjectLeft &&
    !AUX.has(prev.norm) &&
    next &&
    /^[a-z]+$/.test(next.text) &&
    !NON_OBJECT.has(next.norm) &&
    !FUNCTION_WORDS.has(next.norm) &&
    !OBJECT_WORDS.has(next.norm) &&
    (DETERMINER_LEFT.has(prev.norm) || lowerWord || (prev.norm === ',' && !closesApposition(tokens, i - 1, actors)))
  ) {
    const after = tokens[i + 2];
    if (!after || !/^[a-z]+$/.test(after.text) || NON_OBJECT.has(after.norm) || after.norm === ',') return false;
  }
  // "equipment seized last year", "people killed in": a participle after a common noun with no object is a reduced relative clause
  // (verbs with no passive, "the group clashed with …", "students marched through …", are always main verbs)
  if (kind === 'pastOrParticiple' && lowerWord && !subjectLeft && !INTRANSITIVE.has(lemma)) {
    // "allies demanded that …": a clause after the verb shows it is the main verb
    const objectFollows =
      next !== undefined && (next.norm === 'that' || (!NON_OBJECT.has(next.norm) && !isLyAdverb(next.norm) && /^[\p{L}\d]/u.test(next.norm)));
    // "a swap mediated by the UAE": a reduced passive with a named agent is that agent's deed
    const agentFollows = next?.norm === 'by' && actors.starts.has(i + 2 + (tokens[i + 2]?.norm === 'the' ? 1 : 0));
    if (!objectFollows && !agentFollows) return false;
  }
  // a gerund after an adjective is a noun ("fierce fighting", "heavy shelling"); after a plural noun it describes the noun
  // (a reduced relative clause), also when that noun opens the sentence ("Donors meeting at the OAS pledged …")
  // (the sentence's first word, or the first after a dateline: "WASHINGTON (AP) - Donors meeting …")
  const opening = i === 1 || ['-', '—', '–', ':'].includes(tokens[i - 2]!.norm);
  const openingPlural = opening && /^[A-Z][a-z]+s$/.test(prev.text) && !actors.covered?.has(i - 1);
  if (kind === 'ing' && (lowerWord || openingPlural) && !subjectLeft) return false;
  // and after a determined actor that modifies it ("welcomed the Nairobi meeting", "told a televised Cabinet meeting")
  if (kind === 'ing' && subjectLeft) {
    let d = (actors.endsBefore.get(i) ?? i) - 1;
    while (d >= 0 && d >= i - 5 && /^[a-z]+$/.test(tokens[d]!.text) && !DETERMINER_LEFT.has(tokens[d]!.norm) && !AUX.has(tokens[d]!.norm)) d--;
    if (d >= 0 && DETERMINER_LEFT.has(tokens[d]!.norm) && d >= (actors.endsBefore.get(i) ?? i) - 3) return false;
  }
  return true;
}

// How far back an apposition's opening comma may stand from its closing one.
const APPOSITION_REACH = 12;

/**
 * The comma at `comma` closes an apposition set off after a party ("Niger and Burkina Faso, Mali's partners in the
 * alliance, expressed …"): an earlier comma within reach has a party right before it, and no verb-like word between.
 */
function closesApposition(tokens: Token[], comma: number, actors: ActorPositions): boolean {
  for (let k = comma - 1; k > 0 && k >= comma - APPOSITION_REACH; k--) {
    const w = tokens[k]!.norm;
    if (w === ',') return actors.endsBefore.has(k);
    if (w === ';' || w === '.' || w === 'that' || w === 'which' || w === 'who' || AUX.has(w)) return false;
  }
  return false;
}

/**
 * Token j continues the word before it, so a gap counts them once: a party or an amount of money is one word ("join
 * the Vanuatu Mobile Force for an exercise", "announced 20 million pounds ($27 million) in emergency aid"), and so is a
 * hyphenated word ("Ukrainian-made long-range strike drones"), and a quoted name ('concluded the "Maritime Security Belt
 * 2026" joint drills').
 */
function sameChunk(tokens: Token[], j: number, actors: ActorPositions, amounts: ReadonlySet<number>, names: ReadonlySet<number>): boolean {
  return (
    (actors.covered?.has(j) === true && actors.covered.has(j - 1)) ||
    (amounts.has(j) && amounts.has(j - 1)) ||
    (names.has(j) && names.has(j - 1)) ||
    (j > 0 && j < tokens.length && tokens[j]!.start === tokens[j - 1]!.end && (tokens[j]!.norm === '-' || tokens[j - 1]!.norm === '-'))
  );
}

// The longest quoted name read as one word.
const MAX_QUOTED_NAME_WORDS = 6;

/**
 * The tokens of quoted names, quotes included: a few capitalised words or numbers between quotes ('"Maritime Security
 * Belt 2026"', '"Eagle Resolve"'). Quoted words with a lower-case word in them are someone's words, not a name.
 */
function quotedNameTokens(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== '"') continue;
    let k = i + 1;
    while (k < tokens.length && k <= i + MAX_QUOTED_NAME_WORDS && /^[\p{Lu}\d]/u.test(tokens[k]!.text)) k++;
    if (k > i + 1 && tokens[k]?.norm === '"') {
      for (let j = i; j <= k; j++) out.add(j);
      i = k;
    }
  }
  return out;
}

/** The word at `i` is the first part of a hyphenated compound ("tariff-free quotas", "sanctions-hit economy"): a modifier, not a head noun. */
function modifiesCompound(tokens: Token[], i: number): boolean {
  // (a hyphen proper: a dash written without spaces, "sanctions—a move welcomed by Syria", ends the phrase instead)
  const hyphen = tokens[i + 1];
  const word = tokens[i + 2];
  return hyphen?.text === '-' && hyphen.start === tokens[i]!.end && word?.start === hyphen.end && /^[\p{L}\d]/u.test(word.text);
}

// Uses of force, and the nouns of relations between parties: a word of force that only describes relations names none
// ("agreed to strengthen security cooperation", "boost military ties" are cooperation, no show of force; other patterns
// keep the word's sense: "halted trade relations" is a trade measure, "violated the ceasefire agreement" a violation).
const FORCE_ROOTS = new Set(['13', '15', '17', '18', '19', '20']);
const RELATION_HEADS = new Set(['cooperation', 'ties', 'relations', 'partnership', 'partnerships', 'dialogue', 'guarantees', 'arrangements', 'assurances']);
// Nouns whose phrase names something else than the word before them for every pattern: talks about aid are talks
// ("suspended aid talks"), relief from sanctions is no sanction ("approved sanctions relief for Syria").
// ("hit back with tariff threats", "responded with tariff cuts": a threat or a cut of a measure is none imposed)
const OWN_HEADS = new Set(['talks', 'negotiations', 'relief', 'waiver', 'waivers', 'exemption', 'exemptions', 'threat', 'threats', 'cut', 'cuts']);

/**
 * The word at `i` describes a head noun right after it: one of relations, for a pattern of force ("strengthen
 * security cooperation", "boost security guarantees"), or one whose phrase is its own ("sanctions relief"); never a
 * pattern's verb ("to host talks").
 */
function describesHeadNoun(tokens: Token[], i: number, force: boolean): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !/^[a-z]+$/.test(next.text) || tokens[i - 1]?.norm === 'to') return false;
  return OWN_HEADS.has(next.norm) || (force && RELATION_HEADS.has(next.norm));
}

// Prepositions that end a direct object's noun phrase before its head could come (`=` elements).
const GAP_PREPOSITIONS = new Set(['of', 'from', 'for', 'on', 'in', 'at', 'to', 'with', 'by', 'after', 'before', 'over', 'under', 'against', 'into', 'about']);

// Prepositions that also open a time phrase ("insisted on Thursday that …", "agreed in March to …").
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at']);
// What may follow the day of a time phrase: the phrase goes on or the clause does ("on Friday evening", "on Thursday that").
const AFTER_TIME = new Set([
  ...['morning', 'afternoon', 'evening', 'night'],
  ...['that', 'to', 'and', 'but', 'when', 'after', 'before', 'as', 'in', 'at', 'on', 'with', 'for', 'by'],
  ...ARTICLES,
  ...POSSESSIVE_DETERMINERS,
  ...['it', 'they', ...PERSONAL_PRONOUNS],
]);

/**
 * The word at `i` is a preposition opening a time phrase: it is no pattern's complement ("insist on" a deadline, not
 * "on Thursday"). A day owned or naming a noun is no time phrase: "balked at Monday's deadline", "reneged on March commitments".
 */
function timeAdjunct(tokens: Token[], i: number): boolean {
  if (!TIME_PREPOSITIONS.has(tokens[i]!.norm) || !DAY_AND_MONTH_NAMES.has(tokens[i + 1]?.norm ?? '')) return false;
  const after = tokens[i + 2];
  return after === undefined || !/^[a-z']+$/.test(after.norm) || AFTER_TIME.has(after.norm);
}

// Words before a quantity's "of": "some of its sanctions", "a raft of sanctions", "two of its patrol vessels".
const QUANTITY_WORDS = new Set([
  'some',
  'most',
  'all',
  'many',
  'several',
  'part',
  'parts',
  'raft',
  'number',
  'host',
  'range',
  'series',
  'batch',
  'majority',
  'rest',
  'each',
  'any',
  'none',
  'half',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'dozens',
  'hundreds',
]);

// Words that open a clause of their own between a party and an infinitive: its subject, its auxiliary, its conjunction.
const OPENS_CLAUSE = new Set([
  ...[',', ';', 'that', 'which', 'who', 'whether', 'if'],
  ...PERSONAL_PRONOUNS,
  ...['it', 'they', 'we', 'i', 'you'],
  ...PERFECT_AUXILIARIES,
  ...['is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'must', 'may', 'might', 'can'],
]);

// How far a passive's "by" may stand from its verb, and its party from the "by" ("by his Chilean counterpart").
const AGENT_REACH = 10;
const AGENT_WORDS = 3;

/** Where the party of the passive "by"-phrase after the participle ending at `from` starts; -1 if it is no passive or has none. */
function passiveAgentAt(tokens: Token[], from: number, actors: ActorPositions): number {
  const participle = tokens[from - 1];
  let aux = from - 2;
  while (aux > 0 && isLyAdverb(tokens[aux]!.norm)) aux--;
  if (!participle || !/^[a-z]+(ed|en)$/.test(participle.text) || !BE_FORMS.has(tokens[aux]?.norm ?? '')) return -1;
  for (let k = from; k < tokens.length && k < from + AGENT_REACH; k++) {
    const w = tokens[k]!.norm;
    if (STOP.has(w) || w === ',' || w === 'and') return -1;
    if (w !== 'by') continue;
    for (let j = k + 1; j <= k + AGENT_WORDS && j < tokens.length; j++) if (actors.starts.has(j)) return j;
    return -1;
  }
  return -1;
}

/** The element is the bare "to" of an infinitive. */
function isInfinitiveMarker(el: PatternElement): boolean {
  const only = el.alts.length === 1 && el.alts[0]!.length === 1 ? el.alts[0]![0] : undefined;
  // (the set holds the word's inflections too: "to", "tos", "toes")
  return only !== undefined && only.has('to');
}

/** The "of" at `j` belongs to a quantity before it, inside the object's own noun phrase. */
function quantityOf(tokens: Token[], j: number): boolean {
  return tokens[j]!.norm === 'of' && (QUANTITY_WORDS.has(tokens[j - 1]?.norm ?? '') || /^\d/.test(tokens[j - 1]?.norm ?? ''));
}

function matchElements(
  tokens: Token[],
  from: number,
  p: VerbPattern,
  actors: ActorPositions,
  amounts: ReadonlySet<number>,
  names: ReadonlySet<number>,
): { end: number; actorAt: number | null; words: number } | null {
  let pos = from;
  let actorAt: number | null = null;
  let words = 0;
  let afterParty = false;
  const force = FORCE_ROOTS.has(p.code.slice(0, 2));
  for (const el of p.elements) {
    let found = -1;
    let foundEnd = -1;
    // (a party, an amount of money or a hyphenated word in the gap counts as one word: sameChunk)
    const budget = el.actor ? 2 : MAX_GAP;
    // "told Asmara (on Monday) to pull back": the party's infinitive follows it, past a time phrase at most
    // ("ordered 12 French embassy and consular staff to leave", "told Asmara on Monday to pull back"), never past a clause
    // of its own ("told NPR that the delegations had agreed to meet", "told RNZ he had spoken to Manele")
    const infinitiveOfParty = afterParty && isInfinitiveMarker(el);
    for (let j = pos, spent = 0; j < tokens.length && spent <= budget; j++, spent += sameChunk(tokens, j, actors, amounts, names) ? 0 : 1) {
      // ("added 12 Japanese companies, including two makers of photoresist, to its export control list": the party's
      // aside is part of the party, one word of the gap)
      if (afterParty && !el.actor) j = inclusionAsideEnd(tokens, j);
      if (STOP.has(tokens[j]!.norm)) break;
      if (infinitiveOfParty && OPENS_CLAUSE.has(tokens[j]!.norm)) break;
      // "troops … are training alongside Croatian forces": a word after an adjunct's preposition is not the verb's object
      if (!el.actor && ADJUNCT_PREPOSITIONS.has(tokens[j]!.norm) && !el.opens.has(tokens[j]!.norm)) break;
      // "were expected to discuss Japan's plan": a party after an infinitive is in the complement, not the slot
      if (el.actor && tokens[j]!.norm === 'to') break;
      // "suspended two commanders from duty", "lowered the threshold for sanctions": past a preposition is no direct object
      // (a quantity's "of", "some of its sanctions", and a time phrase, "lifted on Monday its sanctions", are no such break)
      if (el.direct && GAP_PREPOSITIONS.has(tokens[j]!.norm) && !quantityOf(tokens, j) && !timeAdjunct(tokens, j)) break;
      if (el.actor) {
        if (
          actors.starts.has(j) &&
          // ("welcomed the decision by Montenegro to increase its defence spending": a possessive past a word of the gap
          // determines a noun of the infinitive's object, it is no party of the slot)
          !(j > pos && POSSESSIVE_DETERMINERS.has(tokens[j]!.norm)) &&
          (!el.guest || (actors.guests?.has(j) && !askedToAct(tokens, j, actors, p.lemma))) &&
          (!el.city || actors.cities?.has(j)) &&
          (!el.state || (!actors.places?.has(j) && !possessorAt(tokens, j, actors))) &&
          (!el.alone || (closesClause(tokens, j, actors) && tokens.slice(pos, j).every((t) => t.norm === 'the')))
        ) {
          found = j;
          foundEnd = j + 1;
        }
      } else if (el.amount) {
        // the whole amount, from its first token ("$", "30m"; "20 million pounds ($27 million)")
        if (amounts.has(j) && !amounts.has(j - 1)) {
          found = j;
          foundEnd = j + 1;
          while (amounts.has(foundEnd)) foundEnd++;
        }
      } else if (el.opens.has(tokens[j]!.norm)) {
        for (const alt of el.alts)
          if (
            seqAt(tokens, j, alt) &&
            !modifiesCompound(tokens, j + alt.length - 1) &&
            !describesHeadNoun(tokens, j + alt.length - 1, force) &&
            !timeAdjunct(tokens, j + alt.length - 1)
          ) {
            found = j;
            foundEnd = j + alt.length;
            break;
          }
      }
      if (found >= 0) break;
    }
    // "was received this Monday in the Palace of La Moneda by his Chilean counterpart": a passive's party is its agent
    if (found < 0 && el.actor && pos === from) found = passiveAgentAt(tokens, from, actors);
    // "received in Amman the European Commissioner": the party shifted past the place and the day
    if (found < 0 && el.actor && pos === from && !el.city && opensAdjunct(tokens, from)) found = shiftedParty(tokens, from, el, actors, p.lemma);
    if (found >= 0 && foundEnd < 0) foundEnd = found + 1;
    if (found < 0) return null;
    afterParty = el.actor;
    if (el.actor) actorAt = found;
    // (an amount is one word however many tokens write it, as a party is)
    words += el.amount ? 1 : foundEnd - found;
    pos = foundEnd;
  }
  return { end: pos, actorAt, words };
}

/** The party at `j` owns a thing that follows it, no party: "Ukraine's border" (not "Syria's army", itself a party). */
function possessorAt(tokens: Token[], j: number, actors: ActorPositions): boolean {
  let k = j;
  while (actors.covered?.has(k + 1) && tokens[k + 1]!.norm !== "'s") k++;
  return tokens[k + 1]?.norm === "'s" && !actors.covered?.has(k + 2);
}

/** The party that opens a verb's object shifted past adjuncts of place and time (shifted-object.ts), or -1. */
function shiftedParty(tokens: Token[], from: number, el: PatternElement, actors: ActorPositions, lemma: string): number {
  const start = shiftedObjectStart(tokens, from);
  if (start === from) return -1;
  const at = PARTY_DETERMINERS.has(tokens[start]?.norm ?? '') ? start + 1 : start;
  if (!actors.starts.has(at) || (el.guest && !(actors.guests?.has(at) && !askedToAct(tokens, at, actors, lemma)))) return -1;
  return at;
}

// Particles after which a verb of force is another verb: to seize on a point, strike up a friendship, fire off a letter,
// storm out of a meeting.
const IDIOM_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['seize', new Set(['on', 'upon'])],
  ['strike', new Set(['up'])],
  ['fire', new Set(['off'])],
  ['storm', new Set(['off', 'out'])],
]);

// Words that open an aside naming some of a party's members ("…, including two makers of photoresist, …").
const INCLUSION_OPENERS = new Set(['including', 'notably', 'mainly', 'mostly', 'chiefly', 'among']);
// (an aside longer than this is no aside of a noun phrase: the window stays bounded, so the matcher stays linear)
const ASIDE_REACH = 15;

/** At a comma that opens an inclusion aside, the index of the comma that closes it; else `j`. */
function inclusionAsideEnd(tokens: Token[], j: number): number {
  if (tokens[j]?.norm !== ',' || !INCLUSION_OPENERS.has(tokens[j + 1]?.norm ?? '')) return j;
  for (let k = j + 2; k < tokens.length && k <= j + ASIDE_REACH; k++) {
    if (tokens[k]!.norm === ',') return k + 1 < tokens.length ? k + 1 : j;
    if (STOP.has(tokens[k]!.norm)) return j;
  }
  return j;
}

// Words after "to" that show it is a preposition, not an infinitive ("welcomed President X to the capital").
const PREPOSITION_OBJECT = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);
// Verbs whose guest may be asked to act instead, anywhere later in the clause: "called on President X on Monday to allow
// aid into Gaza", "called on X for the release of …" are appeals, "called on X at the ministry" a courtesy call.
const APPEAL_VERBS = new Set(['call']);
const SENTENCE_ENDS = new Set(['.', ';', '?', '!']);
// how far the clause is read for the appeal's complement (a window is bounded, so this keeps the matcher linear)
const APPEAL_REACH = 30;

/** Token k starts an infinitive: "to" and a verb, a quotation mark allowed between ('to "show restraint"'). */
function infinitiveAt(tokens: Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'to') return false;
  const next = tokens[k + 1]?.norm === '"' ? tokens[k + 2] : tokens[k + 1];
  return next !== undefined && !next.cap && /^[a-z]+$/.test(next.text) && !PREPOSITION_OBJECT.has(next.norm);
}

/**
 * The guest whose mention starts at `start` is asked to act, so the verb is an appeal, not a meeting with the guest:
 * an infinitive right after the mention ("welcomed X to visit"), or, for verbs of appeal, an infinitive or "for"
 * anywhere later in the clause.
 */
function askedToAct(tokens: Token[], start: number, actors: ActorPositions, lemma: string): boolean {
  let end = start + 1;
  while (actors.covered?.has(end)) end++;
  if (!APPEAL_VERBS.has(lemma)) return infinitiveAt(tokens, end);
  for (let k = end; k < tokens.length && k < end + APPEAL_REACH && !SENTENCE_ENDS.has(tokens[k]!.norm); k++)
    if (tokens[k]!.norm === 'for' || infinitiveAt(tokens, k)) return true;
  return false;
}

// what may stand between the subject of an object relative clause and its verb ("allegations Kigali has consistently denied")
const RELATIVE_AUX = new Set(['has', 'have', 'had', 'also', 'long', 'always', 'still']);

/**
 * An object relative clause puts the verb's object before its subject: "a charge Kabul rejects", "allegations that
 * Kigali has consistently denied". The noun there fills a pattern whose one element is a word after the verb, so the
 * verb reads as it would with the object after it ("rejects the charge"). Words matched, or null.
 */
function frontedObject(tokens: Token[], head: number, p: VerbPattern, actors: ActorPositions): number | null {
  const el = p.elements.length === 1 ? p.elements[0]! : null;
  if (!el || el.actor) return null;
  let j = head;
  while (j > 0 && (RELATIVE_AUX.has(tokens[j - 1]!.norm) || isLyAdverb(tokens[j - 1]!.norm))) j--;
  const subjectStart = actors.endsBefore.get(j);
  if (subjectStart === undefined) return null;
  const k = ['that', 'which'].includes(tokens[subjectStart - 1]?.norm ?? '') ? subjectStart - 1 : subjectStart;
  for (const alt of el.alts) if (k - alt.length >= 0 && seqAt(tokens, k - alt.length, alt)) return alt.length;
  return null;
}

export function findActions(tokens: Token[], actors: ActorPositions): ActionMatch[] {
  const amounts = amountTokens(tokens);
  const names = quotedNameTokens(tokens);
  const verbs: ActionMatch[] = [];
  const nominals: ActionMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    const entries = ACTION_LEXICON.heads.get(norm);
    if (entries) {
      let best: ActionMatch | null = null;
      let bestSkipped = 0;
      for (const { pattern: p, kind } of entries) {
        if (!seqAt(tokens, i + 1, p.headRest)) continue;
        if (!verbalContext(tokens, i, kind, actors, p.lemma)) continue;
        // ("seized on the remarks", "struck up a friendship", "fired off a letter": the particle makes another verb)
        if (p.headRest.length === 0 && IDIOM_PARTICLES.get(p.lemma)?.has(tokens[i + 1]?.norm ?? '')) continue;
        // ("…, calling the EU ambassador, Pawel Herczynski, 'a colonial governor'": a participle's party is named, not called)
        // ("a small town called Pokrovsk", "a militia called Kataib Hezbollah": a participle after a noun names, too; the
        // caller is the verb's subject, right before it)
        if (p.namesPartyAlone && (kind === 'ing' || !subjectBefore(tokens, i, actors))) continue;
        const headEnd = i + 1 + p.headRest.length;
        const fronted = (words: number | null) => (words === null ? null : { end: headEnd, actorAt: null, words, fronted: true });
        const m = matchElements(tokens, headEnd, p, actors, amounts, names) ?? fronted(frontedObject(tokens, i, p, actors));
        if (!m) continue;
        if (p.lemma === 'call' && tokens[m.end - 1]?.norm === 'to' && !callsToAct(tokens, i, m, actors, kind)) continue;
        if (p.lemma === 'designate' && !designatesForSanction(tokens, m.end, i)) continue;
        // the pattern that used the most words wins ("launched air strikes" over "launched strikes");
        // on a tie the tighter one (fewer words skipped: "welcomed Pakistan's decision to …" is praise of a decision,
        // not "welcome … to" a visitor), then the more specific (longer) code, then the earlier pattern
        const size = 1 + p.headRest.length + m.words;
        const skipped = m.end - headEnd - m.words;
        if (best && (size < best.size || (size === best.size && (skipped > bestSkipped || (skipped === bestSkipped && p.code.length <= best.code.length)))))
          continue;
        best = {
          code: p.code,
          kind: 'verb',
          head: i,
          end: m.end,
          headEnd,
          lemma: p.lemma,
          form: kind,
          swap: p.swap,
          size,
          pattern: p.text,
          actorAt: m.actorAt,
          ...('fronted' in m ? { fronted: true } : {}),
        };
        bestSkipped = skipped;
      }
      if (best) verbs.push(best);
    }
    const noms = ACTION_LEXICON.nominals.get(norm);
    if (noms) {
      let best: ActionMatch | null = null;
      for (const p of noms) {
        if (best && p.tokens.length <= best.size) continue;
        if (!seqAt(tokens, i, p.tokens)) continue;
        best = {
          code: p.code,
          kind: 'nominal',
          head: i,
          end: i + p.tokens.length,
          headEnd: i + p.tokens.length,
          lemma: tokens[i]!.norm,
          form: null,
          swap: false,
          size: p.tokens.length,
          pattern: p.text,
          actorAt: null,
        };
      }
      if (best) nominals.push(best);
    }
  }
  // nominals: keep the longest of overlapping ones ("suicide bombing" over "bombing")
  nominals.sort((a, b) => b.size - a.size || a.head - b.head);
  const keptNominals: ActionMatch[] = [];
  for (const n of nominals) if (!keptNominals.some((k) => n.head < k.end && k.head < n.end)) keptNominals.push(n);
  // a verb whose head lies inside a nominal is part of it ("a suicide bombing"), and a nominal
  // that a verb pattern used as its object is part of the verb ("held talks", "imposed a curfew")
  const keptVerbs = verbs.filter(
    (v) =>
      !keptNominals.some((n) => v.head >= n.head && v.head < n.end && n.size > 1) &&
      !verbs.some((o) => o !== v && o.size > v.size && v.head >= o.headEnd && v.head < o.end),
  );
  const finalNominals = keptNominals.filter((n) => !keptVerbs.some((v) => (n.head > v.head && n.head < v.end && v.size > 1) || n.head === v.head));
  return [...keptVerbs, ...finalNominals].sort((a, b) => a.head - b.head);
}
