import type { Actor } from '../../model/diplomatic-event.ts';
import { isMeasure, measureCoTargets } from './measure-targets.ts';
import type { Token } from '../text/tokenizer.ts';
import type { ActionMatch } from '../actions/action-matcher.ts';
import type { ActorResolver, ResolvedMention } from '../actors/actor-resolver.ts';
import { frontedVerb, objectParty, opensSentence, subjectAfterFronted } from './fronted-clause.ts';
import { BORDER_WORDS, implicitTarget } from './implicit-target.ts';
import { placeUnknownSource } from './unplaced-actor.ts';
import { isReportingVerb } from './modality.ts';
import { isDeedNoun, REACTION_ROOTS, referredDeedSources, relativeDeedNoun } from './event-reference.ts';
import { joinedSides, sidesBetween } from './mediated-talks.ts';
import { isThirdPartyWith } from './third-party.ts';
import { BE_FORMS, NO_ONE, PERFECT_AUXILIARIES } from '../text/function-words.ts';
import { nextClauseStart, type ParallelClause } from './clauses.ts';
import { coordinatedAfter } from './coordination.ts';
import { intentOf } from '../actions/complement-rules.ts';
import { addressee, agentOfNamedDeed } from './object-frames.ts';
import {
  CONJUNCTION_PREPS,
  domesticOpponents,
  isUncoded,
  agentAfter,
  isPassive,
  locationMention,
  nominalAgent,
  subjectBefore,
  coAgentsBetween,
  onlyPlace,
  namerOfObject,
  targetAfter,
  discussionTopicStart,
} from './argument-selector.ts';
import type { Plan, SentenceEvent } from './plan.ts';
import { CROSS_BORDER_GROUPS } from '../lexicon/countries-data.ts';
import { ORGANISATION_CODES } from '../lexicon/organisations.ts';
import { isGift } from '../lexicon/cameo-codes.ts';
import { CO_AGENT_PREPS } from '../actors/mention-finder.ts';
import { isCity } from '../actors/actor-lexicon.ts';
import { deploysPeacekeepers, supportsHost } from './deployment-purpose.ts';
import { EXERCISE_WORDS } from '../lexicon/exercises.ts';
import { conditionParties } from './condition-parties.ts';

/**
 * Gives a planned action its source, target and place: subject or by-agent, object or
 * with/to/against argument, compound subjects, pairs ("both sides"), unknown actors coded at low
 * confidence only when the sentence says whose they are, and no event when a relation lacks its
 * counterpart.
 */
// Codes that describe a relation between two parties: without a counterpart they are not events.
const NEEDS_TARGET = ['010', '012', '013', '018', '019', '04', '05', '06', '026', '027', '028', '031', '032', '036', '038', '039', '106', '108'];
const needsTarget = (code: string) => NEEDS_TARGET.some((p) => code.startsWith(p));
// Codes whose target is the parties a mediator stands between.
const MEDIATION = ['045', '039', '028', '108', '126', '135', '165'];
// Roots whose source and target are interchangeable (the scorer's and CAMEO's symmetric families).
export const SYMMETRIC_ROOTS = new Set(['03', '04', '05', '06']);
// Roots whose "in X" names the party acted upon when no other target is given (attacks, deployments).
// Actions done together (agreeing, meeting, signing, cooperating), unlike praise or appeals that several sides address to another.
// (a truce declared or observed by two is theirs together: "Saudi Arabia and the Houthis have observed a truce", 0871)
const JOINT_ACTION = ['03', '04', '050', '057', '06', '0871'];
// Acts of the family that one side directs at another, never done together: pledging aid or peacekeepers (033x),
// hosting (043: "Saudi Arabia and the United States hosted talks between the two sides" is each host's act), visiting
// (042: "the foreign ministers of Uganda and Ethiopia arrived in Nairobi" is each one's visit to Kenya).
const DIRECTED_ACTS = ['033', '042', '043'];
/**
 * A compound subject does this together, as one event between its members ("Seoul and Tokyo agreed", "Iran and
 * Oman held talks"); for every other code each member acts on the target ("Saudi Arabia and Qatar welcomed the
 * talks", "Japan, South Korea and Spain offered $35 million").
 */
const isJointAction = (code: string) =>
  JOINT_ACTION.some((c) => code.startsWith(c)) && !DIRECTED_ACTS.some((c) => code.startsWith(c)) && !MEDIATION.some((m) => code.startsWith(m));
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whose']);
const LOCATIVE_TARGET_ROOTS = new Set(['15', '17', '18', '19', '20', '16', '07']);

// Verbs that turn an event noun into a deed of their subject ("held talks", "staged a rally", "is planning a visit").
export const LIGHT_VERBS = new Set(
  [
    'hold',
    'stage',
    'launch',
    'begin',
    'start',
    'make',
    'pay',
    'conduct',
    'mount',
    'impose',
    'put',
    'engage',
    'carry',
    'plan',
    'continue',
    'resume',
    'announce',
    'undertake',
    'organize',
    'organise',
    'complete',
    'order',
    'declare',
    'call',
    'lead',
    'join',
    'go',
    'open',
    'step',
    'speed',
    'accelerate',
    'reimpose',
    'lodge',
    'file',
    'issue',
    'deliver',
    'extend',
    'initiate',
    'wage',
    'end',
    'finish',
    'prepare',
    'schedule',
    'hold',
    'have',
    'host',
  ]
    .flatMap((v) => [v, `${v}s`, `${v}ed`, `${v}d`, `${v}ing`, `${v.replace(/e$/, '')}ing`])
    .concat([
      'held',
      'began',
      'begun',
      'made',
      'paid',
      'undertook',
      'undertaken',
      'led',
      'went',
      'gone',
      'had',
      'carried',
      'planned',
      'planning',
      'stepped',
      'sped',
    ]),
);

function actorsOf(r: ResolvedMention): Actor[] {
  if (r.actor) return [r.actor];
  if (r.pair) return [...r.pair];
  return [];
}

/**
 * `clauseStarts`: conjunctions opening clauses with their own subject (clauses.ts); `parallel`: what the
 * coordinated clause before this one, of the same kind of act, shares with it (clauses.ts ParallelClause).
 */
export function assemble(
  tokens: Token[],
  mentions: ResolvedMention[],
  p: Plan,
  tail: number,
  resolver: ActorResolver,
  actionHeads: ReadonlySet<number> = new Set(),
  clauseStarts: readonly number[] = [],
  parallel: ParallelClause | null = null,
): SentenceEvent[] {
  const one = assembleOne(tokens, mentions, p, tail, resolver, actionHeads, clauseStarts, parallel);
  if (!one) return [];
  const { event, coSources, reciprocal, coTargets, jointAmong, coAgents } = one;
  if (jointAmong.length > 0) {
    const lower = Math.max(0.1, event.confidence - 0.05);
    // three parties: each two of them; more: the first-named with each other party (GOLD-FORMAT rules 6 and 9), as
    // the pairs of five presidents adopting one declaration would be ten events for one act
    const firsts = jointAmong.length > JOINT_PAIRS_UP_TO ? jointAmong.slice(0, 1) : jointAmong;
    return firsts.flatMap((x, i) =>
      jointAmong.slice(i + 1).map((y, k) => ({ ...event, source: x, target: y, confidence: i + k === 0 ? event.confidence : lower })),
    );
  }
  const out = [event];
  const lower = Math.max(0.1, event.confidence - 0.05);
  // "called on India and Pakistan to …": the action is aimed at each named side
  for (const t of coTargets) out.push({ ...event, target: t, confidence: lower });
  // "France, Germany and Britain welcomed …": each named side acts; "Russia and Ukraine exchanged prisoners": each for the other
  for (const co of coSources) {
    const targets = reciprocal ? [event.source] : [event.target, ...coTargets];
    for (const t of targets) {
      // (a counterpart inside the first member's own state is inside each member's own: "Estonia, Latvia and Lithuania
      // barred nine officials" is no ban of Estonia by Latvia)
      const domestic = t !== null && !reciprocal && t.country === event.source.country;
      const target = domestic ? { ...t, text: co.country, country: co.country } : t;
      if (!domestic && target && target.country === co.country) continue;
      out.push({ ...event, source: co, target, confidence: lower });
    }
  }
  // "Seoul, joined by Britain and France, requested …": each party joined to the subject does what it does, to the same side
  const joined = new Set([event.source.country, ...coSources.map((c) => c.country)]);
  for (const co of coAgents) {
    if (joined.has(co.country)) continue;
    joined.add(co.country);
    for (const t of [event.target, ...coTargets]) if (t?.country !== co.country) out.push({ ...event, source: co, target: t, confidence: lower });
  }
  // ("met Dar and Muttaqi" was a meeting of three, what "the three ministers" names next)
  // (and "sanctions on Russia, China and Kyrgyzstan" sanction each)
  for (const e of out.slice(1)) {
    if (!e.target) continue;
    resolver.noteMeeting(e.source, e.target, e.code);
    resolver.noteMeasure(e.source, e.target, e.code);
  }
  // "will expel the envoy": the measure decided, beside the threat it also is
  if (p.measure) for (const e of [...out]) if (e.code.startsWith('13') && e.target) out.push({ ...e, code: p.measure });
  return out;
}

