import type { Actor } from '../../model/diplomatic-event.ts';
import { leaderValidOn, type LeaderEntry } from '../lexicon/leaders.ts';
import { MEMBER_COUNTS } from '../lexicon/organisations.ts';
import type { Token } from '../text/tokenizer.ts';
import { endsInName, type Mention } from './mention-finder.ts';
import { isGift } from '../lexicon/cameo-codes.ts';
import { isReportingVerb } from '../events/modality.ts';

/**
 * Turns mentions into CAMEO actors within one article, remembering what it has seen so that later
 * mentions resolve to earlier full ones: a surname ("Lee") to the named leader, "the South Korean
 * leader" to the person already introduced with that country and role, "both countries" and "the
 * two sides" to the article's pair of parties, and pronouns to the last subject.
 */
export interface ResolvedMention {
  mention: Mention;
  /** Null when the mention names a role without a country ("officials") or a pronoun that did not resolve. */
  actor: Actor | null;
  /** "both countries", "the two sides": the two parties; "the three countries": the three. */
  pair: readonly Actor[] | null;
  /** How sure the resolution is (dictionary hit 1, context 0.6 …). */
  certainty: number;
}

interface Person {
  actor: Actor;
  surname: string;
}

// What may stand between the members of a list of parties.
const LIST_JOINERS = new Set([',', 'and', 'the', 'as', 'well', 'or']);

const PERSON_ROLES = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'OPP', 'REB', 'BUS', 'MED', 'CVL', 'COP', 'SPY', 'IGO']);

// Generic heads of organisation names that news reuses alone, capitalised, once the full name is given.
const BODY_HEADS = new Set(['Commission', 'Council', 'Parliament', 'Agency', 'Court', 'Fund', 'Bank', 'Alliance', 'Union', 'Assembly', 'Secretariat']);

// How many people named so far a story keeps, each surname once: later mentions refer back to a few dozen at most,
// and every surname, "he" and "the leader" looks through them, so a crafted article naming thousands costs linear time.
const PEOPLE_KEPT = 64;

// Verbs after a sentence's first actor that make it a host: its guests, not itself, are "the two" named next.
const HOSTING_VERBS = new Set(['hosted', 'hosts', 'received', 'receives', 'welcomed', 'welcomes', 'convened', 'convenes']);

export class ActorResolver {
  /** People named so far, the latest last, one entry per surname, at most PEOPLE_KEPT. */
  private readonly persons: Person[] = [];
  private readonly countryCounts = new Map<string, number>();
  private lastSubject: ResolvedMention | null = null;
  /** Last subject that is a person (a named leader or official): what "he", "she", "his" refer to. */
  private lastPerson: ResolvedMention | null = null;
  private pairMemory: [Actor, Actor] | null = null;
  private explicitPair: [Actor, Actor] | null = null;
  private seenLeaders = new Set<string>();
  /** The latest placed holder of each title noun: whom "the spokesperson", "the envoy" refer back to (titleHolder). */
  private readonly titles = new Map<string, Actor>();
  /** Source and target of the events coded so far, oldest first: who has been dealing with whom. */
  private readonly interactions: [Actor, Actor, string][] = [];

  private readonly articleDate: string;
  /** State of the dateline city ("BELGRADE, July 8 (Reuters) -"): counts as one mention of it. */
  setDateline(country: string | null): void {
    this.datelineCountry = country;
    this.noteStoryState(country);
    if (country) this.countryCounts.set(country, (this.countryCounts.get(country) ?? 0) + 1);
  }

  /**
   * The state the story is told from when no dateline says so (the headline's subject): it breaks a tie
   * between the states named most, but is no mention of its own (a headline's subject is often a donor or
   * a visitor, not what the story is about).
   */
  noteStoryState(country: string | null): void {
    this.storyState ??= country;
  }

  /** The state of the dateline, else of the headline's subject: which side the story is told from. */
  storyState: string | null = null;

  /**
   * The state of the first party the body names ("House of Commons, Tuesday 10 February …"): whose record a transcript
   * with no dateline is, for a speaker labelled by a title alone (speaker-label.ts).
   */
  openingState: string | null = null;

  /** The armed group the article named last: what "the group" refers to. */
  lastArmedGroup: Actor | null = null;

  /** State of the latest place the article put something in ("In Yerevan, supporters rallied …"). */
  lastPlace: string | null = null;

  /**
   * The speaker of the quotation the latest sentence belongs to ('"…," Kallas said.' and the sentences of the same
   * quotation that follow it, '"Russia is not serious about peace …"'); null after a sentence with no quotation.
   */
  quoteSpeaker: Actor | null = null;
  /**
   * The speaker a transcript's label placed (speaker-label.ts), until the paragraph ends: "A: On 7 May our forces struck …"
   * goes on being the interviewee's answer in the paragraph's next sentences.
   */
  labelSpeaker: Actor | null = null;
  /** The first official the article names by title or name ("India's High Commissioner in Ottawa"): an interview's interviewee. */
  firstOfficial: Actor | null = null;

  /** The dateline's state, null when the article has no single-city dateline. */
  datelineCountry: string | null = null;

  constructor(publishedAt: string) {
    this.articleDate = publishedAt.slice(0, 10);
  }

