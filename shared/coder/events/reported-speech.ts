import { isLyAdverb } from '../text/adverbs.ts';
import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import { isReportingVerb, repliesThat } from './modality.ts';

/**
 * Reported speech: who speaks and which words are theirs. "X said (that) …" puts the content after the
 * verb; '"…," X said' and "…, X said" put it before. Quotes in wire copy also come as posts ("wrote on X",
 * "posted", "tweeted"). The speaker is an actor mention next to the verb; the content is a token range.
 */
export interface ReportedSpeech {
  speaker: ResolvedMention;
  /** Token range [start, end) of what was said. */
  content: [number, number];
  /** Index of the verb of saying. */
  verb: number;
}

// ", describing the Malian authorities as 'a putschist clique'": naming after a comma, by the clause's subject
// ("calling" is left to the lexicon's "call": "calling on X to …" is an appeal, no words said)
const NAMING_PARTICIPLES = ['describing', 'branding', 'dubbing', 'labelling', 'labeling', 'terming'];
const POSTING = new Set([
  'wrote',
  'writes',
  'posted',
  'posts',
  'tweeted',
  'tweets',
  'branded',
  'called',
  'described',
  'dubbed',
  'labelled',
  'labeled',
  'termed',
  ...NAMING_PARTICIPLES,
]);
// Verbs of naming take their words after an object ("called the Lithuanian government 'puppets'"), never before a comma.
export const NAMING = new Set(['branded', 'called', 'described', 'dubbed', 'labelled', 'labeled', 'termed', ...NAMING_PARTICIPLES]);
const isSaying = (t: Token) => /^[a-z]/.test(t.text) && (isReportingVerb(t.norm) || POSTING.has(t.norm));
const speaks = (r: ResolvedMention) => (r.actor !== null || r.pair !== null) && !r.mention.prep && !r.mention.possessive;