// Verbs whose compound subject acts on each other ("Russia and Ukraine exchanged prisoners", "Pakistani and Afghan forces clashed").
const RECIPROCAL_LEMMAS = new Set(['exchange', 'swap', 'trade', 'clash', 'skirmish', 'battle', 'fight']);
// What is discussed is a topic ("discussed the Sudan crisis"): the other party of a discussion is the one it is held with.
const TOPIC_LEMMAS = new Set(['discuss', 'debate']);

/**
 * The "by"-phrase `agent` follows a third party's participle, whose agent it is ("the ceasefire was agreed between
 * Pakistan and Afghanistan in talks mediated by Qatar and Turkey": the mediators agreed nothing); not one the verb
 * shares it with ("was brokered and hosted by").
 */
function agentOfOtherParticiple(tokens: Token[], a: ActionMatch, agent: ResolvedMention): boolean {
  let by = agent.mention.start - 1;
  while (by > a.headEnd && tokens[by]!.norm !== 'by') by--;
  const before = by - 1;
  return before >= a.headEnd && THIRD_PARTY_PARTICIPLES.has(tokens[before]!.norm) && !['and', 'or'].includes(tokens[before - 1]?.norm ?? '');
}

// Participles of the third parties around a deed: whose "by" names a mediator, a host or a sponsor, not the deed's doer
// ("strikes ordered by the Kremlin", "artillery positioned by Russia" name the doer, and are left to the passive; "drones
// supplied by Iran" name a supplier).
const THIRD_PARTY_PARTICIPLES = new Set([
  ...['mediated', 'brokered', 'hosted', 'facilitated', 'sponsored', 'chaired', 'convened', 'organised', 'organized', 'led'],
  ...['backed', 'supported', 'arranged', 'supplied', 'funded', 'financed', 'armed', 'provided'],
]);

