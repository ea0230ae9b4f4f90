import type { Article } from '../model/article.ts';
import type { Actor, DiplomaticEvent } from '../model/diplomatic-event.ts';
import { describeCutSentences, splitSentences, type Sentence } from './text/sentence-splitter.ts';
import { tokenize, withoutDoubledWords, type Token } from './text/tokenizer.ts';
import { withoutAsides } from './text/asides.ts';
import { respectiveNames } from './actors/respective-names.ts';
import { aliasesOfOthers, findMentions, prepBefore, type Mention } from './actors/mention-finder.ts';
import { ActorResolver, type ResolvedMention } from './actors/actor-resolver.ts';
import { antecedentInSentence } from './actors/antecedents.ts';
import { isCity, isPlace } from './actors/actor-lexicon.ts';
import { countedGroupAt, dividedHalfAt, kingdomAt, unknownOrganisationBefore } from './actors/anaphors.ts';
import { findActions } from './actions/action-matcher.ts';
import { labelledSpeaker, speakerLabelEnd } from './actors/speaker-label.ts';
import { codeSentence } from './events/sentence-coder.ts';
import { withoutUntargetedTwins } from './events/plan.ts';
import { attributionTail } from './events/argument-selector.ts';
import { REPLYING } from './events/modality.ts';
import { dateForTrigger, resolveDates, type ResolvedDate } from './events/date-resolver.ts';
import { datelineCountry } from './actors/dateline.ts';
import { headlineCountry } from './actors/headline.ts';
import { placeRoles } from './actors/placed-roles.ts';
import { introducedPeople } from './actors/introductions.ts';
import { placeSpeaker } from './events/unplaced-actor.ts';
import { buildEvents, type CodedMention } from './events/event-builder.ts';
import { StoryDay } from './events/story-day.ts';
import { NarrativeTime } from './events/narrative-time.ts';
import type { NarrativeContext } from './events/told-years.ts';
import { withinDiplomaticScope } from './events/diplomatic-scope.ts';
import { dropDictionaryTargets } from './dictionary/targetless.ts';
import { MAX_SENTENCE_TOKENS, sentenceWindows } from './text/sentence-window.ts';
import { isCrosshead } from './text/crossheads.ts';
import { isEditorsNote } from './text/editors-note.ts';
import { isAgendaEntry, isAgendaHeading, opensSection, scheduledInAgenda } from './events/agenda.ts';
import type { BudgetMeter } from '../extractor/extraction-budget.ts';
import { MONTH_ABBREVIATIONS } from './text/month-abbreviations.ts';
import { MONTH_NAMES, WEEKDAYS } from './text/time-words.ts';
import { GUEST_TITLES } from './lexicon/roles.ts';

export interface CodedArticle {
  events: DiplomaticEvent[];
  /** Where the coder departed from ordinary prose (overlong sentences coded in pieces), for the user. */
  notes: string[];
}

/**
 * The coder pipeline for one article: sentences → tokens → actor mentions (resolved with the
 * article's memory of who is who) → actions → events with modality, arguments, date and place →
 * merged per (source, target, code). Pure: text in, events out. A sentence longer than
 * MAX_SENTENCE_TOKENS is coded in pieces (and noted), so the cost stays linear in the text; the
 * meter, when given, stops an article that exhausts its extraction budget.
 */
export function codeArticle(article: Article, extractor: string, meter?: BudgetMeter): CodedArticle {
  const all = codeAllEvents(article, extractor, meter);
  return { events: withinDiplomaticScope(all.events), notes: all.notes };
}

