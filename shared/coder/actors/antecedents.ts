import type { Token } from '../text/tokenizer.ts';
import { endsInName, type Mention } from './mention-finder.ts';
import type { ResolvedMention } from './actor-resolver.ts';
import { isReportingVerb } from '../events/modality.ts';
import { NOUN_DETERMINERS, PERSONAL_PRONOUNS } from '../text/function-words.ts';

/**
 * Antecedents a pronoun finds inside its own sentence, before the resolver's memory of earlier subjects is asked:
 * the speaker of the reporting verb whose complement the pronoun opens ("…, while Germany said it would …"), and a
 * subject of two joined by "and" ("Saudi Arabia and Qatar each said they …").
 */
export function antecedentInSentence(pronoun: Mention, before: readonly ResolvedMention[], tokens: Token[]): ResolvedMention | null {
  // (a list of three or more is "they" who act next, not the owners of "their" summit, which is no meeting of each with each)
  const group = THEY.has(pronoun.pronoun ?? '') ? compoundSubject(before, tokens) : null;
  const pair = group && (group.pair!.length === 2 || pronoun.pronoun === 'they') ? group : null;
  return (
    speakerOfComplement(pronoun, pair, before, tokens) ?? pair ?? personBeforeRelative(pronoun, before, tokens) ?? subjectOfHostClause(pronoun, before, tokens)
  );
}

/**
 * "Washington scrapped the additional 25% duty it had imposed": the subject pronoun of an object relative clause (a
 * noun, then "it" and its verb) is the subject of the clause that noun is the object of: the last state or person
 * before it whose verb follows it, not the sentence's first subject ("India and the US signed …, hours after …").
 */
function subjectOfHostClause(pronoun: Mention, before: readonly ResolvedMention[], tokens: Token[]): ResolvedMention | null {
  if (!SUBJECT_SINGULAR.has(pronoun.pronoun ?? '') || tokens[pronoun.start]!.cap) return null;
  const noun = tokens[pronoun.start - 1]?.norm === 'that' ? pronoun.start - 2 : pronoun.start - 1;
  if (!verbFollows(tokens, pronoun.end) || nounPhraseStart(tokens, noun) < 0) return null;
  const person = pronoun.pronoun !== 'it';
  const host = before.findLast(
    (r) =>
      r.mention.end <= noun &&
      !r.mention.pronoun &&
      !r.mention.possessive &&
      (person ? namesPerson(r.mention, tokens) || namesOneHolder(r.mention, tokens) : namesOneParty(r.mention, tokens)) &&
      (verbFollows(tokens, r.mention.end) || infinitiveFollows(tokens, r.mention.end)),
  );
  // (an infinitive's subject leaves it open: "urged the SDF to implement the agreement it signed" is the SDF's, "asked
  // the EU to blacklist the officials it holds responsible" the asker's; the resolver's memory decides, as before)
  if (!host || infinitiveFollows(tokens, host.mention.end)) return null;
  return host.actor && (!host.mention.prep || SUBORDINATORS.has(host.mention.prep)) ? host : null;
}
const SUBJECT_SINGULAR = new Set(['it', 'he', 'she']);

/** One holder of an office named by its title alone: "the US president" (not "officials", "ministers"). */
function namesOneHolder(m: Mention, tokens: Token[]): boolean {
  return m.items.some((i) => i.item.kind === 'role') && !endsInPluralNoun(m, tokens);
}

/** The mention ends in a plural common noun: "NATO troops", "Indian exporters", "officials" ("the United States" is a name). */
function endsInPluralNoun(m: Mention, tokens: Token[]): boolean {
  return /^[a-z]+s$/.test(tokens[m.end - 1]!.text);
}

/**
 * What "it" can stand for: a state, capital, organisation or institution, not a modifier ("Chinese goods") nor people
 * named by a plural role ("NATO troops", "Indian exporters").
 */
function namesOneParty(m: Mention, tokens: Token[]): boolean {
  if (m.items.length === 0 || m.items.every((i) => i.item.kind === 'adjective' || i.item.kind === 'demonym')) return false;
  return !endsInPluralNoun(m, tokens);
}

/** "to" and a verb (past an adverb in "-ly") right after the mention ending at `end`. */
function infinitiveFollows(tokens: Token[], end: number): boolean {
  if (tokens[end]?.norm !== 'to') return false;
  const k = /^[a-z]+ly$/.test(tokens[end + 1]?.text ?? '') ? end + 2 : end + 1;
  return /^[a-z]+$/.test(tokens[k]?.text ?? '') && !DETERMINERS.has(tokens[k]!.norm);
}
const DETERMINERS: ReadonlySet<string> = new Set([...NOUN_DETERMINERS, 'this', 'that']);
const NOUN_PHRASE_REACH = 5;