function assembleOne(
  tokens: Token[],
  mentions: ResolvedMention[],
  p: Plan,
  tail: number,
  resolver: ActorResolver,
  actionHeads: ReadonlySet<number>,
  clauseStarts: readonly number[],
  parallel: ParallelClause | null,
): { event: SentenceEvent; coSources: Actor[]; reciprocal: boolean; coTargets: Actor[]; jointAmong: Actor[]; coAgents: Actor[] } | null {
  const a = p.action;
  const arg = p.argAction;
  let sources: ResolvedMention[] = [];
  // parties joined to the subject ("Seoul, joined by Britain, requested …"): each acts as the subject does
  let coAgents: Actor[] = [];
  let target: ResolvedMention | null = null;
  // the parties of a nominal are named joined before it ("Russian-Belarusian exercises")
  let jointNominal = false;
  let confidence = p.confidence;
  const passive = isPassive(tokens, a);
  let reducedPatient = false;
  const until = tail;
  if (p.obligationReporter) {
    // "X said Y must …": X demands of Y
    const subj = subjectBefore(mentions, tokens, a.head);
    const reporter = mentions.find((r) => !r.mention.prep && (r.actor || r.pair) && r.mention.end <= a.head && !subj.includes(r));
    if (reporter && subj.length) {
      sources = [reporter];
      target = subj[0] ?? null;
    } else return null;
  } else if (a.kind === 'nominal') {
    // "a ceasefire brokered by the US and France": a "by" after a participle is the participle's agent, not the noun's
    const byAgent = agentAfter(mentions, a.end, Math.min(until, a.end + 5));
    const ownBy = byAgent && !tokens.slice(a.end, byAgent.mention.start).some((t) => /^[a-z]+(ed|en)$/.test(t.text)) ? byAgent : null;
    // "the Israel-Hamas ceasefire", "Russian-Ukrainian talks": the sides joined before the noun are its parties, the one
    // toward the other (a broker or host of it is coded by its own verb)
    const joined = joinedSides(tokens, mentions, a.head);
    if (joined) {
      target = joined.mentions[1];
      jointNominal = true;
    }
    const agent = joined?.mentions[0] ?? nominalAgent(mentions, tokens, a.head) ?? ownBy;
    const aside = asideOpening(tokens, a.head);
    // "the signing of the agreement between China and Brazil": the two parties act together
    const parties = agent ? [] : mentions.filter((r) => r.mention.prep === 'between' && r.mention.start > a.end && r.mention.start <= a.end + 8 && r.actor);
    // "The Philippines and the United States opened their largest exercises": "their" is the compound subject's
    // (an exercise: see the joint exercise below; "their annual meeting" of five leaders is left as it was)
    const compound = agent?.mention.pronoun === 'their' && p.code.startsWith('15') ? subjectBefore(mentions, tokens, agent.mention.start) : [];
    // "made the announcement after talks with Tuvalu's Prime Minister", "After talks with Teo, Albanese announced …": the
    // talks of a time phrase are the clause subject's own
    const timed = !agent && p.code.startsWith('04') ? timedTalksSubject(tokens, mentions, a.head) : null;
    if (compound.length > 1) sources = compound;
    else if (agent) sources = [agent];
    else if (parties.length >= 2 && SYMMETRIC_ROOTS.has(p.code.slice(0, 2))) sources = parties.slice(0, 2);
    else if (timed) sources = [timed];
    else if (aside >= 0) {
      // "Manele, on a visit to Beijing, signed …", "During a two-day visit to Colombo, Jaishankar signed …": an aside
      // set off by commas around the main clause's subject is that subject's own act
      const subject = asideSubject(tokens, mentions, aside, a.end);
      if (!subject) return null;
      sources = [subject];
      confidence -= 0.1;
    } else {
      // the object of a governing verb: "planning a visit", "staged rallies", "launched an investigation", also past
      // the words of its noun phrase ("began the annual "Eagle Partner" peacekeeping exercise")
      const verb = governingVerbBefore(tokens, a.head, EXERCISE_WORDS.has(tokens[a.end - 1]?.norm ?? ''));
      if (verb < 0 || namesDeed(tokens, verb, a.end)) return null;
      // (the verb's subject: "hours after the United States, South Korea and Japan began a … naval exercise")
      sources = subjectBefore(mentions, tokens, verb);
      confidence -= 0.1;
    }
  } else if (a.swap) {
    const after = mentions.find((r) => r.mention.start >= a.end - 1 && r.mention.start <= a.end + 1 && (r.actor || r.pair));
    // (the subject nearest the verb: "Officials in Tajikistan, where Chinese workers came under attacks from …")
    const first = mentions.findLast((r) => !r.mention.prep && (r.actor || r.pair) && r.mention.end <= a.head);
    if (!after) return null;
    sources = [after];
    target = first ?? null;
  } else if (passive) {
    // "the ambassador was summoned to the Burundian foreign ministry": whoever an envoy is summoned to summons them
    // (and whoever someone is expelled or deported from expels them: "Two Estonian diplomats expelled from Moscow")
    const placePrep = a.lemma === 'summon' ? 'to' : a.lemma === 'expel' || a.lemma === 'deport' ? 'from' : null;
    const placeAgent = placePrep
      ? mentions.find((r) => r.mention.prep === placePrep && r.actor && r.mention.start >= a.headEnd && r.mention.start <= a.headEnd + 2)
      : undefined;
    const byAgent = agentAfter(mentions, a.headEnd, until);
    const agent = (byAgent && !agentOfOtherParticiple(tokens, a, byAgent) ? byAgent : null) ?? placeAgent ?? null;
    // "energy facilities damaged by Russian strikes", "homes destroyed by Israeli bombing": a participle after a noun
    // (no "was" before it) says what was done to that noun, not to the clause's subject ("The EU will finance the repair
    // of …"); its patient is a party only when a party ends right there ("Ukrainian cities hit by Russian missiles")
    // ("a joint declaration signed by the defence ministers of Croatia, Albania and Kosovo": a deed done together by the
    // parties the by-phrase lists is theirs among themselves, not done to the clause's subject)
    const agents = agent ? [agent, ...coordinatedAfter(tokens, mentions, agent)] : [];
    reducedPatient = reducedPassive(tokens, a, p.code) || (agents.length > 1 && jointDeed(p.code) && afterNoun(tokens, a));
    const subj = reducedPatient
      ? mentions.filter((r) => (r.actor || r.pair) && !r.mention.prep && r.mention.end <= a.head && r.mention.end >= a.head - 1)
      : subjectBefore(mentions, tokens, a.head, 0, true);
    // "was agreed by Brazil, Argentina and Chile": every member of the by-phrase acts
    if (agent) sources = agents;
    target = subj[0] ?? null;
    // "Neither warring party was invited", "No Sudanese party was invited": a patient that names no one, no deed
    if (negatedPatient(tokens, a.head)) return null;
    if (!agent) {
      sources = [];
      confidence -= 0.2;
    }
  } else {
    sources = subjectBefore(mentions, tokens, p.subjectHead, 0, a.lemma === 'host');
    // "After meeting Mohammed bin Salman in Riyadh, Macron flew to Doha": the fronted clause's subject is the main one's
    if (sources.length === 0 && frontedVerb(tokens, a.head) && objectParty(tokens, mentions, a.end, a.actorAt))
      sources = [subjectAfterFronted(tokens, mentions, a.headEnd)].filter((r) => r !== null);
    const last = sources[sources.length - 1];
    if (last) coAgents = coAgentsBetween(tokens, mentions, last.mention.end, p.subjectHead).flatMap((r) => (r.actor ? [r.actor] : []));
  }

  // resolve source actors
  // an actor Accord has no code for (ECOWAS, OPEC): left out, never coded as the state the sentence is about
  if (sources.some(isUncoded)) return null;
  // "Government negotiators and ELN commanders resumed talks": a role named beside a placed actor is of the same state
  const placed = sources.find((s) => s.actor)?.actor;
  let srcActors = sources.flatMap((s) => {
    if (s.actor || s.pair || !placed || sources.length < 2) return actorsOf(s);
    const role = s.mention.items.find((i) => i.item.kind === 'role')?.item.role;
    return role && role !== placed.role
      ? [
          {
            text: tokens
              .slice(s.mention.start, s.mention.end)
              .map((t) => t.text)
              .join(' '),
            country: placed.country,
            role,
          },
        ]
      : [];
  });
  const srcMention = sources[0] ?? null;
  if (srcActors.length === 0 && sources.length > 0) {
    // a role without a country ("officials", "rebels"): a country elsewhere in the group, else the article's
    const withCountry = sources.find((s) => s.actor);
    if (withCountry?.actor) srcActors = [withCountry.actor];
  }
  if (srcActors.length === 0) {
    // an actor the dictionaries do not know ("the APEC forum", "rebels", "President Bouteflika"): placed at low confidence
    const placedActor = placeUnknownSource(tokens, mentions, sources, a.head, passive, target, resolver);
    if (!placedActor) {
      // "Donors pledged $1.6 billion for Sudan": no giver to code, but the story's recipient is named for the pledges that follow
      resolver.rememberRecipient(p.code, statedRecipient(mentions, a.headEnd, p.nextHead));
      return null;
    }
    srcActors = [placedActor];
    confidence -= 0.3;
  }
  let coSources: Actor[] = [];
  // the parties of a joint act by three or more ("A, B and C signed a treaty"), first named first
  let among: Actor[] = [];
  // roles shared across a compound ("Egyptian and Qatari mediators"), only by a member that is a bare adjective:
  // "Saudi Arabia and the Houthis" share no role (Saudi Arabia is no rebel)
  if (srcActors.length > 1) {
    const bare = new Set(
      sources
        .filter((r) => r.actor && r.mention.items.length > 0 && r.mention.items.every((i) => i.item.kind === 'adjective' || i.item.kind === 'demonym'))
        .map((r) => r.actor!),
    );
    // (the role of the head noun the adjectives share, "troops", "negotiators"; never a group's own: "Saudi and Houthi
    // negotiators" are no Saudi rebels)
    const head = sources[sources.length - 1]?.mention.items.find((i) => i.item.kind === 'role');
    const shared = head ? head.item.role : null;
    srcActors = srcActors.map((s) => (s.role === null && bare.has(s) ? { ...s, role: shared } : s));
  }
  // "The Philippines and the United States opened their largest exercise": an exercise held by several states
  // together is military cooperation among them (062), not a show of force aimed at no one
  // ("held the Russian-Belarusian exercises": the participants joined before the noun)
  const exerciseAt = tokens.findIndex((t, k) => k >= a.head && k < a.end && EXERCISE_WORDS.has(t.norm));
  // (and one announced is their plan of it: "will start a five-day exercise" is no threat, 0312)
  if (
    a.code.startsWith('15') &&
    (p.code === a.code || p.modality !== 'asserted') &&
    exerciseAt >= 0 &&
    (new Set(srcActors.map((x) => x.country)).size >= 2 ||
      jointNominal ||
      joinedSides(tokens, mentions, exerciseAt) !== null ||
      // ("held a maritime cooperative activity with the Japan Maritime Self-Defense Force"): a partner named with "with"
      mentions.some((r) => r.actor && r.mention.prep === 'with' && r.mention.start > exerciseAt && r.mention.start <= exerciseAt + 4))
  )
    p = { ...p, code: p.code === a.code ? '062' : (intentOf('062') ?? '062') };
  // (a paired mention, "the two leaders", is such a compound too: "the two leaders called on China" is each of them)
  if (srcActors.length > 1 && srcActors[0]!.country !== srcActors[1]!.country) {
    // "Canada and Mexico rejected …": the two sides an article later calls "both countries"
    // (co-mediators, "a truce brokered by Qatar and Turkey", are not the sides: the sides are who they stand between)
    if (new Set(srcActors.map((x) => x.country)).size === 2 && !MEDIATION.some((m) => p.code.startsWith(m)))
      resolver.rememberPair(srcActors[0]!, srcActors[1]!, true);
    // for one-sided actions the other named sides act too, they are not the target ("the US and Britain launched strikes");
    // a mutual action ("Seoul and Tokyo agreed") is one event between two sides, never among three or more
    const distinct = srcActors.filter((x, i) => srcActors.findIndex((y) => y.country === x.country) === i);
    // (but "Tajikistan, Kyrgyzstan and Uzbekistan signed a treaty" is a treaty between each two of them)
    if (isJointAction(p.code) && distinct.length > 2) among = inMentionOrder(distinct, sources);
    if (!isJointAction(p.code) || distinct.length > 2) {
      coSources = distinct.slice(1);
      srcActors = [srcActors[0]!];
    }
  }
  // "the two sides accused each other": each did it to the other
  const eachOther = tokens
    .slice(arg.headEnd, Math.min(tokens.length, arg.end + 4))
    .some((t, i, ws) => (t.norm === 'each' || t.norm === 'one') && ws[i + 1]?.norm === (t.norm === 'each' ? 'other' : 'another'));
  const reciprocal = coSources.length === 1 && (RECIPROCAL_LEMMAS.has(a.lemma) || RECIPROCAL_LEMMAS.has(arg.lemma) || eachOther);

  const source = srcActors[0]!;
  const sourceCountries = new Set([source.country]);
  let targetActor: Actor | null = null;
  let coDoers: Actor[] = [];
  const paired = srcActors.length > 1;
  if (!target) {
    const from = p.objectWindow ? p.objectWindow[0] : arg.kind === 'nominal' ? arg.end : arg.headEnd;
    // the target sits in the action's own clause: stop at the next comma
    const clauseEnd = Math.min(clauseEndAfter(tokens, from, until), p.nextHead, nextClauseStart(clauseStarts, from, until));
    const untilT = p.objectWindow ? p.objectWindow[1] : discussionTopicStart(tokens, from, clauseEnd);
    // aid pledged "for the reconstruction of schools in Sudan" goes to that place, like aid given
    const locTarget = LOCATIVE_TARGET_ROOTS.has(p.code.slice(0, 2)) || p.code.startsWith('033');
    const nominal = arg.kind === 'nominal' && !p.objectWindow;
    const opts = {
      from,
      until: nominal ? Math.min(untilT, from + 5) : untilT,
      sourceCountries,
      sourceRole: source.role,
      allowLocative: false,
      prepositionsOnly: nominal,
      // (what a statement or a meeting is on is its topic: "meets on Friday on the Ethiopia–Eritrea tension")
      statement: p.code.startsWith('01') || p.code.startsWith('04'),
      topic: TOPIC_LEMMAS.has(arg.lemma),
      sponsorIsParty: REACTION_ROOTS.has(p.code.slice(0, 2)) && !isJointAction(p.code),
      // ("welcomed the agreement between Kuwait and Saudi Arabia": a reaction to two sides' deed is aimed at each)
      between: MEDIATION.some((m) => p.code.startsWith(m)) || (REACTION_ROOTS.has(p.code.slice(0, 2)) && !isJointAction(p.code)),
      protest: p.code.startsWith('14'),
      tokens,
    };
    // "arrived in Amman", "travelled to Seoul": the pattern's own preposition introduces the target
    const endsWithPrep = arg.kind === 'verb' && arg.end > arg.headEnd && PREPOSITION_END.has(tokens[arg.end - 1]!.norm);
    // ("is expected in @", with the place required): the actor the pattern's preposition took is the target
    const prepSlot =
      arg.kind === 'verb' && arg.actorAt !== null && arg.actorAt > arg.headEnd && PREPOSITION_END.has(tokens[arg.actorAt - 1]!.norm) ? arg.actorAt : null;
    const ownObject = (r: ResolvedMention) =>
      !isThirdPartyWith(tokens, r.mention) &&
      (prepSlot !== null ? r.mention.start === prepSlot : endsWithPrep && r.mention.start >= arg.end && r.mention.start <= arg.end + 1);
    target =
      endsWithPrep || prepSlot !== null
        ? (mentions.find((r) => (r.actor || r.pair) && ownObject(r) && !sourceCountries.has(r.actor?.country ?? '')) ?? null)
        : null;
    target ??= targetAfter(mentions, opts);
    // "restored the UN sanctions on Iran": an organisation inside the pattern's own words ("UN sanctions") names whose
    // measures they are; the party acted on comes after them
    if (
      target &&
      arg.kind === 'verb' &&
      target.mention.start >= arg.headEnd &&
      target.mention.end < arg.end &&
      target.mention.start !== arg.actorAt &&
      target.actor &&
      ORGANISATION_CODES.has(target.actor.country) &&
      !target.mention.prep
    ) {
      target = targetAfter(mentions, { ...opts, from: arg.end });
    }
    if (!target && p.objectWindow)
      target = targetAfter(mentions, { ...opts, from: p.objectWindow[1], until: clauseEndAfter(tokens, p.objectWindow[1], until) });
    if (!target && locTarget && !paired) {
      // the place must be the action's own ("strikes in Yemen"), not one in a relative clause about its object
      // ("test-fired a missile that came down inside Iraq's airspace")
      const relative = tokens.findIndex((t, i) => i >= from && i < opts.until && RELATIVE_OPENERS.has(t.norm));
      target = targetAfter(mentions, { ...opts, allowLocative: true, until: relative >= 0 ? relative : opts.until });
      if (target) confidence -= 0.1;
    }
    // a compound or paired subject acts on itself unless an object is named ("Seoul and Tokyo agreed")
    if (paired && target && !p.objectWindow && target.mention.prep !== null && target.mention.prep !== 'with' && target.mention.prep !== 'against')
      target = null;
  }
  // "travel to Brussels for talks with EU officials": the people met, not the city, are the counterpart
  if (target && (p.code === '036' || p.code === '042') && target.mention.items.some((i) => isCity(i.item))) {
    const partner = mentions.find(
      (r) =>
        r.mention.prep === 'with' &&
        r.actor &&
        r.mention.start > target!.mention.end &&
        r.mention.start <= target!.mention.end + 6 &&
        !sourceCountries.has(r.actor.country),
    );
    if (partner) target = partner;
  }
  // "filed a complaint with the UN Security Council", "took its case to the ICJ": the body is where a complaint goes,
  // the state complained about is the target (found below from the sentence or the story); a body that has itself
  // acted in the story is complained to about that ("lodged representations with the EU" after EU sanctions)
  let venue: ResolvedMention | null = null;
  const bodyComplainedTo =
    target &&
    (p.code === '114' || p.code === '115') &&
    ['with', 'to', 'before'].includes(target.mention.prep ?? tokens[target.mention.start - 1]?.norm ?? '') &&
    target.actor &&
    ORGANISATION_CODES.has(target.actor.country) &&
    !resolver.deeds.some((d) => d.source.country === target!.actor!.country) &&
    // ("requested consultations with the EU under WTO rules": consultations are held with the other party)
    !CONSULTATIONS.has(wordBeforePreposition(tokens, target.mention.start));
  // ("requested a WTO panel", "asked the WTO to set up a panel": a case at the WTO is never against the WTO)
  const tradeCourts = p.code === '115' ? mentions.filter((r) => r.actor?.country === TRADE_COURT) : [];
  if (target && (bodyComplainedTo || tradeCourts.includes(target))) {
    venue = target;
    target = null;
  }
  // "reinforced along the border with both countries": a frontier is where a show of force happens, not its target
  const posture = p.code.startsWith('15');
  if (target && posture && target.mention.prep === 'with' && BORDER_WORDS.has(tokens[target.mention.start - 2]?.norm ?? '')) target = null;
  if (target) {
    const ts = actorsOf(target);
    targetActor = ts.find((t) => !sourceCountries.has(t.country) || domesticOpponents(source.role, t.role)) ?? null;
    if (passive && !targetActor && ts.length) targetActor = ts[0]!;
  }
  // "contribute 50 million euros to UNHCR's Syria return programme", "funding to the WFP's operation in Congo": the
  // agency is the channel of a gift, the state its programme serves is the recipient
  if (target && targetActor && isGift(p.code) && ORGANISATION_CODES.has(targetActor.country)) {
    const served = programmeState(tokens, mentions, target, until);
    if (served && !sourceCountries.has(served.country)) targetActor = served;
  }
  // "condemned the launch as a violation of UN resolutions": a reaction to a named earlier deed is aimed at
  // whoever did it, not at a party named further on in the clause
  if (target && targetActor && REACTION_ROOTS.has(p.code.slice(0, 2)) && !p.objectWindow && !passive) {
    const from = arg.kind === 'nominal' ? arg.end : arg.headEnd;
    // ("rejected calls from Canberra to scrap its pact with China", "welcomed the decision of Qatar to contribute": the
    // makers of the demand or the stand the verb answers come first)
    const named = agentOfNamedDeed(tokens, mentions, a.headEnd, Math.min(target.mention.start + 1, a.headEnd + 4), source.country);
    // ("welcomed the Nairobi meeting": a place right before the deed's noun is where it was done, not a party)
    const venue = target.mention.prep === null && isDeedNoun(tokens[target.mention.end]);
    const doers = named
      ? [named]
      : target.mention.start > from + 1 || venue
        ? referredDeedSources(tokens, from, resolver.deeds, source, venue ? target.mention.end + 1 : target.mention.start)
        : [];
    const doer = doers[0];
    if (doer && doer.country !== source.country) {
      targetActor = doer;
      coDoers = doers.slice(1).filter((d) => d.country !== source.country);
    }
  }
  // compound or paired subject: the other side is the target ("Seoul and Tokyo agreed")
  if (!targetActor && paired) {
    targetActor = srcActors.find((s) => s.country !== source.country || domesticOpponents(source.role, s.role)) ?? null;
  } else if (targetActor && paired && !srcActors.some((s) => s.country === targetActor!.country)) {
    // "Egyptian and Qatari mediators met with Israeli negotiators": both sides act on a third, they do not meet each other
    coSources = srcActors.slice(1).filter((s) => s.country !== source.country);
  }
  // "relations with China", "South Korea-China relations"
  if (!targetActor && needsTarget(p.code)) {
    targetActor = relationPartner(tokens, mentions, source.country);
    if (targetActor) confidence -= 0.1;
  }
  // ("Kharkiv was shelled overnight": a place hit by no one named gives no foreign party, and its own state is no
  // party to its shelling, GOLD-FORMAT rule 11; the passive rule below still codes violence among people there)
  if (passive && sources.length === 0 && target && onlyPlace(target)) return null;
  if (passive && sources.length === 0 && targetActor) {
    // agentless passive: the acting side is unknown; code only when the text names a place
    // violence with no named perpetrator ("three civilians were killed in a car bombing in Baghdad") is still
    // an event in that country; other agentless passives need a place that differs from the target
    const root = Number(p.code.slice(0, 2));
    const violent = root >= 18;
    // (a place other than a capital only for force, arrests and violence, which the state there or its people use:
    // "arrested in Lyon", "killed in a car bombing in Kharkiv"; "signed in Jeddah" names a venue)
    const loc = locationMention(root >= 17 ? mentions : mentions.filter((r) => !onlyPlace(r)), 0, tokens.length);
    if (!violent && (!loc?.actor || loc.actor.country === targetActor.country)) return null;
    const where = loc?.actor ?? targetActor;
    srcActors = [{ text: `unidentified attackers in ${where.text}`, country: where.country, role: null }];
    confidence = Math.min(confidence, 0.35);
  }
  const finalSource = operatingState(srcActors[0]!, targetActor, tokens);
  if (targetActor && targetActor.country === finalSource.country && targetActor.role === finalSource.role) targetActor = null;
  // no target in the clause: the party the text implies ("Beijing rejected the protest" — Tokyo's protest)
  if (!targetActor && reciprocal) targetActor = coSources[0]!;
  // "Brazil, Argentina and Chile held joint naval exercises": a mutual action among the named sides,
  // coded between the first-named and each other one, never aimed at a party guessed from the story
  const multilateral = !targetActor && coSources.length >= 2 && isJointAction(p.code);
  if (multilateral) targetActor = coSources[0]!;
  // "expelled it", "sent them back": an object pronoun we cannot place; no target rather than a guessed one
  // ("condemned what it called Turkey's illegal activities": the pronoun names the object, it is not the object)
  const pronounObject = mentions.some(
    (r) =>
      !r.mention.prep &&
      ['it', 'them', 'him', 'her'].includes(r.mention.pronoun ?? '') &&
      r.mention.start >= arg.headEnd &&
      r.mention.start <= arg.headEnd + 1 &&
      !namerOfObject(tokens, r.mention.start, r.mention.end),
  );
  // "arrested an Argentine citizen and later released him", "accused the Philippine ship … and 'expelled' it":
  // the pronoun takes up the nearest party of another state named before it in the sentence
  if (pronounObject && !targetActor) targetActor = pronounAntecedent(mentions, sources, finalSource.country, a.head);
  // ("called on all parties concerned to exercise restraint": an appeal to everyone is aimed at no one, and no event)
  if (target === null && !passive && everyoneAddressed(tokens, a.headEnd)) return null;
  // (a reduced passive's patient is the noun it follows: "Japanese nationals abducted by North Korea" guesses no one else)
  const unguessableTarget = (target !== null && isUncoded(target)) || pronounObject || (reducedPatient && target === null);
  let mediatorBetween: Actor | null = null;
  const mediation = MEDIATION.some((m) => p.code.startsWith(m));
  // a mediator's frame: the two sides named "between A and B" in its clause (the talks or deal it brokered
  // may stand between the verb and the sides), else the two sides the story is about
  const argFrom = arg.kind === 'nominal' ? arg.end : arg.headEnd;
  // (a host of talks between two sides stands between them too, GOLD-FORMAT rule 10; in the passive the talks
  // and their sides come first: "talks between Armenia and Azerbaijan were hosted by Kazakhstan")
  // (and so does one who will host them: "will host talks between Ethiopia and Eritrea" is 036 from a host's 043)
  const plannedHost = p.code === '036' && p.argAction.code === '043';
  const between = mediation || p.code === '043' || plannedHost;
  const sides = !between
    ? null
    : passive
      ? sidesBetween(tokens, mentions, 0, a.head)
      : sidesBetween(tokens, mentions, argFrom, dealClauseEnd(tokens, clauseEndAfter(tokens, argFrom, until), until));
  if (sides && !sides.some((x) => x.country === finalSource.country)) {
    targetActor = sides[0];
    mediatorBetween = sides[1];
  }
  // a host-to-be of two sides' talks offers to mediate between them (045's intent, GOLD-FORMAT rules 5 and 10)
  let frameCode = plannedHost && mediatorBetween ? '039' : p.code;
  const pairNow = resolver.pair();
  if (!targetActor && !unguessableTarget && mediation && pairNow && !pairNow.some((x) => x.country === finalSource.country)) {
    targetActor = pairNow[0];
    mediatorBetween = pairNow[1];
  }
  // "…, while Canada committed $5 million": a parallel clause shares the first clause's recipient
  const elidedTarget = parallel?.target;
  if (!targetActor && !paired && !unguessableTarget && elidedTarget && elidedTarget.country !== finalSource.country) targetActor = elidedTarget;
  if (!targetActor && !paired && !unguessableTarget) {
    // "rebels gave government troops 48 hours", "police detained protesters": an object named by a role
    // alone, on the other side of a conflict inside the source's state
    const objectRole = directObjectRole(tokens, mentions, arg.kind === 'nominal' ? arg.end : arg.headEnd);
    if (objectRole && domesticOpponents(finalSource.role, objectRole))
      targetActor = { text: finalSource.country, country: finalSource.country, role: objectRole };
  }
  if (!targetActor && !paired && !unguessableTarget) {
    // an actor right before another action is that action's agent ("US operations"), not this one's target;
    // the speakers of the attribution tail (", Ukrainian officials said") are not parties either
    // (and the subject of a coordinated clause of its own: "…, while the United States announced $250 million")
    const agents = mentions.filter(
      (r) =>
        actionHeads.has(r.mention.end) ||
        actionHeads.has(r.mention.end + 1) ||
        clauseStarts.some((c) => r.mention.start === c + 1 || r.mention.start === c + 2),
    );
    // "condemned the strike", "rejected the protest": whoever did the deed named
    // (the window runs past the pattern's own words: "opened a war crimes investigation into the strike")
    const deedFrom = arg.kind === 'nominal' ? arg.end : arg.headEnd;
    // "rejected the statement issued by Pakistan's foreign office", "told his Ethiopian counterpart that …"
    const framed =
      (REACTION_ROOTS.has(p.code.slice(0, 2))
        ? agentOfNamedDeed(tokens, mentions, deedFrom, clauseEndAfter(tokens, deedFrom, until), finalSource.country)
        : null) ?? addressee(tokens, mentions, a.head, finalSource.country);
    // ("in an attack that Saudi Arabia and Jordan condemned": the deed the relative clause hangs from)
    const relativeNoun = srcMention && REACTION_ROOTS.has(p.code.slice(0, 2)) ? relativeDeedNoun(tokens, srcMention.mention.start) : -1;
    const doers = framed
      ? []
      : relativeNoun >= 0
        ? referredDeedSources(tokens, relativeNoun, resolver.deeds, finalSource, relativeNoun + 1, true)
        : referredDeedSources(tokens, deedFrom, resolver.deeds, finalSource, Math.max(deedFrom + 6, arg.end + 4));
    // "If Baku and Ashgabat start construction, Russia will take all necessary measures": a threat is aimed at whoever
    // its condition is about (each of them), before any party the story suggests
    const conditioned = p.code.startsWith('13') && !framed && doers.length === 0 ? conditionParties(tokens, mentions, finalSource.country, a.head) : [];
    const deedBy = framed ?? doers[0] ?? conditioned[0] ?? null;
    coDoers = doers.length > 0 ? doers.slice(1) : conditioned.slice(1);
    targetActor =
      deedBy && !coSources.some((c) => c.country === deedBy.country)
        ? deedBy
        : implicitTarget(
            tokens,
            // (the search after the verb stops at the next coordinated clause: "…, while the Saudi ministry called on Iraq")
            // (nor a third party beside the act: "hosted by Cuba, with Norway acting as a guarantor")
            mentions.filter((r) => r.mention.start < nextClauseStart(clauseStarts, a.head, tail) && !isThirdPartyWith(tokens, r.mention)),
            [...sources, ...agents, ...(venue ? [venue] : []), ...tradeCourts],
            finalSource,
            p.code,
            a.head,
            resolver,
            // (and whoever acts alongside: "fought alongside Belarusian troops" is not aimed at Belarus)
            new Set([...coSources, ...coAgents, ...(parallel?.coAgents ?? []), ...coAgentsNamed(mentions)].map((c) => c.country)),
          );
    if (targetActor) confidence -= 0.15;
    // (nor the one the source last dealt with in the story, when that is the court its case goes to)
    if (targetActor?.country === TRADE_COURT && tradeCourts.length > 0) targetActor = null;
  }
  if (!targetActor && (needsTarget(p.code) || p.bareIntent || reducedPatient) && !counterpartNamed(tokens, mentions, arg.headEnd, Math.min(until, p.nextHead)))
    return null;
  // "deployed in South Sudan at Juba's request", "deployed troops to Somalia under the AU mission": help, not a threat
  // (and one announced, which the sentence coder read as a threat of force, 13x, is an intent to help, 0334: "will deploy
  // 300 police officers to Haiti under the UN-authorised force" is no threat against Haiti)
  const deployment = (a.code === '154' || a.code === '153') && (frameCode === a.code || frameCode.startsWith('13'));
  if (
    deployment &&
    targetActor &&
    (supportsHost(tokens, mentions, a.headEnd, until, targetActor.country) || deploysPeacekeepers(tokens, a.head, a.headEnd, until))
  ) {
    frameCode = frameCode === a.code ? '074' : (intentOf('074') ?? '074');
    p = { ...p, code: frameCode };
  }
  if (targetActor && finalSource.country !== targetActor.country) resolver.rememberPair(finalSource, targetActor);
  if (targetActor) resolver.rememberInteraction(finalSource, targetActor, p.code);
  if (srcMention && !passive) resolver.setSubject(srcMention);
  let loc = locationMention(mentions, a.head, tokens.length, tokens) ?? locationMention(mentions, 0, a.head, tokens);
  // a visit to a capital happens there ("visit to Beijing")
  if (!loc && target && (p.code === '042' || p.code === '036') && target.mention.items.some((i) => isCity(i.item))) loc = target;
  const event: SentenceEvent = {
    // the role words are those of the whole subject phrase up to the verb ("Egyptian and Qatari mediators met")
    code: byActorRole(
      frameCode,
      finalSource,
      tokens,
      srcMention && srcMention.mention.end <= a.head && a.head - srcMention.mention.start <= 8
        ? { ...srcMention, mention: { ...srcMention.mention, end: a.head } }
        : srcMention,
    ),
    source: finalSource,
    target: targetActor,
    modality: p.modality,
    triggerStart: a.head,
    // "threatened to impose" is one trigger; in "urged the generals to halt" or "warned that X would take …" the
    // words between are arguments, so the trigger is the governing verb alone
    triggerEnd: p.argAction !== a && p.argAction.head - a.headEnd <= 1 ? Math.max(a.headEnd, p.argAction.headEnd) : a.headEnd,
    location: loc,
    confidence: Math.max(0.1, Math.min(1, confidence + (a.size >= 2 ? 0.05 : 0))),
  };
  const mutual = paired && coSources.length === 0;
  const coTargets = targetActor && target && !mutual ? conjunctActors(tokens, mentions, target, new Set([finalSource.country, targetActor.country])) : [];
  // a reaction to a deed done by several ("lambasted the sanctions" Estonia, Latvia and Lithuania imposed) is aimed at each
  if (targetActor)
    for (const d of coDoers)
      if (d.country !== finalSource.country && d.country !== targetActor.country && !coTargets.some((c) => c.country === d.country)) coTargets.push(d);
  // "urged both countries to …": each of the two sides
  if (targetActor && target?.pair && !mutual)
    for (const t of target.pair)
      if (t.country !== finalSource.country && t.country !== targetActor.country && !coTargets.some((c) => c.country === t.country)) coTargets.push(t);
  // a mediator stands between the two sides of the story: "a swap mediated by the UAE" is mediation with each
  if (mediatorBetween && targetActor) coTargets.push(mediatorBetween);
  // "sanctions on Russia targeting … two banks in Kyrgyzstan and a string of Chinese refiners": each state a measure's
  // targeting phrase names is a target too
  if (targetActor && target && isMeasure(event.code))
    for (const t of measureCoTargets(tokens, mentions, target.mention.end))
      if (t.country !== finalSource.country && t.country !== targetActor.country && !coTargets.some((c) => c.country === t.country)) coTargets.push(t);
  // the two guests of a host or a mediator are the sides a later "both delegations", "both sides" means
  // ("hosted delegations from Benin and Niger … urged both sides to …"), not the host and one of them
  if ((p.code === '043' || mediation || frameCode === '039') && targetActor && coTargets.length === 1) resolver.rememberGuests(targetActor, coTargets[0]!);
  const deedId = resolver.deeds.length;
  resolver.deeds.push({ code: event.code, source: finalSource, event: deedId });
  for (const co of coSources) resolver.deeds.push({ code: event.code, source: co, event: deedId });
  // a joint deed is both parties' ("welcomed the agreement" Thailand and Cambodia reached is welcomed toward each)
  if (targetActor && isJointAction(event.code)) resolver.deeds.push({ code: event.code, source: targetActor, event: deedId });
  // a joint act among the compound's own members (no one outside it named) is one event between each two of them
  const jointAmong = among.length > 2 && (targetActor === null || among.some((m) => m.country === targetActor.country)) ? among : [];
  // (and so is one among three or more: "denounced the exercise" the United States, South Korea and Japan staged)
  if (isJointAction(event.code))
    for (const m of jointAmong)
      // (this event's deeds are the ones pushed from deedId on)
      if (!resolver.deeds.slice(deedId).some((d) => d.source.country === m.country)) resolver.deeds.push({ code: event.code, source: m, event: deedId });
  return { event, coSources, reciprocal: reciprocal || multilateral, coTargets, jointAmong, coAgents };
}

