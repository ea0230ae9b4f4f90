import type { Token } from '../text/tokenizer.ts';
import { isLyAdverb } from '../text/adverbs.ts';

/**
 * Reads the words in front of an action ("is scheduled to", "did not", "could", "refused to",
 * "seeks to") and the clause around it ("if …", "analysts note that …") to decide whether the
 * action happened, is planned, is only reported as intended, is negated, or is not an event at all.
 */
export interface ModalityCues {
  /** will, would, plans to, is scheduled to, is ready to … */
  intent: boolean;
  /** The intent marker is a scheduling word: planned rather than merely declared. */
  scheduled: boolean;
  negated: boolean;
  /** The negation states a fact, not a refusal: "has not recognised", "did not sign", "has never recognized". */
  factualNegation: boolean;
  /** may, might, could, possible …: not an event unless it is a conditional threat. */
  hypothetical: boolean;
  /** seeks to, aims to, hopes to: a goal, not an event. */
  goal: boolean;
  /** The chain holds "to" right before the action (an infinitive). */
  infinitive: boolean;
  /** tried to, attempted to, resorted to: the action was carried out or attempted, it is coded as such. */
  attempt: boolean;
  /** stop, halt, cease, end: "stopped supplying weapons" is the opposite act. */
  cease: boolean;
  /** must, should: in reported speech a demand on the subject ("said the US must withdraw"). */
  obligation: boolean;
  /** "would" and no other intent word: reported intent after "said", otherwise a hypothetical. */
  onlyWould: boolean;
}

const INTENT_WORDS = new Set([
  'will',
  "'ll",
  'shall',
  'would',
  'going',
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'intending',
  'scheduled',
  'set',
  'due',
  'expected',
  'poised',
  'about',
  'ready',
  'willing',
  'prepared',
  'determined',
  'eager',
  'keen',
  'preparing',
  'prepares',
  'committed',
  'vowed',
]);
const SCHEDULE_WORDS = new Set([
  'scheduled',
  'set',
  'due',
  'expected',
  'plan',
  'plans',
  'planned',
  'planning',
  'going',
  'poised',
  'about',
  'intend',
  'intends',
  'intended',
  'intending',
  'preparing',
  'prepares',
]);
const HYPOTHETICAL_WORDS = new Set(['may', 'might', 'could', 'possible', 'possibly', 'potential', 'likely', 'unlikely', 'perhaps', 'maybe', 'should', 'can']);
const GOAL_WORDS = new Set([
  'seek',
  'seeks',
  'sought',
  'seeking',
  'aim',
  'aims',
  'aimed',
  'aiming',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'want',
  'wants',
  'wanted',
  'wanting',
  'wish',
  'wishes',
  'wished',
  'strive',
  'strives',
  'striving',
  'efforts',
  'effort',
  'bid',
  'order',
  'attempts',
  'bids',
  'designed',
  'meant',
  'intent',
]);
const CEASE_WORDS = new Set([
  'stop',
  'stops',
  'stopped',
  'stopping',
  'halt',
  'halts',
  'halted',
  'halting',
  'cease',
  'ceases',
  'ceased',
  'end',
  'ends',
  'ended',
  'quit',
]);
const ATTEMPT_WORDS = new Set([
  'tried',
  'try',
  'tries',
  'trying',
  'attempted',
  'attempt',
  'attempts',
  'attempting',
  'resorted',
  'resort',
  'resorts',
  'continued',
  'continue',
  'continues',
  // "would keep striking": an aspect verb, like "continue", that leaves the chain's modal in force
  'keep',
  'keeps',
  'kept',
  'began',
  'begin',
  'begins',
  'started',
  'start',
  'starts',
  'managed',
  'moved',
  'went',
  'proceeded',
  'sought',
]);
const NEGATIONS = new Set(['not', 'never', 'no', 'neither', 'nor', 'without', 'failed', 'fail', 'fails', 'failing', 'unable']);
// Words that may stand between a subject and its action without ending the auxiliary chain.
const CHAIN = new Set([
  'must',
  'should',
  'to',
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'has',
  'have',
  'had',
  'having',
  'do',
  'does',
  'did',
  'also',
  'still',
  // "has not yet established": what is still to happen has not happened
  'yet',
  'now',
  'then',
  'again',
  'jointly',
  'further',
  'formally',
  'officially',
  'reportedly',
  'finally',
  'already',
  'just',
  'soon',
  'later',
  'once',
  'longer',
  'in',
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'first',
  'new',
  'fresh',
  'second',
  'official',
  'state',
  'historic',
  'four',
  'three',
  'two',
  'day',
  '-',
  'order',
  'an',
  'effort',
  'efforts',
  'bid',
  'attempt',
]);

