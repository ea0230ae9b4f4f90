import type { Actor, Modality } from '../../model/diplomatic-event.ts';
import type { Token } from '../text/tokenizer.ts';
import type { ActorResolver, ResolvedMention } from '../actors/actor-resolver.ts';
import type { ActionMatch } from '../actions/action-matcher.ts';
import { ceaseOf, combine, intentOf, negate } from '../actions/complement-rules.ts';
import { chainCues, commentaryStart, followedByCondition, inConditionalClause, isReportingVerb, PROPOSAL_VERBS, reportedBefore } from './modality.ts';
import { attributionTail, opensAbsoluteClause, SUBJECT_RELATIVES } from './argument-selector.ts';
import {
  CEASE_VERBS,
  complementKind,
  complementOf,
  coordinatedWith,
  isJoinedToPrevious,
  nominalIsEvent,
  relativeClauseBetween,
  type Transform,
  warnsOfFact,
} from './clause-rules.ts';
import { assemble } from './event-assembler.ts';
import { brokeredDeals, mediatedTalks, brokeredAgreements, hostedTalks } from './mediated-talks.ts';
import { clauseStarts, clauseSubject, gappedClauses, gappedRecipients, inParallelClauses } from './clauses.ts';
import { characterisations } from './characterisation.ts';
import { consequenceThreats } from './consequence-threats.ts';
import { exerciseParticipants } from './exercise-participants.ts';
import { phoneCalls } from './phone-calls.ts';
import { guestsMeeting } from './guests-meeting.ts';
import { reportedSpeech, resumedSpeakerVerb, speakerOfParticiple, type ReportedSpeech } from './reported-speech.ts';
import { venueHosts } from './venue-host.ts';
import { aimedAtAppositiveDeeds } from './appositive-deed.ts';
import type { Plan, SentenceEvent } from './plan.ts';
import { NOUN_DETERMINERS } from '../text/function-words.ts';
import { isGift } from '../lexicon/cameo-codes.ts';
import { isLyAdverb } from '../text/adverbs.ts';

export type { SentenceEvent } from './plan.ts';

/** The recipient of another gift in the sentence, by another donor: where a gift with no recipient of its own goes. */
function otherRecipient(events: readonly SentenceEvent[], gift: SentenceEvent): Actor | null {
  return events.find((e) => e !== gift && isGift(e.code) && e.source.country !== gift.source.country && e.target)?.target ?? null;
}

/** Head of the first verb-like word of the clause that "and <verb>" continues (an uncoded action or any -ed/-s verb). */
/**
 * The nearest verb before the "and" of a joined verb, within its clause ("…, a day after Venezuelan soldiers
 * crossed the river and fired on …": the soldiers fired); -1 when none. Words inside actor names are not verbs.
 */
function nearestVerbBefore(tokens: Token[], actions: ActionMatch[], a: ActionMatch, mentions: ResolvedMention[]): number {
  const inMention = (i: number) => mentions.some((r) => i >= r.mention.start && i < r.mention.end);
  let i = a.head - 1;
  while (i > 0 && !['and', 'but', 'or'].includes(tokens[i]!.norm)) i--;
  for (i--; i > 0 && i >= a.head - 14; i--) {
    if (tokens[i]!.norm === ',' || tokens[i]!.norm === ';') break;
    if (actions.some((x) => x.kind === 'verb' && x.head === i)) return i;
    // past tense only: an -s word is as often a plural noun ("reckless", "forces") as a verb
    // and only right after its subject ("Venezuelan soldiers crossed"), not an adjective inside a noun phrase ("uncoordinated releases")
    const afterSubject = inMention(i - 1) || ['had', 'has', 'have', 'also', 'then', 'later'].includes(tokens[i - 1]?.norm ?? '');
    if (!inMention(i) && afterSubject && /^[a-z]+ed$/.test(tokens[i]!.text) && !['armed', 'united', 'based', 'backed', 'led'].includes(tokens[i]!.norm))
      return i;
  }
  return -1;
}

function firstVerbHead(tokens: Token[], actions: ActionMatch[], a: ActionMatch, mentions: ResolvedMention[]): number {
  const near = nearestVerbBefore(tokens, actions, a, mentions);
  if (near >= 0) return near;
  const first = actions.find((x) => x.kind === 'verb' && x.head < a.head);
  if (first) return first.head;
  for (let i = 1; i < a.head; i++) {
    const w = tokens[i]!;
    // (a verb of saying right after a party the dictionaries place, "The US embassy said …", whatever its ending; a
    // word after a determiner is a noun: "said that the measures were …")
    if (isReportingVerb(w.norm) && mentions.some((r) => r.actor && !r.mention.prep && r.mention.end <= i && r.mention.end >= i - 3)) return i;
    if (/^[a-z]+(ed|s)$/.test(w.text) && !['has', 'was', 'is', 'its', 'his', 'this', 'as'].includes(w.norm) && !NOUN_DETERMINERS.has(tokens[i - 1]!.norm))
      return i;
  }
  return a.head;
}