/**
 * The end of a mediator's clause, past a relative clause that names the deal's parties: "brokered the Ankara
 * Declaration, under which Ethiopia and Somalia agreed …" (the sides are the relative clause's subject).
 */
function dealClauseEnd(tokens: Token[], end: number, until: number): number {
  return tokens[end]?.norm === ',' && tokens[end + 1]?.norm === 'under' && tokens[end + 2]?.norm === 'which' ? Math.min(until, end + 8) : end;
}

// Objects that address everyone or a crowd no state stands for: "called on all parties concerned", "urged donors",
// "appealed to the international community" (an appeal to all is aimed at no one in particular; GOLD-FORMAT codes none).
// Not "the parties" or "the donors", which name again the ones the story is about.
const EVERYONE_OPENERS = new Set(['on', 'to', '"']);

/** "parties in Myanmar", "stakeholders from Haiti", "parties to the conflict": the crowd named by what follows it. */
const placedBy = (noun: string, next: string | undefined): boolean =>
  next === 'in' || next === 'from' || next === 'of' || (next === 'to' && noun === 'parties');

/** The object right after the verb ending at `end` is everyone or a crowd of no state ("all parties", "donors"). */
function everyoneAddressed(tokens: Token[], end: number): boolean {
  let k = end;
  while (k < end + 2 && EVERYONE_OPENERS.has(tokens[k]?.norm ?? '')) k++;
  const [a, b, c] = [tokens[k]?.norm, tokens[k + 1]?.norm, tokens[k + 2]?.norm];
  return (
    (a === 'all' && (b === 'parties' || b === 'sides' || (b === 'relevant' && c === 'parties'))) ||
    ((a === 'parties' || a === 'donors' || a === 'stakeholders') && !placedBy(a, b)) ||
    (a === 'the' && b === 'international' && c === 'community')
  );
}