  /** Country codes by how often the article names them, most frequent first. */
  topCountries(): string[] {
    return [...this.countryCounts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  }

  countryCount(country: string): number {
    return this.countryCounts.get(country) ?? 0;
  }

  /** The article's two main parties: the last coded bilateral pair, else the two most named countries. */
  pair(): [Actor, Actor] | null {
    if (this.explicitPair) return this.explicitPair;
    if (this.pairMemory) return this.pairMemory;
    const top = this.topCountries();
    if (top.length < 2) return null;
    const [a, b] = top as [string, string];
    return [
      { text: a, country: a, role: null },
      { text: b, country: b, role: null },
    ];
  }

  /** `explicit`: the two sides were named together ("Seoul and Tokyo agreed"), the best antecedent for "both sides". */
  rememberPair(a: Actor, b: Actor, explicit = false): void {
    if (a.country === b.country) return;
    if (explicit) this.explicitPair = [a, b];
    // a third party dealing with one of the two sides ("Kenya offered to host talks", "the AU will discuss the crisis")
    // does not replace the sides the story is about
    const m = this.pairMemory;
    if (!explicit && m && [a, b].filter((x) => m.some((y) => y.country === x.country)).length === 1) return;
    this.pairMemory = [a, b];
  }

  /** Every event coded so far, in text order: what later reactions ("condemned the strike") refer to. */
  readonly deeds: { code: string; source: Actor; event: number }[] = [];

  /** Actors resolved so far in the current sentence. */
  private sentenceActors: Actor[] = [];
  /** Where each of sentenceActors was named (token spans), in the same order. */
  private sentenceSpans: { start: number; end: number }[] = [];
  /** Where the sentence's cities named as places end ("in Baghdad and Muscat"): not its parties. */
  private sentencePlaces: number[] = [];

  /** A city named as where ("in Baghdad", "at Muscat", and the next of a list: "in Baghdad and Muscat"). */
  private namesWhere(tokens: Token[], m: Mention): boolean {
    if (m.items.length === 0 || !m.items.every((i) => i.item.kind === 'capital' || i.item.kind === 'place')) return false;
    const before = tokens[m.start - 1]?.norm;
    if (before === 'in' || before === 'at') return true;
    return (before === 'and' || before === ',') && this.sentencePlaces.includes(m.start - 1);
  }

  beginSentence(): void {
    this.sentenceIndex++;
    this.sentenceActors = [];
    this.sentenceSpans = [];
    this.sentencePlaces = [];
    this.sentenceHost = null;
  }

  /** The two people of different states named last, leaving out a state (the subject's, for "X called both leaders"). */
  private personPair(leaveOut?: string): [Actor, Actor] | null {
    const people = this.persons.map((p) => p.actor).filter((a) => a.country !== leaveOut);
    const last = people[people.length - 1];
    if (!last) return null;
    for (let i = people.length - 2; i >= 0; i--) {
      const other = people[i]!;
      if (other.country !== last.country) return [other, last];
    }
    return null;
  }

  private sentencePair(leaveOut?: string): [Actor, Actor] | null {
    // ("Trump hosted Aliyev and Pashinyan at the White House, where the two leaders initialled …": a host's two guests)
    // ("Ruto telephoned Abiy and al-Sisi, urging both leaders …": as an object, the two other than the subject)
    const actors = leaveOut ? this.sentenceActors.filter((a) => a.country !== leaveOut) : this.sentenceActors;
    const first = this.sentenceHost ? actors.find((a) => a.country !== this.sentenceHost!.country) : actors[0];
    const second = first && actors.find((a) => a.country !== first.country && a.country !== this.sentenceHost?.country);
    // (a host with one guest: "Tebboune received Meloni in Algiers, where the two governments signed …" are the two)
    if (first && !second && this.sentenceHost && first.country !== this.sentenceHost.country) return [this.sentenceHost, first];
    return first && second ? [first, second] : null;
  }

  /** The sentence's first two actors are one coordinated phrase ("Saudi Arabia and the Houthis", "Armenia and Azerbaijan"). */
  private compoundSubject(tokens: Token[]): boolean {
    const [a, b] = this.sentenceSpans;
    if (!a || !b) return false;
    const between = tokens.slice(a.end, b.start).map((t) => t.norm);
    return between.includes('and') && between.every((w) => w === 'and' || w === ',' || w === 'the');
  }

  /** The sentence's first actor when a verb of hosting follows it ("Trump hosted …", "Tinubu received …"). */
  private sentenceHost: Actor | null = null;

  /** Records a coded event's two parties (also two roles of one state: police and protesters). */
  rememberInteraction(source: Actor, target: Actor, code = ''): void {
    if (source.country === target.country && source.role === target.role) return;
    this.interactions.push([source, target, code]);
    // a meeting or visit (not mediation) is what "the two sides" in the next sentence refers back to
    if (source.country !== target.country && code.startsWith('04') && !code.startsWith('045')) {
      this.lastStatePair = { pair: [source, target], sentence: this.sentenceIndex };
    }
    this.noteMeeting(source, target, code);
    if (isGift(code) && source.country !== target.country) this.lastRecipient = target;
    this.noteMeasure(source, target, code);
    if (/^(18|19|20)/.test(code) && source.country !== target.country && target.role !== 'MIL' && target.role !== 'REB') {
      const seen = this.attacked.get(target.country);
      this.attacked.set(target.country, { actor: target, count: (seen?.count ?? 0) + 1, last: this.interactions.length });
    }
  }

  /**
   * The party that received the last pledge or aid the story coded: who a donor's pledge that names no
   * recipient goes to ("Donors pledged $410 million for the force in Haiti. Japan offered $35 million …").
   */
  lastRecipient: Actor | null = null;

  /** A gift's recipient named where no giver is ("Donors pledged $1.6 billion for Sudan"): the story's recipient all the same. */
  rememberRecipient(code: string, recipient: Actor | null): void {
    if (recipient && isGift(code)) this.lastRecipient = recipient;
  }

  /**
   * The parties of one sentence's meetings: "Wang Yi met Pakistan's Ishaq Dar and Afghanistan's Amir Khan
   * Muttaqi" is a meeting of three, what a later "the three ministers" names again, as a list of them would.
   */
  noteMeeting(source: Actor, target: Actor, code: string): void {
    if (source.country === target.country || !code.startsWith('04') || code.startsWith('045')) return;
    if (this.meeting?.sentence !== this.sentenceIndex) this.meeting = { sentence: this.sentenceIndex, parties: new Map() };
    for (const a of [source, target]) if (!this.meeting.parties.has(a.country)) this.meeting.parties.set(a.country, a);
    if (this.meeting.parties.size >= 3) {
      this.assembly = [...this.meeting.parties.values()];
      this.noteGroup(this.assembly);
    }
  }

  /** The parties of the latest meeting of three or more: what "the ministers" or "the leaders" name again. */
  private assembly: Actor[] | null = null;

  private meeting: { sentence: number; parties: Map<string, Actor> } | null = null;

  /** The two states of the latest meeting between states, and the sentence it was coded in. */
  private lastStatePair: { pair: [Actor, Actor]; sentence: number } | null = null;
  private sentenceIndex = 0;

  /** "… received a Russian delegation. The two sides signed …": the states that met in the sentence just before. */
  private previousSentencePair(text = ''): [Actor, Actor] | null {
    // (for "both sides", "the two delegations" the two guests of a host or a mediator come first: "hosted delegations
    // from Benin and Niger. Both delegations agreed …" is Benin and Niger, not the host and its first guest; "the two
    // countries" after a summit of guests is as often the story's own pair)
    const guests = this.guests;
    // ("Turkey hosted talks between Somalia and Ethiopia. … the two neighbours signed …": words for two sides of a dispute)
    if (guests && guests.sentence === this.sentenceIndex - 1 && /\b(sides|delegations|parties|neighbou?rs|rivals|adversaries|foes)\b/.test(text))
      return guests.pair;
    // (a meeting of three or more, a host and its two guests among them, has no two states of its own: "Isaias hosted
    // Sisi and Hassan Sheikh. The two countries fought a border war …" is the story's pair)
    if (this.meeting?.sentence === this.sentenceIndex - 1 && this.meeting.parties.size >= 3) return null;
    const p = this.lastStatePair;
    return p && p.sentence === this.sentenceIndex - 1 ? p.pair : null;
  }

  /** The two guests of the latest host or mediator, and the sentence they were named in. */
  private guests: { pair: [Actor, Actor]; sentence: number } | null = null;

  /** A host's or a mediator's two guests: the sides a later "both delegations", "both sides" means. */
  rememberGuests(a: Actor, b: Actor): void {
    if (a.country === b.country) return;
    this.guests = { pair: [a, b], sentence: this.sentenceIndex };
    // (the sides themselves, not the host and one of them, which rememberPair would keep as a third party's dealing)
    this.pairMemory = [a, b];
  }

  /**
   * The party the given actor was last seen dealing with ("Beijing rejected the protest": the side that
   * lodged it), or null. Same-state counterparts count only when the roles differ (a government and its protesters).
   */
  /** The code of the latest interaction coded between two states, either way round: how the story has them relate. */
  latestCodeBetween(a: Actor, b: Actor): string | null {
    for (let i = this.interactions.length - 1; i >= 0; i--) {
      const [s, t, code] = this.interactions[i]!;
      if ((s.country === a.country && t.country === b.country) || (s.country === b.country && t.country === a.country)) return code;
    }
    return null;
  }

  /**
   * The party the story's armed attacks (18–20) were aimed at most often (the latest among equals), other than the given
   * one: where aid that names no recipient goes ("… after Russian missiles struck power plants in five Ukrainian
   * regions. Japan pledged $400 million"). Fighting between armed forces ("M23 clashed with the Burundian army")
   * makes no one a recipient: only attacks on a state or its people count.
   */
  mostAttacked(besides: Actor): Actor | null {
    let best: { actor: Actor; count: number; last: number } | null = null;
    for (const [country, h] of this.attacked)
      if (country !== besides.country && (!best || h.count > best.count || (h.count === best.count && h.last > best.last))) best = h;
    return best?.actor ?? null;
  }

  /**
   * The story has coded sanctions or cuts in relations against this state (16x): an adversary, never where a pledge that
   * names no recipient goes ("The EU adopted its 20th package against Russia … Germany pledged €500 million for air defence").
   */
  wasSanctioned(country: string): boolean {
    return this.sanctioned.has(country);
  }

  /** Records a sanction or cut in relations (16x) of one event, also each co-target's: "sanctions on Russia, China and Kyrgyzstan". */
  noteMeasure(source: Actor, target: Actor, code: string): void {
    if (code.startsWith('16') && source.country !== target.country) this.sanctioned.add(target.country);
  }

  private readonly sanctioned = new Set<string>();

  /** Counts of the attacks coded so far per state hit (kept as they are coded: no pass over the story per question). */
  private readonly attacked = new Map<string, { actor: Actor; count: number; last: number }>();

  recentCounterpart(actor: Actor, accept: (other: Actor, code: string) => boolean = () => true): Actor | null {
    for (let i = this.interactions.length - 1; i >= 0; i--) {
      const [s, t, code] = this.interactions[i]!;
      const domestic = s.country === t.country;
      // across states the country decides; inside one state the role does ("police" vs "protesters")
      const is = (x: Actor) => x.country === actor.country && (!domestic || x.role === actor.role);
      if (is(s) && !is(t) && accept(t, code)) return t;
      if (is(t) && !is(s) && accept(s, code)) return s;
    }
    return null;
  }

  /**
   * Lists of three or more parties the sentence names ("Britain, France, Germany and the United States",
   * "the United States, Britain and Norway"): what a later "the three countries" or "all four governments" names again.
   */
  noteGroups(resolved: readonly ResolvedMention[], tokens: Token[]): void {
    let run: ResolvedMention[] = [];
    const close = () => {
      const countries = [...new Map(run.map((r) => [r.actor!.country, r.actor!])).values()];
      if (countries.length >= 3) this.noteGroup(countries);
      run = [];
    };
    for (const r of resolved) {
      if (!r.actor || r.mention.pronoun) {
        close();
        continue;
      }
      const last = run[run.length - 1];
      const gap = last ? tokens.slice(last.mention.end, r.mention.start).map((t) => t.norm) : [];
      if (last && !(gap.length > 0 && gap.length <= 3 && gap.every((w) => LIST_JOINERS.has(w)))) close();
      run.push(r);
    }
    close();
  }

  /** Lists of parties by size, latest last. */
  private readonly groups = new Map<number, Actor[][]>();

  private noteGroup(members: Actor[]): void {
    this.groups.set(members.length, [...(this.groups.get(members.length) ?? []), members]);
  }

  /**
   * The latest list of that many parties. As the object of a subject already named, the latest that leaves the
   * subject out ("Russia's envoy charged the three powers" after "Russia, China and Burkina Faso voted against"
   * does not name Russia's own side), or with `withSubject` the latest that includes it ("his two counterparts").
   */
  private groupOfSize(size: number, withSubject: boolean, asObject: boolean): Actor[] | undefined {
    const lists = this.groups.get(size) ?? [];
    const subject = this.sentenceActors[0]?.country;
    if (subject === undefined || (!asObject && !withSubject)) return lists[lists.length - 1];
    return [...lists].reverse().find((a) => a.some((x) => x.country === subject) === withSubject);
  }

  /** The states the sentence has named so far, when there are exactly that many of them (three or more). */
  private sentenceGroup(size: number): Actor[] | null {
    const states = [...new Map(this.sentenceActors.map((a) => [a.country, a])).values()];
    return size >= 3 && states.length === size ? states : null;
  }

  /** The latest list of exactly that many parties the article named ("the three Nile basin states"). */
  listedGroup(size: number): Actor[] | undefined {
    const lists = this.groups.get(size) ?? [];
    return lists[lists.length - 1];
  }

  /** The subject of the sentence before this one (a state or body), what an unplaced speaker next most likely speaks for. */
  subjectActor(): Actor | null {
    return this.lastSubject?.actor ?? null;
  }

  setSubject(r: ResolvedMention): void {
    if (!r.actor && !r.pair) return;
    this.lastSubject = r;
    if (r.actor && this.persons.some((p) => p.actor === r.actor)) this.lastPerson = r;
  }

  /**
   * A capital that is also the seat of an organisation the story is about stands for it when it acts or is
   * acted on: "Russia would respond in a way that Brussels will feel" in a story about EU sanctions is the
   * EU. Where something happens ("talks in Brussels") it stays a place in its state, as it does when the
   * story names the state itself more than the organisation.
   */
  private seatMetonym(tokens: Token[], m: Mention, state: string): string {
    const seated = ORGANISATION_SEATS.get(tokens[m.start]!.text);
    if (!seated || (m.prep !== null && !ARGUMENT_PREPS.has(m.prep))) return state;
    const org = seated.find((o) => (this.countryCounts.get(o) ?? 0) > (this.countryCounts.get(state) ?? 0));
    return org ?? state;
  }

  /** The office holder a name denotes on the article's date (validity ends exclusive: on a handover day only the successor). */
  pickLeader(leaders: readonly LeaderEntry[]): LeaderEntry | null {
    const valid = leaders.filter((l) => leaderValidOn(l, this.articleDate));
    if (valid.length === 0) return null;
    // a surname shared by several office holders: prefer the one already named in the article
    return valid.find((l) => this.seenLeaders.has(l.name)) ?? valid[0]!;
  }

  resolve(m: Mention, tokens: Token[]): ResolvedMention {
    if (m.pronoun) return this.resolvePronoun(m);
    // "Prince Faisal", "Minister Umerov": a title before the name of someone the article has placed is that person
    const titled = this.titledPerson(m, tokens);
    if (titled) return { mention: m, actor: titled, pair: null, certainty: 0.8 };
    const text = tokens
      .slice(m.start, m.end)
      .map((t, i, a) => t.text + (i < a.length - 1 && a[i + 1]!.start > t.end ? ' ' : ''))
      .join('');
    let country: string | null = null;
    let role: string | null = null;
    let leaderName: string | null = null;
    let certainty = 1;
    for (const { item, start, end } of m.items) {
      // "Anwar" (or "Ms Anwar") after the article named "spokesperson Rabia Anwar": that person, not the leader
      if (item.kind === 'leader' && item.alias && end - start === 1 && this.otherBearers.has(tokens[start]!.text)) {
        const person = this.surnameAt(tokens[start]!);
        if (person) return { mention: m, actor: person, pair: null, certainty: 0.7 };
        continue;
      }
      if (item.kind === 'group' && item.members) {
        const roleOf = m.items.find((x) => x.item.kind === 'role')?.item.role ?? 'GOV';
        return { mention: m, actor: null, pair: item.members.map((country) => ({ text, country, role: roleOf })), certainty: 0.8 };
      }
      if (item.kind === 'group' && item.assembly) {
        // (not "the leaders of Iran and Iraq", which names its own; nor with no meeting of three or more before)
        if (!this.assembly || tokens[m.end]?.norm === 'of') continue;
        return { mention: m, actor: null, pair: this.assembly.map((a) => ({ ...a, text })), certainty: 0.7 };
      }
      if (item.kind === 'group') {
        // ("hosted his Indonesian and Philippine counterparts, and the three ministers agreed …": the sentence's own three)
        // (only when the story has named no list of that size before: "Ethiopia, Sudan and Egypt … the three countries")
        const own = item.withoutSubject || this.groups.has(item.size ?? 0) ? null : this.sentenceGroup(item.size ?? 0);
        const group = own ?? this.groupOfSize(item.size ?? 0, item.withoutSubject === true, inObjectPosition(tokens, m));
        // "The 27 leaders approved sanctions" in a story about the EU: its members acting as one
        const organisation = group || this.groups.has(item.size ?? 0) ? undefined : MEMBER_COUNTS.get(item.size ?? 0);
        if (organisation && this.countryCount(organisation) > 0) {
          return { mention: m, actor: { text, country: organisation, role: null }, pair: null, certainty: 0.7 };
        }
        const subject = this.sentenceActors[0]?.country;
        // "his two counterparts" names the group less the subject's state
        const listed = item.withoutSubject ? group?.filter((a) => a.country !== subject) : group;
        // "the three European powers" with no three parties listed before: the coalition it describes (the E3)
        const members = listed ?? item.fallback?.map((country): Actor => ({ text, country, role: 'GOV' }));
        const roleOf = m.items.find((x) => x.item.kind === 'role')?.item.role ?? null;
        return { mention: m, actor: null, pair: members ? members.map((a) => ({ text, country: a.country, role: roleOf ?? a.role })) : null, certainty: 0.7 };
      }
      if (item.kind === 'pair') {
        // "X spoke with Y, and the two leaders discussed …": the two sides named just before in the sentence
        // "the two leaders", "the two ministers": the two people of different states named last
        // "The US and the EU urged both sides to …": as an object the phrase means the sides the story is about,
        // not the compound subject just named
        const objectPosition = inObjectPosition(tokens, m);
        // ("Lula spoke with both leaders": the two named before, not Lula and one of them)
        // (and so, after three states, does a pair that is not the sentence's subject, unless that subject is itself two:
        // "Iran summoned Kuwait's and Saudi Arabia's envoys over a deal the two neighbours signed" are Kuwait and Saudi
        // Arabia; "Saudi Arabia and the Houthis … the UN envoy announced that the two sides …" are the first two)
        const threeNamed = new Set(this.sentenceActors.map((a) => a.country)).size >= 3 && !this.compoundSubject(tokens);
        const leaveOut = objectPosition || threeNamed ? this.sentenceActors[0]?.country : undefined;
        const people = /leaders|ministers|presidents|heads/.test(text) ? this.personPair(leaveOut) : null;
        const inSentence = !objectPosition && threeNamed ? this.sentencePair(leaveOut) : this.sentencePair();
        const others = leaveOut ? this.sentencePair(leaveOut) : null;
        const story = this.explicitPair ?? this.pair();
        const sameSides = (a: readonly [Actor, Actor], b: readonly [Actor, Actor]) =>
          new Set([a[0].country, a[1].country, b[0].country, b[1].country]).size === 2;
        // ("Ruto telephoned Abiy and al-Sisi, urging both leaders …": as an object, the two people named last besides the subject)
        const pair =
          objectPosition && people && others && sameSides(others, people)
            ? people
            : objectPosition && inSentence && story && !sameSides(inSentence, story)
              ? story
              : (inSentence ?? (objectPosition || people ? null : this.previousSentencePair(text)) ?? this.explicitPair ?? people ?? this.pair());
        const roleOf = m.items.find((x) => x.item.kind === 'role')?.item.role ?? null;
        // the words of this mention ("both countries", "business representatives from both countries") name both sides
        return {
          mention: m,
          actor: null,
          pair: pair
            ? [
                { text, country: pair[0].country, role: roleOf ?? pair[0].role },
                { text, country: pair[1].country, role: roleOf ?? pair[1].role },
              ]
            : null,
          certainty: 0.7,
        };
      }
      if (item.kind === 'leader' && item.leaders) {
        const l = this.pickLeader(item.leaders);
        if (!l) continue;
        if (item.alias && !this.seenLeaders.has(l.name) && !m.items.some((x) => x.item.kind === 'role')) certainty = 0.7;
        leaderName = l.name;
        country ??= l.country;
        if (l.country !== country) country = l.country; // the person's own state wins over a modifier
        role = l.role;
        this.seenLeaders.add(l.name);
        continue;
      }
      // "ISLAMABAD: The Foreign Office summoned …": a name several states use is the story's own state's
      const home = item.homeFirst && (!item.homes || (this.storyState !== null && item.homes.includes(this.storyState))) ? this.storyState : null;
      if (item.code && country === null) country = home ?? (item.kind === 'capital' ? this.seatMetonym(tokens, m, item.code) : item.code);
      // an armed group keeps its role whatever it is called ("Houthi forces" are rebels, not the army)
      if (item.role && (role === null || item.kind === 'role') && role !== 'REB') role = leaderName ? role : item.role;
    }
    if (country === null) {
      // "the 15-member council", a role noun that is also a bloc word: the organisation the article named last
      const bloc = m.items.every((i) => i.item.kind === 'role') ? this.blocAt(tokens, m.end - 1) : null;
      if (bloc) return { mention: m, actor: bloc, pair: null, certainty: 0.7 };
      // "The spokesperson accused Washington …" after "China's foreign ministry spokesperson called …": the one last
      // placed with that title
      const titled = this.titleHolder(tokens, m);
      if (titled) return this.inSentence({ mention: m, actor: titled, pair: null, certainty: 0.6 });
      // "The Court also rejected …" after "the International Court of Justice": a role word that heads a body named before
      const body = m.end - m.start === 1 ? this.bodyAt(tokens, m.start) : null;
      if (body) return this.inSentence({ mention: m, actor: body, pair: null, certainty: 0.7 });
      // "the leader", "officials": a known person with that role, or no country yet
      const lastPerson = this.lastPerson?.actor && this.lastPerson.actor.role === role ? { actor: this.lastPerson.actor } : undefined;
      const p =
        role && m.items.every((i) => i.item.kind === 'role') ? (lastPerson ?? [...this.persons].reverse().find((x) => x.actor.role === role)) : undefined;
      const before = tokens[m.start - 1]?.norm ?? '';
      if (p && /\b(leader|president|premier|minister|chancellor|king)\b/i.test(text) && before === 'the') {
        return { mention: m, actor: p.actor, pair: null, certainty: 0.6 };
      }
      // "its foreign minister", "their army": the role belongs to the state just talked about
      // ("his government", "her foreign minister": the person's state, the one last named)
      // ("A Burundian military spokesman said his troops …": the speaker just named, not the person named last before)
      const personal = before === 'his' || before === 'her';
      const speaker = personal && isReportingVerb(tokens[m.start - 2]?.norm ?? '') ? this.sentenceActors[this.sentenceActors.length - 1] : undefined;
      const owner = before === 'its' || before === 'their' ? this.lastSubject?.actor : personal ? (speaker ?? this.lastPerson?.actor) : null;
      if (owner && role) {
        return this.inSentence({
          mention: m,
          actor: { text: `${owner.text} ${text}`.trim(), country: owner.country, role },
          pair: null,
          certainty: 0.6,
        });
      }
      return { mention: m, actor: null, pair: null, certainty: 0 };
    }
    this.countryCounts.set(country, (this.countryCounts.get(country) ?? 0) + 1);
    // "the South Korean leader": the person already introduced with this country and role
    if (!leaderName && role && PERSON_ROLES.has(role) && m.items.some((i) => i.item.kind === 'role')) {
      const hasName = tokens.slice(m.start, m.end).some((t, i) => t.cap && !m.items.some((it) => m.start + i >= it.start && m.start + i < it.end));
      if (!hasName) {
        const p = [...this.persons].reverse().find((x) => x.actor.country === country && x.actor.role === role);
        if (p && /\b(leader|president|premier|head of state)\b/i.test(text)) return { mention: m, actor: p.actor, pair: null, certainty: 0.8 };
      }
    }
    const actor: Actor = { text: leaderName ?? text, country, role };
    if (!this.firstOfficial && role === 'GOV' && (leaderName || m.items.some((i) => i.item.kind === 'role'))) this.firstOfficial = actor;
    const title = officeTitle(tokens, m);
    // (under the whole title and its last word: "the foreign ministry spokesperson" and "the spokesperson" both mean them)
    if (title && !leaderName) for (const key of new Set([title.phrase, title.noun])) this.titles.set(key, actor);
    if (this.sentenceActors.length === 0 && HOSTING_VERBS.has(tokens[m.end]?.norm ?? '')) this.sentenceHost = actor;
    // (a city where something happened is no party of it: "after talks in Baghdad and Muscat, the two governments signed")
    if (this.namesWhere(tokens, m)) this.sentencePlaces.push(m.end);
    else {
      this.sentenceActors.push(actor);
      this.sentenceSpans.push({ start: m.start, end: m.end });
    }
    this.rememberBodyHead(m, tokens, actor);
    if (role === 'REB') this.lastArmedGroup = actor;
    if (BLOC_CODES.has(country)) this.blocs.set(country, { actor, at: this.sentenceIndex });
    // a named person: remember the surname for later mentions
    if (leaderName) this.notePersonNames(actor, referringNames(leaderName.split(' ')));
    else if (endsInName(m, tokens) && (role || tokens[m.end - 2]?.cap || PATRONYMICS.has(tokens[m.end - 2]?.norm ?? ''))) {
      // a named person ("UN relief chief Tom Fletcher"): a title or a two-word name after the state or body
      this.notePersonNames(actor, namesOfPerson(tokens, m));
      // ("spokesperson Lin Jian": a surname written first is what the story calls them by, "Lin")
      const first = tokens[m.end - 2];
      if (first && this.otherBearers.has(first.text)) this.notePerson(actor, first.text);
    }
    return { mention: m, actor, pair: null, certainty };
  }

  /**
   * A mention placed by what the article said before ("its special envoy", "the spokesperson") is one of the sentence's
   * actors like any other: "Its special envoy met his Armenian counterpart …, and the two agreed" are those two.
   */
  private inSentence(r: ResolvedMention): ResolvedMention {
    if (r.actor) {
      this.sentenceActors.push(r.actor);
      this.sentenceSpans.push({ start: r.mention.start, end: r.mention.end });
    }
    return r;
  }

  /**
   * Whom a definite title alone refers back to ("the spokesperson", "the envoy"): the latest holder of that title the
   * article placed in a state. The whole title must match ("the interior minister" is not the defence minister named
   * before; "the minister" is the last minister).
   */
  private titleHolder(tokens: Token[], m: Mention): Actor | null {
    if (tokens[m.start - 1]?.norm !== 'the' || !m.items.every((i) => i.item.kind === 'role')) return null;
    const title = officeTitle(tokens, m);
    // (an office as a place is the local one: "summoned to the ministry", ", the ministry said" after a Japanese protest;
    // as the sentence's subject it is the one just named: "The ministry accused Rabat …")
    if (title && OFFICES.has(title.noun) && m.start !== 1) return null;
    return title ? (this.titles.get(title.phrase) ?? null) : null;
  }

  /** A named official the dictionaries could not place, placed by the sentence coder: later "he" and surname mentions resolve to them. */
  adoptPerson(mention: ResolvedMention, actor: Actor, names: PersonNames): void {
    this.notePersonNames(actor, names);
    this.lastPerson = { ...mention, actor };
  }

  /** A person's surname, and the given name an honorific may call them by ("Prince Faisal": titledPerson). */
  private notePersonNames(actor: Actor, names: PersonNames): void {
    this.notePerson(actor, names.surname);
    if (!names.given) return;
    this.givenNames.delete(names.given);
    this.givenNames.set(names.given, actor);
    // (bounded like the people kept: the oldest name goes first)
    if (this.givenNames.size > PEOPLE_KEPT) this.givenNames.delete(this.givenNames.keys().next().value!);
  }

  private readonly givenNames = new Map<string, Actor>();

  /** A named person, placed: later surname mentions resolve to them (also for respective-names.ts). */
  notePerson(actor: Actor, surname: string): void {
    const again = this.persons.findIndex((p) => p.surname === surname);
    if (again >= 0) this.persons.splice(again, 1);
    this.persons.push({ actor, surname });
    if (this.persons.length > PEOPLE_KEPT) this.persons.shift();
  }

  /**
   * Heads of organisation names met so far ("European Commission" → "Commission", "International Court of Justice" →
   * "Court": the noun before an "of" when there is one): what "the Commission" or "the Court" means later.
   */
  private readonly bodyHeads = new Map<string, Actor>();

  private rememberBodyHead(m: Mention, tokens: Token[], actor: Actor): void {
    // (a state's own body of that name named since is what the word means next: "Ukraine's Supreme Court later ruled,
    // and the Court ordered …", "Hungary's parliament voted, and the Parliament condemned …")
    const last = tokens[m.end - 1]!.norm;
    const own = last.charAt(0).toUpperCase() + last.slice(1);
    if (BODY_HEADS.has(own) && this.bodyHeads.get(own)?.country !== actor.country) this.bodyHeads.delete(own);
    const org = m.items.find((i) => i.item.kind === 'organisation');
    if (!org || org.end - org.start < 2) return;
    const of = tokens.slice(org.start + 1, org.end).findIndex((t) => t.norm === 'of');
    const head = tokens[of >= 0 ? org.start + of : org.end - 1]!;
    if (BODY_HEADS.has(head.text)) this.bodyHeads.set(head.text, { text: head.text, country: actor.country, role: org.item.role });
  }

  /** Leaders' one-word aliases the article has used as someone else's surname (mention-finder.ts `aliasesOfOthers`). */
  private readonly otherBearers = new Set<string>();

  noteOtherBearers(aliases: readonly string[]): void {
    for (const alias of aliases) this.otherBearers.add(alias);
  }

  /** The blocs and alliances the article named, with the sentence each was last named in. */
  private readonly blocs = new Map<string, { actor: Actor; at: number }>();

  /**
   * "the bloc", "the 27-member bloc", "the alliance", "the 15-member council", "the world body": of the organisations
   * each word can name, the one the article named last (the EU, ASEAN, the AU, the Arab League, NATO, the UN).
   */
  blocAt(tokens: Token[], i: number): Actor | null {
    const word = tokens[i]!.norm;
    const codes = BLOC_WORDS.get(word);
    if (!codes || (word === 'body' && tokens[i - 1]?.norm !== 'world')) return null;
    let latest: { actor: Actor; at: number } | null = null;
    for (const [code, named] of this.blocs) if (codes.has(code) && (latest === null || named.at >= latest.at)) latest = named;
    if (latest === null) return null;
    // ("the 27-nation bloc": a size between the article and the noun)
    let k = i - 1;
    while (k > i - 4 && k >= 0 && /^(\d+|-|member|nation|country|strong|world)$/.test(tokens[k]!.norm)) k--;
    return tokens[k]?.norm === 'the' ? latest.actor : null;
  }

  /** "the Commission", "the Council" after the article named the European Commission or Council. */
  bodyAt(tokens: Token[], i: number): Actor | null {
    const t = tokens[i]!;
    return tokens[i - 1]?.norm === 'the' && !tokens[i + 1]?.cap ? (this.bodyHeads.get(t.text) ?? null) : null;
  }

  private titledPerson(m: Mention, tokens: Token[]): Actor | null {
    const last = m.end - 1;
    // (the name right after the title: in "General Border Committee" the title is followed by a body's name)
    if (m.items.length === 0 || !m.items.every((i) => i.item.kind === 'role' && i.end <= last) || m.items[m.items.length - 1]!.end !== last) return null;
    if (!tokens[last]!.cap) return null;
    // ("Prince Faisal" after "Faisal bin Farhan": a given name only after an honorific, never "Minister Mohammed")
    const honoured = HONORIFICS.has(tokens[last - 1]!.norm) ? this.givenNames.get(tokens[last]!.text) : undefined;
    return honoured ?? this.surnameAt(tokens[last]!);
  }

  /** Capitalised words that are the surname of a person named earlier in the article. */
  surnameAt(token: Token): Actor | null {
    if (!token.cap) return null;
    for (let i = this.persons.length - 1; i >= 0; i--) if (this.persons[i]!.surname === token.text) return this.persons[i]!.actor;
    return null;
  }

  private resolvePronoun(m: Mention): ResolvedMention {
    const p = m.pronoun!;
    // "we", "I" in a quotation are the speaker: resolved by the sentence's attribution (see speakerOf)
    if (p === 'we' || p === 'i' || p === 'our') return { mention: m, actor: null, pair: null, certainty: 0 };
    const personal = p === 'he' || p === 'she' || p === 'his' || p === 'her' || p === 'him';
    const s = personal ? this.lastPerson : this.lastSubject;
    if (!s) return { mention: m, actor: null, pair: null, certainty: 0 };
    if ((p === 'they' || p === 'their' || p === 'them') && s.pair) return { mention: m, actor: null, pair: s.pair, certainty: 0.6 };
    // ("the ministers condemned … positions it has occupied", "US and Armenian troops began …; accusing it": "it" is never
    // a group)
    if (!s.actor && s.pair && (p === 'it' || p === 'its' || s.pair.length > 2)) return { mention: m, actor: null, pair: null, certainty: 0 };
    if (!s.actor) return { mention: m, actor: null, pair: s.pair, certainty: 0.5 };
    return { mention: m, actor: s.actor, pair: null, certainty: 0.7 };
  }
}

// Organisations of member states that the news calls "the bloc", "the alliance" or "the council", and which of them each word names.
const BLOC_CODES = new Set(['EUR', 'ASN', 'AFU', 'ARL', 'NATO', 'UNO']);
const BLOC_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['bloc', new Set(['EUR', 'ASN', 'AFU', 'ARL'])],
  ['alliance', new Set(['NATO'])],
  ['council', new Set(['UNO'])],
  ['body', new Set(['UNO'])],
]);

