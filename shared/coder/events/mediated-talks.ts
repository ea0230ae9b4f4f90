import type { Actor } from '../../model/diplomatic-event.ts';
import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import type { SentenceEvent } from './plan.ts';
import { hyphenParticipleAt } from './argument-selector.ts';
import { coordinatedAfter } from './coordination.ts';
import { actsAsThirdParty } from './third-party.ts';

/**
 * Talks a third party stands between: "Qatar hosted talks between Kinshasa and the rebels", "Norway
 * mediated negotiations between the government and the guerrillas", "talks between Armenia and
 * Azerbaijan resumed in Abu Dhabi". The mediator's own act is coded by the verb (045/043); the two
 * parties negotiating with each other are an event too (046 for talks, 040 for a meeting), which
 * the verb alone never yields because the talks are its object.
 */
const TALK_NOUNS: ReadonlyMap<string, string> = new Map([
  ['talks', '046'],
  ['negotiations', '046'],
  ['dialogue', '046'],
  ['consultations', '046'],
  ['meeting', '040'],
  ['meetings', '040'],
]);
// Verbs that put talks on ("hosted", "brokered", "opened a new round of"), in any inflection we meet in news.
const GOVERNING =
  /^(host|mediat|broker|open|resum|facilitat|conven|sponsor|organi[sz]|oversee|oversaw|chair|launch|start|began|begin|restart|relaunch|held|hold|arrang|kick)/;
// Verbs after the parties that say the talks took place ("talks between X and Y resumed").
const HAPPENED = /^(resumed|began|opened|restarted|continued|ended|concluded|started|took|were|got)$/;
// Words that make the talks background, supposed or planned rather than reported.
const NOT_REPORTED = new Set(['earlier', 'previous', 'past', 'former', 'future', 'possible', 'proposed', 'planned', 'any', 'no']);
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'to', 'should', 'not', "n't", 'never']);
const RELATIVE = new Set(['which', 'who', 'that', 'whose']);

/**
 * The two sides a mediator stands between, named in its own clause: "brokered talks between Rwanda and
 * the DRC", "mediated a ceasefire between Thailand and Cambodia". Scans [from, until) for "between".
 */
export function sidesBetween(tokens: Token[], mentions: ResolvedMention[], from: number, until: number): [Actor, Actor] | null {
  for (let i = from; i < until; i++) {
    // "hosted direct Russian-Ukrainian talks", "brokered the US-Iran deal": the sides joined before the noun
    if (TALK_NOUNS.has(tokens[i]!.norm) || DEAL_NOUNS.has(tokens[i]!.norm)) {
      const joined = joinedSides(tokens, mentions, i);
      if (joined && joined.start >= from) return joined.actors;
    }
    // "brokered the Ankara Declaration, under which Ethiopia and Somalia agreed …": the deal's parties, its clause's subject
    const under =
      tokens[i]!.norm === 'under' &&
      tokens[i + 1]?.norm === 'which' &&
      i > from &&
      DEAL_NOUNS.has(tokens[i - 1]?.norm === ',' ? (tokens[i - 2]?.norm ?? '') : tokens[i - 1]!.norm);
    if (tokens[i]!.norm !== 'between' && !under) continue;
    const parties = partiesAfter(tokens, mentions, under ? i + 2 : i + 1);
    return parties && parties.actors[0].country !== parties.actors[1].country ? parties.actors : null;
  }
  return null;
}

const SIDE_JOINERS = new Set(['-', '–', '—', '/']);

/**
 * "Russian-Ukrainian talks", "US-Iran nuclear negotiations", "the Israel–Hamas ceasefire": two parties of different states
 * joined by a hyphen, a dash or a slash right before the noun (one modifier may come between), the sides of it.
 */
export function joinedSides(
  tokens: Token[],
  mentions: ResolvedMention[],
  noun: number,
): { actors: [Actor, Actor]; start: number; mentions: [ResolvedMention, ResolvedMention] } | null {
  for (const gap of [0, 1]) {
    const second = mentions.find((r) => r.mention.end === noun - gap);
    if (!second?.actor || !SIDE_JOINERS.has(tokens[second.mention.start - 1]?.norm ?? '')) continue;
    const first = mentions.find((r) => r.mention.end === second.mention.start - 1);
    if (!first?.actor || first.actor.country === second.actor.country) continue;
    return { actors: [first.actor, second.actor], start: first.mention.start, mentions: [first, second] };
  }
  return null;
}