/**
 * Cues in the words before an action. For a nominal the scan stays inside its noun phrase and
 * the verb that governs it ("is planning a visit", "a possible easing"), stopping at `floor`
 * (the end of the nearest actor mention), so "may have been influenced by US operations" does
 * not make the operations hypothetical.
 */
export function chainCues(tokens: Token[], head: number, nominal: boolean, floor = 0): ModalityCues {
  const cues: ModalityCues = {
    intent: false,
    scheduled: false,
    negated: false,
    factualNegation: false,
    hypothetical: false,
    goal: false,
    infinitive: false,
    attempt: false,
    cease: false,
    obligation: false,
    onlyWould: false,
  };
  let would = false;
  let otherIntent = false;
  for (let i = head - 1, n = 0; i >= floor && n < 7; i--, n++) {
    const w = tokens[i]!.norm;
    if (nominal && NOMINAL_BOUNDARY.has(w)) break;
    // "Thailand is to expel the ambassador": a future decided and announced
    if (w === 'to' && (tokens[i - 1]?.norm === 'is' || tokens[i - 1]?.norm === 'are') && !cues.goal) {
      cues.intent = true;
      cues.scheduled = true;
      otherIntent = true;
    } else if (w === 'to' && !cues.intent && !cues.goal && !rankedDoer(tokens, i)) cues.infinitive = true;
    if (w === 'must' || w === 'should') cues.obligation = true;
    if (NEGATIONS.has(w)) {
      cues.negated = true;
      // ("has not", "did not", "had never", "never recognised": a perfect or past auxiliary before the negation, or a
      // bare "never"; "will never", "would not" are refusals)
      const before = tokens[i - 1]?.norm ?? '';
      cues.factualNegation = FACT_AUX.has(before) || (w === 'never' && !INTENT_WORDS.has(before));
    } else if (CEASE_WORDS.has(w) && i === head - 1) cues.cease = true;
    else if (INTENT_WORDS.has(w)) {
      cues.intent = true;
      if (w === 'would') would = true;
      else otherIntent = true;
      if (SCHEDULE_WORDS.has(w) || w === 'will' || w === "'ll" || w === 'shall') cues.scheduled = true;
    } else if (HYPOTHETICAL_WORDS.has(w)) cues.hypothetical = true;
    else if (GOAL_WORDS.has(w)) cues.goal = true;
    else if (ATTEMPT_WORDS.has(w)) {
      // "an attempt to intimidate Warsaw": someone else's attempt, named as a noun
      if (['a', 'an', 'the', 'its', 'their'].includes(tokens[i - 1]?.norm ?? '')) cues.goal = true;
      else cues.attempt = true;
    } else if (!CHAIN.has(w) && !isLyAdverb(w) && !(nominal && n < 3)) break;
  }
  cues.onlyWould = would && !otherIntent;
  return cues;
}

// Words that rank a doer among others who did the same ("the first country to recognise", "the only leader to attend").
const RANKS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'latest', 'only', 'sole']);

/**
 * The "to" at `to` follows a doer ranked among others ("Russia became the first country to recognise the Taliban
 * government", "the latest state to expel …"): its infinitive tells what was done, not what is intended.
 */
function rankedDoer(tokens: Token[], to: number): boolean {
  // ("the first to send aid", "the first country to recognise", "the only EU leader to attend"; not "the last chance to",
  // "the first step to")
  const doer = tokens[to - 1]?.norm ?? '';
  if (!RANKS.has(doer) && !DOERS.has(doer)) return false;
  for (let k = to - 1; k >= to - 3 && k >= 0; k--) {
    if (RANKS.has(tokens[k]!.norm)) {
      if (tokens[k - 1]?.norm !== 'the') return false;
      // ("would be the first EU leader to visit", "is expected to be the first to send": a rank still to be won)
      return !tokens.slice(Math.max(0, k - 6), k - 1).some((t) => UNREALISED.has(t.norm));
    }
    if (!/^[a-z]+$/i.test(tokens[k]!.text)) return false;
  }
  return false;
}

