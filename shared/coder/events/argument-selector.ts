import type { Token } from '../text/tokenizer.ts';
import { ARTICLES, FINITE_AUXILIARIES, POSSESSIVE_DETERMINERS } from '../text/function-words.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import { CO_AGENT_PREPS, type Mention } from '../actors/mention-finder.ts';
import { isThirdPartyWith } from './third-party.ts';
import { isPlace, onlyPlaces } from '../actors/actor-lexicon.ts';
import type { ActionMatch } from '../actions/action-matcher.ts';
import { isChainWord, isReportingVerb } from './modality.ts';
import { NAMING } from './reported-speech.ts';
import { TIME_PHRASE_WORDS } from '../text/time-words.ts';
import { isLyAdverb } from '../text/adverbs.ts';

/**
 * Picks who acts and who is acted upon for one action, without a parser: the subject is the
 * nearest actor before the verb that is not inside a prepositional phrase or an appositive; the
 * target is the first actor after it that is an object or a "with/to/against/on" argument, never
 * one in a locative phrase ("in Beijing") or in the attribution tail (", officials said").
 * Passives ("was attacked by X") and "drew concern from X" swap the two.
 */
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'within', 'around', 'during', 'via', 'through']);
const NOT_ARGUMENT = new Set([
  'amid',
  'despite',
  'over',
  'after',
  'before',
  'since',
  'than',
  'like',
  'including',
  'about',
  'unlike',
  'as',
  'among',
  'behind',
  'beyond',
  'without',
  'of',
  'under',
  ...CO_AGENT_PREPS,
]);
const DESTINATION_VERBS = new Set(['summon', 'deport', 'extradite', 'expel', 'send', 'transfer', 'invite', 'return', 'repatriate', 'hand']);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got', 'get', 'gets']);

// Subordinating conjunctions open a clause of their own: what follows one is never the sentence's attribution
// ("and" and "but" are left out: ", OAS officials said, and …" has its attribution before them).
const TAIL_BREAKERS = new Set(['while', 'whereas', 'although', 'though', 'because']);

// Words that open or carry a clause of its own after a verb of saying.
const CLAUSE_MARKERS = new Set(['that', ...FINITE_AUXILIARIES]);

/**
 * A reported clause right after the verb of saying at `verb`: a name or a subject pronoun, then a past tense ("Lavrov,
 * speaking in Moscow, said Russia condemned Finland", "Egypt, a key ally, said it condemned Israel"). The verb of
 * saying is then the sentence's own, after an aside of its subject, not an attribution tail (", said Zakharova").
 */
function subjectAndPastAfter(tokens: Token[], verb: number): boolean {
  for (let k = verb + 2; k < tokens.length && k <= verb + 5; k++) {
    const t = tokens[k]!;
    if (t.norm === ',') return false;
    const before = tokens[k - 1]!;
    if (/^[a-z]+ed$/.test(t.text) && (/^[A-Z]/.test(before.text) || before.norm === 'it' || SUBJECT_PRONOUNS.has(before.norm))) return true;
  }
  return false;
}

// The last words of a document's name, which may hold a party's ("the Korea-United Kingdom Free Trade Agreement").
const DOCUMENT_NOUNS = new Set([
  'Agreement',
  'Treaty',
  'Accord',
  'Accords',
  'Convention',
  'Act',
  'Protocol',
  'Charter',
  'Declaration',
  'Regulations',
  'Regulation',
]);

/** Start of the attribution tail (", officials said Tuesday", "according to …"), or tokens.length. */
export function attributionTail(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm === 'according' && tokens[i + 1]?.norm === 'to') return i;
  }
  for (let i = tokens.length - 1; i > 0; i--) {
    if (tokens[i]!.norm !== ',') continue;
    for (let j = i + 1; j < tokens.length && j <= i + 9; j++) {
      // ("…, while Germany said it would …")
      if (TAIL_BREAKERS.has(tokens[j]!.norm)) break;
      // a capitalised word is part of a name ("the United States invaded …"), not a reporting verb
      // (", said Tokyo would protest to Beijing" after an appositive is a reported clause, not an attribution: a
      // finite verb or "that" follows the verb of saying)
      if (
        isReportingVerb(tokens[j]!.norm) &&
        !/^[A-Z]/.test(tokens[j]!.text) &&
        tokens.length - j <= 10 &&
        !tokens.slice(j + 1).some((t) => CLAUSE_MARKERS.has(t.norm)) &&
        !subjectAndPastAfter(tokens, j)
      )
        return i;
    }
    break;
  }
  return tokens.length;
}

