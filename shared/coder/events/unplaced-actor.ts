import type { Actor } from '../../model/diplomatic-event.ts';
import type { Token } from '../text/tokenizer.ts';
import { NO_ONE } from '../text/function-words.ts';
import { namesOfPerson, type ActorResolver, type ResolvedMention } from '../actors/actor-resolver.ts';
import { CONJUNCTION_PREPS, locationMention, onlyPlace } from './argument-selector.ts';
import { ORGANISATION_CODES } from '../lexicon/organisations.ts';
import { isReportingVerb } from './modality.ts';
import { commonWordsAt, endsInName } from '../actors/mention-finder.ts';

// What a case brought before a court or a tribunal is called: "launched arbitration proceedings against", "filed a claim
// against" (people who rally against their government are of its state, so "against" alone says nothing).
const CASES = new Set(['proceedings', 'arbitration', 'case', 'claim', 'application', 'petition', 'lawsuit', 'suit', 'complaint']);

/** The verb at `head` brings a case against a party: a word of a case, then "against", within six words. */
function casesAgainst(tokens: Token[], head: number): boolean {
  const against = tokens.slice(head + 1, head + 7).findIndex((t) => t.norm === 'against');
  return against > 0 && tokens.slice(head + 1, head + 1 + against).some((t) => CASES.has(t.norm));
}

const FIRST_PERSON = new Set(['i', 'we', 'our', 'my', 'us']);

/**
 * Places a subject the dictionaries do not know ("Rebels", "Traditional leaders", "The APEC forum",
 * "Foreign Ministry spokesman Guo Jiakun") in a state, or decides it cannot be placed: the place of
 * the event, a state named before the verb, for local actors (police, crowds, an opposition party,
 * "traditional leaders") the place the story last moved to or its dateline, else the state the
 * article is clearly about. An unknown name before a role ("Houthi forces" when Houthi were unknown)
 * is not guessed. A named official, once placed, is remembered for later "he" and surname mentions.
 */