/** The passive verb at `head` has a subject opened by "neither", "no" or "none" (up to four words before its auxiliaries). */
function negatedPatient(tokens: Token[], head: number): boolean {
  let i = head - 1;
  while (i > 0 && BE_OR_PERFECT.has(tokens[i]!.norm)) i--;
  for (let k = i; k >= 0 && k > i - 4; k--) {
    const w = tokens[k]!.norm;
    // (the word opens the subject: "Aid with no strings attached was offered" has its "no" inside a phrase of its own)
    if (NO_ONE.has(w)) return k === 0 || SUBJECT_OPENERS.has(tokens[k - 1]!.norm);
    if (!/^[a-z-]+$/.test(w) || PHRASE_PREPOSITIONS.has(w)) return false;
  }
  return false;
}
const SUBJECT_OPENERS = new Set([',', ';', '"', 'and', 'but', 'that', 'because', 'while']);
const PHRASE_PREPOSITIONS = new Set(['with', 'without', 'in', 'of', 'for', 'from', 'on', 'at', 'by', 'to']);

// Deeds parties do together: agreements signed and cooperation (a mediation, 04, stays the mediators' toward the sides: "a
// truce brokered by Qatar and Turkey"; aid "pledged by Japan and South Korea" or reforms "welcomed by France and Germany"
// are each one's own act toward someone else).
const jointDeed = (code: string): boolean => code === '050' || code === '057' || code.startsWith('06');