export function isPassive(tokens: Token[], a: ActionMatch): boolean {
  if (a.kind !== 'verb' || (a.form !== 'participle' && a.form !== 'pastOrParticiple')) return false;
  // "were engaged in ethnic cleansing", "is involved in": active in meaning
  if (tokens[a.head + 1]?.norm === 'in' && (a.lemma === 'engage' || a.lemma === 'involve')) return false;
  // "is opposed to", "is committed to": adjectival, the subject is the actor
  // (but "was summoned to the ministry", "were deported to Mexico": "to" is where the passive subject was taken)
  if (tokens[a.head + 1]?.norm === 'to' && !DESTINATION_VERBS.has(a.lemma) && !tokens.slice(a.head + 1, a.head + 6).some((t) => t.norm === 'by')) return false;
  // "a swap mediated by the UAE": a participle with its by-agent right after it is a reduced passive
  // (not when "by" belongs to the pattern itself: "Russia stood by Serbia")
  // (an object slot that took the "by"-phrase along, "host @" over "hosted by Oman", is no such word)
  const ownBy = a.end > a.headEnd && tokens[a.headEnd]?.norm === 'by' && /(^|[\s|])by([\s|]|$)/.test(a.pattern);
  if (
    tokens[a.head + 1]?.norm === 'by' &&
    !ownBy &&
    // ("extended by six months", "cut by half", "raised by 2%": by how much, not by whom)
    !byMeasure(tokens, a.head + 2) &&
    !BE.has(tokens[a.head - 1]?.norm ?? '') &&
    !['has', 'have', 'had'].includes(tokens[a.head - 1]?.norm ?? '')
  )
    return true;
  for (let i = a.head - 1; i >= 0 && i >= a.head - 3; i--) {
    const w = tokens[i]!.norm;
    if (BE.has(w)) return true;
    if (!isLyAdverb(w) && w !== 'not' && w !== 'also' && w !== 'reportedly' && w !== 'been') return headlinePassive(tokens, a);
  }
  return headlinePassive(tokens, a);
}

// A "by"-phrase that tells how much or how long: a count, then a unit ("by six months", "by a further 25 basis points").
const MEASURE_COUNT =
  /^(?:\d[\d.,]*|a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|about|around|nearly|almost|roughly|some|up|to|more|than|over|further|additional|extra|full)$/;
const MEASURE_UNIT = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'hour',
  'hours',
  'percent',
  '%',
  'per',
  'point',
  'points',
  'basis',
  'half',
  'third',
  'quarter',
  'fifth',
  'tenth',
]);
const MEASURE_REACH = 4;

function byMeasure(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + MEASURE_REACH; k++) {
    // ("struck by months of Israeli raids": a span of something is what struck, an agent)
    if (MEASURE_UNIT.has(tokens[k]!.norm)) return tokens[k + 1]?.norm !== 'of';
    if (!MEASURE_COUNT.test(tokens[k]!.norm)) return false;
  }
  return false;
}

// What ends a sentence that is no headline: a full stop, an ellipsis (also inside a closing quote or bracket).
const SENTENCE_CLOSERS = new Set(['.', '!', '?', ';', '\u2026']);
const CLOSING_MARKS = new Set(['"', "'", ')']);

/** The line ends as a sentence does ("… talks.'"), not as a headline with a tag ("… (video)", "… over 'threats'"). */
function endsSentence(tokens: Token[]): boolean {
  let k = tokens.length - 1;
  while (k > 0 && CLOSING_MARKS.has(tokens[k]!.norm)) k--;
  return SENTENCE_CLOSERS.has(tokens[k]?.norm ?? '');
}
// Longest line read as a headline or a bullet point.
const HEADLINE_TOKENS = 16;
// What follows a headline's participle when it has no object ("summoned to", "expelled from", "shot down over").
const AFTER_HEADLINE_PARTICIPLE = new Set(['to', 'from', 'in', 'at', 'over', 'on', 'after', 'for', 'as', 'amid', 'near', 'off', 'outside', 'inside']);

/**
 * A headline or bullet point tells an act done in the present tense ("Iran summons UK envoy") and one suffered with
 * the bare participle ("Russian ambassador summoned to the Foreign Office", "Two Estonian diplomats expelled from
 * Moscow"): in a short line with no final stop, a participle right after its noun phrase with no object of its own is
 * a passive.
 */
function headlinePassive(tokens: Token[], a: ActionMatch): boolean {
  if (tokens.length > HEADLINE_TOKENS || endsSentence(tokens)) return false;
  // (a verb whose pattern goes on past it is no bare participle: "arrived in Moscow", "fired on Philippine vessels",
  // "invested in", "agreed on" tell a deed in the past tense; unless its agent follows: "fired on by Israeli forces")
  if (a.end > a.headEnd && tokens[a.end]?.norm !== 'by') return false;
  const before = tokens[a.head - 1];
  if (!before || !/^[\p{L}\d]/u.test(before.text) || AUX_WORDS.has(before.norm)) return false;
  const next = tokens[a.headEnd]?.norm;
  return next === undefined || AFTER_HEADLINE_PARTICIPLE.has(next);
}

/** The subject of the clause an action belongs to. */
export const CONJUNCTION_PREPS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'as', 'until', 'while', 'when']);
const AUX_WORDS = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'also',
  'had',
  'been',
  'not',
  'did',
  'does',
  'then',
  'again',
  'later',
]);

