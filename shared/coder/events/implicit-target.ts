import type { Actor } from '../../model/diplomatic-event.ts';
import type { ActorResolver, ResolvedMention } from '../actors/actor-resolver.ts';
import type { Token } from '../text/tokenizer.ts';
import { clauseLandmarks, type ClauseLandmarks } from './clause-landmarks.ts';
import { discussionTopicStart } from './argument-selector.ts';
import { CO_AGENT_PREPS } from '../actors/mention-finder.ts';
import { ORGANISATION_CODES } from '../lexicon/organisations.ts';
import { isGift } from '../lexicon/cameo-codes.ts';
import { isCity } from '../actors/actor-lexicon.ts';

/**
 * The target of an action whose clause names none. News leaves the counterpart implicit when the
 * context gives it ("Beijing rejected the protest", "Kigali denied any involvement", "police
 * detained 27 protesters"), and a human coder fills it in. In order:
 * 1. another state (or organisation) named elsewhere in the sentence ("denied that the aircraft
 *    had entered Japanese airspace");
 * 2. for actors inside one state (police, protesters, courts, the opposition) and for protest and
 *    coercion codes: the same state, the other side of the domestic conflict;
 * 3. the one other state the sentence names anywhere else (not as a place, a partner, or in a relative clause or aside);
 * 4. when the source is one of the article's two main parties and they have dealt with each other, the other one;
 * 5. the party the source was last seen dealing with in the article;
 * 6. for a third party, the state the article names most (what its story is about).
 */
// Roles whose actions are mostly aimed at their own state.
const DOMESTIC_ROLES = new Set(['CVL', 'OPP', 'COP', 'JUD', 'LAB', 'EDU', 'REL', 'AGR', 'MED']);
// Protest and coercion by a state's own agents are domestic unless the sentence names a foreign party.
const DOMESTIC_ROOTS = new Set(['14', '17']);
// Resigning is done towards one's own state.
const DOMESTIC_CODES = ['0831'];
// Cooperation, verbal and material (01–08).
const COOPERATIVE_ROOTS = /^0[1-8]/;
// Material conflict: its target is a state or people.
const VIOLENT_ROOTS = new Set(['18', '19', '20']);
// Force and coercion are aimed at where they land ("fired water cannon at a Philippine vessel", "strikes across Ukraine").
const FORCE_ROOTS = new Set(['15', '16', '17', '18', '19', '20']);
// Statements with no counterpart are often addressed to no one in particular: only the sentence may supply one.
// Shows of force (exercises, missile tests, patrols) are often aimed at no one in particular.
const SENTENCE_ONLY = new Set(['010', '011', '012', '013', '014', '017', '019', '150']);

export function implicitTarget(
  tokens: Token[],
  mentions: ResolvedMention[],
  sources: ResolvedMention[],
  source: Actor,
  code: string,
  head: number,
  resolver: ActorResolver,
  /** States acting together with the source ("France, Germany and Britain welcomed"): never its target. */
  partners: ReadonlySet<string> = new Set(),
): Actor | null {
  const pick = pickTarget(mentions, sources, source, code, head, resolver, partners, tokens);
  return pick && !partners.has(pick.country) ? pick : null;
}