export function reportedSpeech(tokens: Token[], mentions: ResolvedMention[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (let v = 0; v < tokens.length; v++) {
    // '"…," Coulibaly said, adding that …': a participle of saying goes on with the attribution right before it
    const continued = continuedSpeaker(tokens, out, v);
    if (continued) {
      out.push({ speaker: continued, content: [contentStart(tokens, v + 1), tokens.length], verb: v });
      continue;
    }
    if (!(isSaying(tokens[v]!) || repliesThat(tokens, v)) || unsaid(tokens, v)) continue;
    // '"…," said X' / '"…," X said' / "…, X said": the words before the comma (or opening quote) are X's
    const comma = lastIndexBefore(tokens, v, (t) => t.norm === ',');
    // '"…," Eritrea's information minister, Yemane Gebremeskel, told the BBC': the speaker set off by an appositive name
    // (before the outlet after the verb is taken for a speaker)
    const apposed = !NAMING.has(tokens[v]!.norm) ? attributionAfterWords(tokens, mentions, v, comma) : null;
    if (apposed) {
      out.push({ speaker: apposed.speaker, content: [tokens[0]?.norm === '"' ? 1 : 0, apposed.wordsEnd], verb: v });
      continue;
    }
    // (an inverted speaker ends the attribution: "said an Israeli tank had fired" opens a reported clause instead, and so
    // does its first party, whatever follows: in "Lavrov, speaking in Moscow, said Russia condemned Finland", Finland
    // is the clause's object, not a speaker)
    const first = mentions.find((r) => speaks(r) && r.mention.start > v);
    const after = first && first.mention.start <= v + 3 && !verbFollows(tokens, first.mention.end) ? first : undefined;
    // (not a party inside the words of a verb "and said" is joined to: 'warned Riyadh against "following American orders"
    // and said …' is the warner's)
    const before = [...mentions]
      .reverse()
      .find(
        (r) =>
          speaks(r) &&
          r.mention.end <= v &&
          r.mention.end >= v - 3 &&
          r.mention.start > comma &&
          !tokens.slice(r.mention.end, v).some((t) => t.norm === 'and' || t.norm === '"'),
      );
    // ("In a post on Telegram, Belarus called the government 'puppets'": a naming verb's words follow it)
    // (", while Zakharova said …", ", and Peskov said …": a new clause of saying after a conjunction, not an attribution)
    const conjoined = tokens.slice(comma + 1, before?.mention.start ?? v).some((t) => CLAUSE_CONJUNCTIONS.has(t.norm));
    // ("In Beijing, spokesperson Guo told a regular briefing that …": a fronted phrase, and the words follow the verb)
    if (
      comma > 0 &&
      !NAMING.has(tokens[v]!.norm) &&
      (after || before) &&
      (before?.mention.start ?? v) - comma <= 3 &&
      !conjoined &&
      !thatClauseAfter(tokens, v)
    ) {
      const open = tokens[0]?.norm === '"' ? 1 : 0;
      out.push({ speaker: (before ?? after)!, content: [open, comma], verb: v });
      continue;
    }
    // "X said (that) …", "X wrote on X that …"; "X slammed the measures and said …": the speaker of a verb of saying
    // joined to an earlier verb is that verb's subject
    const speaker = before && before.mention.start <= v ? before : (joinedSubject(tokens, mentions, v) ?? appositiveSubject(tokens, mentions, v, comma));
    if (speaker) out.push({ speaker, content: [contentStart(tokens, v + 1), tokens.length], verb: v });
  }
  return out;
}

// "did not say whether Jakarta would retaliate", "declined to say when": words not said are no one's statement
const NOT_SAID = new Set(['not', 'never']);
const REFUSING = new Set(['declined', 'declines', 'decline', 'declining', 'refused', 'refuses', 'refuse', 'refusing']);

/** The verb of saying at `v` is negated or refused: "did not say", "did not immediately say", "has not yet said", "declined to say". */
function unsaid(tokens: Token[], v: number): boolean {
  let k = v - 1;
  while (k > 0 && (tokens[k]!.norm === 'yet' || (/^[a-z]+ly$/.test(tokens[k]!.text) && tokens[k]!.norm !== 'only'))) k--;
  const prev = tokens[k]?.norm ?? '';
  return NOT_SAID.has(prev) || (prev === 'to' && REFUSING.has(tokens[k - 1]?.norm ?? ''));
}

/** Where the words after a verb of saying begin: past "that", a colon, an opening quote or a comma. */
function contentStart(tokens: Token[], from: number): number {
  let start = from;
  while (start < tokens.length && ['that', ':', '"', ','].includes(tokens[start]!.norm)) start++;
  return start;
}

/** Participles that go on with what a speaker said: "…, Coulibaly said, adding that the army would respond". */
const CONTINUING = new Set(['adding', 'saying', 'noting', 'stressing', 'insisting', 'explaining']);

/** The speaker of the attribution a participle of saying continues: right after its comma, the attribution just before. */
function continuedSpeaker(tokens: Token[], found: readonly ReportedSpeech[], v: number): ResolvedMention | null {
  if (!CONTINUING.has(tokens[v]!.norm) || tokens[v - 1]?.norm !== ',') return null;
  const last = found[found.length - 1];
  // nothing but the attribution's time, place or outlet between its verb and the comma ("said on Friday, adding")
  if (!last || last.verb >= v - 1 || v - 1 - last.verb > 6) return null;
  for (let k = last.verb + 1; k < v - 1; k++) if ([',', '"', 'that', ';', 'and'].includes(tokens[k]!.norm)) return null;
  return last.speaker;
}

// How many tokens (punctuation included) an attribution may run after its verb when the words said come before it ("told
// NPR by phone from Asmara.").
const ATTRIBUTION_TAIL = 8;

/**
 * An attribution after the words said whose speaker is set off by an appositive: '"This is warmongering," Eritrea's
 * information minister, Yemane Gebremeskel, told NPR'. The speaker opens right after the comma (and closing quote)
 * that ends the words; after the verb come only a few words and no reported clause.
 */
function attributionAfterWords(tokens: Token[], mentions: ResolvedMention[], v: number, comma: number): { speaker: ResolvedMention; wordsEnd: number } | null {
  const speaker = appositiveSubject(tokens, mentions, v, comma);
  if (!speaker || thatClauseAfter(tokens, v) || tokens.length - v > ATTRIBUTION_TAIL + 1) return null;
  // the words end with a comma, inside a quotation that closes right before the speaker
  const wordsEnd = speaker.mention.start - 2;
  if (wordsEnd < 1 || tokens[wordsEnd + 1]!.norm !== '"' || tokens[wordsEnd]!.norm !== ',') return null;
  return { speaker, wordsEnd };
}

/**
 * The subject before an appositive that ends right before the verb of saying: "UNIFIL, the UN peacekeeping force in
 * southern Lebanon, said …". The appositive runs between two commas, up to twelve words, with no verb of saying in it.
 */
function appositiveSubject(tokens: Token[], mentions: ResolvedMention[], v: number, comma: number): ResolvedMention | null {
  if (comma !== v - 1) return null;
  const open = lastIndexBefore(tokens, comma, (t) => t.norm === ',');
  if (open < 1 || comma - open > 13 || tokens.slice(open + 1, comma).some(isSaying)) return null;
  return mentions.find((r) => r.mention.end === open && !r.mention.prep && speaks(r)) ?? null;
}

/**
 * The subject of the verb a verb of saying is joined to by "and" ("The Kremlin slammed the new measures as 'illegal'
 * and said Russia would respond"): the nearest speaking actor before it that a past-tense verb follows directly.
 */
function joinedSubject(tokens: Token[], mentions: ResolvedMention[], v: number): ResolvedMention | null {
  const i = wordBeforeResumingAdverbs(tokens, v);
  // (or a participle of naming after a comma: "rejected the accusations, describing the Malian authorities as …")
  const participle = tokens[i]?.norm === ',' && NAMING_PARTICIPLES.includes(tokens[v]!.norm);
  if (tokens[i]?.norm !== 'and' && !participle) return null;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const r = mentions[k]!;
    if (r.mention.end >= i) continue;
    // (past an opening quote: 'the ministry "categorically rejected" the accusations, describing …')
    const quoted = tokens[r.mention.end]?.norm === '"' ? 1 : 0;
    let verb = r.mention.end + quoted;
    while (verb < i && isLyAdverb(tokens[verb]!.norm)) verb++;
    if (speaks(r) && /^[a-z]+ed$/.test(tokens[verb]?.text ?? '')) return r;
  }
  return null;
}