// Words that open a clause: a noun between one of them and the verb is that clause's own subject.
const CLAUSE_OPENERS = new Set([
  ',',
  ';',
  'after',
  'before',
  'when',
  'while',
  'because',
  'although',
  'though',
  'but',
  'whereas',
  'since',
  'until',
  'that',
  'which',
  'who',
  'as',
  'if',
  'unless',
  'once',
  'where',
]);

/** Relative pronouns that can be their clause's subject, right before its verb ("strikes that hit Daraa"). */
export const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'that']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remains', 'remained', 'remain', 'became', 'becomes', 'become']);
const TIME_PREPS = new Set(['on', 'in', 'at', 'during', 'over', 'late', 'early', 'last']);

/** "hours after the group attacked": the verb has a subject we cannot name; do not borrow an earlier actor. */
function unnamedSubject(tokens: Token[], mentions: ResolvedMention[], head: number): boolean {
  const covered = new Set<number>();
  for (const r of mentions) for (let i = r.mention.start; i < r.mention.end; i++) covered.add(i);
  let sawNoun = false;
  let onlyNames = true;
  for (let i = head - 1; i >= 0; i--) {
    if (covered.has(i)) return false;
    const w = tokens[i]!.norm;
    // "China spoke, and urged Canberra …": a verb joined by "and" with nothing between shares the subject before
    if ((w === 'and' || w === 'or') && !sawNoun) return false;
    // "…, on Sunday accused", "… in early March signed": a time phrase between subject and verb is no subject
    // (unlike "at talks hosted by …", where the verb is a participle of the noun before it)
    if (TIME_PREPS.has(w) && i < head - 1 && tokens.slice(i + 1, head).every((t) => TIME_PHRASE_WORDS.has(t.norm) || /^\d+$/.test(t.norm))) {
      sawNoun = false;
      onlyNames = true;
      continue;
    }
    // "…, an earthquake, which killed 14 people": a relative pronoun as subject stands for the noun phrase before
    // it, which must name a party ("Russia, which attacked …", "a UN Security Council resolution that demanded …")
    if (SUBJECT_RELATIVES.has(w) && !sawNoun) {
      const end = tokens[i - 1]?.norm === ',' ? i - 1 : i;
      for (let k = end - 1; k >= Math.max(0, end - 6); k--) {
        if (covered.has(k)) return false;
        if (CLAUSE_OPENERS.has(tokens[k]!.norm) || NOT_ARGUMENT.has(tokens[k]!.norm)) break;
        // the noun phrase begins at its article: "India withdrew a facility that had allowed …" (the facility allowed);
        // after a copula it is what the subject is, so the subject acts: "Pakistan was the first country that recognised …"
        if (ARTICLES.has(tokens[k]!.norm)) {
          if (COPULAS.has(tokens[k - 1]?.norm ?? '')) return false;
          break;
        }
      }
      return end > 0;
    }
    if (CLAUSE_OPENERS.has(w)) {
      // ", Mohammed Mamoun, started": a name in apposition, the subject is before it
      if (w === ',' && sawNoun && onlyNames) {
        sawNoun = false;
        continue;
      }
      return sawNoun;
    }
    // (and "each" floating between the auxiliary and the verb: "…, whose industries depend on exports, have each asked")
    if (AUX_WORDS.has(w) || isLyAdverb(w) || w === 'not' || w === 'never' || isChainWord(w) || (w === 'each' && AUX_WORDS.has(tokens[i - 1]?.norm ?? '')))
      continue;
    if (!tokens[i]!.cap) onlyNames = false;
    sawNoun = true;
  }
  return false;
}

/**
 * The subject of the verb at `head`: the nearest party before it with no preposition of its own, with the members of a
 * compound. A place other than a capital is no subject ("troops stationed in the Transnistria region held drills")
 * unless `places`: the subject of a passive, which is acted on ("Kharkiv was shelled"), or of hosting ("Almaty hosted talks").
 */