// The determiner of an object that is none: "offered no comment".
const NONE_OBJECT = new Set(['no', 'none']);
const WISH_WORDS = new Set(['hope', 'hopes', 'hoped', 'hoping', 'want', 'wants', 'wanted', 'wish', 'wishes', 'wished']);
// Material outcomes (harm, damage, force, letting someone go) a participle can tack onto a deed.
const TIME_CONJUNCTIONS = new Set(['after', 'before', 'while', 'when', 'upon', 'since']);
const CONSEQUENCE_ROOTS = new Set(['08', '09', '15', '17', '18', '19', '20']);

/** The participle opens a clause after a comma (", killing …", ", later setting …"). */
function afterComma(tokens: Token[], head: number): boolean {
  // ", setting it ablaze and forcing the crew to …": the second of a list of such participles
  if (tokens[head - 1]?.norm === 'and') {
    for (let i = head - 2; i >= 1 && i >= head - 7; i--) if (/ing$/.test(tokens[i]!.norm) && tokens[i - 1]!.norm === ',') return true;
  }
  for (let i = head - 1; i >= 0 && i >= head - 3; i--) {
    const w = tokens[i]!.norm;
    if (w === ',' || w === '—') return true;
    if (!/ly$/.test(w) && !['and', 'also', 'then', 'later', 'thereby'].includes(w)) return false;
  }
  return false;
}