export function placeUnknownSource(
  tokens: Token[],
  mentions: ResolvedMention[],
  sources: ResolvedMention[],
  head: number,
  passive: boolean,
  target: ResolvedMention | null,
  resolver: ActorResolver,
): Actor | null {
  // ("I thank the Minister for that answer": first person no one's words placed is no party to guess)
  if (sources.some((s) => FIRST_PERSON.has(s.mention.pronoun ?? ''))) return null;
  const roleOnly = sources.find((s) => s.mention.items.some((i) => i.item.kind === 'role'));
  const subject = roleOnly ? null : unknownSubject(tokens, head);
  const np = subject?.text ?? null;
  if (!roleOnly && !np && !passive) return null;
  // only a country named before the verb ("Rebels in the Ivory Coast blocked …") or the place of the event;
  // an unknown modifier ("Houthi forces") means we do not know whose forces they are
  const modifier = roleOnly ? tokens[roleOnly.mention.start - 1] : undefined;
  // a capitalised common adjective that only opens the sentence ("Traditional leaders", "Regional officials") is no name
  const commonOpener = modifier !== undefined && roleOnly!.mention.start === 1 && COMMON_ADJECTIVE.test(modifier.norm);
  const unknownModifier = modifier !== undefined && modifier.cap && !SENTENCE_OPENERS.has(modifier.norm) && !commonOpener;
  if (unknownModifier) return null;
  const roleOf = roleOnly?.mention.items.find((i) => i.item.kind === 'role')?.item.role ?? null;
  // "pirates attacked a product tanker off Lomé", "a cartel attack on a Guatemalan police post": criminals named by what
  // they do belong to no state the story or the dateline guesses; only a place named with them says where they are
  // ("Gangs in Haiti kidnapped two Chinese nationals")
  const criminal = roleOf === 'CRM';
  // ("traditional leaders", "local officials", "provincial authorities" are local whatever their role)
  const localQualifier = modifier !== undefined && LOCAL_QUALIFIERS.has(modifier.norm);
  const isLocal = roleOf !== null && (LOCAL_ROLES.has(roleOf) || localQualifier);
  // crowds, police and armed groups act where the event happens ("Thousands of people marched through the capital
  // Bissau", "rebels in South Kivu"); for anyone else a place other than a capital says nothing: it may be a venue
  // ("Umerov accused Russia of talking peace in Istanbul", "Diplomats in Geneva said the EU's council …")
  const placed = isLocal || roleOf === 'REB';
  const parties = placed ? mentions : mentions.filter((r) => !onlyPlace(r));
  const loc = locationMention(parties, 0, head) ?? (roleOnly ? locationMention(parties, head, tokens.length) : null);
  const inSentence = parties.find((r) => r.actor && r !== target && r.mention.end <= head)?.actor?.country ?? null;
  // then the state the story is about so far (the dateline counts as a mention): "BELGRADE, July 8 - Police fired …"
  // local actors (an opposition party, police, a court, crowds) belong to the last place named, else the dateline's state
  const local = isLocal ? (resolver.lastPlace ?? resolver.datelineCountry) : null;
  // "three Russian MiG-31 fighter jets": a state named inside the role's own noun phrase says whose they are
  const ownPhrase = roleOnly ? modifierInPhrase(tokens, mentions, roleOnly.mention.start) : null;
  // the first party after the verb: what its clause acts on
  const object = parties.find((r) => r.actor && !r.mention.pronoun && r.mention.start > head);
  // a foreign ministry, embassy or envoy acts toward other states: never the one its clause acts on, so the next
  // place in line is theirs ("Foreign Minister Kim held talks with his Japanese counterpart in Tokyo" is no Japanese
  // minister; "The foreign ministry filed a diplomatic protest against China" is no protest by China)
  const roleText = roleOnly ? tokens.slice(Math.max(0, roleOnly.mention.start - 1), roleOnly.mention.end).map((t) => t.norm) : [];
  // (nor is one who summons, receives or hosts an envoy or a guest the guest's state: "Officials summoned the Chinese
  // ambassador", "called in …", "The Prime Minister received here today the Ambassador of France")
  // (and one who brings a case against a party is not that party: "Exxon launched arbitration proceedings against Venezuela")
  const towardOther =
    /^(summon|receiv|host)/.test(tokens[head]!.norm) || (/^call/.test(tokens[head]!.norm) && tokens[head + 1]?.norm === 'in') || casesAgainst(tokens, head);
  const acted = roleText.some((w) => FOREIGN_FACING.has(w)) || towardOther ? (object?.actor?.country ?? null) : null;
  // "after a China Coast Guard vessel obstructed …": a state named inside the unknown subject's own phrase is whose it is
  const insidePhrase = subject ? (parties.find((r) => r.actor && r.mention.start >= subject.start && r.mention.end <= head)?.actor?.country ?? null) : null;
  const placeBefore = criminal ? locationMention(parties, 0, head) : null;
  const candidates = criminal
    ? [() => ownPhrase, () => placeBefore?.actor?.country]
    : [() => ownPhrase, () => insidePhrase, () => loc?.actor?.country, () => inSentence, () => local, () => storyGuess(resolver, object, head, tokens)];
  let fallbackCountry: string | null = null;
  for (const candidate of candidates) {
    const c = candidate() ?? null;
    if (c !== null && c !== acted) {
      fallbackCountry = c;
      break;
    }
  }
  if (!fallbackCountry) return null;
  // police, crowds and courts belong to a state: an organisation the story is about has none of its own
  if (roleOf !== null && LOCAL_ROLES.has(roleOf) && ORGANISATION_CODES.has(fallbackCountry)) return null;
  const role = roleOnly?.mention.items.find((i) => i.item.kind === 'role')?.item.role ?? null;
  const text = roleOnly
    ? tokens
        .slice(roleOnly.mention.start, roleOnly.mention.end)
        .map((t) => t.text)
        .join(' ')
    : (np ?? fallbackCountry);
  const actor: Actor = { text, country: fallbackCountry, role };
  // "Foreign Ministry spokesman Guo Jiakun said …": once placed, the named official is who "he" and "Guo" mean next
  if (roleOnly && role) {
    if (surnameOf(tokens, roleOnly.mention)) resolver.adoptPerson(roleOnly, actor, namesOfPerson(tokens, roleOnly.mention));
  }
  return actor;
}

