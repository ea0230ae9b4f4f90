import type { Token } from '../text/tokenizer.ts';
import type { ActorResolver, ResolvedMention } from '../actors/actor-resolver.ts';
import type { ReportedSpeech } from './reported-speech.ts';
import type { SentenceEvent } from './plan.ts';
import type { Actor } from '../../model/diplomatic-event.ts';
import { implicitTarget } from './implicit-target.ts';
import { FUTURE_MODALS } from '../text/function-words.ts';
import { referredDeedSources } from './event-reference.ts';
import { compoundEndingWith } from './argument-selector.ts';

/**
 * Threats phrased as consequences (CAMEO 130): the speaker says what will befall another party — "X said
 * the United States will pay a heavy price", "would face consequences", "would regret the decision" — or
 * that it will respond if another party acts — "Moscow said it would respond if Finland allowed NATO bases", "If the EU
 * goes ahead, Georgia will respond with mirror measures," he said — or that a deed will meet a response: "any
 * misadventure will be met with a firm answer", "there will be consequences", "the step will not go unanswered".
 * No verb of threatening is written; the frame is the speaker, a future modal and a consequence. Who is threatened is
 * the party named (the subject that suffers, the party of the condition), else whom the speaker is dealing with in the
 * story ("Russia would respond in a mirror manner" after Moldova expelled its diplomats).
 */
// Predicates that befall their subject: "pay a (heavy) price", "face consequences", "regret", "be punished".
const BEFALL: ReadonlyArray<readonly string[]> = [
  ['pay', 'price'],
  ['pay', 'dearly'],
  ['face', 'consequences'],
  ['face', 'repercussions'],
  ['face', 'retaliation'],
  ['suffer', 'consequences'],
  ['bear', 'consequences'],
  ['regret'],
  ['be', 'punished'],
  ['be', 'held', 'responsible'],
  ['be', 'held', 'accountable'],
  ['face', 'response'],
  ['face', 'punishment'],
];
const PRE_PREDICATE = new Set(['continue', 'to', 'still', 'also', 'certainly', 'surely', 'definitely', 'then']);
// The speaker's own reaction, conditional on what the other does: "would respond if Y …".
const REACT = new Set(['respond', 'react', 'retaliate', 'hit', 'strike']);
// A reaction is a threat in its manner or its trigger ("respond with full force", "in a mirror manner", "respond
// proportionately", "respond to any violation"), not as a reply ("would respond to the proposal next week").
// (a closed list: "respond in writing", "with a counterproposal", "formally", "accordingly" are replies)
const THREAT_ADVERBS = new Set([
  ...['firmly', 'decisively', 'proportionately', 'forcefully', 'resolutely', 'strongly', 'harshly', 'robustly'],
  ...['appropriately', 'adequately', 'symmetrically', 'reciprocally', 'militarily', 'back'],
]);
// "in kind", "in a mirror manner", "with full force", "with measures of its own", "with countermeasures"
const THREAT_MANNER = new Set(['kind', 'mirror', 'reciprocal', 'symmetrical', 'force', 'measures', 'countermeasures', 'retaliatory']);
// What a deed will be met with ("a firm answer", "full force"); not "humanitarian assistance"
const ANSWERS = new Set(['force', 'response', 'answer', 'retaliation', 'reprisal', 'reprisals', 'measures', 'countermeasures', 'action']);
const NEGATIONS = new Set(['not', 'never', "n't"]);
const STRIKE = new Set(['hit', 'strike']);
const ANY = new Set(['any', 'further', 'every']);
// A deed that will meet a response ("any attack will be met with force"); and what there will be ("there will be consequences").
const MET_WITH: readonly string[] = ['be', 'met', 'with'];
const CONSEQUENCES = new Set(['consequences', 'repercussions', 'retaliation']);
// "there would not be any retaliation", "there will be no consequences": none ruled out is threatened
const NONE = new Set(['not', 'no', 'never', "n't"]);
// Reactions a response can answer: criticism, rejection, protest.
const REACTIONS = new Set(['11', '12', '14']);

