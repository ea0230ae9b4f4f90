import type { Actor } from '../../model/diplomatic-event.ts';
import type { Token } from '../text/tokenizer.ts';
import { domesticOpponents } from './argument-selector.ts';

/**
 * Reactions name the deed they react to with a definite noun: "condemned the strike", "rejected
 * the protest", "welcomed the apology", "denounced the ultimatum", "an investigation into the
 * attack". The counterpart of the reaction is whoever did that deed: the source of the first
 * event of the noun's CAMEO family coded earlier in the article (the story's lead event).
 */
// A party put on a sanctions or export-control list (among the measures below, and read on their own in referredDeed).
const LISTING_NOUNS: ReadonlySet<string> = new Set(['listing', 'listings', 'designation', 'designations']);
const JOINT_TALKS = ['talks', 'negotiations', 'dialogue', 'meeting', 'summit'];
const JOINT_TRUCES = ['ceasefire', 'truce', 'pullback', 'withdrawal'];
const JOINT_NOUNS = new Set<string>([...JOINT_TALKS, ...JOINT_TRUCES]);
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'over', 'regarding', 'for', 'at', 'during', 'after', 'before']);
const EVENT_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      [
        [
          'strike',
          'strikes',
          'airstrike',
          'airstrikes',
          'attack',
          'attacks',
          'bombing',
          'bombings',
          'shelling',
          'raid',
          'raids',
          'offensive',
          'barrage',
          'barrages',
          'assault',
          'killings',
          'massacre',
          'invasion',
          'shooting',
          'shootings',
          'gunfire',
          'ambush',
          'bombardment',
          'downing',
          'seizure',
        ],
        ['18', '19', '20', '17'],
      ],
      [['ultimatum', 'threat', 'threats', 'warning'], ['13']],
      // shows of force: a missile launch or test; a ship's or jet's intrusion, also coded as the violation it is (128)
      [
        ['launch', 'launches', 'test', 'tests', 'provocation'],
        ['15', '19', '17'],
      ],
      [
        ['intrusion', 'intrusions', 'incursion', 'incursions', 'breach', 'violation', 'violations'],
        ['15', '19', '128', '18'],
      ],
      [['apology'], ['055']],
      [['veto', 'vetoes'], ['12']],
      // an exercise is its participants' (military cooperation) or one party's show of force
      [
        ['exercise', 'exercises', 'drill', 'drills', 'maneuvers', 'manoeuvres', 'wargames'],
        ['06', '15'],
      ],
      [
        ['protest', 'complaint', 'summons', 'condemnation', 'accusation', 'accusations', 'allegation', 'allegations'],
        ['11', '14'],
      ],
      // (entry bans and asset freezes, 172, are sanctions in news)
      [
        // (a listing or designation puts a party on a sanctions or export-control list)
        ['sanctions', 'tariffs', 'levies', 'duties', 'suspension', 'measures', 'embargo', 'ban', 'bans', ...LISTING_NOUNS],
        ['16', '174', '172'],
      ],
      // an expulsion is of people: diplomats sent home (a cut in relations, 161) or others expelled (174), no sanction
      [
        ['expulsion', 'expulsions'],
        ['174', '161'],
      ],
      [['arrest', 'arrests', 'detention', 'detentions', 'crackdown'], ['17']],
      [
        ['agreement', 'deal', 'accord', 'treaty', 'declaration', 'pact'],
        ['03', '057'],
      ],
      // what talks came to ("welcomed the outcome"): the agreement reached, or else the talks themselves
      [
        ['outcome', 'breakthrough'],
        ['03', '057', '04'],
      ],
      // talks and truces are the deed of both sides (see the joint deeds the assembler records)
      [JOINT_TALKS, ['04']],
      [JOINT_TRUCES, ['03', '057', '08']],
      [['proposal', 'offer', 'plan', 'initiative'], ['03']],
      [
        ['demand', 'demands', 'request', 'requests', 'appeal', 'appeals', 'call', 'calls'],
        ['10', '02'],
      ],
      [
        // (an appeal is often the criticism answered: "urged Canberra to abandon Cold War thinking" … "rejected the criticism")
        ['remarks', 'comments', 'statement', 'statements', 'claims', 'charges', 'criticism'],
        ['11', '13', '10', '01', '02'],
      ],
      [['release', 'handover', 'swap', 'exchange'], ['084']],
      [['visit', 'trip'], ['042']],
      // a deed named only as one ("the move", "this step", "the decision"): any deed, the story's first
      [['move', 'step', 'decision'], ['']],
    ] as const
  ).flatMap(([nouns, codes]) => nouns.map((n) => [n, codes] as const)),
);
/** Reactions and statements: their object is often a deed named earlier in the story. */
export const REACTION_ROOTS: ReadonlySet<string> = new Set(['01', '02', '05', '10', '11', '12', '13']);
const SPEECH_ROOTS = new Set(['01', '02', '10', '11', '12', '13', '14']);
const OWN_PHRASE_NOUNS = new Set(['withdrawal', 'pullback', 'release', 'handover']);
const OWN_PARTIES = new Set(['between', 'with', 'among']);
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'these', "'s"]);
const STOP = new Set([',', ';', '.', ':', '"', 'and', 'but', 'which', 'who', 'that', 'because']);
// (how far a listing's own phrase is read for its "by" or "as")
const LISTING_REACH = 10;