// Deeds done to something: force, coercion, attacks (a participle of these after a noun modifies that noun).
const VIOLENT_ROOTS = new Set(['17', '18', '19', '20']);
const BE_OR_PERFECT: ReadonlySet<string> = new Set([...BE_FORMS, ...PERFECT_AUXILIARIES, 'get', 'got']);

/** A participle of force right after a noun, with its agent after it: "facilities damaged by Russian strikes". */
function reducedPassive(tokens: Token[], a: ActionMatch, code: string): boolean {
  return VIOLENT_ROOTS.has(code.slice(0, 2)) && afterNoun(tokens, a);
}

/** A participle right after a lower-case noun (no "was" or "has" before it) with "by" after it: a reduced relative clause. */
function afterNoun(tokens: Token[], a: ActionMatch): boolean {
  const before = tokens[a.head - 1];
  return tokens[a.head + 1]?.norm === 'by' && /^[a-z]+s?$/.test(before?.text ?? '') && !BE_OR_PERFECT.has(before!.norm);
}

// Prepositions that make talks the time of the main clause ("after talks with …", "following a meeting with …"), and
// those that make them its setting only when they open the sentence ("In a phone call with …, Faisal discussed …"; "said
// at a meeting with his senior secretaries" met only his own staff).
const TIME_OF_CLAUSE = new Set(['after', 'following', 'during', 'before']);
const FRONTED_SETTING = new Set(['in', 'at']);
const TALKS_DETERMINERS = new Set(['a', 'the', 'his', 'her', 'their', 'its']);
const VISIT_NOUNS = new Set(['visit', 'trip', 'tour']);

