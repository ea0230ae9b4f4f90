import type { Actor } from '../../model/diplomatic-event.ts';
import type { Token } from '../text/tokenizer.ts';
import type { ActorResolver, ResolvedMention } from '../actors/actor-resolver.ts';
import { agentAfter, isPassive, locationMention, nominalAgent, subjectBefore, targetAfter } from './argument-selector.ts';
import type { Plan, SentenceEvent } from './plan.ts';

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
const LOCATIVE_TARGET_ROOTS = new Set(['15', '17', '18', '19', '20', '16']);

// Verbs that turn an event noun into a deed of their subject ("held talks", "staged a rally", "is planning a visit").
export const LIGHT_VERBS = new Set(
  ['hold', 'stage', 'launch', 'begin', 'start', 'make', 'pay', 'conduct', 'mount', 'impose', 'put', 'engage', 'carry', 'plan', 'continue', 'resume',
    'announce', 'undertake', 'organize', 'organise', 'complete', 'order', 'declare', 'call', 'lead', 'join', 'go', 'open', 'step', 'speed', 'accelerate',
    'reimpose', 'lodge', 'file', 'issue', 'deliver', 'extend', 'initiate', 'wage', 'end', 'finish', 'prepare', 'schedule', 'hold', 'have', 'host']
    .flatMap((v) => [v, `${v}s`, `${v}ed`, `${v}d`, `${v}ing`, `${v.replace(/e$/, '')}ing`])
    .concat(['held', 'began', 'begun', 'made', 'paid', 'undertook', 'undertaken', 'led', 'went', 'gone', 'had', 'carried', 'planned', 'planning', 'stepped', 'sped']),
);

function actorsOf(r: ResolvedMention): Actor[] {
  if (r.actor) return [r.actor];
  if (r.pair) return [...r.pair];
  return [];
}