export function subjectBefore(mentions: ResolvedMention[], tokens: Token[], head: number, clauseFloor = 0, places = false): ResolvedMention[] {
  if (unnamedSubject(tokens, mentions, head)) return [];
  const before = mentions.filter((r) => r.mention.end <= head && r.mention.start >= clauseFloor);
  let fallbackPossessive: ResolvedMention | null = null;
  for (let k = before.length - 1; k >= 0; k--) {
    const r = before[k]!;
    const m = r.mention;
    // "days after Mali accused Niger", "as Russia warns": a conjunction, not a preposition, when the verb follows
    // (also past an aside between commas: "a week after Manele, on a visit to Beijing, signed …")
    const verbFrom = asideEnd(tokens, m.end, head);
    const verbNext = onlyAuxiliaries(tokens, verbFrom, head);
    const conjunction = m.prep !== null && (CONJUNCTION_PREPS.has(m.prep) || absoluteSubject(tokens, m.start, m.prep, head)) && verbNext;
    if (m.prep && m.prep !== 'from' && !conjunction) continue;
    // "expelled a diplomat …, hours after artillery exchanges along the border killed five people": the verb belongs to
    // a subordinate clause opened after this actor, whose own subject is no actor
    if (subordinateClauseBetween(tokens, m.end, head)) return [];
    if (m.possessive) {
      // "the IAEA's 35-nation Board of Governors would discuss": the possessor owns the subject right before the verb
      const rest = before.slice(k + 1); // only "of"-phrases of the same noun phrase may follow ("Board of Governors")
      // ("Kenya's Musalia Mudavadi and Ethiopia's Gedion Timothewos met": the last member of a compound subject)
      if (rest.every((x) => !x.actor && !x.pair && x.mention.prep === 'of') && (r.actor || r.pair) && ownsSubject(tokens, m.end, head))
        return compoundEndingWith(before, k, tokens, places, conjunction);
      fallbackPossessive ??= r;
      continue;
    }
    if (!r.actor && !r.pair && !hasRole(r) && !isUncoded(r)) continue;
    if (!places && onlyPlace(r)) continue;
    // ("… the Korea-United Kingdom Free Trade Agreement and adopted a resolution": a document's name is no subject)
    if (DOCUMENT_NOUNS.has(tokens[m.end - 1]!.text)) continue;
    // "Officials in Guinea, which recently expelled Russian advisers, praised …": an actor inside a relative clause set off by commas
    if (insideCommaRelative(tokens, m.start, m.end, head)) continue;
    // appositive: "Pakistan, a key U.S. ally in the war, has refused": commas on both sides, an actor before
    if (k > 0) {
      const earlier = before[k - 1]!;
      const left = tokens.slice(earlier.mention.end, m.start);
      const right = tokens.slice(m.end, head);
      if (left.some((t) => t.norm === ',') && left.length <= 4 && right.some((t) => t.norm === ',') && !earlier.mention.prep) continue;
    }
    return compoundEndingWith(before, k, tokens, places, conjunction);
  }
  return fallbackPossessive ? [fallbackPossessive] : [];
}

/** The subject `before[k]` with the members of a compound it ends ("Seoul and Tokyo", "officials and business leaders"). */
export function compoundEndingWith(before: ResolvedMention[], k: number, tokens: Token[], places: boolean, conjunction: boolean): ResolvedMention[] {
  const last = before[k]!;
  const group = [last];
  // where the member's noun phrase begins: "his Hungarian counterpart" starts at its determiner "his"
  let left = last.mention.start;
  // compound subject: "Seoul and Tokyo", "Government officials and business representatives"
  for (let j = k - 1; j >= 0; j--) {
    const e = before[j]!;
    if (e.mention.end === left && POSSESSIVE_DETERMINERS.has(e.mention.pronoun ?? '')) {
      left = e.mention.start;
      continue;
    }
    const between = tokens.slice(e.mention.end + (e.mention.possessive ? 1 : 0), left);
    if (
      between.length < 1 ||
      between.length > 2 ||
      !between.every((t) => t.norm === 'and' || t.norm === ',' || ARTICLES.has(t.norm)) ||
      !between.some((t) => t.norm === 'and' || t.norm === ',')
    )
      break;
    // "after Russia and Ukraine exchanged": the conjunction governs the whole compound
    if (e.mention.prep && e.mention.prep !== 'from' && !(conjunction && e.mention.prep === last.mention.prep)) break;
    // "Speaking with al-Shaibani and Hussein, Fidan urged …": a list closed by its "and" ends there; a bare comma after
    // it sets off a phrase before the subject, not one more member of a list
    if (group.length === 1 && !between.some((t) => t.norm === 'and') && closesList(tokens, e.mention.start)) break;
    // "Russia attacked Ukraine and France condemned …": the object of a verb before is no member of the next subject
    // (nor is a place: "… with the breakaway region of Somaliland, and Somalia expelled …")
    if (objectOfVerb(tokens, e.mention.start) || (!places && onlyPlace(e))) break;
    group.unshift(e);
    left = e.mention.start;
  }
  return group;
}

/** The phrase starting at `start` is the last member of a list: "and" (or "and the") right before it. */
function closesList(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1]?.norm === 'the' ? start - 2 : start - 1;
  return tokens[before]?.norm === 'and';
}

/**
 * ", with Bangladesh's minister arriving in New Delhi", ", with Seoul calling …": an absolute clause after a comma,
 * whose "with"-phrase is the subject of the participle that follows it.
 */
function absoluteSubject(tokens: Token[], start: number, prep: string, head: number): boolean {
  return prep === 'with' && tokens[start - 2]?.norm === ',' && /[a-z]ing$/.test(tokens[head]?.norm ?? '');
}