export function mediatedTalks(tokens: Token[], mentions: ResolvedMention[], coded: readonly SentenceEvent[]): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  for (let t = 0; t < tokens.length - 2; t++) {
    const code = TALK_NOUNS.get(tokens[t]!.norm);
    if (!code) continue;
    // "talks between A and B", or "A-B talks" with what puts them on before the sides
    const joined = tokens[t + 1]!.norm === 'between' ? null : joinedSides(tokens, mentions, t);
    const parties = joined ? { actors: joined.actors, end: t + 1 } : tokens[t + 1]!.norm === 'between' ? partiesAfter(tokens, mentions, t + 2) : null;
    if (!parties) continue;
    if (!reported(tokens, joined ? joined.start : t, parties.end)) continue;
    const [a, b] = parties.actors;
    // the sentence already codes the two sides together ("X and Y held talks")
    if (
      coded.some(
        (e) =>
          e.code.startsWith('04') && e.target && new Set([e.source.country, e.target.country, a.country, b.country]).size === (a.country === b.country ? 1 : 2),
      )
    )
      continue;
    out.push({ code, source: a, target: b, modality: 'asserted', triggerStart: t, triggerEnd: t + 1, location: null, confidence: 0.6 });
  }
  return out;
}

/** "between the Congolese government and the rebels", "between the two Koreas": the two parties, placed. */
function partiesAfter(tokens: Token[], mentions: ResolvedMention[], from: number): { actors: [Actor, Actor]; end: number } | null {
  const first = mentions.find((r) => r.mention.start >= from && r.mention.start <= from + 2);
  if (!first) return null;
  if (first.pair) return first.pair.length === 2 ? { actors: [first.pair[0]!, first.pair[1]!], end: first.mention.end } : null;
  const second = mentions.find((r) => r.mention.start > first.mention.end && r.mention.start <= first.mention.end + 3);
  if (!second || tokens[first.mention.end]?.norm !== 'and') return null;
  const a = placed(tokens, first, second);
  const b = placed(tokens, second, first);
  if (!a || !b || (a.country === b.country && a.role === b.role)) return null;
  return { actors: [a, b], end: second.mention.end };
}

/** An actor, or a role ("the rebels", "the opposition") placed in the other party's state. */
function placed(tokens: Token[], r: ResolvedMention, other: ResolvedMention): Actor | null {
  if (r.actor) return r.actor;
  const role = r.mention.items.find((i) => i.item.kind === 'role')?.item.role ?? null;
  if (!role || !other.actor || other.actor.role === role) return null;
  const text = tokens
    .slice(r.mention.start, r.mention.end)
    .map((t) => t.text)
    .join(' ');
  return { text, country: other.actor.country, role };
}

/** The talks are reported as happening: put on by a verb of the main clause, or said to have resumed/begun. */
function reported(tokens: Token[], noun: number, partiesEnd: number): boolean {
  const after = tokens[partiesEnd]?.norm ?? '';
  if (HAPPENED.test(after)) return !MODALS.has(tokens[partiesEnd - 1]?.norm ?? '');
  for (let i = noun - 1; i >= 0 && i >= noun - 7; i--) {
    const w = tokens[i]!.norm;
    if (NOT_REPORTED.has(w) || w === ',' || w === ';') return false;
    if (!GOVERNING.test(w)) continue;
    // "which has hosted earlier rounds", "will host talks", "offered to mediate": background, planned or offered
    const before = tokens.slice(Math.max(0, i - 3), i).map((x) => x.norm);
    if (before.some((x) => MODALS.has(x) || RELATIVE.has(x))) return false;
    return true;
  }
  return false;
}

// "a UN-brokered truce", "the Qatar-mediated ceasefire": the actor before these participles mediated the deal.
const BROKERING = new Set(['brokered', 'mediated', 'facilitated']);
const DEAL_NOUNS = new Set([
  'truce',
  'ceasefire',
  'deal',
  'agreement',
  'accord',
  'pact',
  'talks',
  'negotiations',
  'swap',
  'exchange',
  'peace',
  'declaration',
  'arrangement',
]);
const JOINT_ROOTS = new Set(['03', '04', '05', '06', '08']);

/**
 * A deal named with its broker ("Saudi Arabia and the Houthis agreed to a UN-brokered truce", "the two countries signed a
 * US-brokered peace deal"): the broker mediated (045) with each party the sentence codes as making the deal.
 */
