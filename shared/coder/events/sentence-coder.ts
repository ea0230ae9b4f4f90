import type { Modality } from '../../model/diplomatic-event.ts';
import type { Token } from '../text/tokenizer.ts';
import type { ActorResolver, ResolvedMention } from '../actors/actor-resolver.ts';
import type { ActionMatch } from '../actions/action-matcher.ts';
import { ceaseOf, combine, intentOf, negate } from '../actions/complement-rules.ts';
import { chainCues, commentaryStart, followedByCondition, inConditionalClause, PROPOSAL_VERBS, reportedBefore } from './modality.ts';
import { attributionTail } from './argument-selector.ts';
import { CEASE_VERBS, complementKind, complementOf, coordinatedWith, isJoinedToPrevious, nominalIsEvent, relativeClauseBetween, type Transform } from './clause-rules.ts';
import { assemble } from './event-assembler.ts';
import type { Plan, SentenceEvent } from './plan.ts';

export type { SentenceEvent } from './plan.ts';

/** Head of the first verb-like word of the clause that "and <verb>" continues (an uncoded action or any -ed/-s verb). */
function firstVerbHead(tokens: Token[], actions: ActionMatch[], a: ActionMatch): number {
  const first = actions.find((x) => x.kind === 'verb' && x.head < a.head);
  if (first) return first.head;
  for (let i = 1; i < a.head; i++) if (/^[a-z]+(ed|s)$/.test(tokens[i]!.text) && !['has', 'was', 'is', 'its', 'his', 'this', 'as'].includes(tokens[i]!.norm)) return i;
  return a.head;
}

/**
 * Codes one sentence: combines complement verbs with the action they govern, decides modality,
 * selects source and target, and drops what is not an event (hypotheticals, goals, commentary,
 * negated conflict, actions without a resolvable actor). No fallback code: no action, no event.
 */
const WISH_WORDS = new Set(['hope', 'hopes', 'hoped', 'hoping', 'want', 'wants', 'wanted', 'wish', 'wishes', 'wished']);
const PROMISSORY = new Set(['promise', 'pledge', 'vow', 'offer', 'commit', 'swear']);