/** The participle at `head` opens an absolute clause with its own subject: ", with Seoul calling it …". */
export function opensAbsoluteClause(tokens: Token[], mentions: ResolvedMention[], head: number): boolean {
  const m = mentions.findLast((r) => r.mention.end <= head)?.mention;
  if (!m?.prep || !absoluteSubject(tokens, m.start, m.prep, head)) return false;
  return onlyAuxiliaries(tokens, asideEnd(tokens, m.end, head), head);
}

/** Only auxiliaries and adverbs in [from, head): a subject ending at `from` is the verb's at `head` ("Russia has also said"). */
function onlyAuxiliaries(tokens: Token[], from: number, head: number): boolean {
  // (and a time phrase: "after the Russian embassy on Thursday accused Estonia")
  return tokens.slice(from, head).every((t) => AUX_WORDS.has(t.norm) || isLyAdverb(t.norm) || TIME_PREPS.has(t.norm) || TIME_PHRASE_WORDS.has(t.norm));
}

/** The mention at `start` follows a verb in the past (past "the"): it is that verb's object. */
function objectOfVerb(tokens: Token[], start: number): boolean {
  // (past its determiner: "recalled the envoy", "detained a Japanese diplomat", "recalled its ambassador"; a verb of
  // saying takes a clause, whose subject this is: "announced its prime minister and South Korea's president would meet")
  const determiner = tokens[start - 1]?.norm ?? '';
  const before = tokens[start - (ARTICLES.has(determiner) || POSSESSIVE_DETERMINERS.has(determiner) ? 2 : 1)];
  return before !== undefined && /^[a-z]+ed$/.test(before.text) && !AUX_WORDS.has(before.norm) && !CLAUSE_SAYING.has(before.norm);
}

// Verbs of saying that take a clause, not an object ("reported Russian drones", "quoted the envoy" take one).
const CLAUSE_SAYING = new Set([
  ...['announced', 'confirmed', 'stated', 'declared', 'added', 'noted', 'stressed', 'insisted', 'claimed', 'argued'],
  ...['maintained', 'revealed', 'suggested', 'indicated', 'explained', 'emphasized', 'emphasised', 'reiterated', 'asserted'],
]);

const COMMA_RELATIVES = new Set(['which', 'who', 'whose', 'where', 'whom']);

/** The span [start, end) lies in ", which …," closed before the verb at `head`. */
function insideCommaRelative(tokens: Token[], start: number, end: number, head: number): boolean {
  let opener = -1;
  for (let i = start - 1; i > 0; i--) {
    const w = tokens[i]!.norm;
    if (w === ',' || w === ';') return false;
    if (COMMA_RELATIVES.has(w) && tokens[i - 1]!.norm === ',') {
      opener = i;
      break;
    }
  }
  return opener > 0 && tokens.slice(end, head).some((t) => t.norm === ',');
}

const SUBORDINATING = new Set(['after', 'before', 'because', 'although', 'though', 'while', 'whereas', 'until', 'once']);

/** A subordinating word between an actor and a verb that opens a clause running into the verb with no comma. */
function subordinateClauseBetween(tokens: Token[], from: number, head: number): boolean {
  for (let i = head - 1; i >= from; i--) {
    const w = tokens[i]!.norm;
    if (w === ',' || w === ';' || w === '—' || w === '"') return false;
    // "after X killed" needs words of its own between the conjunction and the verb (not "after killing")
    if (SUBORDINATING.has(w)) return i < head - 2;
  }
  return false;
}

/** The words between "X's" and the verb are one noun phrase (no clause break, no verb of their own). */
function ownsSubject(tokens: Token[], possessiveEnd: number, head: number): boolean {
  const words = tokens.slice(possessiveEnd + 1, head);
  if (words.length === 0 || words.length > 8) return false;
  return words.every((t) => !CLAUSE_OPENERS.has(t.norm) && !isReportingVerb(t.norm) && t.norm !== '"' && t.norm !== 'and');
}

// Words right after the subject's comma that join others to it: "joined by Britain", "alongside Uganda", "along with
// Japan", "together with Australia".
const JOINING = new Set(['joined', 'along', 'together', ...CO_AGENT_PREPS]);

/**
 * Parties joined to the subject in an aside right after it, before its verb: "Seoul and Tokyo, joined by Britain and
 * France, requested …", "Kenya, alongside Uganda, urged …", "Japan, together with Australia, pledged …". They act as
 * the subject does. (Only an aside that opens with the joining words: "Chad, fighting alongside French forces, …" and
 * "France, which sits alongside the US, …" join no one.)
 */
export function coAgentsBetween(tokens: Token[], mentions: ResolvedMention[], from: number, head: number): ResolvedMention[] {
  if (tokens[from]?.norm !== ',' || !JOINING.has(tokens[from + 1]?.norm ?? '')) return [];
  const out: ResolvedMention[] = [];
  let last = from + 1;
  for (const r of mentions) {
    const m = r.mention;
    if (m.start <= from + 1 || m.end > head) continue;
    // the first party within the joining words' reach, then a list of them ("joined by Britain and France")
    const gap = tokens.slice(last + 1, m.start);
    const near = out.length === 0 ? m.start - from <= 5 : gap.every((t) => t.norm === 'and' || t.norm === ',' || t.norm === 'the');
    if (!near || (!r.actor && !r.pair)) break;
    out.push(r);
    last = m.end - 1;
  }
  return out;
}