// Capitals that are the seat of an organisation, and the organisations (most likely first).
const ORGANISATION_SEATS: ReadonlyMap<string, readonly string[]> = new Map([['Brussels', ['EUR', 'NATO']]]);
// Prepositions that put a party in an argument position rather than name a place.
const ARGUMENT_PREPS = new Set(['with', 'against', 'on', 'toward', 'towards', 'by']);
/** A mention after a preposition or a verb ("urged both sides", "charged the three powers"): an object, not a subject. */
function inObjectPosition(tokens: Token[], m: Mention): boolean {
  const prev = tokens[m.start - 1];
  return m.prep !== null || (prev !== undefined && /^[a-z]+(ed|es|s|ing)$/.test(prev.text) && !NOT_VERBS.has(prev.norm));
}
// Words with a verb's ending that are not verbs.
const NOT_VERBS = new Set([
  'has',
  'was',
  'is',
  'as',
  'its',
  'his',
  'this',
  'following',
  'regarding',
  'concerning',
  'according',
  'nothing',
  'something',
  'anything',
  'everything',
]);

export interface PersonNames {
  surname: string;
  /** The given name before a patronymic ("Faisal" in "Faisal bin Farhan"), said after an honorific only. */
  given: string | null;
}

/**
 * The words a person named in full is later called by: the surname ("Tom Fletcher" → Fletcher, "Surangel Whipps Jr" →
 * Whipps); in an Arabic name with a patronymic also the given name, said after an honorific ("Faisal bin Farhan" →
 * Farhan, and Faisal in "Prince Faisal"; "Sheikh Tamim bin Hamad" → Hamad, and Tamim in "Sheikh Tamim").
 */