/** The phrase at `from`, after "the listing of", names its own lister or what it lists a party as ("by UNESCO", "as a …"). */
function ownsListing(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + LISTING_REACH && !STOP.has(tokens[k]!.norm); k++)
    if (tokens[k]!.norm === 'by' || tokens[k]!.norm === 'as') return true;
  return false;
}

/**
 * The deed noun a relative clause hangs from, when the subject at `subjectStart` opens one: "in an attack that Saudi
 * Arabia and Jordan condemned" (the noun, then "that" or "which", then the subject). -1 if none.
 */
export function relativeDeedNoun(tokens: Token[], subjectStart: number): number {
  const rel = tokens[subjectStart - 1]?.norm;
  if (rel !== 'that' && rel !== 'which') return -1;
  return isDeedNoun(tokens[subjectStart - 2]) ? subjectStart - 2 : -1;
}

/** A noun that names a deed a reaction can refer to ("meeting", "strike", "sanctions"). */
export function isDeedNoun(token: Token | undefined): boolean {
  return token !== undefined && EVENT_NOUNS.has(token.norm);
}

export interface CodedDeed {
  code: string;
  source: Actor;
  /** Deeds of one coded event share it: "Estonia, Latvia and Lithuania barred …" is one deed by three. */
  event: number;
}

/** Every doer of that deed ("lambasted the sanctions" when three states imposed them together), first-named first. */
export function referredDeedSources(
  tokens: Token[],
  from: number,
  deeds: readonly CodedDeed[],
  reactor: Actor,
  until = from + 6,
  /** The noun heads a relative clause the reaction is in ("an attack that Jordan condemned"): it needs no definite article. */
  relative = false,
): Actor[] {
  const deed = referredDeed(tokens, from, deeds, reactor, until, relative);
  if (!deed) return [];
  const doers = deeds.filter((d) => d.event === deed.event && d.code === deed.code).map((d) => d.source);
  // (the reactor's own state only as its domestic opponent: a government denouncing its rebels' ultimatum)
  return doers.filter(
    (a, i) => (a.country !== reactor.country || domesticOpponents(a.role, reactor.role)) && doers.findIndex((b) => b.country === a.country) === i,
  );
}

// "This is blackmail", "That was a provocation": a demonstrative subject of a copula names what just happened ("it is
// unacceptable that …", "it was dangerous to …" are impersonal and name nothing).
const DEMONSTRATIVES = new Set(['this', 'that']);
const COPULA_AFTER_DEMONSTRATIVE = new Set(['is', 'was', "'s"]);

function referredDeed(tokens: Token[], from: number, deeds: readonly CodedDeed[], reactor: Actor, until: number, relative: boolean): CodedDeed | null {
  // ('"This is blackmail," Lin said' after the US imposed tariffs: the latest deed of another party)
  if (DEMONSTRATIVES.has(tokens[from]?.norm ?? '') && COPULA_AFTER_DEMONSTRATIVE.has(tokens[from + 1]?.norm ?? ''))
    return deeds.findLast((d) => d.source.country !== reactor.country || domesticOpponents(d.source.role, reactor.role)) ?? null;
  for (let i = from; i < tokens.length && i < until; i++) {
    const w = tokens[i]!.norm;
    if (STOP.has(w) && i > from) return null;
    const families = EVENT_NOUNS.get(w);
    // ("summoned Equatorial Guinea's ambassador to protest the deportation": after "to" a bare form is a verb, not a deed;
    // "in response to airstrikes that France condemned" is the deed)
    if (!families || (tokens[i - 1]?.norm === 'to' && !relative && !w.endsWith('s'))) continue;
    // "demanded the withdrawal of Rwandan troops", "called for the release of the detainees": the noun's own "of" phrase
    // names whom the demand is about; no deed before it is meant
    if (OWN_PHRASE_NOUNS.has(w) && tokens[i + 1]?.norm === 'of') return null;
    // "the listing of the temple by UNESCO", "the designation of Taiwan as a separate customs territory": a listing that
    // names its own lister or what it lists a party as is no sanction told before
    if (LISTING_NOUNS.has(w) && tokens[i + 1]?.norm === 'of' && ownsListing(tokens, i + 2)) return null;
    // "welcomed the agreement between Kuwait and Saudi Arabia", "the talks with Tehran": the noun names its own parties
    if (OWN_PARTIES.has(tokens[i + 1]?.norm ?? '')) return null;
    // "declined to comment on the talks": talks are a topic there, not a deed reacted to
    if (JOINT_NOUNS.has(w) && tokens.slice(from, i).some((t) => TOPIC_PREPOSITIONS.has(t.norm))) return null;
    // a definite noun phrase: "the strike", "Tokyo's protest", "the latest attack"
    const definite = tokens.slice(Math.max(from, i - 3), i).some((t) => DEFINITE.has(t.norm));
    if (!definite && !relative) return null;
    // a deed: the first such one (a story leads with its main event and reactions refer back to it);
    // words (remarks, accusations, demands): the latest, answered as they come
    const verbal = families.every((f) => SPEECH_ROOTS.has(f.slice(0, 2)));
    const ordered = verbal ? [...deeds].reverse() : deeds;
    for (const d of ordered) {
      if (d.source.country === reactor.country && !domesticOpponents(d.source.role, reactor.role)) continue;
      if (families.some((f) => d.code.startsWith(f))) return d;
    }
    return null;
  }
  return null;
}