/** Every event the text states, domestic ones in an international story included (before the diplomatic scope). */
export function codeAllEvents(article: Article, extractor: string, meter?: BudgetMeter): CodedArticle {
  const body = article.body;
  const resolver = new ActorResolver(article.publishedAt);
  const dateline = datelineCountry(body);
  resolver.setDateline(dateline);
  // (with no dateline, the headline's subject tells which state the story is told from)
  if (!dateline) resolver.noteStoryState(headlineCountry(article.title));
  const coded: CodedMention[] = [];
  const storyDay = new StoryDay(article.publishedAt);
  const narrative = new NarrativeTime(article.publishedAt);
  const notes: string[] = [];
  const furniture = trailingFurnitureStart(body);
  const sentences = splitSentences(body);
  // sentences the splitter had to cut at its length limit (a giant line, glued hard-wrapped lines)
  const cut = describeCutSentences(sentences);
  if (cut) notes.push(cut);
  // inside a briefing's "The week ahead" section, until the next heading
  let agenda = false;
  // a line break since the last sentence coded: a new paragraph, where a labelled speaker's words and a told past year end
  let previousEnd = 0;
  let newParagraph = false;
  for (const whole of sentences) {
    if (whole.start >= furniture) break;
    if (previousEnd > 0 && body.slice(previousEnd, whole.start).includes('\n')) {
      newParagraph = true;
      resolver.labelSpeaker = null;
    }
    previousEnd = whole.end;
    // a question asserts nothing ("Can Havana talks outlast his presidency?"); a quoted one is someone's words
    if (/\?\s*$/.test(whole.text)) continue;
    // a crosshead is read for who it names (the story's memory of actors) but codes nothing itself; nor does an agency's
    // note on how the story was updated, which names no one's deeds ("(Adds UNHCR appeal in paragraph 11)")
    const heading = isCrosshead(body, whole);
    const crosshead = heading || isEditorsNote(whole);
    if (heading || opensSection(whole.text)) agenda = isAgendaHeading(whole.text);
    const scheduled = agenda && isAgendaEntry(whole.text);
    const { windows, tokenCount, tokens } = sentenceWindows(whole);
    if (windows.length > 1) {
      notes.push(
        `sentence ${whole.index + 1} has ${tokenCount ?? 0} tokens, over the ${String(MAX_SENTENCE_TOKENS)} the coder analyses at once: coded in ${windows.length} consecutive pieces`,
      );
    }
    // each window takes its run of the tokens already counted: consecutive windows end at token ends
    let next = 0;
    for (const sentence of windows) {
      const from = next;
      if (tokens) while (next < tokens.length && tokens[next]!.end <= sentence.end) next++;
      const told = narrative.enter(newParagraph);
      newParagraph = false;
      const events = codeSentenceText(body, sentence, resolver, article.publishedAt, told, meter, tokens ? tokens.slice(from, next) : null, scheduled);
      narrative.leave(sentence, events);
      // (a crosshead codes nothing, and so moves the story's day no more than it dates anything)
      if (!crosshead) coded.push(...storyDay.date(events));
    }
  }
  return { events: buildEvents(article.id, extractor, coded), notes };
}