export function assemble(tokens: Token[], mentions: ResolvedMention[], p: Plan, tail: number, resolver: ActorResolver): SentenceEvent | null {
  const a = p.action;
  const arg = p.argAction;
  let sources: ResolvedMention[] = [];
  let target: ResolvedMention | null = null;
  let confidence = p.confidence;
  const passive = isPassive(tokens, a);
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
    const agent = nominalAgent(mentions, tokens, a.head) ?? agentAfter(mentions, a.end, Math.min(until, a.end + 5));
    // "the signing of the agreement between China and Brazil": the two parties act together
    const parties = agent ? [] : mentions.filter((r) => r.mention.prep === 'between' && r.mention.start > a.end && r.mention.start <= a.end + 8 && r.actor);
    if (agent) sources = [agent];
    else if (parties.length >= 2 && SYMMETRIC_ROOTS.has(p.code.slice(0, 2))) sources = parties.slice(0, 2);
    else {
      // the object of a governing verb: "planning a visit", "staged rallies", "launched an investigation"
      const prev = tokens.slice(Math.max(0, a.head - 4), a.head);
      const governed = prev.some((t) => LIGHT_VERBS.has(t.norm));
      if (!governed) return null;
      sources = subjectBefore(mentions, tokens, a.head);
      confidence -= 0.1;
    }
  } else if (a.swap) {
    const after = mentions.find((r) => r.mention.start >= a.end - 1 && r.mention.start <= a.end + 1 && (r.actor || r.pair));
    const first = mentions.find((r) => !r.mention.prep && (r.actor || r.pair) && r.mention.end <= a.head);
    if (!after) return null;
    sources = [after];
    target = first ?? null;
  } else if (passive) {
    const agent = agentAfter(mentions, a.headEnd, until);
    const subj = subjectBefore(mentions, tokens, a.head);
    if (agent) sources = [agent];
    target = subj[0] ?? null;
    if (!agent) {
      sources = [];
      confidence -= 0.2;
    }
  } else {
    sources = subjectBefore(mentions, tokens, p.subjectHead);
  }

  // resolve source actors
  let srcActors = sources.flatMap(actorsOf);
  const srcMention = sources[0] ?? null;
  if (srcActors.length === 0 && sources.length > 0) {
    // a role without a country ("officials", "rebels"): a country elsewhere in the group, else the article's
    const withCountry = sources.find((s) => s.actor);
    if (withCountry?.actor) srcActors = [withCountry.actor];
  }
  if (srcActors.length === 0) {
    // an actor the dictionaries do not know ("the APEC forum", "rebels", "President Bouteflika"): code it
    // with the country the sentence is about, at low confidence, rather than lose the event
    const roleOnly = sources.find((s) => s.mention.items.some((i) => i.item.kind === 'role'));
    const np = roleOnly ? null : unknownSubject(tokens, a.head);
    if (!roleOnly && !np && !passive) return null;
    // only a country named before the verb ("Rebels in the Ivory Coast blocked …") or the place of the event;
    // an unknown modifier ("Houthi forces") means we do not know whose forces they are
    const modifier = roleOnly ? tokens[roleOnly.mention.start - 1] : undefined;
    const unknownModifier = modifier !== undefined && modifier.cap && !SENTENCE_OPENERS.has(modifier.norm);
    if (unknownModifier) return null;
    // crowds and police act where the event happens ("Thousands of people marched through the capital Bissau")
    const loc = locationMention(mentions, 0, a.head) ?? (roleOnly ? locationMention(mentions, a.head, tokens.length) : null);
    const inSentence = mentions.find((r) => r.actor && r !== target && r.mention.end <= a.head)?.actor?.country ?? null;
    const fallbackCountry = loc?.actor?.country ?? inSentence ?? (resolver.topCountries().length === 1 ? resolver.topCountries()[0]! : null);
    if (!fallbackCountry) return null;
    const role = roleOnly?.mention.items.find((i) => i.item.kind === 'role')?.item.role ?? null;
    const text = roleOnly ? tokens.slice(roleOnly.mention.start, roleOnly.mention.end).map((t) => t.text).join(' ') : np ?? fallbackCountry;
    srcActors = [{ text, country: fallbackCountry, role }];
    confidence -= 0.3;
  }
  // roles shared across a compound ("Government officials and business representatives")
  if (srcActors.length > 1) srcActors = srcActors.map((s) => ({ ...s, role: s.role ?? srcActors.find((x) => x.role)?.role ?? null }));
  if (sources.length > 1 && srcActors.length > 1 && srcActors[0]!.country !== srcActors[1]!.country) {
    // "Canada and Mexico rejected …": the two sides an article later calls "both countries"
    resolver.rememberPair(srcActors[0]!, srcActors[1]!, true);
    // for one-sided actions the second named side acts too, it is not the target ("the US and Britain launched strikes")
    if (!SYMMETRIC_ROOTS.has(p.code.slice(0, 2))) srcActors = [srcActors[0]!];
  }

  const source = srcActors[0]!;
  const sourceCountries = new Set([source.country]);
  let targetActor: Actor | null = null;
  const paired = srcActors.length > 1;
  if (!target) {
    const from = p.objectWindow ? p.objectWindow[0] : arg.kind === 'nominal' ? arg.end : arg.headEnd;
    // the target sits in the action's own clause: stop at the next comma
    const clauseEnd = Math.min(clauseEndAfter(tokens, from, until), p.nextHead);
    const untilT = p.objectWindow ? p.objectWindow[1] : clauseEnd;
    const locTarget = LOCATIVE_TARGET_ROOTS.has(p.code.slice(0, 2));
    const nominal = arg.kind === 'nominal' && !p.objectWindow;
    const opts = { from, until: nominal ? Math.min(untilT, from + 5) : untilT, sourceCountries, allowLocative: false, prepositionsOnly: nominal, statement: p.code.startsWith('01'), between: MEDIATION.some((m) => p.code.startsWith(m)), protest: p.code.startsWith('14') };
    // "arrived in Amman", "travelled to Seoul": the pattern's own preposition introduces the target
    const endsWithPrep = arg.kind === 'verb' && arg.end > arg.headEnd && PREPOSITION_END.has(tokens[arg.end - 1]!.norm);
    target = endsWithPrep ? (mentions.find((r) => (r.actor || r.pair) && r.mention.start >= arg.end && r.mention.start <= arg.end + 1 && !sourceCountries.has(r.actor?.country ?? '')) ?? null) : null;
    target ??= targetAfter(mentions, opts);
    if (!target && p.objectWindow) target = targetAfter(mentions, { ...opts, from: p.objectWindow[1], until: clauseEndAfter(tokens, p.objectWindow[1], until) });
    if (!target && locTarget && !paired) {
      target = targetAfter(mentions, { ...opts, allowLocative: true });
      if (target) confidence -= 0.1;
    }
    // a compound or paired subject acts on itself unless an object is named ("Seoul and Tokyo agreed")
    if (paired && target && !p.objectWindow && target.mention.prep !== null && target.mention.prep !== 'with' && target.mention.prep !== 'against') target = null;
  }
  if (target) {
    const ts = actorsOf(target);
    targetActor = ts.find((t) => !sourceCountries.has(t.country)) ?? null;
    if (passive && !targetActor && ts.length) targetActor = ts[0]!;
  }
  // compound or paired subject: the other side is the target ("Seoul and Tokyo agreed")
  if (!targetActor && paired) {
    targetActor = srcActors.find((s) => s.country !== source.country) ?? null;
  }
  // "relations with China", "South Korea-China relations"
  if (!targetActor && needsTarget(p.code)) {
    targetActor = relationPartner(tokens, mentions, source.country);
    if (targetActor) confidence -= 0.1;
  }
  if (passive && sources.length === 0 && targetActor) {
    // agentless passive: the acting side is unknown; code only when the text names a place
    // violence with no named perpetrator ("three civilians were killed in a car bombing in Baghdad") is still
    // an event in that country; other agentless passives need a place that differs from the target
    const loc = locationMention(mentions, 0, tokens.length);
    const violent = Number(p.code.slice(0, 2)) >= 18;
    if (!violent && (!loc?.actor || loc.actor.country === targetActor.country)) return null;
    const where = loc?.actor ?? targetActor;
    srcActors = [{ text: `unidentified attackers in ${where.text}`, country: where.country, role: null }];
    confidence = Math.min(confidence, 0.35);
  }
  const finalSource = srcActors[0]!;
  if (targetActor && targetActor.country === finalSource.country && targetActor.role === finalSource.role) targetActor = null;
  if (!targetActor && (needsTarget(p.code) || p.bareIntent) && !counterpartNamed(tokens, mentions, arg.headEnd, Math.min(until, p.nextHead))) return null;
  if (targetActor && finalSource.country !== targetActor.country) resolver.rememberPair(finalSource, targetActor);
  if (srcMention && !passive) resolver.setSubject(srcMention);
  let loc = locationMention(mentions, a.head, tokens.length) ?? locationMention(mentions, 0, a.head);
  // a visit to a capital happens there ("visit to Beijing")
  if (!loc && target && (p.code === '042' || p.code === '036') && target.mention.items.some((i) => i.item.kind === 'capital')) loc = target;
  return {
    code: byActorRole(p.code, finalSource, tokens, srcMention),
    source: finalSource,
    target: targetActor,
    modality: p.modality,
    triggerStart: a.head,
    triggerEnd: p.argAction !== a ? Math.max(a.headEnd, p.argAction.headEnd) : a.headEnd,
    location: loc,
    confidence: Math.max(0.1, Math.min(1, confidence + (a.size >= 2 ? 0.05 : 0))),
  };
}