/** The surname that ends a role's mention ("Foreign Ministry spokesman Guo Jiakun"), if a name and not part of the title. */
function surnameOf(tokens: Token[], m: ResolvedMention['mention']): string | null {
  const last = tokens[m.end - 1]!;
  const named = endsInName(m, tokens) && /^[A-Z][a-z]/.test(last.text);
  return named ? last.text : null;
}

/**
 * The state of an actor that ends right before a role in one noun phrase: only a model name or number between ("Russian
 * MiG-31 fighter jets"), or the possessor's "'s" and the lower-case words of a title ("Japan's chief trade negotiator").
 */
function modifierInPhrase(tokens: Token[], mentions: ResolvedMention[], roleStart: number): string | null {
  const before = mentions.filter((r) => r.actor && r.mention.end <= roleStart && r.mention.end >= roleStart - 3);
  const r = before[before.length - 1];
  if (!r || r.mention.end === roleStart) return null;
  const gap = tokens.slice(r.mention.end, roleStart);
  // ("Japan's chief trade negotiator": a possessor and the words of its title; not in an apposition, "Spain, the EU's
  // largest pork exporter to China, urged …", where the title is the named party's)
  const opener = tokens[r.mention.start - 1]?.norm === 'the' ? r.mention.start - 2 : r.mention.start - 1;
  const possessor = gap[0]?.norm === "'s" && commonWordsAt(gap, 1) === gap.length - 1 && tokens[opener]?.norm !== ',';
  return possessor || gap.every((t) => t.norm === '-' || /^\d+$/.test(t.norm) || /^[A-Z][A-Za-z]*$/.test(t.text)) ? r.actor!.country : null;
}

const LOCAL_QUALIFIERS = new Set(['traditional', 'local', 'tribal', 'community', 'village', 'regional', 'provincial', 'municipal', 'district', 'clan']);
const LOCAL_ROLES = new Set(['OPP', 'CVL', 'COP', 'JUD', 'LAB', 'EDU']);

/**
 * The state the story is about, unless the clause names it after the verb: "Foreign ministry spokesman
 * Arif Wibowo accused the United States …" in a story mostly about the US is not the US accusing itself.
 * Then the speaker most likely belongs to the side that acted last ("Indonesia criticised the pact."),
 * and with no such side it stays the story's state.
 */
function storyGuess(resolver: ActorResolver, first: ResolvedMention | undefined, head: number, tokens: Token[]): string | null {
  // the clause's object (`first`, the first party after the verb) as a state (a government, a capital, a country), not a
  // part of one: the army, the police or rebels of the story's state may well be what its officials act on; nor a
  // state inside a reported clause ("denied that Mexico was a transit route for …")
  const reported = first !== undefined && tokens.slice(head + 1, first.mention.start).some((t) => t.norm === 'that');
  const object = reported ? undefined : first?.actor;
  const story = storyCountry(resolver);
  if (story === null || !object || object.country !== story || (object.role !== null && object.role !== 'GOV')) return story;
  // (with no such side, officials acting on their own state's government or people are common: keep the story's state)
  const last = resolver.deeds[resolver.deeds.length - 1]?.source.country ?? null;
  return last !== null && last !== story ? last : story;
}