/**
 * Who held the talks of a time phrase: "Albanese made the announcement after talks with Teo" (the clause's subject
 * before it; "Peters announced the grant during a visit to Apia" for a visit, whose host comes with "to"), "After talks
 * with Teo, Albanese announced …", "Speaking after talks with Teo, Albanese said …" (fronted: the subject after its
 * comma, see fronted-clause.ts). The talks name their other party with "with".
 */
function timedTalksSubject(tokens: Token[], mentions: readonly ResolvedMention[], head: number): ResolvedMention | null {
  const prep = TALKS_DETERMINERS.has(tokens[head - 1]?.norm ?? '') ? head - 2 : head - 1;
  const word = tokens[prep]?.norm ?? '';
  const visit = VISIT_NOUNS.has(tokens[head]!.norm) && tokens[head + 1]?.norm === 'to';
  if (!(TIME_OF_CLAUSE.has(word) || FRONTED_SETTING.has(word)) || !(tokens[head + 1]?.norm === 'with' || visit)) return null;
  const subject = (r: ResolvedMention) => r.actor !== null && !r.mention.prep && !r.mention.possessive && !r.mention.pronoun;
  if (opensSentence(tokens, prep)) return subjectAfterFronted(tokens, mentions, head);
  if (FRONTED_SETTING.has(word)) return null;
  if (!visit) return mentions.find((r) => r.mention.end <= prep && subject(r)) ?? null;
  // a visit names its host with "to", a state other than the visitor's ("announced the grant during a visit to Apia"; not
  // "threatened NATO during a visit to Kaliningrad", "warned Taiwan during a visit to a base in Fujian"), and the visitor
  // is the clause's subject at the sentence's start ("Blinken warned China during a visit …" names no visitor China)
  const visitor = mentions.find((r) => r.actor || r.pair);
  const host = mentions.find((r) => r.mention.start >= head + 2 && r.mention.start <= head + 3 && r.actor);
  if (!visitor || !subject(visitor) || !host || host.actor!.country === visitor.actor!.country) return null;
  // (nothing but a dateline or capitalised words before it: "APIA — New Zealand will …", not "Blinken warned China")
  return tokens.slice(0, visitor.mention.start).every((t) => /^[A-Z\d]/.test(t.text) || !/[a-z]/.test(t.norm)) ? visitor : null;
}

/** The actors in the order their mentions stand in the sentence. */
function inMentionOrder(actors: Actor[], mentions: readonly ResolvedMention[]): Actor[] {
  const at = (x: Actor) => Math.min(...mentions.filter((r) => actorsOf(r).some((y) => y.country === x.country)).map((r) => r.mention.start));
  return [...actors].sort((x, y) => at(x) - at(y));
}

/**
 * Some verbs mean something else for some actors: troops or peacekeepers "arriving" in a country are
 * deployed there, not visiting; civilians "protesting" demonstrate, officials "protesting" complain.
 */
function byActorRole(code: string, source: Actor, tokens: Token[], mention: ResolvedMention | null): string {
  const words = mention
    ? tokens
        .slice(mention.mention.start, mention.mention.end)
        .map((t) => t.norm)
        .join(' ')
    : '';
  if (code === '042' && source.role === 'MIL') return /peacekeep/.test(words) ? '074' : '154';
  // mediators meeting or talking with the parties mediate
  if (code.startsWith('04') && code !== '045' && /\bmediators?\b/.test(words)) return '045';
  if (code === '114' && source.role !== null && ['CVL', 'OPP', 'LAB', 'EDU', 'REL', 'AGR'].includes(source.role)) return '141';
  // "warplanes bombed militant positions": a bombing by armed forces is an aerial attack, not a bomb planted (183)
  if (code === '183' && source.role === 'MIL') return '195';
  return code;
}

// Words that open a subordinate clause: a target never sits beyond them ("warned that … if NATO warships …").
const SUBORDINATORS = new Set(['if', 'unless', 'because', 'although', 'though', 'whereas', 'whether']);

/** Role of a direct object that names a role but no state ("government troops", "27 protesters"), if it follows at once. */
function directObjectRole(tokens: Token[], mentions: ResolvedMention[], from: number): string | null {
  for (const r of mentions) {
    const m = r.mention;
    if (m.start < from) continue;
    if (m.start > from + 3 || m.prep || m.pronoun || r.actor || r.pair) return null;
    if (
      !tokens.slice(from, m.start).every((t) => /^(the|a|an|some|several|dozens|hundreds|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)$/.test(t.norm))
    )
      return null;
    return m.items.find((i) => i.item.kind === 'role')?.item.role ?? null;
  }
  return null;
}

/** Parties of a joint act coded pair by pair; beyond, the first-named acts toward each other one. */
const JOINT_PAIRS_UP_TO = 3;
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'within', 'around', 'into', 'from']);

/**
 * "JNIM fighters ambushed a Burkinabe army convoy": a group active in several states that attacks another of
 * them is operating there, and non-state armed groups keep the state they operate in.
 */
function operatingState(source: Actor, target: Actor | null, tokens: Token[]): Actor {
  if (source.role !== 'REB' || !target || target.country === source.country) return source;
  const words = source.text.toLowerCase();
  const group = CROSS_BORDER_GROUPS.find(
    (g) => g.home === source.country && g.alsoIn.includes(target.country) && g.names.some((n) => words.includes(n.toLowerCase())),
  );
  return group && tokens.length > 0 ? { ...source, country: target.country } : source;
}

/** Nearest earlier party of another state in the sentence that an object pronoun can stand for; null when none. */
function pronounAntecedent(mentions: ResolvedMention[], sources: ResolvedMention[], sourceCountry: string, head: number): Actor | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const r = mentions[i]!;
    if (r.mention.end > head || sources.includes(r) || r.mention.pronoun || !r.actor) continue;
    if (r.actor.country === sourceCountry || LOCATIVE.has(r.mention.prep ?? '')) continue;
    return r.actor;
  }
  return null;
}

/** Actors coordinated with a target mention ("India and Pakistan", "Japan, South Korea and the US"). */
function conjunctActors(tokens: Token[], mentions: ResolvedMention[], first: ResolvedMention, exclude: ReadonlySet<string>): Actor[] {
  const out: Actor[] = [];
  for (const r of coordinatedAfter(tokens, mentions, first)) {
    if (!exclude.has(r.actor!.country) && !out.some((a) => a.country === r.actor!.country)) out.push(r.actor!);
  }
  return out;
}

const ADJUNCT_OPENERS = new Set(['during', 'amid', 'despite', 'while', 'whilst']);

// ("stood firmly by Moldova's side", "stands behind Denmark": the pattern's own "by" or "behind" is no agent's)
const PREPOSITION_END = new Set(['in', 'at', 'to', 'into', 'with', 'on', 'upon', 'for', 'against', 'from', 'by', 'behind']);

// Words that end a noun phrase on its left: punctuation of clauses, prepositions, relative words.
const PHRASE_EDGES = new Set([',', ';', ':', '.', '(', ')', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'which', 'who']);

// Determiners of a deed already known: "called the attack a war crime" names that attack, "called a strike" calls one.
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
const CALL_FORMS = new Set(['call', 'calls', 'called', 'calling']);
// what may follow the deed's noun phrase when "call" calls it ("called the emergency meeting of the Council", "… after …")
const NOT_COMPLEMENT = new Set(['of', 'for', 'on', 'in', 'at', 'to', 'with', 'between', 'by', 'after', 'before', 'over', 'and', 'but', 'as']);