// Who can be ranked among doers ("the first country", "the only leader", "the latest member state").
const DOERS = new Set(
  [
    ...['country', 'state', 'nation', 'government', 'leader', 'president', 'minister', 'official', 'head', 'member', 'one'],
    ...['ally', 'donor', 'power', 'bloc', 'organisation', 'organization', 'democracy', 'economy', 'neighbour', 'neighbor'],
    ...['republic', 'capital', 'monarchy', 'kingdom'],
  ].flatMap((w) => [w, w.endsWith('y') && !w.endsWith('ey') ? `${w.slice(0, -1)}ies` : `${w}s`]),
);
// Words that leave a rank to be won: a modal, an expectation, a wish.
const UNREALISED = new Set(['would', 'will', 'could', 'might', 'may', 'expected', 'set', 'likely', 'hopes', 'wants', 'aims', 'seeks', 'plans']);

// Auxiliaries that make a negation a statement of fact ("has not recognised", "did not sign").
const FACT_AUX = new Set(['has', 'have', 'had', 'did', 'does', 'do']);

// A nominal's phrase ends at these: "influenced by US operations" is not hypothetical operations.
const NOMINAL_BOUNDARY = new Set(['by', 'with', 'of', 'from', 'in', 'on', 'over', 'after', 'following', 'amid', 'despite', 'against', ',']);

const CONDITIONALS = new Set(['if', 'unless', 'whether', 'lest', 'before', 'until', 'till', 'once']);
// Of these, the ones that also order past events: "fought a five-day war before Malaysia brokered a ceasefire" states both.
const TEMPORAL = new Set(['before', 'until', 'till', 'once']);
// What opens the clause of a conjunction "once" ("once the treaty is ratified", "once they sign"). The adverb is
// mostly followed by something else ("once again", "had once controlled"); where it is not ("for once the two agree",
// "Syria, once a close ally of Iran, …") the word before it or the comma after the aside tells them apart.
const CLAUSE_SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'they', 'he', 'she', 'we', 'its', 'their', 'both', 'all']);

/** Token i opens a conditional clause: "if", "unless", … and "once" as a conjunction. */
function conditionalAt(tokens: Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  if (w === 'had') return invertedConditionalAt(tokens, i);
  if (w !== 'once') return CONDITIONALS.has(w);
  const next = tokens[i + 1];
  return (
    next !== undefined && (CLAUSE_SUBJECT_OPENERS.has(next.norm) || next.cap) && !['at', 'for', 'had', 'has', 'was', 'were'].includes(tokens[i - 1]?.norm ?? '')
  );
}
const CLAUSE_BREAK = new Set([',', ';', ':', '—', '(']);

/**
 * A counterfactual condition written by inversion, "had" before its subject at the opening of a sentence or after a
 * comma: "Had Ankara refused, …", "the view that, had Washington offered sanctions relief in Hanoi, the office might
 * still stand". ("…, had been agreed", "…, had Russia's backing" have no subject after "had" or are no clause opening.)
 */
function invertedConditionalAt(tokens: Token[], i: number): boolean {
  if (i > 0 && tokens[i - 1]!.norm !== ',') return false;
  const next = tokens[i + 1];
  if (!next || next.norm === 'been' || !(next.cap || CLAUSE_SUBJECT_OPENERS.has(next.norm))) return false;
  // (the subject's head, then a past participle within a few words: "had the two sides agreed")
  for (let k = i + 2; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k]!;
    if (t.norm === "'s" || CLAUSE_BREAK.has(t.norm)) return false;
    if (!t.cap && /(?:ed|en|wn|ne|ft|ld|nt|ck|ok|id|un|ut)$/.test(t.norm)) return true;
  }
  return false;
}

/**
 * True when the action sits inside an "if/unless/whether" clause, or a "before/until" one that is not in the past
 * ("will not sign before Russia withdraws"; a past tense there, "before Malaysia brokered a ceasefire", happened).
 */