/** The state named most so far, when it clearly leads (a tie leaves unplaced actors unplaced). */
function storyCountry(resolver: ActorResolver): string | null {
  // the side the story is told from (its dateline or headline) weighs one mention more here: an official
  // the dictionaries do not know is most likely that side's ("The Ministry of Foreign Affairs summoned …")
  const home = resolver.storyState;
  const counts = (c: string) => resolver.countryCount(c) + (c === home && c !== resolver.datelineCountry ? 1 : 0);
  const top = [...new Set([...(home ? [home] : []), ...resolver.topCountries()])].sort((a, b) => counts(b) - counts(a));
  if (top.length === 0) return null;
  if (top.length === 1) return top[0]!;
  if (counts(top[0]!) > counts(top[1]!)) return top[0]!;
  // a tie goes to the home side, if that is one of the tied
  return home !== null && counts(home) === counts(top[0]!) ? home : null;
}

// Words of the roles that deal with other states.
const FOREIGN_FACING = new Set(['foreign', 'external', 'embassy', 'ambassador', 'envoy', 'diplomat', 'diplomats', 'consulate']);
const AGENT_NOUN = /^[A-Z][a-z]+(ors|ers|ists|ants|ents)$/;
const COMMON_ADJECTIVE = /^[a-z]+(al|ous|ive|ic|ed|ing|ary|ent|ant|ern|ful|less|ior|ile)$/;

// Capitalised words that open a sentence without naming anyone ("The police", "Some rebels").
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'some',
  'many',
  'several',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'fifty',
  'hundred',
  'hundreds',
  'thousands',
  'dozens',
  'most',
  'more',
  'eighty',
  'forty',
  'thirty',
  'sixty',
  'all',
  'other',
  'these',
  'those',
  'local',
  'senior',
  'top',
  'former',
  'armed',
  'unidentified',
  'suspected',
  'angry',
  'young',
  'about',
  'up',
  'at',
  'in',
  'on',
]);

const SUBJECT_CHAIN = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'also',
  'today',
  'yesterday',
  'on',
  'again',
  'reportedly',
  'finally',
  'been',
  'not',
  'did',
  'does',
]);

// A subordinate clause's conjunction ends the subject's noun phrase ("… on Friday after the Russian embassy accused …").
const CLAUSE_LINKS: ReadonlySet<string> = new Set([...CONJUNCTION_PREPS, 'because', 'although', 'though']);