/** The action sits in ", which/who …," right after an actor, and a verb of the main clause follows the closing comma. */
function inParentheticalRelative(tokens: Token[], mentions: ResolvedMention[], actions: ActionMatch[], head: number): boolean {
  let open = -1;
  for (let i = head - 1; i >= 1 && i >= head - 10; i--) {
    const w = tokens[i]!.norm;
    if (w === ',' || w === ';') return false;
    if ((w === 'which' || w === 'who' || w === 'whose') && tokens[i - 1]!.norm === ',') {
      open = i - 1;
      break;
    }
  }
  if (open < 0 || !mentions.some((r) => r.mention.end === open && (r.actor || r.pair))) return false;
  let close = -1;
  for (let i = head + 1; i < tokens.length && i <= head + 15; i++) {
    if (tokens[i]!.norm === ',') {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  // "Albusaidi, who brokered a ceasefire between Washington and the Houthis in May 2025, spoke …": dated background is
  // an event of its own, with its own date (GOLD-FORMAT rule 8)
  if (tokens.slice(open, close).some((t) => /^(1[89]|20)\d\d$/.test(t.norm))) return false;
  // the main clause resumes with its own verb right after the comma
  return actions.some((x) => x.kind === 'verb' && x.head > close && x.head <= close + 3) || /^[a-z]+(ed|s)$/.test(tokens[close + 1]?.text ?? '');
}

const SUPPOSING_MODALS = new Set(['could', 'would', 'might', 'may', 'must', 'should']);
// Nouns and verbs whose "that"/"of" clause is an allegation, not a fact the article reports.
const ALLEGATION_WORDS = new Set([
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'reports',
  'claims',
  'claim',
  'rumours',
  'rumors',
  'suspicion',
  'suspicions',
  'charges',
  'charge',
  'speculation',
  'fears',
  'accused',
  'accusing',
  'accuse',
  'accuses',
  'alleged',
  'alleging',
  'alleges',
  // what is denied did not happen as far as the speaker says
  'denied',
  'denies',
  'deny',
  'denying',
]);

const SPEECH_ROOTS = new Set(['01', '02', '03', '10', '11', '12', '13']);
const DENIALS = new Set(['denied', 'denies', 'deny', 'denying', 'ruled', 'rules', 'rejected', 'rejects', 'dismissed', 'dismisses']);
const DENIED_PLANS = new Set(['plan', 'plans', 'intention', 'intentions', 'intent', 'ambition', 'ambitions', 'designs']);
const ALLEGATION_VERBS = new Set(['accused', 'accusing', 'accuse', 'accuses', 'suspected', 'suspects', 'alleged', 'charged']);

/** The action sits in the content clause of an allegation ("reports that X …", "accused Y of having …"). */
function allegedContent(tokens: Token[], head: number, code: string): boolean {
  for (let i = head - 1; i >= 0 && i >= head - 8; i--) {
    const w = tokens[i]!.norm;
    if (w === ',' || w === ';' || w === '"') return false;
    // "denied that its forces fired first and accused the army of …": a statement joined by "and" is the speaker's own
    if ((w === 'and' || w === 'but') && SPEECH_ROOTS.has(code.slice(0, 2))) return false;
    if (w === 'that' && ALLEGATION_WORDS.has(tokens[i - 1]?.norm ?? '')) return true;
    // "accused the army of \"unprovoked violations\" that wounded four villagers": a relative clause inside the accusation
    if (w === 'that' || w === 'which') {
      for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
        const v = tokens[j]!.norm;
        if (v === ',' || v === 'and' || v === 'but' || v === ';') break;
        if (v === 'of' && tokens.slice(Math.max(0, j - 5), j).some((t) => ALLEGATION_VERBS.has(t.norm))) return true;
      }
    }
    // "accused the IAEA of having shared", "accusing Kyiv of being behind": a perfect or passive gerund after "of"
    if (w === 'of' && ['having', 'being'].includes(tokens[i + 1]?.norm ?? '') && tokens.slice(Math.max(0, i - 6), i).some((t) => ALLEGATION_WORDS.has(t.norm)))
      return true;
    // "denied any plan to attack Eritrea", "denies any intention of invading": a plan denied is no plan
    if ((w === 'to' || w === 'of') && DENIED_PLANS.has(tokens[i - 1]?.norm ?? '') && tokens.slice(Math.max(0, i - 5), i - 1).some((t) => DENIALS.has(t.norm)))
      return true;
    // "accused the UAE of arming the RSF and supplying it with drones": the deeds charged are not reported as fact
    if (w === 'of' && /^[a-z]+ing$/.test(tokens[i + 1]?.text ?? '') && tokens.slice(Math.max(0, i - 6), i).some((t) => ALLEGATION_VERBS.has(t.norm)))
      return true;
  }
  return false;
}
const THANKS_VERBS = new Set([
  'thanked',
  'thanking',
  'thank',
  'thanks',
  'praised',
  'praising',
  'praise',
  'praises',
  'commended',
  'commending',
  'congratulated',
  'congratulating',
  'credited',
  'crediting',
  'hailed',
  'hailing',
  'lauded',
  'applauded',
  'rewarded',
  'honoured',
  'honored',
]);

/** The action sits in the "for …" reason of thanks or praise. */
function thanksReason(tokens: Token[], head: number): boolean {
  for (let i = head - 1; i >= 0 && i >= head - 20; i--) {
    const w = tokens[i]!.norm;
    // ("thanked Qatar for its mediation and said it was ready to meet the rebels": a new clause)
    if (w === ',' || w === ';' || w === '.' || w === 'and' || w === 'but' || w === 'while' || isReportingVerb(w)) return false;
    if (w === 'for') return tokens.slice(Math.max(0, i - 5), i).some((t) => THANKS_VERBS.has(t.norm));
  }
  return false;
}
const PHRASE_END = new Set([',', ';', '.', ':', 'and', 'but', 'which', 'that', 'who']);

/** The event noun heads the subject of a modal ("an attack on X could …") or is any such event ("any new strike"). */
function supposedNominal(tokens: Token[], head: number, end: number): boolean {
  if (tokens.slice(Math.max(0, head - 3), head).some((t) => t.norm === 'any')) return true;
  // "in what would be their first meeting": the predicate of a supposition
  for (let i = head - 1; i >= 1 && i >= head - 5; i--) if (tokens[i]!.norm === 'be' && SUPPOSING_MODALS.has(tokens[i - 1]!.norm)) return true;
  // "a summit between the two leaders was unlikely", "new talks are possible": a judged possibility
  for (let i = end; i < tokens.length && i < end + 14; i++) {
    const w = tokens[i]!.norm;
    if (w === ',' || w === ';' || w === '.' || w === ':') break;
    if (COPULAS.has(w) && LIKELIHOOD.has(tokens[i + 1]?.norm ?? '')) return true;
  }
  for (let i = end; i < tokens.length && i < end + 6; i++) {
    const w = tokens[i]!.norm;
    if (SUPPOSING_MODALS.has(w)) return true;
    if (PHRASE_END.has(w)) return false;
  }
  return false;
}
const COPULAS = new Set(['is', 'was', 'are', 'were', 'seems', 'seemed', 'looks', 'looked', 'remains', 'remained', 'appears', 'appeared']);
const LIKELIHOOD = new Set(['unlikely', 'likely', 'possible', 'improbable', 'doubtful', 'uncertain', 'impossible', 'probable', 'conceivable']);

// Before a participle these make it no simple past ("is signed", "has been brokered", "will have agreed").
const AUXILIARIES_OF_PARTICIPLES = new Set(['is', 'are', 'be', 'been', 'being', 'has', 'have', 'having', 'get', 'gets']);

/** The word before a verb, past adverbs ("before it is finally signed"). */
function beforeAdverbs(tokens: Token[], head: number): string {
  let i = head - 1;
  while (i >= 0 && isLyAdverb(tokens[i]!.norm)) i--;
  return tokens[i]?.norm ?? '';
}

// Measures that, announced as decided ("will expel", "is to close"), are coded with their own code too: reducing
// relations, sanctions and expulsions (16), coercion and arrests (17).
const DECIDED_MEASURE_ROOTS = new Set(['16', '17']);

const PROMISSORY = new Set(['promise', 'pledge', 'vow', 'offer', 'commit', 'swear']);

// Verbs that name something as the speaker sees it ("what he called", "what officials described as").
const NAMING_VERBS = new Set(['call', 'describe', 'term', 'dub', 'brand', 'label', 'characterize', 'characterise']);

/**
 * Codes one sentence: combines complement verbs with the action they govern, decides modality,
 * selects source and target, and drops what is not an event (hypotheticals, goals, commentary,
 * negated conflict, actions without a resolvable actor). No fallback code: no action, no event.
 */
export function codeSentence(tokens: Token[], mentions: ResolvedMention[], actions: ActionMatch[], resolver: ActorResolver): SentenceEvent[] {
  const commentary = commentaryStart(tokens);
  if (commentary === 0) return [];
  const tail = attributionTail(tokens);
  const speech = reportedSpeech(tokens, mentions);
  // a sentence that goes on with the previous sentence's quotation is its speaker's words throughout
  const continued = continuedQuotation(tokens, speech, resolver);
  if (continued) speech.push(continued);
  const consumed = new Set<ActionMatch>();
  // "refugees hosted in northern Uganda": a participle of hosting right after a plural noun and before a place
  // describes that noun (a reduced relative clause); it reports no meeting, and the noun does not host
  const describing = new Set(actions.filter((x) => x.code.startsWith('04') && reducedRelative(tokens, actions, x)));
  const plans: Plan[] = [];
  let previousAsserted = false;
  let firstPlanHead = -1;
  // the previous action and what was done to it: "tighten sanctions and impose a blockade" share one fate
  let prev: { action: ActionMatch; transform: Transform } | null = null;
  let previousPlan: Plan | null = null;
  for (const a of actions) {
    if (consumed.has(a)) {
      // "accused X of violating human rights, ignoring international law": list items share the consumed verb's fate
      prev = { action: a, transform: 'skip' };
      continue;
    }
    const decision = decide(a);
    // coordination joins verbs: an event noun in the first verb's object ("condemned the bombing and urged …")
    // does not stand between them, nor does the verb of a relative clause in it ("strikes that hit Daraa")
    const joins = a.kind === 'verb' && !SUBJECT_RELATIVES.has(tokens[a.head - 1]?.norm ?? '');
    if (joins || prev?.action.kind !== 'verb') prev = { action: a, transform: decision.transform };
    if (!decision.plan) continue;
    plans.push(decision.plan);
    // (likewise a verb joined by "and" shares a verb's subject, not that of an event noun in its object: "condemned
    // Israeli air strikes that hit Daraa and demanded …" is the condemners' demand)
    if (joins || previousPlan?.action.kind !== 'verb') previousPlan = decision.plan;
    if (firstPlanHead < 0) firstPlanHead = a.head;
    if (decision.plan.modality === 'asserted') previousAsserted = true;
  }

  function decide(a: ActionMatch): { plan: Plan | null; transform: Transform } {
    const skip = { plan: null, transform: 'skip' as Transform };
    if (commentary > 0 && a.head > commentary) return skip;
    if (a.head >= tail && a.kind === 'verb' && a.head > 0) return skip; // the attribution tail (", officials said") is not an event
    // "China, which mediated talks between the two Koreas last year, called for restraint": a relative clause set off by
    // commas between a subject and its verb is background about the subject
    if (inParentheticalRelative(tokens, mentions, actions, a.head)) return skip;
    // background in a relative clause after the main event ("…, where 24 people were killed")
    if (firstPlanHead >= 0 && relativeClauseBetween(tokens, mentions, firstPlanHead, a.head)) return skip;
    // "accusations that Tehran supplies weapons", "reports that fighters executed civilians", "accused the IAEA of having
    // shared": what an allegation says is not reported as fact
    // (a verb joined to it is judged on its own: "denied that X fired and accused Y" keeps the accusation)
    // ("allegations that Kigali denied" is a relative clause: the allegations are what it denies)
    if (!a.fronted && allegedContent(tokens, a.head, a.code)) return { plan: null, transform: 'none' };
    // "thanked Brazil for the help its firefighters gave", "praised Kenya for hosting refugees": the reason for thanks is background
    if (thanksReason(tokens, a.head)) return skip;
    if (describing.has(a)) return skip;
    if (a.kind === 'nominal' && !nominalIsEvent(tokens, mentions, actions, a)) return skip;
    // "a Chinese attack on Taiwan could …", "any new strike would …": an event noun that is the subject of a modal is supposed
    if (a.kind === 'nominal' && supposedNominal(tokens, a.head, a.end)) return skip;
    const kind = complementKind(tokens, a);
    // a nominal's cues come from its own phrase: stop at the nearest actor (or one running into the noun)
    const floor =
      a.kind === 'nominal' ? mentions.reduce((f, r) => (r.mention.start < a.head ? Math.max(f, r.mention.end <= a.head ? r.mention.end : a.head) : f), 0) : 0;
    const cues = chainCues(tokens, a.head, a.kind === 'nominal', floor);
    const pastTense =
      a.kind === 'verb' && (a.form === 'past' || (a.form === 'pastOrParticiple' && !AUXILIARIES_OF_PARTICIPLES.has(beforeAdverbs(tokens, a.head))));
    if (inConditionalClause(tokens, a.head, pastTense)) return skip;
    // "offered no further comment", "sent no troops", "gave no details": a deed whose object is none did not happen
    // ("said no to the plan": a pattern's own "no")
    if (a.kind === 'verb' && (!kind || kind === 'intent') && NONE_OBJECT.has(tokens[a.headEnd]?.norm ?? '') && !/(?:^|[\s|_])no(?:[\s|_]|$)/.test(a.pattern))
      return skip;
    // "hoped to hold talks with …", "wants to meet …": a stated wish to meet is an intent to meet (036)
    const wishToMeet =
      cues.goal && a.code.startsWith('04') && !cues.negated && tokens.slice(Math.max(0, a.head - 5), a.head).some((t) => WISH_WORDS.has(t.norm));
    if (cues.goal && !wishToMeet) return skip;
    if (wishToMeet) {
      cues.goal = false;
      cues.intent = true;
    }
    // "X said that …, and urged Y": the verb is coordinated with the verb of saying, not with the reported action before it
    // ('"…," Zelensky wrote on Telegram, urging the U.S. to …': a participle after the attribution is the speaker's)
    const resumed = a.kind === 'verb' ? Math.max(resumedSpeakerVerb(tokens, speech, a.head), speakerOfParticiple(tokens, speech, a.head)) : -1;
    const coordinated = prev !== null && a.kind === 'verb' && resumed < 0 && coordinatedWith(tokens, prev.action, a);
    // "X kidnapped … and exploded …", "X rioted …, setting fire to …": the second verb has the first one's subject
    // an -ing adjunct ("demonstrated in Kirkuk on Sunday calling for …") belongs to the main clause's subject
    // (", with Seoul calling it a provocation": an absolute clause has its own subject)
    // ("Mali recalled its ambassador, and Algeria responded by recalling its own": a clause of its own subject between)
    const ingAdjunct =
      a.form === 'ing' &&
      !['is', 'are', 'was', 'were', 'been', 'be'].includes(tokens[a.head - 1]?.norm ?? '') &&
      !opensAbsoluteClause(tokens, mentions, a.head) &&
      !(previousPlan !== null && subjectOfOwnClause(tokens, mentions, previousPlan.action.head, a.head));
    const joinedVerb = a.kind === 'verb' && previousPlan !== null && (isJoinedToPrevious(tokens, a) || ingAdjunct);
    // "struck the port, killing 14 people and damaging a hospital": a participle after a comma that states what a
    // coded deed did is its consequence, not a second event (verbal ones, "accusing X of …", stay events)
    if (a.kind === 'verb' && ingAdjunct && previousPlan !== null && afterComma(tokens, a.head) && CONSEQUENCE_ROOTS.has(a.code.slice(0, 2))) return skip;
    // "to end what he called 'endless provocations'", "what Beijing described as …": words quoted, not a deed
    if (a.kind === 'verb' && NAMING_VERBS.has(a.lemma) && tokens.slice(Math.max(0, a.head - 4), a.head).some((t) => t.norm === 'what')) return skip;
    // "approved the loan after completing a review", "met the envoy before leaving for Doha": a step around the main deed
    if (a.kind === 'verb' && a.form === 'ing' && previousPlan !== null && TIME_CONJUNCTIONS.has(tokens[a.head - 1]?.norm ?? '')) return skip;
    // "… suspended Guinea-Bissau and threatened …" with the first verb uncoded: the subject is the sentence's, never the object before "and"
    const orphanJoin = a.kind === 'verb' && previousPlan === null && isJoinedToPrevious(tokens, a);
    // "marched through the capital to demand …", "rallied, demanding …": the protesters' demand is coded too (10x/02x)
    const protestPurpose =
      a.kind === 'verb' &&
      previousPlan !== null &&
      previousPlan.code.startsWith('14') &&
      (a.code.startsWith('02') || a.code.startsWith('10')) &&
      (ingAdjunct || tokens[a.head - 1]?.norm === 'to');
    // "X summoned …, a day after Y crossed … and fired …": a verb joined inside a later clause has that clause's subject
    const nearer = joinedVerb && !ingAdjunct ? nearestVerbBefore(tokens, actions, a, mentions) : -1;
    const laterClause = nearer > (previousPlan?.action.end ?? a.head) && !actions.some((x) => x.head === nearer);
    const shareSubject = protestPurpose
      ? previousPlan!.subjectHead
      : resumed >= 0
        ? resumed
        : laterClause
          ? nearer
          : (coordinated && previousPlan !== null && previousPlan.action === prev!.action) || joinedVerb
            ? previousPlan!.subjectHead
            : orphanJoin
              ? firstVerbHead(tokens, actions, a, mentions)
              : a.head;
    // (a complement's list shares its verb's fate; a finite verb after an infinitive or a gerund is no member of that
    // list but joins the governing verb: "called on M23 to halt its offensive and urged Rwanda to …")
    const leavesComplement = coordinated && consumed.has(prev!.action) && nonFinite(prev!.action) && finite(a);
    if (coordinated && prev!.transform === 'skip' && !leavesComplement) return skip;
    let code = a.code;
    let modality: Modality = 'asserted';
    let confidence = 0.8;
    let argAction = a;
    let objectWindow: [number, number] | null = null;
    let transform: Transform = 'none';
    let measure: string | undefined;
    // "We are committed to dialogue": a bare promise with nothing promised and no one to promise to is no event
    let bareIntent = false;
    if (kind) {
      const b = complementOf(tokens, a, actions, kind);
      if (b) {
        consumed.add(b);
        const embedded = CEASE_VERBS.has(tokens[b.head - 1]?.norm ?? '') ? (ceaseOf(b.code) ?? b.code) : b.code;
        const c = combine(kind, embedded);
        if (c) {
          code = c;
          argAction = b;
          confidence = 0.85;
        } else if (kind === 'refusal' && b.kind === 'verb' && tokens[b.head - 1]?.norm === 'to') {
          // "declined to criticise its ally", "refused to attack": holding back from conflict rejects nothing
          return skip;
        }
        if (kind === 'appeal' || kind === 'demand' || kind === 'command') objectWindow = [a.headEnd, b.head];
      }
      if (kind === 'intent' && PROMISSORY.has(a.lemma)) modality = 'reported_intent';
      if (kind === 'intent' && !b && PROMISSORY.has(a.lemma)) bareIntent = true;
    }
    // "warning that famine had spread", "warned that the deal risked militarising the region": a warning of how things
    // stand threatens no one; one of what will be done does ("warned that Moscow would respond")
    if (a.lemma === 'warn' && argAction === a && a.end === a.headEnd && warnsOfFact(tokens, a.headEnd)) return skip;
    const inherited = coordinated ? prev!.transform : 'none';
    if (cues.cease) {
      const c = ceaseOf(code);
      if (!c) return skip;
      code = c;
    }
    if (cues.negated || inherited === 'negate') {
      // "Kazakhstan has not recognised the annexation", "did not sign the memorandum": cooperation that did not happen is
      // no event; a refusal says it will not ("would not agree", "will not allow"), or says so with a verb of refusing
      if (cues.factualNegation && !kind) return skip;
      const n = negate(code);
      if (!n) return skip;
      code = n;
      transform = 'negate';
      bareIntent = false; // a refusal stands on its own
    } else if (cues.hypothetical) {
      const root = Number(code.slice(0, 2));
      if (root >= 13 && followedByCondition(tokens, a.end)) {
        code = combine('threat', code) ?? '130';
        transform = 'intent';
      } else return skip;
    } else if (cues.intent || inherited === 'intent') {
      // "NATO would respond" is a hypothetical; "X said it would …" is reported intent
      if (cues.onlyWould && !reportedBefore(tokens, a.head) && tail >= tokens.length && !followedByCondition(tokens, a.end)) return skip;
      // (GOLD-FORMAT rule 5 accepts a hostile measure announced as decided, "is to expel the envoy", under its own
      // code or the matching threat; the threat is what the CAMEO manual's examples code, so the coder emits that)
      const i = intentOf(code);
      if (!i) return skip;
      if (DECIDED_MEASURE_ROOTS.has(code.slice(0, 2)) && i.startsWith('13')) measure = code;
      code = i;
      modality = cues.scheduled && !reportedBefore(tokens, a.head) ? 'planned' : 'reported_intent';
      transform = 'intent';
    } else if (a.kind === 'verb' && a.form === 'ing' && PROPOSAL_VERBS.has(tokens[a.head - 1]?.norm ?? '')) {
      const i = intentOf(code);
      if (!i) return skip;
      code = i;
      modality = 'reported_intent';
      confidence = 0.65;
      transform = 'intent';
    } else if (cues.infinitive && !cues.attempt && !consumed.has(a) && !causedAct(tokens, mentions, a.head)) {
      // a purpose clause after a coded action adds nothing ("used tear gas to disperse", "met X to discuss")
      if ((previousAsserted || previousPlan !== null) && !protestPurpose) return skip;
      if (!kind && !protestPurpose) {
        const i = intentOf(code);
        if (!i) return skip;
        code = i;
        modality = reportedBefore(tokens, a.head) ? 'reported_intent' : 'planned';
        confidence = 0.6;
        transform = 'intent';
      }
    }
    const obligation = cues.obligation && !consumed.has(a) && (reportedBefore(tokens, a.head) || tokens.slice(0, a.head).some((t) => t.norm === 'that'));
    if (obligation) {
      code = combine('demand', a.code) ?? '100';
      modality = 'asserted';
    }
    const nextHead = actions.find((x) => x.head > argAction.end - 1 && x !== argAction && !consumed.has(x))?.head ?? tokens.length;
    return {
      plan: {
        action: a,
        code,
        modality,
        argAction,
        objectWindow,
        confidence,
        obligationReporter: obligation,
        subjectHead: shareSubject,
        nextHead,
        bareIntent,
        ...(measure ? { measure } : {}),
        ...(protestPurpose ? { purposeOf: previousPlan! } : {}),
      },
      transform,
    };
  }

  let out: SentenceEvent[] = [];
  // one kind of act: a root, except that pledging aid and giving it are one (", while Germany pledged …" after "announced aid"),
  // and so are sanctions and entry bans ("Britain adopted sanctions on 14 Georgian officials, while Estonia barred nine
  // more from entry": 172 are sanctions in news)
  const kindOf = (code: string) => (isGift(code) ? 'gift' : code === '163' || code.startsWith('172') ? 'sanction' : code.slice(0, 2));
  // Cooperation (roots 01–08): parallel clauses of one kind of act are co-agents' ("X pledged …, while Y committed …");
  // in conflict they are as often an exchange ("Taliban forces attacked …, and Pakistani troops returned fire").
  const COOPERATION = /^0[1-8]/;
  const actionHeads = new Set(actions.filter((x) => !describing.has(x)).map((x) => x.head));
  const byPlan = new Map<Plan, SentenceEvent[]>();
  const starts = clauseStarts(tokens, mentions, actionHeads);
  let before: Plan | null = null;
  for (const p of plans) {
    // a parallel clause of the same kind of act ("X pledged … to Sudan, while Y committed …") shares its recipient
    // (and its co-agents: "Germany pledged €500 million, while the Netherlands committed …" is not aid to Germany)
    const parallel = before !== null && kindOf(before.code) === kindOf(p.code) && inParallelClauses(starts, before.action.head, p.action.head);
    const shared = parallel ? (byPlan.get(before!) ?? []) : [];
    // (the subjects of the parallel clauses after it act alongside too: the first donor's recipient is none of them;
    // in a list of gifts every coordinated clause is another donor's, "… and Sweden said it would finance …")
    const gift = isGift(p.code);
    const later = [...plans.filter((q) => kindOf(q.code) === kindOf(p.code)).map((q) => q.action.head), ...(gift ? starts.map((c) => c + 1) : [])]
      .filter((h) => h > p.action.head && inParallelClauses(starts, p.action.head, h))
      .flatMap((h) => {
        // ("…, while Germany and Japan said they would …": both members of a subject of two)
        const subject = clauseSubject(starts, mentions, h);
        return subject?.actor ? [subject.actor] : (subject?.pair ?? []);
      });
    // (every earlier donor of the run, not only the one just before: "X pledged …, while Y committed … and Z said it would …")
    const earlier = plans
      .filter((q) => q.action.head < p.action.head && kindOf(q.code) === kindOf(p.code) && inParallelClauses(starts, q.action.head, p.action.head))
      .flatMap((q) => (byPlan.get(q) ?? []).map((e) => e.source));
    before = p;
    let events = assemble(
      tokens,
      mentions,
      p,
      tail,
      resolver,
      actionHeads,
      starts,
      parallel || later.length > 0 ? { target: shared[0]?.target ?? null, coAgents: COOPERATION.test(p.code) ? [...earlier, ...later] : [] } : null,
    );
    // a protest's demand is made of whoever the protest is aimed at ("outside the Japanese embassy demanding an apology")
    const aimedAt = p.purposeOf ? byPlan.get(p.purposeOf)?.[0]?.target : undefined;
    if (aimedAt) events = events.map((e) => (e.target === null || e.target.country === e.source.country ? { ...e, target: aimedAt } : e));
    byPlan.set(p, events);
    out.push(...events);
  }
  // "…, and the European Union 40 million euros": a gapped clause repeats the act before it with its own subject
  for (const g of gappedClauses(tokens, mentions)) {
    const subject = g.subject.actor!;
    // ("while Japan committed $45 million and South Korea a further $30 million": the gapped clause's subject is no
    // recipient of the act before it; that act goes where the sentence's other gifts go)
    out = out.map((e) => (e.triggerStart < g.at && e.target?.country === subject.country && isGift(e.code) ? { ...e, target: otherRecipient(out, e) } : e));
    const before = [...out].reverse().find((e) => e.triggerStart < g.at);
    if (!before || subject.country === before.source.country || subject.country === before.target?.country) continue;
    out.push({ ...before, source: subject, confidence: Math.max(0.1, before.confidence - 0.1) });
  }
  // "pledged $200 million to Ethiopia and $120 million to Sudan": a gapped object repeats the gift before it to a new recipient
  for (const g of gappedRecipients(tokens, mentions)) {
    const gift = [...out].reverse().find((e) => e.triggerStart < g.at && isGift(e.code) && e.target);
    const recipient = g.recipient.actor!;
    if (
      !gift ||
      recipient.country === gift.source.country ||
      out.some((e) => e.source.country === gift.source.country && e.target?.country === recipient.country)
    )
      continue;
    out.push({ ...gift, target: recipient, confidence: Math.max(0.1, gift.confidence - 0.1) });
  }
  out = aimedAtAppositiveDeeds(tokens, mentions, out);
  if (commentary < 0 || commentary >= tokens.length) {
    out.push(
      ...mediatedTalks(
        tokens,
        mentions.filter((r) => r.mention.start < tail),
        out,
      ),
    );
    out.push(...brokeredDeals(tokens, mentions, out));
    out.push(...hostedTalks(tokens, mentions, out));
    out.push(...guestsMeeting(tokens, out));
    out.push(...brokeredAgreements(tokens, out));
    out.push(...venueHosts(tokens, out));
    out.push(...exerciseParticipants(tokens, mentions, out));
    const said = characterisations(tokens, mentions, speech, out, resolver.deeds);
    // ("said the Philippine vessels had 'illegally intruded'": a deed known only as its victim's claim is that claim)
    out = out.filter((e) => !said.some((c) => c.code === '112' && c.triggerStart === e.triggerStart));
    out.push(...said);
    out.push(...consequenceThreats(tokens, mentions, speech, out, resolver));
    out.push(...phoneCalls(tokens, mentions, speech, out, tail));
  }
  return out;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'across', 'inside', 'along', 'throughout', 'around']);