/**
 * A "that" opens the reported words right after the verb of saying or after its object ("said that", "told a regular
 * briefing that", "told reporters that"); not a "that" of time ("said later that day") or a relative one.
 */
function thatClauseAfter(tokens: Token[], v: number): boolean {
  if (tokens[v + 1]?.norm === 'that') return true;
  if (!SAYING_OBJECT_STARTS.has(tokens[v + 1]?.norm ?? '')) return false;
  for (let k = v + 2; k < tokens.length && k <= v + 4; k++) {
    const w = tokens[k]!.norm;
    if (w === 'that') return !TIME_NOUNS.has(tokens[k - 1]!.norm);
    if (w === ',' || w === '.' || w === ';') return false;
  }
  return false;
}
// Who or what a verb of saying is said to: "told a briefing", "told reporters", "told parliament".
const SAYING_OBJECT_STARTS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'reporters', 'journalists', 'lawmakers', 'parliament', 'senators']);
const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'time', 'morning', 'afternoon', 'evening', 'night']);

function lastIndexBefore(tokens: Token[], i: number, test: (t: Token) => boolean): number {
  for (let k = i - 1; k >= 0; k--) if (test(tokens[k]!)) return k;
  return -1;
}

// A finite verb or auxiliary right after a mention: that mention is a clause's subject, not an inverted speaker.
const CLAUSE_VERB_AFTER = /^(had|has|have|was|were|is|are|would|will|could|can|should|might|may|did|does|[a-z]+ed)$/;

/**
 * A finite verb or auxiliary within three words from `from`, before any comma or place preposition: the mention ending
 * there is the subject of a clause ("said an Israeli tank had fired", "said Russian forces shelled …").
 */
function verbFollows(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    if (w === ',' || w === '.' || w === 'on' || w === 'in' || w === 'at') return false;
    if (CLAUSE_VERB_AFTER.test(w)) return true;
  }
  return false;
}