/** A capitalised noun phrase right before the verb ("The Asia-Pacific Economic Cooperation (APEC) forum has agreed"). */
function unknownSubject(tokens: Token[], head: number): { text: string; start: number } | null {
  let i = head - 1;
  while (i >= 0 && (SUBJECT_CHAIN.has(tokens[i]!.norm) || /ly$/.test(tokens[i]!.norm) || /day$/.test(tokens[i]!.norm))) i--;
  const end = i + 1;
  let hasCap = false;
  while (i >= 0 && i > end - 9) {
    const t = tokens[i]!;
    if (t.norm === ',' || t.norm === '.' || t.norm === ';' || t.norm === 'that' || t.norm === 'said' || CLAUSE_LINKS.has(t.norm)) break;
    if (t.cap && !['the', 'a', 'an', 'this', 'that', 'these', 'its', 'their', 'his', 'her', 'in', 'on', 'after'].includes(t.norm)) hasCap = true;
    else if (!/^[a-z(),'-]+$/.test(t.norm) || ['and', 'to', 'in', 'for', 'with', 'by'].includes(t.norm)) break;
    i--;
  }
  if (!hasCap || end - i - 1 === 0) return null;
  // "Neither warring party was invited", "No one claimed …": a subject that names no one is no unknown party
  if (NO_ONE.has(tokens[i + 1]!.norm)) return null;
  // "Hurricane Kyle struck the eastern provinces", "Cyclone Arnab hit Rakhine": a storm or quake acts for no state
  if (tokens.slice(i + 1, end).some((t) => NATURAL_HAZARDS.has(t.norm))) return null;
  // "Donors pledged …", "Investors fear …": a common agent noun capitalised only because it opens the sentence
  if (i < 0 && end === 1 && AGENT_NOUN.test(tokens[0]!.text)) return null;
  // "… in the northern city of Kirkuk on Sunday calling for …": a place, not a subject
  if (i >= 0 && ['in', 'at', 'of', 'from', 'to', 'near', 'on', 'into', 'for', 'with', 'by'].includes(tokens[i]!.norm)) return null;
  const text = tokens
    .slice(i + 1, end)
    .map((t) => t.text)
    .join(' ')
    .replace(/ ([),]|'s)/g, '$1')
    .replace(/\( /g, '(');
  return { text, start: i + 1 };
}

const NATURAL_HAZARDS = new Set([
  'hurricane',
  'cyclone',
  'typhoon',
  'storm',
  'tropical',
  'earthquake',
  'quake',
  'tsunami',
  'flood',
  'floods',
  'wildfire',
  'wildfires',
  'landslide',
  'eruption',
  'volcano',
]);

const LOCAL_TITLES = new Set(['mayor', 'governor', 'prince', 'princess', 'king', 'queen', 'sheikh', 'emir', 'regional', 'provincial', 'local']);

/**
 * A named official whom nothing placed speaks for the side the story was just telling of: "Beijing
 * rejected the protest within hours. Foreign Ministry spokesman Guo Jiakun told a regular briefing …"
 * places Guo in China, so "He urged Tokyo …" next is China's. Only a speaker (the subject of a
 * speaking verb, or the name right after one) and only when the sentence's own parties after the
 * verb, outside the reported words, are not that side: a spokesman does not address his own state.
 */
export function placeSpeaker(tokens: Token[], mentions: ResolvedMention[], previousSubject: Actor | null, resolver: ActorResolver): void {
  // (a state's government: bodies have no ministers, and a state's army or rebels no spokesman for it)
  if (!previousSubject || (previousSubject.role !== null && previousSubject.role !== 'GOV') || ORGANISATION_CODES.has(previousSubject.country)) return;
  for (const r of mentions) {
    const m = r.mention;
    if (r.actor || r.pair || m.pronoun || m.prep || m.items.length === 0 || !m.items.every((i) => i.item.kind === 'role')) continue;
    const surname = surnameOf(tokens, m);
    if (!surname || resolver.surnameAt(tokens[m.end - 1]!)) continue;
    const after = isReportingVerb(tokens[m.end]?.norm ?? '') ? m.end : -1;
    const before = isReportingVerb(tokens[m.start - 1]?.norm ?? '') ? m.start - 1 : -1;
    const verb = after >= 0 ? after : before;
    if (verb < 0) continue;
    const role = m.items.find((i) => i.item.kind === 'role')?.item.role ?? null;
    // (mayors, governors and princes speak for a city, a province or a house, not for whoever the story just followed)
    const title = tokens.slice(m.start, m.end).map((t) => t.norm);
    if (role === null || LOCAL_ROLES.has(role) || title.some((w) => LOCAL_TITLES.has(w))) return;
    // (the party the speaker addresses, unless inside the reported words: "told Japan" is no Japanese spokesman)
    const object = mentions.find((o) => o.actor && o.mention.start > Math.max(verb, m.end - 1) && !o.mention.pronoun);
    const reported = object !== undefined && tokens.slice(verb + 1, object.mention.start).some((t) => t.norm === 'that' || t.norm === '"');
    if (object?.actor?.country === previousSubject.country && !reported) return;
    const text = tokens
      .slice(m.start, m.end)
      .map((t) => t.text)
      .join(' ');
    resolver.adoptPerson(r, { text, country: previousSubject.country, role }, namesOfPerson(tokens, m));
    return;
  }
}