export function namesOfPerson(tokens: Token[], m: Mention): PersonNames {
  return referringNames(tokens.slice(Math.max(m.start, m.end - 3), m.end).map((t) => t.text));
}

function referringNames(all: readonly string[]): PersonNames {
  // ("Surangel Whipps Jr" is Whipps: a generational suffix is no surname)
  const words = SUFFIXES.has(all[all.length - 1]!) && all.length > 1 ? all.slice(0, -1) : all;
  const last = words[words.length - 1]!;
  const patronymic = words.findIndex((w, i) => i > 0 && PATRONYMICS.has(w));
  const given = patronymic > 0 ? words[patronymic - 1]! : undefined;
  return { surname: last, given: given && /^\p{Lu}/u.test(given) && given !== last ? given : null };
}
// Titles that call a royal or a sheikh by the given name ("Prince Faisal", "Sheikh Tamim", "Emir Tamim").
const HONORIFICS = new Set(['prince', 'princess', 'sheikh', 'sheikha', 'emir', 'king', 'queen', 'sultan']);
const PATRONYMICS = new Set(['bin', 'bint', 'ibn']);
const SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

// Titles of one office holder that a story names once in full and then by the title alone; not bodies or forces
// ("the army", "the government" are the story's own or its subject's) and not heads of state (lastPerson keeps those).
// (and the offices that speak for a state abroad: "the Algerian foreign ministry recalled … The ministry accused Rabat …")
const OFFICES = new Set(['ministry', 'embassy', 'delegation']);
const OFFICE_TITLES = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'envoy',
  'ambassador',
  'negotiator',
  'diplomat',
  'minister',
  'commissioner',
  'official',
  ...OFFICES,
]);

/**
 * The office a mention ends in, as its role phrase and its last word ("foreign ministry spokesperson", "spokesperson"),
 * when it ends in one; a named person's mention has none.
 */
function officeTitle(tokens: Token[], m: Mention): { phrase: string; noun: string } | null {
  const last = m.items[m.items.length - 1];
  if (!last || last.item.kind !== 'role' || last.end !== m.end) return null;
  const noun = tokens[m.end - 1]!.norm;
  if (!OFFICE_TITLES.has(noun)) return null;
  const words = tokens.slice(last.start, last.end).map((t) => t.norm);
  return { phrase: words.join(' '), noun };
}