function pickTarget(
  mentions: ResolvedMention[],
  sources: ResolvedMention[],
  source: Actor,
  code: string,
  head: number,
  resolver: ActorResolver,
  partners: ReadonlySet<string>,
  tokens: Token[],
): Actor | null {
  // people protesting at home protest to their own government unless they protest against another state
  // ("rallied outside parliament, accusing the premier of capitulating to Baku" is not a protest at Azerbaijan)
  const homeProtest = code.startsWith('14') && source.role !== null && DOMESTIC_ROLES.has(source.role);
  // (a show of force is not aimed at where it lands: "a missile that came down inside Iraq's airspace")
  const inSentence = sentenceParty(
    mentions,
    sources,
    source,
    head,
    tokens,
    FORCE_ROOTS.has(code.slice(0, 2)) && !code.startsWith('15'),
    homeProtest,
    isGift(code),
    code.startsWith('04'),
  );
  if (inSentence) return inSentence;
  if (SENTENCE_ONLY.has(code)) return null;
  // a visit to a place the dictionaries cannot place ("on a one-day visit to the archipelago") is to where the story is filed from
  if (code === '042' && resolver.datelineCountry && resolver.datelineCountry !== source.country && !partners.has(resolver.datelineCountry))
    return { text: resolver.datelineCountry, country: resolver.datelineCountry, role: null };
  // a meeting needs someone met: "convened a meeting of the national security committee" is a state's own affair;
  // "held talks with an adviser the dictionaries do not know" still names someone met
  if ((code === '040' || code === '044') && !tokens.slice(head + 1).some((t) => t.norm === 'with')) return null;
  const domestic =
    (source.role !== null && DOMESTIC_ROLES.has(source.role)) || DOMESTIC_ROOTS.has(code.slice(0, 2)) || DOMESTIC_CODES.some((c) => code.startsWith(c));
  if (domestic && source.country.length === 3 && !isOrganisation(source.country)) {
    return { text: source.country, country: source.country, role: domesticCounterpartRole(source.role) };
  }
  // force is used against a state or its people, never against an organisation as such
  const material = VIOLENT_ROOTS.has(code.slice(0, 2));
  const accept = (x: Actor) => !material || !isOrganisation(x.country);
  // (nor against a state the source was last seen helping or meeting: "Japan pledged $500 million for Ukraine's grid.
  // Ukrainian drones struck the Saratov refinery" is not an attack on Japan)
  // (and a gift is never for a state the story sanctions)
  const gift = isGift(code);
  const sanctionedRecipient = (country: string) => gift && resolver.wasSanctioned(country);
  const hostile = (x: Actor, c: string = resolver.latestCodeBetween(source, x) ?? '') =>
    accept(x) && (!material || !COOPERATIVE_ROOTS.test(c)) && !sanctionedRecipient(x.country);
  // a pledge or gift with no recipient named goes where the story's other pledges went
  // (and the first such gift goes to whoever the story's fighting hurts, not to the attacker the source last dealt with)
  const recipient = gift ? (resolver.lastRecipient ?? resolver.mostAttacked(source)) : null;
  if (recipient && recipient.country !== source.country && !partners.has(recipient.country)) return recipient;
  // (before the story's memory: the one other state the sentence names, wherever it stands in it)
  const only = onlyOtherState(mentions, sources, source, head, tokens, partners);
  if (only && accept(only) && hostile(only)) return only;
  // a source that is one of the story's two sides, which have dealt with each other, acts on the other side before on
  // whoever it dealt with last (two named together that have not, "Canada and Mexico rejected a US demand", are allies)
  const pair = resolver.pair();
  const otherSide = pair?.some((p) => p.country === source.country) ? pair.find((p) => p.country !== source.country) : undefined;
  // (not the source's own partner: "The Netherlands and the Czech Republic offered …" is the pair just named)
  const opposite = otherSide && hostile(otherSide) && !partners.has(otherSide.country) ? otherSide : null;
  if (opposite && resolver.latestCodeBetween(source, opposite) !== null) return opposite;
  const recent = resolver.recentCounterpart(source, hostile);
  if (recent) return recent;
  if (opposite) return opposite;
  // violence with no other party in sight happens where the story is ("BAMAKO - Russian forces killed dozens of
  // militants near Kidal"); with no such place it is internal ("military jets bombed the town")
  const place = resolver.lastPlace ?? resolver.datelineCountry;
  if (material && place && place !== source.country && source.role === 'MIL' && !isOrganisation(place)) return { text: place, country: place, role: null };
  if (material && !isOrganisation(source.country)) return { text: source.country, country: source.country, role: 'CVL' };
  // a third party reacting ("the AU welcomed the agreement"): to the state the story is about; but a third
  // party's own alert or deployment ("Brazil put units on alert") is aimed at no one in particular
  // (a gift goes to a state the story does not sanction, not to the bloc the story is about)
  const main = resolver.topCountries().find((c) => c !== source.country && !partners.has(c) && !sanctionedRecipient(c) && !(gift && isOrganisation(c)));
  if (code.startsWith('15') && !mentions.some((r) => r.actor?.country === main && !r.mention.pronoun)) return null;
  return main ? { text: main, country: main, role: null } : null;
}

/**
 * The one state other than the source the sentence names, in any argument or adjunct but a place of its own ("at NATO
 * headquarters", "near the border"), a partner's phrase, a relative clause after the action or an aside: "Albanese, on a
 * one-day visit to the archipelago, signed the Nakamal Agreement with Vanuatu's Prime Minister" visits Vanuatu, not the
 * state the story dealt with last. Null when it names none or several.
 */
function onlyOtherState(
  mentions: ResolvedMention[],
  sources: ResolvedMention[],
  source: Actor,
  head: number,
  tokens: Token[],
  partners: ReadonlySet<string>,
): Actor | null {
  const sourceSet = new Set(sources);
  const landmarks = clauseLandmarks(tokens);
  const relative = landmarks.relativeAfter(head);
  let only: Actor | null = null;
  for (const r of mentions) {
    const prep = r.mention.prep ?? '';
    if (
      !r.actor ||
      r.mention.pronoun ||
      sourceSet.has(r) ||
      r.actor.country === source.country ||
      partners.has(r.actor.country) ||
      r.mention.items.every((i) => isCity(i.item)) ||
      (LOCATIVE_PREPS.has(prep) && (prep !== 'in' || atVenue(tokens, r))) ||
      CO_AGENT_PREPS.has(prep) ||
      !inActionsClause(landmarks, relative, r, head) ||
      // (nor an "of" phrase of the subject's own, not set off from the action: "a member of the Chadian team trying to
      // broker a pact" is the broker, where "At the request of Kenya's government, Japan sent …" names the counterpart)
      (prep === 'of' && r.mention.end <= head && !tokens.slice(r.mention.end, head).some((t) => t.norm === ','))
    )
      continue;
    if (only && only.country !== r.actor.country) return null;
    only ??= r.actor;
  }
  return only;
}