const NOT_NOUNS = new Set(['has', 'was', 'is', 'its', 'his', 'this', 'as', 'us', 'does', 'always', 'perhaps', 'thus']);

function reducedRelative(tokens: Token[], actions: readonly ActionMatch[], a: ActionMatch): boolean {
  if (a.kind !== 'verb' || (a.form !== 'participle' && a.form !== 'pastOrParticiple')) return false;
  const prev = tokens[a.head - 1];
  if (!prev || !/^[a-z]+s$/.test(prev.text) || NOT_NOUNS.has(prev.norm)) return false;
  if (!PLACE_PREPOSITIONS.has(tokens[a.headEnd]?.norm ?? '')) return false;
  // the noun is inside a clause whose verb came before it ("pledged $45 million to support … refugees hosted in …"),
  // not the subject of its own ("Syrian and Israeli officials met in Paris")
  return actions.some((x) => x.kind === 'verb' && x.head < a.head - 1 && !tokens.slice(x.head, a.head).some((t) => CLAUSE_JOINS.has(t.norm)));
}
const CLAUSE_JOINS = new Set([',', ';', 'and', 'but', 'while', 'as', 'after', 'before', 'when']);

// What opens a clause of its own before its subject: ", and Algeria responded …", "; Algeria responded …".
const OWN_CLAUSE_OPENERS = new Set(['and', ';', 'but', 'while', 'whereas']);