export function brokeredDeals(tokens: Token[], mentions: ResolvedMention[], coded: readonly SentenceEvent[]): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  for (const r of mentions) {
    const end = r.mention.end;
    if (!r.actor || !hyphenParticipleAt(tokens, end, BROKERING)) continue;
    if (!tokens.slice(end + 2, end + 5).some((t) => DEAL_NOUNS.has(t.norm))) continue;
    const broker = r.actor;
    // the deal is what the coded joint act acts on, right after it ("agreed to a UN-brokered truce"), not background
    // further on ("will allow refugees … to return home as part of a UN-brokered deal")
    const deal = coded.find(
      (e) =>
        e.target &&
        JOINT_ROOTS.has(e.code.slice(0, 2)) &&
        e.triggerEnd <= r.mention.start &&
        r.mention.start - e.triggerEnd <= 4 &&
        !tokens.slice(e.triggerEnd, r.mention.start).some((t) => t.norm === ',') &&
        e.source.country !== broker.country &&
        e.target.country !== broker.country,
    );
    if (!deal) continue;
    for (const side of [deal.source, deal.target!]) {
      out.push({
        code: '045',
        source: broker,
        target: side,
        modality: deal.modality,
        triggerStart: end + 1,
        triggerEnd: end + 2,
        location: null,
        confidence: 0.55,
      });
    }
  }
  return out;
}

// What the two sides of a brokered deal did between themselves (GOLD-FORMAT rule 10): a truce declared, else an agreement signed.
const DEAL_CODES: ReadonlyMap<string, string> = new Map([
  ['truce', '0871'],
  ['ceasefire', '0871'],
  ['deal', '057'],
  ['agreement', '057'],
  ['accord', '057'],
  ['pact', '057'],
  ['declaration', '057'],
  ['arrangement', '057'],
]);

/**
 * "Erdogan brokered the Ankara Declaration between the two neighbours", "Qatar and Turkey brokered a ceasefire":
 * the broker's mediation (045) with each side is coded by the verb; the two sides' own deal is coded between them,
 * once, from the deal noun right after the verb.
 */
export function brokeredAgreements(tokens: Token[], coded: readonly SentenceEvent[]): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  for (const e of coded) {
    if (e.code !== '045' || !BROKER_VERBS.has(tokens[e.triggerStart]?.norm ?? '')) continue;
    const noun = tokens.slice(e.triggerEnd, e.triggerEnd + 5).find((t) => DEAL_CODES.has(t.norm));
    if (!noun) continue;
    const sides = coded.filter((x) => x.code === '045' && x.triggerStart === e.triggerStart && x.source.country === e.source.country && x.target);
    const [a, b] = [sides[0]?.target, sides[1]?.target];
    if (!a || !b || a.country === b.country) continue;
    if (out.some((x) => x.triggerStart === e.triggerStart) || coded.some((x) => x.code === DEAL_CODES.get(noun.norm) && x.triggerStart === e.triggerStart))
      continue;
    out.push({ ...e, code: DEAL_CODES.get(noun.norm)!, source: a, target: b, confidence: Math.max(0.1, e.confidence - 0.15) });
  }
  return out;
}
const BROKER_VERBS = new Set(['brokered', 'broker', 'brokers', 'brokering', 'mediated', 'mediate', 'mediates']);

// Participles after the talks that name who held them ("talks hosted by the UAE", "negotiations mediated by Qatar").
const HOSTING = new Set([...BROKERING, 'hosted', 'sponsored', 'convened', 'organised', 'organized', 'chaired']);
// Phrases that put a third party beside any joint act, not only talks: "signed … in the presence of US President
// Donald Trump", "… under the auspices of the African Union", "initialled the text, witnessed by …".
// (whatever opens the phrase: "under the mediation of", "thanks to the mediation of", "as a result of the mediation
// efforts of the United Arab Emirates", "through the good offices of")
const PRESENCE: readonly string[][] = [
  ['in', 'the', 'presence', 'of'],
  ['auspices', 'of'],
  ['mediation', 'of'],
  ['mediation', 'efforts', 'of'],
  ['good', 'offices', 'of'],
  ['witnessed', 'by'],
];

// Words before a third party's mediation that turn it down ("rejecting the mediation of the United States").
const REFUSING = new Set(['rejecting', 'rejected', 'refusing', 'refused', 'declining', 'declined', 'without', 'against', 'spurning', 'spurned']);