export function consequenceThreats(
  tokens: Token[],
  mentions: ResolvedMention[],
  speech: readonly ReportedSpeech[],
  coded: readonly SentenceEvent[],
  resolver: ActorResolver,
): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  for (const s of speech) {
    const speaker = s.speaker.actor;
    if (!speaker || coded.some((e) => e.code.startsWith('13') && e.source.country === speaker.country)) continue;
    const [from, until] = s.content;
    for (let i = from + 1; i < until; i++) {
      if (!FUTURE_MODALS.has(tokens[i]!.norm)) continue;
      // (past a place that completes the subject: "U.S. warships in the Red Sea would bear the consequences")
      const place = placeBefore(tokens, i);
      const subject = [...mentions]
        .reverse()
        .find((r) => r.mention.end <= i && r.mention.start >= from && r.mention.end >= place - 1 && !LOCATIVE.has(r.mention.prep ?? ''));
      // "will continue to face consequences", "will certainly pay", would "bear the consequences": adverbs, "continue
      // to" and quotation marks before the predicate
      let predicate = i + 1 + (tokens[i + 1]?.norm === 'not' ? 1 : 0);
      while (PRE_PREDICATE.has(tokens[predicate]?.norm ?? '') || QUOTES.has(tokens[predicate]?.norm ?? '')) predicate++;
      let target: Actor | null = null;
      if (subject?.actor && subject.actor.country !== speaker.country && befalls(tokens, predicate, until) && tokens[i + 1]?.norm !== 'not')
        target = subject.actor;
      // "it would respond if Finland allowed …": the speaker (or its pronoun) reacts to the party of the condition;
      // "any misadventure will be met with a firm answer", "there will be consequences": a deed meets the speaker's response
      // ("would not retaliate against EU citizens": a reaction ruled out threatens no one)
      const ownReaction =
        !NEGATIONS.has(tokens[i + 1]?.norm ?? '') &&
        (!subject || subject.mention.pronoun || subject.actor?.country === speaker.country || ownInstitution(subject)) &&
        REACT.has(tokens[predicate]?.norm ?? '');
      const deedMet = !subject && !NONE.has(tokens[i + 1]?.norm ?? '') && (meetsResponse(tokens, predicate, until) || thereWillBe(tokens, i, predicate, until));
      if (!target && (ownReaction || deedMet)) {
        // (the condition after the reaction, or fronted before its subject: "If the EU goes ahead, Georgia will respond")
        const isCondition = (t: Token) => t.norm === 'if' || t.norm === 'unless';
        const after = tokens.findIndex((t, k) => k > predicate && k < until && isCondition(t));
        const cond = after > 0 ? after : tokens.findIndex((t, k) => k >= from && k < (subject?.mention.start ?? i) && isCondition(t));
        const party =
          cond > 0
            ? mentions.find((r) => r.mention.start > cond && r.mention.start <= cond + 3 && !r.mention.prep && r.actor && r.actor.country !== speaker.country)
            : undefined;
        // "slammed the new measures as illegal and said Russia would respond": with no condition, the response is to
        // what the speaker has just rejected or criticised in the sentence
        const answered = cond > 0 ? undefined : coded.find((e) => REACTIONS.has(e.code.slice(0, 2)) && e.source.country === speaker.country && e.target);
        // and with neither, a threatening reaction ("would respond in a mirror manner") or a deed's answer is aimed at
        // whom the speaker deals with in the story
        // ("the ban would hit $300 million in exports": striking needs a subject to strike)
        const unnamed = deedMet || ((subject !== undefined || !STRIKE.has(tokens[predicate]!.norm)) && threatensReaction(tokens, predicate, until));
        target = party?.actor ?? answered?.target ?? (unnamed ? implicitTarget(tokens, mentions, [s.speaker], speaker, '130', i, resolver) : null);
      }
      // "the unfriendly step by Chisinau will not go unanswered": the deed's doer, named or the doer of the deed it refers to
      // ("the move" after Moldova expelled diplomats); not whoever else is named ("the attack on Chinese engineers")
      if (!target && leftUnanswered(tokens, i, until))
        target =
          subject?.actor && subject.actor.country !== speaker.country && (subject.mention.prep === 'by' || subject.mention.possessive || !subject.mention.prep)
            ? subject.actor
            : (referredDeedSources(tokens, from, resolver.deeds, speaker, i)[0] ?? null);
      if (!target) continue;
      // ("Seoul, Washington and Tokyo would pay a heavy price": each member of the subject's list)
      const targets = subject?.actor === target ? subjectList(tokens, mentions, subject, from) : [target];
      for (const t of targets.filter((a) => a.country !== speaker.country))
        out.push({
          code: '130',
          source: speaker,
          target: t,
          modality: 'asserted',
          triggerStart: i,
          triggerEnd: Math.min(until, predicate + 1),
          location: null,
          confidence: 0.55,
        });
      break;
    }
  }
  return out;
}

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/** The subject and the parties listed before it in the words said from `from` on ("Seoul, Washington and Tokyo"). */
function subjectList(tokens: Token[], mentions: ResolvedMention[], subject: ResolvedMention, from: number): Actor[] {
  const before = mentions.filter((r) => r.mention.start >= from && r.mention.end <= subject.mention.end);
  return compoundEndingWith(before, before.indexOf(subject), tokens, false, false).flatMap((r) => (r.actor ? [r.actor] : []));
}