/**
 * A party opens a clause of its own between `from` and `to`: after "and", "but" or a semicolon, not a preposition's
 * object, followed by its verb ("…, and Algeria responded by recalling …").
 */
function subjectOfOwnClause(tokens: Token[], mentions: ResolvedMention[], from: number, to: number): boolean {
  return mentions.some((r) => {
    if (!(r.actor || r.pair) || r.mention.prep || r.mention.pronoun || r.mention.start <= from || r.mention.end >= to) return false;
    const opener = r.mention.start - 1 - (tokens[r.mention.start - 1]?.norm === 'the' ? 1 : 0);
    const w = tokens[opener]?.norm ?? '';
    // (", and" or a semicolon: a bare "and" joins the verb's objects, "telephoned Abiy and al-Sisi on Thursday")
    const opens = OWN_CLAUSE_OPENERS.has(w) && (w !== 'and' || tokens[opener - 1]?.norm === ',');
    const next = tokens[r.mention.end];
    return opens && next !== undefined && /^[a-z]+$/.test(next.text) && !NOT_VERBS.has(next.norm);
  });
}

// Words after a party that are no verb of its own.
const NOT_VERBS = new Set([
  'on',
  'in',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'over',
  'after',
  'before',
  'and',
  'or',
  'of',
  'the',
  'a',
  'an',
  'who',
  'which',
  'that',
]);