/** A place other than a capital and nothing else ("Kharkiv", "South Kivu"): it never acts, unlike "Kharkiv's governor". */
export function onlyPlace(r: ResolvedMention): boolean {
  return onlyPlaces(r.mention.items);
}

/** A body with no Accord code (ECOWAS, OPEC …): its actions and the actions aimed at it are not coded with a guessed state. */
export function isUncoded(r: ResolvedMention): boolean {
  return !r.actor && r.mention.items.some((i) => i.item.kind === 'uncoded');
}

function hasRole(r: ResolvedMention): boolean {
  return r.mention.items.some((i) => i.item.kind === 'role');
}

export interface TargetOptions {
  from: number;
  until: number;
  sourceCountries: Set<string>;
  /** The source's role: an actor of the same state with an opposed role can be the target. */
  sourceRole?: string | null;
  allowLocative: boolean;
  /** Nominal events take their target only from a preposition ("visit to Beijing", "attack on X"). */
  prepositionsOnly?: boolean;
  /** Statements take no target from a topic ("declined to comment on the Algerian initiative"). */
  statement?: boolean;
  /** A discussion's object is its topic ("discussed the Sudan crisis"): only "with" names the other party. */
  topic?: boolean;
  /** A reaction is aimed at whoever sponsors its object ("a British-drafted resolution"); other acts at the object itself. */
  sponsorIsParty?: boolean;
  /**
   * A "between" phrase names the parties: mediation stands between them ("mediate between Syria and Lebanon", "hosted
   * talks between …") and a reaction is aimed at each ("welcomed the agreement between Kuwait and Saudi Arabia").
   */
  between?: boolean;
  /** Protests take their target from the embassy or mission they gather at. */
  protest?: boolean;
  /** The sentence's tokens, to read the words of a mention. */
  tokens?: Token[];
}

const NOMINAL_TARGET_PREPS = new Set(['to', 'with', 'against', 'on', 'into', 'toward', 'towards', 'at', 'in', 'upon']);