/** The determiner opening a noun phrase that ends at `end` ("the additional 25% duty"), or -1 if no such phrase ends there. */
function nounPhraseStart(tokens: Token[], end: number): number {
  if (!/^[a-z]+$/.test(tokens[end]?.text ?? '') || DETERMINERS.has(tokens[end]!.norm)) return -1;
  for (let k = end - 1; k >= 0 && end - k <= NOUN_PHRASE_REACH; k--) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.norm)) return k;
    if (!/^(?:[a-z]+|\d[\d.,]*|%|-)$/.test(t.text)) return -1;
  }
  return -1;
}

/**
 * "US envoy Morgan Ortagus visited Beirut, where she met Aoun": "he" or "she" opening a "where" or "when" clause is
 * the subject of the clause it hangs from: the last person named before it whose verb follows the name ("Macron flew
 * to Warsaw", "Mr. Chowdhury also called on Jaishankar at Hyderabad House"), not one inside a prepositional phrase
 * ("after talks with Zelensky"), an object ("after meeting Putin, Trump flew …") or whoever the story named last.
 */
function personBeforeRelative(pronoun: Mention, before: readonly ResolvedMention[], tokens: Token[]): ResolvedMention | null {
  if (!PERSONAL_PRONOUNS.has(pronoun.pronoun ?? '') || !RELATIVE_ADVERBS.has(tokens[pronoun.start - 1]?.norm ?? '')) return null;
  return (
    before.findLast(
      (r) =>
        r.actor !== null &&
        !r.mention.pronoun &&
        (!r.mention.prep || SUBORDINATORS.has(r.mention.prep)) &&
        namesPerson(r.mention, tokens) &&
        verbFollows(tokens, r.mention.end),
    ) ?? null
  );
}
const RELATIVE_ADVERBS = new Set(['where', 'when']);
// ("two days after US envoy Morgan Ortagus visited Beirut, where she …": the subject of a subordinate clause counts)
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'once', 'as', 'while']);
// Words after a name that show it is no subject: a preposition, a conjunction, punctuation.
const NOT_VERBS = new Set(['at', 'in', 'on', 'of', 'for', 'with', 'to', 'from', 'by', 'and', 'or', 'but', 'the', 'a', 'an', "'s"]);
const ADVERBS = new Set(['also', 'then', 'later', 'again', 'first', 'last']);

/** A verb follows the name ending at `end` (past "also", "then", "later"): the name is its clause's subject. */
function verbFollows(tokens: Token[], end: number): boolean {
  let k = end;
  while (ADVERBS.has(tokens[k]?.norm ?? '')) k++;
  const next = tokens[k];
  return next !== undefined && /^[a-z]+$/.test(next.text) && !NOT_VERBS.has(next.norm);
}

/**
 * A mention names a person: a leader, a title followed by a capitalised name ("US envoy Morgan Ortagus"), or the
 * surname of someone named earlier ("Mr. Chowdhury": a one-word mention the dictionaries have no entry for).
 */
function namesPerson(m: Mention, tokens: Token[]): boolean {
  if (m.items.some((i) => i.item.kind === 'leader')) return true;
  if (m.items.length === 0) return m.end - m.start === 1 && tokens[m.start]!.cap;
  return m.items.some((i) => i.item.kind === 'role') && endsInName(m, tokens);
}

const THEY = new Set(['they', 'their', 'them']);
const SINGULAR = new Set(['it', 'its', 'he', 'his', 'him', 'she', 'her']);
// Words between a speaker and the verb of saying ("Germany has also said it …", "Japan later announced that it …").
const BETWEEN_SPEAKER_AND_VERB = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'again', 'previously', 'separately', 'repeatedly']);

/**
 * "X said (that) it would …": the subject of a complement clause of a verb of saying is, when a pronoun, that verb's
 * own subject, a plain mention right before it (what a reader takes it to be; the last subject of earlier sentences
 * is the fallback, not the rule). A pair speaker ("Germany and Japan said they …", `pair` for "they") is both.
 */