/** "the army would respond", "the government will react": an institution named without a state is the speaker's own. */
function ownInstitution(subject: ResolvedMention): boolean {
  return subject.mention.items.length > 0 && subject.mention.items.every((i) => i.item.kind === 'role');
}
const LOCATIVE = new Set(['in', 'at', 'near', 'off', 'on', 'across', 'along']);

/** Where a place phrase of up to five words right before `at` begins ("in the Red Sea"); `at` when there is none. */
function placeBefore(tokens: Token[], at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const w = tokens[k]!.norm;
    if (LOCATIVE.has(w)) return k;
    if (!/^[\p{L}-]+$/u.test(tokens[k]!.text) || FUTURE_MODALS.has(w)) return at;
  }
  return at;
}

/** "respond with full force", "react in kind", "respond proportionately", "retaliate", "respond to any attack", "respond if …". */
function threatensReaction(tokens: Token[], at: number, until: number): boolean {
  const verb = tokens[at]?.norm ?? '';
  if (!REACT.has(verb)) return false;
  if (verb !== 'respond' && verb !== 'react') return true;
  let k = at + 1;
  while (QUOTES.has(tokens[k]?.norm ?? '')) k++;
  const next = tokens[k]?.norm ?? '';
  if (THREAT_ADVERBS.has(next)) return true;
  if ((next === 'in' || next === 'with') && tokens.slice(k + 1, k + 4).some((t) => THREAT_MANNER.has(t.norm))) return true;
  if (next === 'to' && ANY.has(tokens[k + 1]?.norm ?? '')) return true;
  return tokens.some((t, k) => k > at && k < until && (t.norm === 'if' || t.norm === 'unless'));
}

// "will not go unanswered", "will not remain unpunished", "will not be left unanswered": a response promised by denial
const UNANSWERED = new Set(['unanswered', 'unpunished']);
const GO_UNANSWERED = new Set(['go', 'remain', 'be', 'stay']);

/** "will not go unanswered", "would not be left unpunished" right after the modal at `future`. */
function leftUnanswered(tokens: Token[], future: number, until: number): boolean {
  if (tokens[future + 1]?.norm !== 'not' || !GO_UNANSWERED.has(tokens[future + 2]?.norm ?? '')) return false;
  const last = tokens[future + 3]?.norm === 'left' ? future + 4 : future + 3;
  return last < until && UNANSWERED.has(tokens[last]!.norm);
}

/** "will be met with a firm and decisive response". */
function meetsResponse(tokens: Token[], at: number, until: number): boolean {
  if (at + MET_WITH.length > until || !MET_WITH.every((w, k) => tokens[at + k]?.norm === w)) return false;
  const after = at + MET_WITH.length;
  return tokens.slice(after, Math.min(until, after + 5)).some((t) => ANSWERS.has(t.norm));
}

/** "there will be consequences", "there would be a response". */
function thereWillBe(tokens: Token[], future: number, at: number, until: number): boolean {
  if (tokens[future - 1]?.norm !== 'there' || tokens[at]?.norm !== 'be' || NONE.has(tokens[at + 1]?.norm ?? '')) return false;
  return tokens.some((t, k) => k > at && k <= at + 4 && k < until && CONSEQUENCES.has(t.norm));
}

function befalls(tokens: Token[], at: number, until: number): boolean {
  return BEFALL.some((words) => {
    if (tokens[at]?.norm !== words[0]) return false;
    // the rest in order, a few words apart at most ("pay a very heavy price", "face serious consequences")
    let k = at;
    for (const w of words.slice(1)) {
      const next = tokens.findIndex((t, j) => j > k && j <= k + 4 && j < until && t.norm === w);
      if (next < 0) return false;
      k = next;
    }
    return true;
  });
}