/** A party of another state in the sentence, nearest after the trigger first, then before it. */
function sentenceParty(
  mentions: ResolvedMention[],
  sources: ResolvedMention[],
  source: Actor,
  head: number,
  tokens: Token[],
  placeIsTarget: boolean,
  againstOnly = false,
  /** A gift goes to the state its beneficiaries are in: "aid to flood victims in southern Thailand" (a state, not a city where donors met). */
  giftToPlace = false,
  /** A meeting's topic is no party to it: "meets on Friday on the Ethiopia–Eritrea tension". */
  meeting = false,
): Actor | null {
  // a place where something happens ("talks in Qatar") is not a party to it, nor is an actor of a
  // relative clause after the action ("near the port, where China is building a terminal")
  // ("at students who tried to reach the UN office": a relative pronoun needs no comma to open one)
  // nor one in a participle clause after a comma ("…, prompting protests from Baghdad": the reactors, not the target),
  // nor one in a participle aside ("…, paid for by Dutch and Danish donors, …": an aside about the object)
  const landmarks = clauseLandmarks(tokens);
  const relative = landmarks.relativeAfter(head);
  const grounds = landmarks.groundsFrom(head + 1);
  const topic = discussionTopicStart(tokens, head + 1, tokens.length);
  const sourceSet = new Set(sources);
  // (force is aimed at the place it hits: "fired missiles at targets across Ukraine")
  const candidates = mentions.filter(
    (r) =>
      r.actor &&
      !r.mention.pronoun &&
      (!againstOnly || r.mention.prep === 'against') &&
      !sourceSet.has(r) &&
      r.actor.country !== source.country &&
      (placeIsTarget ||
        !LOCATIVE_PREPS.has(r.mention.prep ?? '') ||
        (giftToPlace &&
          r.mention.prep === 'in' &&
          r.mention.start > head &&
          r.mention.items.length > 0 &&
          r.mention.items.every((i) => i.item.kind === 'country') &&
          !atVenue(tokens, r))) &&
      // (force lands where it hits, not "near the Jordanian border": a place beside it, or a border the two states share;
      // a city it hits near is in the state it hits, "struck a tanker near Novorossiysk")
      (r.mention.prep !== 'near' || (placeIsTarget && r.mention.items.length > 0 && r.mention.items.every((i) => isCity(i.item)))) &&
      // (nor one who acts alongside the source)
      !CO_AGENT_PREPS.has(r.mention.prep ?? '') &&
      !(LOCATIVE_PREPS.has(r.mention.prep ?? '') && BORDER_WORDS.has(tokens[r.mention.end]?.norm ?? '')) &&
      (grounds < 0 || r.mention.start < grounds) &&
      r.mention.start < topic &&
      !(meeting && (r.mention.prep === 'on' || r.mention.prep === 'about')) &&
      inActionsClause(landmarks, relative, r, head),
  );
  const after = candidates.find((r) => r.mention.start > head);
  // before the action only an argument-like phrase counts ("calls from ASEAN … were rejected"), not another clause's subject
  const pick =
    after ??
    [...candidates].reverse().find((r) => r.mention.start < head && (ARGUMENT_PREPS.has(r.mention.prep ?? '') || (placeIsTarget && r.mention.prep === 'at')));
  return pick?.actor ?? null;
}

/**
 * A mention outside the relative clause after the action (`relative`: "near the port, where China is building a
 * terminal"), a participle aside ("…, paid for by Dutch and Danish donors, …") and a relative aside before the verb
 * ("Germany, which co-hosted the meeting with France, pledged …"): in the action's own clause.
 */
function inActionsClause(landmarks: ClauseLandmarks, relative: number, r: ResolvedMention, head: number): boolean {
  const { start, end } = r.mention;
  return (relative < 0 || start < relative) && !landmarks.inParticipleAside(start, end) && !(start < head && landmarks.inRelativeAside(start, end));
}

// Where parties meet, not whom an act is for: "pledged $50 million during a conference in Egypt".
const VENUE_NOUNS = new Set(['conference', 'summit', 'meeting', 'talks', 'forum', 'gathering', 'ceremony', 'event', 'session']);
/** "a conference in Egypt", "talks held in Qatar": a state named as where a gathering is. */
function atVenue(tokens: Token[], r: ResolvedMention): boolean {
  return tokens.slice(Math.max(0, r.mention.start - 4), r.mention.start).some((t) => VENUE_NOUNS.has(t.norm));
}
const ARGUMENT_PREPS = new Set(['against', 'with', 'to', 'on', 'from', 'toward', 'towards']);
/** Nouns for a border: a place two states share, never where force lands nor what a show of force is aimed at. */
export const BORDER_WORDS: ReadonlySet<string> = new Set(['border', 'borders', 'frontier', 'boundary']);
const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'within', 'around', 'during', 'via', 'through']);

function domesticCounterpartRole(role: string | null): string | null {
  if (role === 'COP' || role === 'JUD' || role === 'GOV' || role === 'MIL') return 'CVL';
  return 'GOV';
}

function isOrganisation(code: string): boolean {
  return ORGANISATION_CODES.has(code);
}