function speakerOfComplement(pronoun: Mention, pair: ResolvedMention | null, before: readonly ResolvedMention[], tokens: Token[]): ResolvedMention | null {
  const p = pronoun.pronoun ?? '';
  if (!SINGULAR.has(p) && !THEY.has(p)) return null;
  let j = pronoun.start - 1;
  if (tokens[j]?.norm === 'that') j--;
  // (past a time or manner phrase after the verb: "said on Wednesday he would", "told reporters in Geneva that it")
  j = verbBeforeAdjunct(tokens, j);
  if (!isReportingVerb(tokens[j]?.norm ?? '')) return null;
  let k = j - 1;
  while (k >= 0 && j - k <= 3 && (BETWEEN_SPEAKER_AND_VERB.has(tokens[k]!.norm) || /^[a-z]+ly$/.test(tokens[k]!.text))) k--;
  if (pair && pair.mention.start < k && before.some((r) => r.mention.end === k + 1)) return pair;
  let speaker = before.find((r) => r.mention.end === k + 1);
  // ("The AU's high representative for South Sudan said he …": the speaker is the head before the of/for phrase)
  // (or its possessor: "The AU's high representative for …")
  if (speaker?.mention.prep && HEAD_PREPS.has(speaker.mention.prep)) {
    const at = speaker.mention.start - 1;
    speaker =
      before.find((r) => !r.mention.prep && r.mention.end <= at && r.mention.end >= at - 3 && (r.mention.end === at || r.mention.possessive)) ?? speaker;
  }
  // ("a day after Washington said it would …": the subject of a subordinate clause speaks too)
  if (!speaker || (speaker.mention.prep && !SUBORDINATORS.has(speaker.mention.prep)) || (!speaker.actor && !speaker.pair)) return null;
  // (a state is "it", a pair "they"; a lone actor may be "they" too: "the Houthis said they …")
  if (SINGULAR.has(p) && !speaker.actor) return null;
  return speaker;
}

// Prepositions of a phrase inside a speaker's noun phrase ("the envoy for South Sudan", "the head of the agency").
const HEAD_PREPS = new Set(['for', 'of', 'to', 'in']);
// Prepositions of a short time or place phrase after a verb of saying, and the listeners of "told".
const ADJUNCT_PREPS = new Set(['on', 'in', 'at', 'during', 'after']);
const LISTENERS = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'members', 'delegates', 'the']);

/**
 * The verb of saying before a short phrase that ends at `j` ("said on Wednesday", "told reporters", "said in a
 * statement"), or `j` itself when none: up to five words, the phrase opened by a preposition or a listener.
 */
function verbBeforeAdjunct(tokens: Token[], j: number): number {
  if (isReportingVerb(tokens[j]?.norm ?? '')) return j;
  for (let k = j; k >= 0 && j - k < 5; k--) {
    const w = tokens[k]!.norm;
    if (w === ',' || w === '"') return j;
    if ((ADJUNCT_PREPS.has(w) || LISTENERS.has(w)) && isReportingVerb(tokens[k - 1]?.norm ?? '')) return k - 1;
  }
  return j;
}

/**
 * The latest subject of states joined by "and" ("…, while Germany and Japan said …", "Lithuania, Latvia and
 * Estonia said in a joint statement they …"), as one mention of the group: plain mentions of different states
 * joined by commas and a final "and", the last followed by a verb (a lower-case word).
 */
// How long an apposition set off by commas may run.
const APPOSITION_WORDS = 12;

/** Past an apposition set off by commas that opens at `at` ("…, Mali's partners in the alliance, said"); else `at`. */
function appositionEnd(tokens: Token[], at: number): number {
  if (tokens[at]?.norm !== ',') return at;
  for (let k = at + 1; k < tokens.length && k <= at + APPOSITION_WORDS; k++) {
    const w = tokens[k]!.norm;
    if (w === ',') return k + 1;
    if (w === ';' || w === '.' || w === '"') return at;
  }
  return at;
}

function compoundSubject(resolved: readonly ResolvedMention[], tokens: Token[]): ResolvedMention | null {
  const plain = (r: ResolvedMention) => r.actor && !r.mention.prep && !r.mention.pronoun && !r.mention.possessive;
  for (let k = resolved.length - 1; k > 0; k--) {
    const last = resolved[k]!;
    // (its verb right after it, or after an apposition: "Niger and Burkina Faso, Mali's partners in the AES, said …")
    if (!plain(last) || !/^[a-z]+$/.test(tokens[appositionEnd(tokens, last.mention.end)]?.text ?? '')) continue;
    // back over "A, B and C": "and" (or ", and") before the last member, commas before the others
    const members = [last];
    let joiner: 'and' | ',' = 'and';
    for (let j = k - 1; j >= 0; j--) {
      const prev = resolved[j]!;
      const next = members[0]!;
      const gap = tokens.slice(prev.mention.end, next.mention.start).map((t) => t.norm);
      const joined = joiner === 'and' ? ['and', 'and the', ', and', ', and the'].includes(gap.join(' ')) : gap.join(' ') === ',';
      if (!plain(prev) || !joined) break;
      members.unshift(prev);
      joiner = ',';
    }
    const countries = new Set(members.map((r) => r.actor!.country));
    if (members.length < 2 || countries.size < members.length) continue;
    // (a list that goes on before its first member, "…, A and B said", is not wholly here)
    if (tokens[members[0]!.mention.start - 1]?.norm === ',' && members.length === 2) continue;
    return { mention: members[0]!.mention, actor: null, pair: members.map((r) => r.actor!), certainty: 0.8 };
  }
  return null;
}