// Words that open a coordinated or contrasting clause after a comma.
const CLAUSE_CONJUNCTIONS = new Set(['and', 'while', 'whereas', 'but', 'whilst']);

// Past forms of the verbs of saying that open a reported clause ("said", "told"): what a resumed verb agrees with.
const PAST_SAYING = /^([a-z]+ed|said|told|wrote)$/;
const RESUME_AUX = new Set(['also', 'then', 'later']);

/** Index of the word before `at` once "also", "then" and "later" are stepped over ("and also said"), or -1. */
function wordBeforeResumingAdverbs(tokens: Token[], at: number): number {
  let i = at - 1;
  while (i >= 0 && RESUME_AUX.has(tokens[i]!.norm)) i--;
  return i;
}

/**
 * The reported clause a verb ends, when the verb resumes its speaker's clause: 'X said (that) cooperation "should
 * not target any third party," and urged Canberra to …' is X's urging, coordinated with "said", not with the
 * reported "target". The verb stands right after a comma (and a closing quote) and "and", with nothing but an
 * adverb between, and is in the past like the verb of saying. Returns that verb of saying's index, or -1.
 */
export function resumedSpeakerVerb(tokens: Token[], speech: readonly ReportedSpeech[], head: number): number {
  if (!PAST_SAYING.test(tokens[head]?.text ?? '')) return -1;
  let i = wordBeforeResumingAdverbs(tokens, head);
  if (tokens[i]?.norm !== 'and') return -1;
  i--;
  if (tokens[i]?.norm === '"') i--;
  if (tokens[i]?.norm !== ',') return -1;
  const s = speech.find((x) => x.verb < i && x.content[0] > x.verb && x.content[0] < i && x.content[1] > head && PAST_SAYING.test(tokens[x.verb]!.text));
  return s ? s.verb : -1;
}

// Participles that say or judge: after a reported clause they are its speaker's ("…, calling the incident a violation").
const SPEECH_PARTICIPLES = new Set([
  'calling',
  'describing',
  'branding',
  'terming',
  'labelling',
  'labeling',
  'denouncing',
  'condemning',
  'accusing',
  'urging',
  'warning',
  'demanding',
  'praising',
  'welcoming',
]);

// How far after its verb of saying a participle may open and still be the speaker's (", Fidan said on Monday, urging").
const PARTICIPLE_REACH = 10;

/**
 * The verb of saying whose speaker a participle clause after it belongs to: '"…," Zelensky wrote on Telegram, urging
 * the U.S. to speed up deliveries' and "The talks were useful, Fidan said, urging Russia to …" are the speaker's
 * urging, not the act of a party named inside the quotation. The participle follows a comma after an attribution
 * whose words came before it. Returns that verb's index, or -1.
 */
export function speakerOfParticiple(tokens: Token[], speech: readonly ReportedSpeech[], head: number): number {
  if (!/ing$/.test(tokens[head]?.norm ?? '')) return -1;
  const i = wordBeforeResumingAdverbs(tokens, head);
  if (tokens[i]?.norm !== ',') return -1;
  // "UNIFIL said an Israeli tank had fired at its peacekeepers, calling the incident a serious violation": a participle of
  // saying or judging after the reported clause is the speaker's words about it, not an act of that clause's subject
  const reported = SPEECH_PARTICIPLES.has(tokens[head]!.norm)
    ? speech.find((x) => x.content[0] > x.verb && x.content[0] < i && x.content[1] > head && !speech.some((o) => o !== x && o.verb > x.verb && o.verb < head))
    : undefined;
  if (reported) return reported.verb;
  const s = speech.find((x) => x.content[1] <= x.verb && x.verb < i && i - x.verb <= PARTICIPLE_REACH);
  if (!s) return -1;
  // nothing between the verb of saying and the comma but its speaker, place, outlet and time ("on Telegram", "on Monday")
  for (let k = s.verb + 1; k < i; k++) if ([',', '"', 'that', ';'].includes(tokens[k]!.norm)) return -1;
  return s.verb;
}