// Roles that stand against their own state's government (or it against them) inside one country.
const DOMESTIC_SIDES = new Set(['REB', 'OPP', 'CVL', 'COP', 'JUD', 'LAB', 'EDU', 'MED', 'INS']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

// Groups of people that are placed from context rather than named with a state.
const PEOPLE_OBJECT_PREPS = new Set(['', 'at', 'on', 'against', 'to', 'with']);
const PEOPLE_ROLES = new Set(['CVL', 'AGR', 'LAB', 'EDU', 'OPP', 'REL', 'REF']);

/** Two actors of one state on different sides: the government and rebels, police and protesters. */
export function domesticOpponents(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b && (DOMESTIC_SIDES.has(a) || DOMESTIC_SIDES.has(b));
}

const GROUNDS = new Set(['suspicion', 'charges', 'charge', 'suspected', 'accused', 'allegations', 'allegedly']);

/**
 * Start of the grounds given for an action ("arrested 12 people on suspicion of collaborating with Eritrean
 * intelligence", "detained … on charges of spying for Israel") at or after `from`, or -1: who is named
 * there is what the target is suspected of dealing with, not the target.
 */
export function groundsStart(tokens: Token[], from: number): number {
  for (let i = Math.max(0, from); i < tokens.length - 1; i++) if (opensGrounds(tokens, i)) return i;
  return -1;
}

/** Token i opens the grounds of an arrest or charge ("on suspicion of", "allegedly"); never the last token. */
export function opensGrounds(tokens: Token[], i: number): boolean {
  return i < tokens.length - 1 && GROUNDS.has(tokens[i]!.norm) && (tokens[i + 1]!.norm === 'of' || tokens[i]!.norm === 'allegedly');
}

// Verbs whose object is what is talked about.
const DISCUSSING = new Set(['discuss', 'debate']);

/**
 * Where a discussion named as the purpose of an act begins, in [from, until) ("met in Brussels to discuss new sanctions
 * on Russia"): what follows is its topic, no party of the act. `until` when there is none.
 */
export function discussionTopicStart(tokens: Token[], from: number, until: number): number {
  for (let k = Math.max(0, from); k < until - 1; k++) if (tokens[k]!.norm === 'to' && DISCUSSING.has(tokens[k + 1]!.norm)) return k;
  return until;
}

/** The words at `end` are "-<participle>" with one of `participles` ("UN-brokered", "Russian-backed"): the mention before them modifies a noun. */
export function hyphenParticipleAt(tokens: Token[], end: number, participles: ReadonlySet<string>): boolean {
  return tokens[end]?.norm === '-' && participles.has(tokens[end + 1]?.norm ?? '');
}

/** The mention ending at `end` sponsors the noun after it ("-led", "-backed", "-authorized"). */
export function agentOfModifier(tokens: Token[], end: number): boolean {
  return hyphenParticipleAt(tokens, end, SPONSORING_PARTICIPLES);
}
// Participles whose agent sponsors the noun without being it ("Greek-owned ship" is Greek: owning is not among them).
const SPONSORING_PARTICIPLES = new Set([
  'led',
  'backed',
  'authorized',
  'authorised',
  'mandated',
  'brokered',
  'sponsored',
  'funded',
  'financed',
  'supported',
  'armed',
  'trained',
  'installed',
  'allied',
  'aligned',
  'drafted',
  'proposed',
  'mediated',
  'run',
  'appointed',
]);

/** First actor after the action that is a real argument of it. */
export function targetAfter(mentions: ResolvedMention[], opts: TargetOptions): ResolvedMention | null {
  const grounds = opts.tokens ? groundsStart(opts.tokens, opts.from) : -1;
  for (const r of mentions) {
    const m = r.mention;
    if (m.start < opts.from || m.start >= opts.until) continue;
    if (grounds >= 0 && m.start > grounds) return null;
    if (m.pronoun && m.possessive) continue; // "its troops"
    // "condemned what Bucharest described as Russia's hybrid war": who names the object is not the object
    if (opts.tokens && namerOfObject(opts.tokens, m.start, m.end)) continue;
    // "fund the U.N.-authorized force", "shelled Russian-backed separatists": the actor is the agent of a participle
    // modifying the object, not the object
    // (a reaction is aimed at the sponsor: "vetoed a British-drafted resolution" is aimed at Britain)
    if (opts.tokens && !opts.sponsorIsParty && agentOfModifier(opts.tokens, m.end)) continue;
    if (m.pronoun === 'them' || m.pronoun === 'him' || (m.pronoun === 'it' && !m.prep)) return null; // an object we cannot place: no target rather than a wrong one
    // "a law they say will ruin growers": a subject pronoun opens a clause of its own, never the action's object
    if (m.pronoun !== null && SUBJECT_PRONOUNS.has(m.pronoun) && !m.prep) return null;
    // "defended the right of Russian troops", "praised "the courage and vision" of the three presidents": an "of"
    // that completes the object's noun phrase names the party
    // ("condemned what Bucharest described as Russia's hybrid war": the object named)
    if (
      (m.prep === 'of' && (m.start - opts.from <= 4 || (opts.tokens !== undefined && completesObject(opts.tokens, opts.from, m.start)))) ||
      (m.prep === 'as' && opts.tokens !== undefined && namedObject(opts.tokens, m.start))
    ) {
      /* argument */
    } else if (m.prep && NOT_ARGUMENT.has(m.prep)) continue;
    // "fired rubber bullets at students who tried to reach the UN office": people of no named state are
    // the object; a body named further on belongs to another clause (the counterpart is found from context)
    // (a plural noun: "civilian personnel" uses the word as an adjective)
    if (
      !r.actor &&
      !r.pair &&
      !m.pronoun &&
      PEOPLE_OBJECT_PREPS.has(m.prep ?? '') &&
      /s$/.test(opts.tokens?.[m.end - 1]?.norm ?? 's') &&
      r.mention.items.every((i) => i.item.kind === 'role' && i.item.role !== null && PEOPLE_ROLES.has(i.item.role))
    )
      return null;
    if (opts.statement && m.prep === 'on') continue;
    if (opts.topic && m.prep !== 'with') continue;
    // "met … with UAE Minister of State al-Marar acting as host": the third party beside the meeting, not its other side
    if (opts.tokens && isThirdPartyWith(opts.tokens, m)) continue;
    if (m.prep === 'between' && !opts.between) continue;
    // a protest outside a state's embassy is aimed at that state
    const embassy =
      opts.protest === true &&
      m.prep !== null &&
      LOCATIVE.has(m.prep) &&
      m.items.some((i) => i.item.kind === 'role') &&
      m.items.some((i) => i.item.kind === 'adjective' || i.item.kind === 'country');
    // a place can be what an attack or deployment is aimed at ("strikes in Yemen"), never a building ("outside the embassy")
    if (
      !embassy &&
      m.prep &&
      LOCATIVE.has(m.prep) &&
      (!opts.allowLocative || !['in', 'into', 'inside'].includes(m.prep) || !m.items.some((i) => isPlace(i.item)))
    )
      continue;
    if (m.prep === 'by') continue;
    // a nominal's target follows it directly ("visit to Beijing"); a later actor belongs to something else
    if (opts.prepositionsOnly && (!m.prep || !NOMINAL_TARGET_PREPS.has(m.prep))) return null;
    if (isUncoded(r)) return r; // "urged ECOWAS to …": the object is a body Accord cannot code, not someone further on
    if (!r.actor && !r.pair) continue;
    // "South Korea-China relations" for a Korean source: China; but "the junta accused the Arakan Army": rebels of the same state
    if (r.actor && opts.sourceCountries.has(r.actor.country) && !(opts.sourceRole !== undefined && domesticOpponents(opts.sourceRole, r.actor.role))) continue;
    return r;
  }
  return null;
}

// Past forms of the verbs that name what follows ("what Beijing called …", "what Cairo described as …").
const NAMING_PAST: ReadonlySet<string> = new Set([...NAMING, 'characterized', 'characterised']);

/** The mention [start, end) is the subject of "what X called …" before the object it names. */
export function namerOfObject(tokens: Token[], start: number, end: number): boolean {
  return tokens[start - 1]?.norm === 'what' && NAMING_PAST.has(tokens[end]?.norm ?? '');
}

/** The mention at `start` follows "what X described as": the object so named. */
function namedObject(tokens: Token[], start: number): boolean {
  return NAMING_PAST.has(tokens[start - 2]?.norm ?? '') && tokens.slice(Math.max(0, start - 7), start - 2).some((t) => t.norm === 'what');
}

// Words that end a noun phrase: a preposition of its own, a clause opener, a break in the sentence.
const OBJECT_PHRASE_ENDS = new Set([
  ...NOT_ARGUMENT,
  'to',
  'for',
  'with',
  'in',
  'on',
  'at',
  'by',
  'from',
  'against',
  'into',
  'that',
  'which',
  'who',
  'whose',
  'said',
  'says',
  ',',
  ';',
  ':',
  '(',
]);

/**
 * True when the words from the action to the "of" before `mentionStart` are one noun phrase, the object,
 * quoted or not ("the courage and vision", "the "decisive leadership""): no preposition of their own, no clause.
 */
function completesObject(tokens: Token[], from: number, mentionStart: number): boolean {
  const ofAt = tokens.slice(from, mentionStart).findLastIndex((t) => t.norm === 'of') + from;
  if (ofAt < from || mentionStart - from > 10) return false;
  return tokens.slice(from, ofAt).every((t) => !OBJECT_PHRASE_ENDS.has(t.norm));
}

/** A locative actor ("in Beijing", "at the Kremlin", "in the Kazakh capital", "in Kharkiv") for the event's location. */
export function locationMention(mentions: ResolvedMention[], from: number, until: number, tokens?: Token[]): ResolvedMention | null {
  for (const r of mentions) {
    const m = r.mention;
    if (m.start < from || m.start >= until || !r.actor) continue;
    if (
      m.prep &&
      (m.prep === 'in' || m.prep === 'at' || m.prep === 'through' || m.prep === 'across') &&
      (m.items.some((i) => isPlace(i.item)) || (tokens !== undefined && namesCapital(tokens, m)))
    )
      return r;
  }
  return null;
}

/** The mention names a capital: the city itself ("Astana") or a state's adjective before "capital" ("the Kazakh capital"). */
export function namesCapital(tokens: Token[], m: Mention): boolean {
  if (m.items.some((i) => i.item.kind === 'capital')) return true;
  return m.items.some((i) => i.item.kind === 'adjective') && tokens[m.end]?.norm === 'capital';
}

export function agentAfter(mentions: ResolvedMention[], from: number, until: number): ResolvedMention | null {
  for (const r of mentions) {
    if (r.mention.start < from || r.mention.start >= until) continue;
    if (r.mention.prep === 'by' && (r.actor || r.pair)) return r;
  }
  return null;
}

/** Possessor or country adjective inside the noun phrase of a nominal event ("North Korea's recent missile tests"). */
export function nominalAgent(mentions: ResolvedMention[], tokens: Token[], head: number): ResolvedMention | null {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const r = mentions[k]!;
    const m = r.mention;
    if (m.start < head && m.end > head && m.end <= head + 2) return r; // "US military operations": the mention runs into the nominal
    if (m.end > head) continue;
    const gap = tokens.slice(m.end, head);
    const ok =
      gap.length <= 5 &&
      gap.every(
        (t) =>
          t.norm === "'s" ||
          t.norm === 'and' ||
          t.norm === '-' ||
          (/^[a-z]/.test(t.text) && !['by', 'to', 'with', 'of', 'in', 'on', 'for', 'the', 'a', 'an', 'from', 'at'].includes(t.norm)),
      );
    if (!ok || onlyPlace(r)) return null;
    if (m.possessive || gap.length === 0 || m.items.some((i) => i.item.kind === 'adjective') || gap[0]?.norm === "'s") return r;
    return null;
  }
  return null;
}

/** Past an aside set off by commas right at `from` (", on a visit to Beijing,"): where the clause goes on; else `from`. */
function asideEnd(tokens: Token[], from: number, head: number): number {
  if (tokens[from]?.norm !== ',') return from;
  // (up to eleven words; a hyphen joins two into one: "North Korean leader Kim Jong-un")
  let words = 0;
  for (let j = from + 1; j < head && words <= 11; j++) {
    if (tokens[j]!.norm === ',') return j + 1;
    if (tokens[j]!.norm !== '-') words++;
  }
  return from;
}