/**
 * The light verb at `verb` is "call" naming a deed the text already knows ("called the attack a war crime", "called
 * the strikes barbaric"): a definite noun phrase, then what it is called. "Russia called the emergency meeting of the
 * Council" calls one.
 */
function namesDeed(tokens: Token[], verb: number, phraseEnd: number): boolean {
  if (!CALL_FORMS.has(tokens[verb]!.norm) || !DEFINITE.has(tokens[verb + 1]?.norm ?? '')) return false;
  const next = tokens[phraseEnd];
  return next !== undefined && /^[a-z"“']/.test(next.norm) && !NOT_COMPLEMENT.has(next.norm);
}

/**
 * The light verb that governs the noun at `head`, within four words; for an exercise, whose names and modifiers run
 * long, right before a noun phrase of up to eight words. -1 if none.
 */
function governingVerbBefore(tokens: Token[], head: number, longPhrase: boolean): number {
  for (let k = head - 1; k >= 0 && k >= head - (longPhrase ? 9 : 4); k--) {
    if (LIGHT_VERBS.has(tokens[k]!.norm)) return k;
    if (PHRASE_EDGES.has(tokens[k]!.norm) && k < head - 4) return -1;
  }
  return -1;
}

/**
 * A meeting or agreement needs a counterpart; one the dictionaries cannot place ("President Obama"
 * in an old text, "the rebels") still shows the action is relational, so the event stands without a target.
 */
function counterpartNamed(tokens: Token[], mentions: ResolvedMention[], from: number, until: number): boolean {
  for (const r of mentions) {
    const m = r.mention;
    if (m.start < from || m.start >= Math.min(until, from + 5) || m.pronoun) continue;
    if (m.prep && !['with', 'to', 'on', 'against'].includes(m.prep)) continue;
    if (m.items.some((i) => i.item.kind === 'role')) return true;
  }
  return false;
}

function clauseEndAfter(tokens: Token[], from: number, until: number): number {
  for (let i = from; i < until; i++) {
    const w = tokens[i]!.norm;
    // "condemned the strike … during a visit to Vilnius": an adjunct phrase holds no argument
    if (w === ',' || w === ';' || w === '—' || SUBORDINATORS.has(w) || ADJUNCT_OPENERS.has(w)) return i;
    // "dismissed the remarks … and said the dam had spared Sudan": a new reported clause
    if ((w === 'and' || w === 'but') && isReportingVerb(tokens[i + 1]?.norm ?? '')) return i;
  }
  return until;
}

const RELATION_NOUNS = new Set(['relations', 'ties', 'relationship', 'cooperation', 'partnership', 'dialogue']);

function relationPartner(tokens: Token[], mentions: ResolvedMention[], sourceCountry: string): Actor | null {
  for (const r of mentions) {
    if (!r.actor || r.actor.country === sourceCountry) continue;
    const m = r.mention;
    const next = tokens[m.end];
    const prev = tokens[m.start - 1];
    // "relations with China"
    if (m.prep === 'with' && RELATION_NOUNS.has(tokens[m.start - 2]?.norm ?? '')) return r.actor;
    // "South Korea-China relations"
    if (next && RELATION_NOUNS.has(next.norm) && prev?.norm === '-') return r.actor;
  }
  return null;
}

/** The party a gift names as its recipient after the verb: "pledged $1.6 billion for Sudan", "sent aid to Gaza". */
function statedRecipient(mentions: readonly ResolvedMention[], from: number, until: number): Actor | null {
  return (
    mentions.find((r) => r.actor && r.mention.start >= from && r.mention.start < until && (r.mention.prep === 'for' || r.mention.prep === 'to'))?.actor ?? null
  );
}

// Nouns for what an agency runs: the state named in or after one is who it serves.
const PROGRAMME_NOUNS = new Set(['programme', 'program', 'programmes', 'programs', 'operation', 'operations', 'appeal', 'response', 'fund', 'mission', 'plan']);

/**
 * The state named in an agency's programme, inside that noun phrase: before the programme noun ("UNHCR's Syria
 * return programme") or right after it with "in", "for" or "to" ("the WFP's operation in Congo"), with no comma,
 * conjunction or other clause between.
 */
function programmeState(tokens: Token[], mentions: readonly ResolvedMention[], agency: ResolvedMention, until: number): Actor | null {
  // ("UNHCR's Syria" is one mention, the state an item of it after the agency's)
  const inside = agency.mention.items.find(
    (i, k) => k > 0 && (i.item.kind === 'country' || i.item.kind === 'adjective') && i.item.code && !ORGANISATION_CODES.has(i.item.code),
  );
  // (the agency's own programme: "UNHCR's …", "the WFP's operation")
  if (!(agency.mention.possessive || inside || tokens[agency.mention.end]?.norm === "'s")) return null;
  let noun = -1;
  for (let i = agency.mention.end; i < Math.min(until, agency.mention.end + 7); i++) {
    if (PROGRAMME_NOUNS.has(tokens[i]!.norm)) {
      noun = i;
      break;
    }
    if (PHRASE_BREAKS.has(tokens[i]!.norm)) return null;
  }
  if (noun < 0) return null;
  if (inside?.item.code) return { text: inside.item.code, country: inside.item.code, role: null };
  const served = mentions.find(
    (r) =>
      r.actor &&
      !ORGANISATION_CODES.has(r.actor.country) &&
      ((r.mention.start > agency.mention.start && r.mention.end <= noun) ||
        (r.mention.start === noun + 2 && ['in', 'for', 'to'].includes(tokens[noun + 1]!.norm)) ||
        (r.mention.start === noun + 3 && ['in', 'for', 'to'].includes(tokens[noun + 1]!.norm) && tokens[noun + 2]!.norm === 'the')),
  );
  return served?.actor ?? null;
}

// Where a noun phrase ends: what comes after belongs to another phrase or clause.
const PHRASE_BREAKS = new Set([',', ';', ':', 'and', 'or', 'but', 'while', 'as', 'which', 'who', 'that', '(', ')']);

/** Parties named as acting with the subject ("alongside Belarusian troops"). */
function coAgentsNamed(mentions: readonly ResolvedMention[]): Actor[] {
  return mentions.flatMap((r) => (r.actor && CO_AGENT_PREPS.has(r.mention.prep ?? '') ? [r.actor] : []));
}

// Words that open an aside of circumstance around a clause: "on a visit to", "during a two-day trip to".
const ASIDE_PREPS = new Set(['on', 'during']);

/**
 * The position of "on"/"during" opening an aside whose noun phrase ends in the nominal at `head` ("on a one-day
 * visit", "during a state visit"), when the aside stands right after a subject and its comma (the index of the
 * preposition) or opens the sentence (0); otherwise -1.
 */
function asideOpening(tokens: Token[], head: number): number {
  for (let i = head - 1; i >= 0 && i >= head - 6; i--) {
    const w = tokens[i]!.norm;
    if (ASIDE_PREPS.has(w)) return i === 0 || (tokens[i - 1]?.norm === ',' && i >= 2) ? i : -1;
    if (w === ',' || !/^[a-z0-9-]/.test(w)) return -1;
  }
  return -1;
}

/**
 * The main clause's subject around an aside that opens at `open` (see asideOpening): the party right after the comma
 * that closes a sentence-opening aside, or the one right before the comma that opens it (also after a conjunction,
 * "a week after Manele, on a visit to Beijing, signed …").
 */
function asideSubject(tokens: Token[], mentions: ResolvedMention[], open: number, nounEnd: number): ResolvedMention | null {
  if (open === 0) {
    const comma = tokens.findIndex((t, i) => i > nounEnd && t.norm === ',');
    return comma > 0 ? (mentions.find((r) => r.mention.start === comma + 1 && !r.mention.prep && r.actor) ?? null) : null;
  }
  return (
    mentions.find((r) => r.mention.end === open - 1 && (!r.mention.prep || CONJUNCTION_PREPS.has(r.mention.prep)) && r.actor && !r.mention.pronoun) ?? null
  );
}

// What a trade dispute opens with the other party, which is then no venue.
const CONSULTATIONS = new Set(['consultations', 'consultation']);
// The body that hears trade cases: where a case goes, never whom it is against.
const TRADE_COURT = 'WTO';

/** The word before the preposition that opens the mention at `start` (past "the"): "consultations" in "consultations with the EU". */
function wordBeforePreposition(tokens: Token[], start: number): string {
  const prep = tokens[start - 1]?.norm === 'the' ? start - 2 : start - 1;
  return tokens[prep - 1]?.norm ?? '';
}