/** One sentence (or one window of an overlong one): tokens → mentions → actions → coded events. */
function codeSentenceText(
  body: string,
  sentence: Sentence,
  resolver: ActorResolver,
  publishedAt: string,
  narrative: NarrativeContext,
  meter: BudgetMeter | undefined,
  counted: Token[] | null,
  agenda: boolean,
): CodedMention[] {
  const tokens = withoutAsides(withoutDoubledWords(counted ?? tokenize(sentence.text, sentence.start)));
  if (tokens.length < 3) return [];
  const previousSubject = resolver.subjectActor();
  // (a transcript's speaker label names who speaks, it is no party of the words after its colon)
  const label = speakerLabelEnd(tokens);
  const resolved = resolveMentions(tokens, resolver, label).filter((r) => r.mention.start > label);
  const starts = new Set<number>();
  const endsBefore = new Map<number, number>();
  const covered = new Set<number>();
  for (const r of resolved) {
    starts.add(r.mention.start);
    for (let i = r.mention.start; i < r.mention.end; i++) if (r.mention.items.length > 0) covered.add(i);
    // object pronouns are never subjects ("send them back")
    if (!['them', 'him', 'its', 'their', 'his', 'her'].includes(r.mention.pronoun ?? '')) endsBefore.set(r.mention.end, r.mention.start);
  }
  const adjectiveEnds = new Set(
    resolved.filter((r) => r.mention.items.length > 0 && r.mention.items.every((i) => i.item.kind === 'adjective')).map((r) => r.mention.end),
  );
  // (a city alone: "hit Texas farmers" hits people, not a place)
  const cities = new Set(resolved.filter((r) => r.mention.items.length > 0 && r.mention.items.every((i) => isCity(i.item))).map((r) => r.mention.start));
  // (a place that is no capital: "sent tanks to Rafah" is sent to no government)
  const places = new Set(
    resolved.filter((r) => r.mention.items.length > 0 && r.mention.items.every((i) => i.item.kind === 'place')).map((r) => r.mention.start),
  );
  const actions = findActions(tokens, { starts, endsBefore, covered, adjectiveEnds, guests: guestStarts(tokens, resolved), cities, places });
  // work: the tokens, mentions and actions the rules go through (a window is bounded, so its cost is linear in these)
  meter?.charge(tokens.length + resolved.length + actions.length, `sentence ${sentence.index + 1}`);
  // (a sentence with no action verb can still hold an event: talks between two sides, an official's insult)
  const told = withoutUntargetedTwins(dropDictionaryTargets(codeSentence(tokens, resolved, actions, resolver), actions));
  const events = agenda ? scheduledInAgenda(told, actions) : told;
  placeSpeaker(tokens, resolved, previousSubject, resolver);
  if (events.length === 0) return [];
  const tail = attributionTail(tokens);
  const tailIndex = tail < tokens.length ? tokens[tail]!.start - sentence.start : sentence.text.length;
  const dateCache = new Map<boolean, ResolvedDate[]>();
  const coded: CodedMention[] = [];
  for (const e of events) {
    const future = e.modality === 'planned';
    let dates = dateCache.get(future);
    if (!dates) {
      dates = resolveDates(sentence.text, publishedAt, future, narrative);
      dateCache.set(future, dates);
    }
    const first = tokens[e.triggerStart]!;
    const last = tokens[Math.max(e.triggerStart, e.triggerEnd - 1)]!;
    const d = dateForTrigger(dates, first.start - sentence.start, tailIndex, sentence.text);
    const loc = e.location?.actor ?? null;
    coded.push({
      code: e.code,
      source: e.source,
      target: e.target,
      modality: e.modality,
      date: d?.date ?? null,
      dateText: d?.text ?? null,
      location: loc ? { text: body.slice(tokens[e.location!.mention.start]!.start, tokens[e.location!.mention.end - 1]!.end), country: loc.country } : null,
      sentence,
      trigger: body.slice(first.start, last.end),
      confidence: e.confidence,
    });
  }
  return coded;
}

const GROUP_ANAPHORS = new Set(['group', 'movement', 'militia']);

/** The armed group a mention names, if any ("Houthi negotiators" → the Houthis). */
function armedGroupOf(tokens: Token[], m: Mention): Actor | null {
  const group = m.items.find((i) => i.item.role === 'REB' && i.item.code);
  return group
    ? {
        text: tokens
          .slice(group.start, group.end)
          .map((t) => t.text)
          .join(' '),
        country: group.item.code!,
        role: 'REB',
      }
    : null;
}

/**
 * "the group", also past up to two words of description that name no party: "the Iran-aligned group", "the armed
 * movement" ("Iran" in "Iran-aligned" describes the group; it is no mention of its own).
 */
function groupDeterminer(tokens: Token[], covered: ReadonlySet<number>, at: number): boolean {
  let words = 0;
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const t = tokens[k]!;
    if (t.norm === 'the') return true;
    if (covered.has(k) || !(t.norm === '-' || /^\p{L}+$/u.test(t.text))) return false;
    if (t.norm !== '-' && tokens[k + 1]?.norm !== '-' && ++words > 2) return false;
  }
  return false;
}
// Capitalised words that do not make a name: sentence openers, months, days.
const NOT_NAME = new Set([
  'the',
  'a',
  'an',
  'on',
  'in',
  'at',
  'after',
  'before',
  'but',
  'and',
  'when',
  'while',
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAYS,
]);
const CLAUSE_BREAKS = new Set([',', ';', '(', ')', '-', '—', ':', '"']);

/**
 * A name of two or more capitalised words that no dictionary covers, in the pronoun's own clause before it:
 * the pronoun's likely antecedent ("Fighters of the Popular Mobilisation Forces said they …").
 */