/**
 * Some verbs mean something else for some actors: troops or peacekeepers "arriving" in a country are
 * deployed there, not visiting; civilians "protesting" demonstrate, officials "protesting" complain.
 */
function byActorRole(code: string, source: Actor, tokens: Token[], mention: ResolvedMention | null): string {
  const words = mention ? tokens.slice(mention.mention.start, mention.mention.end).map((t) => t.norm).join(' ') : '';
  if (code === '042' && source.role === 'MIL') return /peacekeep/.test(words) ? '074' : '154';
  if (code === '114' && source.role !== null && ['CVL', 'OPP', 'LAB', 'EDU', 'REL', 'AGR'].includes(source.role)) return '141';
  return code;
}

// Capitalised words that open a sentence without naming anyone ("The police", "Some rebels").
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'twenty', 'fifty', 'hundred', 'hundreds', 'thousands', 'dozens', 'most', 'more', 'eighty', 'forty', 'thirty', 'sixty',
  'all', 'other', 'these', 'those', 'local', 'senior', 'top', 'former', 'armed', 'unidentified', 'suspected', 'angry', 'young', 'about', 'up', 'at', 'in', 'on']);

const SUBJECT_CHAIN = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'also', 'today', 'yesterday', 'on', 'again', 'reportedly', 'finally', 'been', 'not', 'did', 'does']);