export function inConditionalClause(tokens: Token[], head: number, pastTense = false): boolean {
  for (let i = head - 1; i >= 0; i--) {
    const w = tokens[i]!.norm;
    if (CLAUSE_BREAK.has(w)) return false;
    if (conditionalAt(tokens, i)) return !(pastTense && TEMPORAL.has(w) && !futureBefore(tokens, i));
    if (asLongAs(tokens, i)) return true;
  }
  return false;
}

// Words of a main clause that make a past tense after "until/before" backshifted speech, still a condition
// ("said it would not resume talks until Washington lifted sanctions").
const FUTURE_OR_NEGATED = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'shall', 'should', 'not', 'never', "n't", 'no']);

/** The clause before the conjunction at `at` speaks of the future or says what will not be done. */
function futureBefore(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const w = tokens[i]!.norm;
    if (w === ';' || w === '.') return false;
    if (FUTURE_OR_NEGATED.has(w)) return true;
  }
  return false;
}

/** Token i is the "long" of "as long as" or "so long as", a conjunction of condition like "if". */
function asLongAs(tokens: Token[], i: number): boolean {
  return tokens[i]!.norm === 'long' && tokens[i + 1]?.norm === 'as' && (tokens[i - 1]?.norm === 'as' || tokens[i - 1]?.norm === 'so');
}

/** True when a condition follows the action in its clause ("will withdraw … unless"). */
export function followedByCondition(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 25; i++) {
    const w = tokens[i]!.norm;
    if (w === 'if' || w === 'unless') return true;
    if (asLongAs(tokens, i)) return true;
    if (w === ';' || w === '.') return false;
  }
  return false;
}

const COMMENTATORS = new Set([
  'fellow',
  'analysts',
  'analyst',
  'experts',
  'expert',
  'observers',
  'critics',
  'commentators',
  'pundits',
  'scholars',
  'economists',
  'historians',
  'academics',
  'economist',
  'researcher',
  'researchers',
  'professor',
  'strategist',
  'strategists',
  'scholar',
  'academic',
  'commentator',
  'observer',
  'consultant',
  'consultants',
  // (markets' people: "Investors seem to agree that Mexico has won this round")
  'investors',
  'traders',
  'bankers',
]);
const OPINION_VERBS = new Set([
  'note',
  'noted',
  'notes',
  'say',
  'said',
  'says',
  'believe',
  'believed',
  'believes',
  'argue',
  'argued',
  'argues',
  'suggest',
  'suggested',
  'suggests',
  'predict',
  'predicted',
  'predicts',
  'expect',
  'expected',
  'expects',
  'think',
  'thought',
  'see',
  'saw',
  'warn',
  'warned',
  'speculate',
  'speculated',
  'point',
  'pointed',
  'contend',
  'contended',
  'estimate',
  'estimated',
  'agree',
  'fear',
  'feared',
  'caution',
  'cautioned',
  'doubt',
  'assess',
  'view',
  // ("Economists were sceptical that the US offer would move the dial")
  'sceptical',
  'skeptical',
  'doubtful',
]);

/**
 * Token index from which the sentence is attributed commentary (analysts, experts, "widely
 * believed"), or -1. Events after it are not coded; a sentence that opens with commentary or
 * closes with ", analysts said" yields none at all (returns 0).
 */
export function commentaryStart(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    let hit = false;
    if (COMMENTATORS.has(w)) {
      for (let j = i + 1; j < tokens.length && j <= i + 3; j++) if (OPINION_VERBS.has(tokens[j]!.norm)) hit = true;
      // ", analysts said." at the end attributes the whole sentence
      if (hit && i > tokens.length - 6) return 0;
      // '"…," said a researcher at a Doha institute, adding …': the quotation before is commentary
      const said = tokens.slice(Math.max(0, i - 3), i).findIndex((t) => t.norm === 'said' || t.norm === 'says');
      if (said >= 0 && [',', '"', '\u201d'].includes(tokens[Math.max(0, i - 3) + said - 1]?.norm ?? '')) return 0;
      // "Temur Umarov, a fellow at the Carnegie Russia Eurasia Center, said …": a commentator in an appositive
      // ("a fellow member of the ruling party" is no researcher: the noun "fellow" is one at or with an institution)
      const opened = w === 'fellow' && !['at', 'with'].includes(tokens[i + 1]?.norm ?? '') ? -1 : appositiveOpening(tokens, i);
      if (opened >= 0 && appositiveSays(tokens, i)) return opened <= 4 ? 0 : opened;
    } else if (
      (w === 'believed' || w === 'thought' || w === 'rumoured' || w === 'rumored' || w === 'speculated') &&
      i > 0 &&
      ['widely', 'is', 'are', 'was', 'were', 'been'].includes(tokens[i - 1]!.norm)
    ) {
      hit = true;
    } else if (w === 'perceives' || w === 'perceived') hit = true;
    if (hit) return i <= 3 ? 0 : i;
  }
  return -1;
}