function unknownNameBefore(tokens: Token[], covered: ReadonlySet<number>, pronounAt: number): boolean {
  let run = 0;
  for (let i = pronounAt - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (CLAUSE_BREAKS.has(t.norm) && run === 0) return false;
    if (t.cap && !covered.has(i) && !NOT_NAME.has(t.norm) && /^[A-Z]/.test(t.text)) {
      run++;
      if (run >= 2) return true;
    } else if (run > 0) {
      run = 0;
      if (CLAUSE_BREAKS.has(t.norm)) return false;
    }
  }
  return false;
}

/**
 * Mentions of someone received as a guest: a leader or an office holder by title ("Papua New Guinea Prime Minister James
 * Marape", "the Japanese delegation"), not a possessor ("President Ruto's remarks" are a deed, not a visitor).
 */
function guestStarts(tokens: Token[], resolved: readonly ResolvedMention[]): Set<number> {
  const guests = new Set<number>();
  for (const { mention: m } of resolved) {
    // ("External Affairs Minister S. Jaishankar called on him earlier in the day": a person named again)
    if ((m.pronoun === 'him' || m.pronoun === 'her') && !m.possessive) guests.add(m.start);
    if (m.possessive || m.pronoun) continue;
    const person = m.items.some((i) => i.item.kind === 'leader' || (i.item.kind === 'role' && GUEST_TITLES.has(tokens[i.end - 1]!.norm)));
    if (person) guests.add(m.start);
  }
  return guests;
}