export function codeSentence(tokens: Token[], mentions: ResolvedMention[], actions: ActionMatch[], resolver: ActorResolver): SentenceEvent[] {
  const commentary = commentaryStart(tokens);
  if (commentary === 0) return [];
  const tail = attributionTail(tokens);
  const consumed = new Set<ActionMatch>();
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
    prev = { action: a, transform: decision.transform };
    if (!decision.plan) continue;
    plans.push(decision.plan);
    previousPlan = decision.plan;
    if (firstPlanHead < 0) firstPlanHead = a.head;
    if (decision.plan.modality === 'asserted') previousAsserted = true;
  }

  function decide(a: ActionMatch): { plan: Plan | null; transform: Transform } {
    const skip = { plan: null, transform: 'skip' as Transform };
    if (commentary > 0 && a.head > commentary) return skip;
    if (a.head >= tail && a.kind === 'verb' && a.head > 0) return skip; // the attribution tail (", officials said") is not an event
    // background in a relative clause after the main event ("…, where 24 people were killed")
    if (firstPlanHead >= 0 && relativeClauseBetween(tokens, mentions, firstPlanHead, a.head)) return skip;
    if (a.kind === 'nominal' && !nominalIsEvent(tokens, mentions, actions, a)) return skip;
    const kind = complementKind(tokens, a);
    // a nominal's cues come from its own phrase: stop at the nearest actor (or one running into the noun)
    const floor = a.kind === 'nominal' ? mentions.reduce((f, r) => (r.mention.start < a.head ? Math.max(f, r.mention.end <= a.head ? r.mention.end : a.head) : f), 0) : 0;
    const cues = chainCues(tokens, a.head, a.kind === 'nominal', floor);
    if (inConditionalClause(tokens, a.head)) return skip;
    // "hoped to hold talks with …", "wants to meet …": a stated wish to meet is an intent to meet (036)
    const wishToMeet = cues.goal && a.code.startsWith('04') && !cues.negated && tokens.slice(Math.max(0, a.head - 5), a.head).some((t) => WISH_WORDS.has(t.norm));
    if (cues.goal && !wishToMeet) return skip;
    if (wishToMeet) {
      cues.goal = false;
      cues.intent = true;
    }
    const coordinated = prev !== null && a.kind === 'verb' && coordinatedWith(tokens, prev.action, a);
    // "X kidnapped … and exploded …", "X rioted …, setting fire to …": the second verb has the first one's subject
    // an -ing adjunct ("demonstrated in Kirkuk on Sunday calling for …") belongs to the main clause's subject
    const ingAdjunct = a.form === 'ing' && !['is', 'are', 'was', 'were', 'been', 'be'].includes(tokens[a.head - 1]?.norm ?? '');
    const joinedVerb = a.kind === 'verb' && previousPlan !== null && (isJoinedToPrevious(tokens, a) || ingAdjunct);
    // "demonstrated …, calling for independence": the demand is what the protest is about, not a second event
    if (a.kind === 'verb' && a.form === 'ing' && ingAdjunct && previousPlan?.code.startsWith('14') && (a.code.startsWith('02') || a.code.startsWith('10'))) return skip;
    // "… suspended Guinea-Bissau and threatened …" with the first verb uncoded: the subject is the sentence's, never the object before "and"
    const orphanJoin = a.kind === 'verb' && previousPlan === null && isJoinedToPrevious(tokens, a);
    const shareSubject = (coordinated && previousPlan !== null && previousPlan.action === prev!.action) || joinedVerb ? previousPlan!.subjectHead : orphanJoin ? firstVerbHead(tokens, actions, a) : a.head;
    if (coordinated && prev!.transform === 'skip') return skip;
    let code = a.code;
    let modality: Modality = 'asserted';
    let confidence = 0.8;
    let argAction = a;
    let objectWindow: [number, number] | null = null;
    let transform: Transform = 'none';
    // "We are committed to dialogue": a bare promise with nothing promised and no one to promise to is no event
    let bareIntent = false;
    if (kind) {
      const b = complementOf(tokens, a, actions, kind);
      if (b) {
        consumed.add(b);
        const embedded = CEASE_VERBS.has(tokens[b.head - 1]?.norm ?? '') ? ceaseOf(b.code) ?? b.code : b.code;
        const c = combine(kind, embedded);
        if (c) {
          code = c;
          argAction = b;
          confidence = 0.85;
        }
        if (kind === 'appeal' || kind === 'demand' || kind === 'command') objectWindow = [a.headEnd, b.head];
      }
      if (kind === 'intent' && PROMISSORY.has(a.lemma)) modality = 'reported_intent';
      if (kind === 'intent' && !b && PROMISSORY.has(a.lemma)) bareIntent = true;
    }
    const inherited = coordinated ? prev!.transform : 'none';
    if (cues.cease) {
      const c = ceaseOf(code);
      if (!c) return skip;
      code = c;
    }
    if (cues.negated || inherited === 'negate') {
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
      const i = intentOf(code);
      if (!i) return skip;
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
    } else if (cues.infinitive && !cues.attempt && !consumed.has(a)) {
      // a purpose clause after a coded action adds nothing ("used tear gas to disperse", "met X to discuss")
      if (previousAsserted || previousPlan !== null) return skip;
      if (!kind) {
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
    return { plan: { action: a, code, modality, argAction, objectWindow, confidence, obligationReporter: obligation, subjectHead: shareSubject, nextHead, bareIntent }, transform };
  }

  const out: SentenceEvent[] = [];
  const actionHeads = new Set(actions.map((x) => x.head));
  for (const p of plans) {
    out.push(...assemble(tokens, mentions, p, tail, resolver, actionHeads));
  }
  return out;
}