/** A capitalised noun phrase right before the verb ("The Asia-Pacific Economic Cooperation (APEC) forum has agreed"). */
function unknownSubject(tokens: Token[], head: number): string | null {
  let i = head - 1;
  while (i >= 0 && (SUBJECT_CHAIN.has(tokens[i]!.norm) || /ly$/.test(tokens[i]!.norm) || /day$/.test(tokens[i]!.norm))) i--;
  const end = i + 1;
  let hasCap = false;
  while (i >= 0 && i > end - 9) {
    const t = tokens[i]!;
    if (t.norm === ',' || t.norm === '.' || t.norm === ';' || t.norm === 'that' || t.norm === 'said') break;
    if (t.cap && !['the', 'a', 'an', 'this', 'that', 'these', 'its', 'their', 'his', 'her', 'in', 'on', 'after'].includes(t.norm)) hasCap = true;
    else if (!/^[a-z(),'-]+$/.test(t.norm) || ['and', 'to', 'in', 'for', 'with', 'by'].includes(t.norm)) break;
    i--;
  }
  if (!hasCap || end - i - 1 === 0) return null;
  // "… in the northern city of Kirkuk on Sunday calling for …": a place, not a subject
  if (i >= 0 && ['in', 'at', 'of', 'from', 'to', 'near', 'on', 'into', 'for', 'with', 'by'].includes(tokens[i]!.norm)) return null;
  return tokens.slice(i + 1, end).map((t) => t.text).join(' ').replace(/ ([),]|'s)/g, '$1').replace(/\( /g, '(');
}

// Words that open a subordinate clause: a target never sits beyond them ("warned that … if NATO warships …").
const SUBORDINATORS = new Set(['if', 'unless', 'because', 'although', 'though', 'whereas', 'whether']);

const PREPOSITION_END = new Set(['in', 'at', 'to', 'into', 'with', 'on', 'upon', 'for', 'against']);

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
    if (w === ',' || w === ';' || w === '—' || SUBORDINATORS.has(w)) return i;
  }
  return until;
}

const RELATION_NOUNS = new Set(['relations', 'ties', 'relationship', 'cooperation', 'partnership', 'dialogue']);

function relationPartner(tokens: Token[], mentions: ResolvedMention[], sourceCountry: string): Actor | null {
  for (const r of mentions) {
    if (!r.actor || r.actor.country === sourceCountry) continue;
    const m = r.mention;
    const next = tokens[m.end]!;
    const prev = tokens[m.start - 1]!;
    // "relations with China"
    if (m.prep === 'with' && tokens[m.start - 2]! && RELATION_NOUNS.has(tokens[m.start - 2]!.norm)) return r.actor;
    // "South Korea-China relations"
    if (next && RELATION_NOUNS.has(next.norm) && prev?.norm === '-') return r.actor;
  }
  return null;
}