const REPORTING = new Set([
  'said',
  'says',
  'say',
  'saying',
  'announced',
  'announces',
  'announce',
  'told',
  'tells',
  'stated',
  'states',
  'added',
  'adds',
  'confirmed',
  'confirms',
  'indicated',
  'indicates',
  'declared',
  'declares',
  'insisted',
  'reiterated',
  'quoted',
  'reported',
  'reports',
  'claimed',
  'claims',
  'wrote',
  'writes',
  'explained',
  'noted',
  'stressed',
  'emphasized',
  'emphasised',
  'asserted',
  'maintained',
  'argued',
  'signaled',
  'signalled',
  'hinted',
  'suggested',
  'revealed',
]);

/** True when a reporting verb precedes the action: "X said it would …", "X replied that it would …" is reported intent. */
export function reportedBefore(tokens: Token[], head: number): boolean {
  for (let i = 0; i < head; i++) if (REPORTING.has(tokens[i]!.norm) || repliesThat(tokens, i)) return true;
  return false;
}

// Verbs of answering say something only with its words after them: "responded on Truth Social that Canada would pay",
// not "responded by recalling its ambassador".
export const REPLYING: ReadonlySet<string> = new Set(['responded', 'replied', 'retorted']);
// (how far past the verb its "that" may stand: "responded on Truth Social on Sunday that …")
const REPLY_REACH = 8;
export function repliesThat(tokens: Token[], v: number): boolean {
  if (!REPLYING.has(tokens[v]!.norm)) return false;
  for (let k = v + 1; k < tokens.length && k <= v + REPLY_REACH; k++) {
    const w = tokens[k]!.norm;
    if (w === 'that' || w === ':') return true;
    if (w === 'by' || w === 'with' || w === 'to' || w === ',' || w === '.') return false;
  }
  return false;
}

/** Words of an auxiliary/intent chain ("plans to", "is expected to", "tried to") between a subject and its verb. */
export function isChainWord(w: string): boolean {
  return CHAIN.has(w) || INTENT_WORDS.has(w) || GOAL_WORDS.has(w) || ATTEMPT_WORDS.has(w) || HYPOTHETICAL_WORDS.has(w);
}

export function isReportingVerb(norm: string): boolean {
  return REPORTING.has(norm);
}

/** Communication verbs whose -ing complement is a proposal, not a deed ("emphasized working with China"). */
export const PROPOSAL_VERBS = new Set([
  'emphasized',
  'emphasised',
  'emphasizes',
  'emphasises',
  'stressed',
  'stresses',
  'underlined',
  'underlines',
  'underscored',
  'underscores',
  'highlighted',
  'highlights',
  'discussed',
  'discusses',
  'considered',
  'considers',
  'considering',
  'proposed',
  'proposes',
  'suggested',
  'suggests',
  'recommended',
  'recommends',
  'advocated',
  'advocates',
  'favored',
  'favoured',
  'favors',
  'favours',
  'mulled',
  'mulls',
  'weighed',
  'weighs',
  'explored',
  'explores',
]);

/** The comma that opens an appositive whose head is the word at `i` (", a fellow at …", ", a senior analyst with …"), or -1. */
function appositiveOpening(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k]!.norm;
    if (w === ',') return tokens[k + 1]?.norm === 'a' || tokens[k + 1]?.norm === 'an' ? k : -1;
    if (!/^[a-z-]+$/.test(w)) return -1;
  }
  return -1;
}

/** The appositive after `i` closes with a comma and a verb of opinion follows it ("…, a fellow at X, said …"), within twelve words. */
function appositiveSays(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 12; k++) {
    if (tokens[k]!.norm !== ',') continue;
    return OPINION_VERBS.has(tokens[k + 1]?.norm ?? '') || OPINION_VERBS.has(tokens[k + 2]?.norm ?? '');
  }
  return false;
}