function resolveMentions(tokens: Token[], resolver: ActorResolver, label: number): ResolvedMention[] {
  resolver.beginSentence();
  resolver.noteOtherBearers(aliasesOfOthers(tokens));
  const mentions = findMentions(tokens);
  // (the state the body opened with, before this sentence: a labelled speaker's own words name other states)
  const opening = resolver.openingState;
  // surnames of people named earlier ("Lee", "Takaichi") that no dictionary lists
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.start; i < m.end; i++) covered.add(i);
  const extra: { mention: Mention; actor: NonNullable<ReturnType<ActorResolver['surnameAt']>> }[] = [];
  // (the armed group named last before each word, kept as the scan goes: one pass over the mentions, however many anaphors)
  let groupSeen: Actor | null = null;
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    for (; next < mentions.length && mentions[next]!.end <= i; next++) groupSeen = armedGroupOf(tokens, mentions[next]!) ?? groupSeen;
    if (covered.has(i)) continue;
    // "the group", "the movement": the armed group the article last named ("the ELN … Bogota demanded that the group free …"),
    // or one named earlier in the sentence ("Saudi and Houthi negotiators met …, a day after the group struck …")
    const actor =
      resolver.surnameAt(tokens[i]!) ??
      resolver.bodyAt(tokens, i) ??
      (GROUP_ANAPHORS.has(tokens[i]!.norm) && groupDeterminer(tokens, covered, i) ? (groupSeen ?? resolver.lastArmedGroup) : null);
    if (!actor) continue;
    extra.push({
      mention: { start: i, end: i + 1, items: [], possessive: tokens[i + 1]?.norm === "'s", prep: prepBefore(tokens, i), pronoun: null },
      actor,
    });
  }
  const all: (Mention | (typeof extra)[number])[] = [...mentions, ...extra].sort(
    (a, b) => ('mention' in a ? a.mention.start : a.start) - ('mention' in b ? b.mention.start : b.start),
  );
  const out: ResolvedMention[] = [];
  let subjectSet = false;
  for (const e of extra) covered.add(e.mention.start);
  // "The army said it had launched …": "it" is that army, whose state the sentence has not named, not the last known subject
  let unplacedSubject = false;
  for (const x of all) {
    // "The Wagner-linked Africa Corps said it had …": "it" is the group no dictionary knows, not the last known subject
    const impersonal = !('mention' in x) && x.pronoun !== null && ['it', 'its', 'they', 'their', 'them'].includes(x.pronoun);
    const unknownAntecedent =
      !('mention' in x) &&
      x.pronoun !== null &&
      !['we', 'i', 'our'].includes(x.pronoun) &&
      !subjectSet &&
      (unknownNameBefore(tokens, covered, x.start) || (impersonal && unplacedSubject));
    // "…, while Germany said it would …", "Saudi Arabia and Qatar each said they …": an antecedent in the sentence itself
    const near = !('mention' in x) && x.pronoun !== null ? antecedentInSentence(x, out, tokens) : null;
    const r: ResolvedMention =
      'mention' in x
        ? { mention: x.mention, actor: x.actor, pair: null, certainty: 0.9 }
        : near
          ? { mention: x, actor: near.actor, pair: near.pair, certainty: 0.7 }
          : unknownAntecedent
            ? { mention: x, actor: null, pair: null, certainty: 0 }
            : resolver.resolve(x, tokens);
    out.push(r);
    if (r.actor && !r.mention.pronoun) resolver.openingState ??= r.actor.country;
    if (
      !subjectSet &&
      !r.actor &&
      !r.pair &&
      !r.mention.pronoun &&
      !r.mention.prep &&
      r.mention.items.length > 0 &&
      r.mention.items.every((i) => i.item.kind === 'role')
    )
      unplacedSubject = true;
    // the first plain actor of a sentence is its subject: what "it", "he", "they" later refer to
    if (!subjectSet && !r.mention.prep && !r.mention.pronoun && !r.mention.possessive && (r.actor || r.pair)) {
      resolver.setSubject(r);
      subjectSet = true;
    }
  }
  // "the ambassador of Iran", "the junta in Mali": a role placed by the phrase after it is that state's
  placeRoles(tokens, out);
  resolver.noteGroups(out, tokens);
  for (const p of [...respectiveNames(tokens, out), ...introducedPeople(tokens, out)]) resolver.notePerson(p.actor, p.surname);
  // after the sentence's own parties are known (so they count too): "the three Nile basin states", a list of that many
  // parties named before, with words of its own; "the bloc", "the alliance", the last bloc named
  // (the story's states for "the North" and "the Kingdom", counted only when such a word comes)
  const storyCountries = () => resolver.topCountries();
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const counted = countedGroupAt(tokens, covered, i);
    const members = counted ? resolver.listedGroup(counted.size) : undefined;
    // (the word first: the scan back for an unknown organisation is for "bloc" and "alliance" only, never per word)
    const named = members ? null : resolver.blocAt(tokens, i);
    const bloc = named && !unknownOrganisationBefore(tokens, covered, i) ? named : null;
    const half = members || bloc ? null : (dividedHalfAt(tokens, i, storyCountries) ?? kingdomAt(tokens, i, storyCountries));
    if (!members && !bloc && !half) continue;
    const end = counted && members ? counted.end : i + 1;
    const mention: Mention = { start: i, end, items: [], possessive: tokens[end]?.norm === "'s", prep: prepBefore(tokens, i), pronoun: null };
    const actor = half ? { text: `the ${tokens[i]!.text}`, country: half, role: null } : bloc;
    const at = out.findIndex((r) => r.mention.start > i);
    out.splice(at < 0 ? out.length : at, 0, { mention, actor, pair: members ?? null, certainty: 0.7 });
  }
  // a sentence that opens on a place ("In Yerevan, …", "In central Belgrade, …") moves the story there:
  // unplaced police and crowds act there next (a place deep in a sentence is often background, and
  // "Officials in Kyiv thanked …" places those officials, not the story)
  for (const r of out) {
    if (r.actor && r.mention.prep === 'in' && r.mention.start <= 3 && tokens[0]?.norm === 'in' && r.mention.items.some((i) => isPlace(i.item)))
      resolver.lastPlace = r.actor.country;
  }
  // "We will not accept …," said Egypt's foreign minister: first person in a quote is the speaker; a sentence that opens
  // with a quotation mark and names no speaker goes on with the previous sentence's quotation ('"…," Kallas said. "We …')
  const quoted = tokens.some((t) => t.norm === '"');
  const speaker = speakerOf(tokens, out) ?? (quoted && tokens[0]?.norm === '"' ? resolver.quoteSpeaker : null);
  resolver.quoteSpeaker = quoted ? speaker : null;
  // ("The Minister of State: … on 3 February we expelled a Russian diplomat": a transcript's labelled speaker)
  // (and the sentences after it in the same paragraph: "A: … On 7 May our forces struck …", unless one says whose words
  // it holds: "We demand an apology, the British Foreign Office replied")
  if (label >= 0) resolver.labelSpeaker = labelledSpeaker(tokens, label, out, resolver.storyState ?? opening, resolver.firstOfficial);
  const ownAttribution = !speaker && label < 0 && resolver.labelSpeaker !== null && (attributionTail(tokens) < tokens.length || endsWithReply(tokens));
  const firstPerson = speaker ?? (ownAttribution ? null : resolver.labelSpeaker);
  if (firstPerson) {
    for (const r of out) if ((r.mention.pronoun === 'we' || r.mention.pronoun === 'i' || r.mention.pronoun === 'our') && !r.actor) r.actor = firstPerson;
    // ("The Minister of State, …: Mr Speaker, yesterday the Government designated …": a minister's government is theirs)
    if (firstPerson !== speaker) for (const r of out) if (!r.actor && !r.pair && unnamedGovernment(tokens, r)) r.actor = { ...firstPerson, text: 'Government' };
  }
  return out;
}