// What ends the clause of a joint act before a third-party phrase: "exchanged prisoners, and Zelensky later spoke … in
// the presence of Duda" puts Duda beside Zelensky's words, not the exchange.
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);
// Witnesses who are no party: "witnessed by Chinese journalists".
const NO_THIRD_PARTY_ROLES = new Set(['MED', 'CVL']);

/** A clause boundary lies between token `from` and token `to`. */
function clauseBreakBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.norm;
    if (w === ';' || (w === ',' && CLAUSE_JOINERS.has(tokens[k + 1]?.norm ?? ''))) return true;
  }
  return false;
}

// How far an office may stand before the party it belongs to, and the words between ("the Commission of the").
const OFFICE_OF_PARTY = 4;
const OFFICE_WORDS = new Set(['of', 'the']);

// Gatherings a host puts on besides talks: "in a ceremony hosted by U.S. President Donald Trump".
const GATHERINGS = new Set(['ceremony', 'summit', 'session', 'sessions', 'signing', 'round', 'rounds', 'conference']);

/** Where the third party of a host, witness or "with X facilitating" phrase starting at `i` begins, or -1. */
function thirdPartyAt(tokens: Token[], i: number, mentions: ResolvedMention[]): number {
  // "talks hosted by the UAE", "in a ceremony hosted by Trump", "talks in Tbilisi with Bayramov, hosted by the Georgian
  // government" (a participle set off by a comma hangs on the talks before it)
  const before = tokens[i - 1]?.norm ?? '';
  if (HOSTING.has(tokens[i]!.norm) && tokens[i + 1]?.norm === 'by' && (TALK_NOUNS.has(before) || GATHERINGS.has(before) || before === ',')) return i + 2;
  for (const words of PRESENCE)
    if (words.every((w, k) => tokens[i + k]?.norm === w))
      return REFUSING.has(tokens[i - (tokens[i - 1]?.norm === 'the' ? 2 : 1)]?.norm ?? '') ? -1 : i + words.length;
  if (tokens[i]!.norm !== 'with') return -1;
  const party = mentions.find((r) => r.mention.start === i + 1);
  return party && actsAsThirdParty(tokens, party.mention.end) ? i + 1 : -1;
}

/**
 * "Egypt, Ethiopia and Sudan agreed to resume negotiations after two days of talks hosted by the United Arab Emirates",
 * "the two prime ministers signed a peace declaration in the presence of U.S. President Donald Trump": the talks' host,
 * mediator or witness stands between the parties the sentence codes as acting together (GOLD-FORMAT rule 10), so it
 * mediates (045) with each of them. The verb the phrase hangs on is not the third party's, so nothing else codes it.
 */
export function hostedTalks(tokens: Token[], mentions: ResolvedMention[], coded: readonly SentenceEvent[]): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const at = thirdPartyAt(tokens, i, mentions);
    if (at < 0) continue;
    // (past an office of the party: "under the mediation of the Commission of the African Union")
    const first = mentions.find(
      (r) =>
        r.mention.start >= at && r.mention.start <= at + OFFICE_OF_PARTY && r.actor && !r.mention.pronoun && !clauseBreakBetween(tokens, at, r.mention.start),
    );
    if (first && first.mention.start > at + 1 && !OFFICE_WORDS.has(tokens[first.mention.start - 1]!.norm)) continue;
    if (!first?.actor || NO_THIRD_PARTY_ROLES.has(first.actor.role ?? '')) continue;
    // (every member of a list: "in the presence of Anwar and US President Donald Trump")
    const hosts = [first, ...coordinatedAfter(tokens, mentions, first)].map((r) => r.actor!);
    // the parties: those of the joint acts coded before the phrase in its clause, the hosts not among them
    const joint = coded.filter((e) => e.target && JOINT_ROOTS.has(e.code.slice(0, 2)) && e.triggerStart < i && !clauseBreakBetween(tokens, e.triggerStart, i));
    const parties = new Map(joint.flatMap((e) => [e.source, e.target!]).map((a) => [a.country, a]));
    if (parties.size < 2) continue;
    for (const host of hosts) {
      if (parties.has(host.country)) continue;
      for (const side of parties.values()) {
        out.push({
          code: '045',
          source: host,
          target: side,
          modality: joint[0]!.modality,
          triggerStart: i,
          triggerEnd: i + 1,
          location: null,
          confidence: 0.5,
        });
      }
    }
  }
  return out;
}