const nonFinite = (a: ActionMatch): boolean => a.kind === 'verb' && (a.form === 'base' || a.form === 'ing');
const finite = (a: ActionMatch): boolean => a.kind === 'verb' && (a.form === 'past' || a.form === 'third' || a.form === 'pastOrParticiple');

/**
 * The previous sentence's quotation going on in this one ('"…," Kallas said. "Russia is not serious about peace."'): a
 * sentence that opens with a quotation mark and has no verb of saying of its own, as the words of that quotation's
 * speaker (the "verb" is the opening mark).
 */
function continuedQuotation(tokens: Token[], speech: readonly ReportedSpeech[], resolver: ActorResolver): ReportedSpeech | null {
  const actor = resolver.quoteSpeaker;
  if (!actor || speech.length > 0 || tokens[0]?.norm !== '"') return null;
  const mention = { start: 0, end: 0, items: [], possessive: false, prep: null, pronoun: null };
  return { speaker: { mention, actor, pair: null, certainty: 0.6 }, content: [1, tokens.length], verb: 0 };
}

// Verbs that make another party act: "…, prompting Mogadishu to recall its ambassador", "forced Manila to lodge a protest".
const CAUSATIVES = new Set([
  'prompting',
  'prompted',
  'forcing',
  'forced',
  'leading',
  'led',
  'causing',
  'caused',
  'compelling',
  'compelled',
  'spurring',
  'spurred',
  'pushing',
  'pushed',
]);

/**
 * The infinitive at `head` is what a causative verb made its object do ("prompting Mogadishu to recall its ambassador"):
 * a consequence that happened, neither a purpose nor an intent. The object is a party right before "to".
 */
function causedAct(tokens: Token[], mentions: ResolvedMention[], head: number): boolean {
  if (tokens[head - 1]?.norm !== 'to') return false;
  const object = mentions.find((r) => r.mention.end === head - 1 && (r.actor || r.pair) && !r.mention.prep);
  return object !== undefined && CAUSATIVES.has(tokens[object.mention.start - 1]?.norm ?? '');
}