// A reply's attribution at the end of a sentence: "…, the British Foreign Office replied."
const REPLIES = new Set([...REPLYING, 'countered']);
// How near the end the verb of a reply stands, and how far after a comma.
const REPLY_REACH = 5;
const REPLIER_REACH = 10;

/** The sentence ends "…, <replier> replied (…)": the words are the replier's. */
function endsWithReply(tokens: Token[]): boolean {
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - REPLY_REACH; k--)
    if (REPLIES.has(tokens[k]!.norm)) return tokens.slice(Math.max(0, k - REPLIER_REACH), k).some((t) => t.norm === ',');
  return false;
}

/** "the Government", "the government": a government named by the word alone. */
function unnamedGovernment(tokens: Token[], r: ResolvedMention): boolean {
  return r.mention.end - r.mention.start === 1 && tokens[r.mention.start]!.norm === 'government' && tokens[r.mention.start - 1]?.norm === 'the';
}

const SPEECH = new Set(['said', 'says', 'told', 'added', 'stated', 'declared', 'insisted', 'warned', 'wrote', 'tweeted']);

/** The actor a sentence's quotation is attributed to: "…, said X" / "X said: …". */
function speakerOf(tokens: Token[], mentions: ResolvedMention[]): ResolvedMention['actor'] {
  if (!tokens.some((t) => t.norm === '"')) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (!SPEECH.has(tokens[i]!.norm)) continue;
    // (the speaker before the verb first; after it, a speaker is no place: "Sefcovic told reporters in Brussels")
    const before = [...mentions].reverse().find((r) => r.actor && !r.mention.pronoun && !r.mention.prep && r.mention.end <= i && r.mention.end >= i - 2);
    if (before) return before.actor;
    const after = mentions.find((r) => r.actor && !r.mention.pronoun && !r.mention.prep && r.mention.start > i && r.mention.start <= i + 3);
    if (after) return after.actor;
  }
  return null;
}

/**
 * Where the page furniture at the end of a body starts: a run of closing paragraphs that are not
 * sentences (no final punctuation), such as the headlines of a "Related articles" list or tags.
 * Headlines of other stories are not events of this one. Returns body.length when there is none.
 */
export function trailingFurnitureStart(body: string): number {
  let end = body.length;
  let start = body.length;
  while (end > 0) {
    // (scanned, not body.slice(0, end).trimEnd(): a copy of the body per line is quadratic on a page of short lines)
    let trimmedEnd = end;
    while (trimmedEnd > 0 && /\s/.test(body[trimmedEnd - 1]!)) trimmedEnd--;
    const breakAt = body.lastIndexOf('\n', trimmedEnd - 1);
    const paragraph = body.slice(breakAt + 1, trimmedEnd).trim();
    if (paragraph === '') break;
    if (/[.!?:;"'\u201d\u2019)\]]$/.test(paragraph) || paragraph.split(/\s+/).length > 20) break;
    start = breakAt + 1;
    end = breakAt;
    if (breakAt < 0) break;
  }
  // a body that is nothing but unpunctuated lines (a headline-only text) is kept
  return start === 0 ? body.length : start;
}
