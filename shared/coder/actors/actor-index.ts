import { COUNTRIES, INSTITUTION_METONYMS } from '../lexicon/countries.ts';
import { SHARED_INSTITUTION_ROWS } from '../lexicon/countries-data.ts';
import { MEMBER_COUNTS, ORGANISATIONS } from '../lexicon/organisations.ts';
import { ROLE_NOUNS } from '../lexicon/roles.ts';
import { UNCODED_BODIES } from '../lexicon/uncoded-bodies.ts';
import { STATE_COALITIONS } from '../lexicon/state-coalitions.ts';
import { activeOverlay, LayeredMap } from '../dictionary/active-lexicon.ts';
import { LEADERS, type LeaderEntry } from '../lexicon/leaders.ts';
import { PLACES } from '../lexicon/places.ts';
import { entryTokens, type ActorEntry, type ActorItem } from './actor-lexicon.ts';
import { RoleNounLayer, type IndexWithoutRoles, type RoleNoun } from './role-noun-layer.ts';

/**
 * The actor dictionaries (states, institutions, organisations, leaders, role nouns, group phrases)
 * as one index keyed by a mention's first token (actor-lexicon.ts), built on the first lookup
 * rather than at module load: building it is a large part of loading the coder, and a Lambda cold
 * start that codes nothing (or a process that only validates a dictionary) need not pay for it.
 */

/** Phrases that refer back to the two parties an article is about: "both"/"the two" and a noun for parties or their people. */
const PAIR_NOUNS = [
  'countries',
  'sides',
  'nations',
  'states',
  'governments',
  'leaders',
  'parties',
  'ministers',
  'foreign ministers',
  'defence ministers',
  'defense ministers',
  'presidents',
  'prime ministers',
  'delegations',
  'heads of state',
  'armies',
  'militaries',
  'men',
  'women',
  'officials',
  'capitals',
  'neighbours',
  'neighbors',
  'negotiators',
  'allies',
  'rivals',
  'envoys',
  'teams',
];
const PAIR_PHRASES = [...PAIR_NOUNS.flatMap((n) => [`both ${n}`, `the two ${n}`]), 'their countries'];
const BARE_PAIR_PHRASES = ['the two', 'both'];
/** "the three countries", "all four governments": the last list of that many parties the article named. */
export const GROUP_SIZES: ReadonlyArray<readonly [string, number]> = [
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
];
const GROUP_PHRASES = GROUP_SIZES.flatMap(([word, size]) =>
  PAIR_NOUNS.flatMap(
    (n) =>
      [
        [`the ${word} ${n}`, size],
        [`all ${word} ${n}`, size],
      ] as const,
  ),
).concat(GROUP_SIZES.flatMap(([word, size]) => [[`the ${word} powers`, size]] as const));

/** "the ministers condemned …" after a meeting of five: its participants, uncounted (see ActorResolver.noteMeeting). */
const ASSEMBLY_PHRASES = ['the ministers', 'the foreign ministers', 'the leaders', 'the participants', 'the participating ministers', 'the heads of state'];

/** "the 27 leaders", "all 32 allies", "the 27 member states": the members of an organisation of that size. */
const MEMBERSHIP_PHRASES = [...MEMBER_COUNTS.keys()].flatMap((size) =>
  [
    'leaders',
    'heads of state',
    'foreign ministers',
    'ministers',
    'countries',
    'states',
    'governments',
    'nations',
    'allies',
    'member states',
    'members',
    'member countries',
  ].flatMap((n) => [`the ${size} ${n}`, `all ${size} ${n}`].map((phrase) => [phrase, size] as const)),
);

/** "Rahmon hosted his two counterparts": the last group of three the article named, less Rahmon's state. */
const COUNTERPART_PHRASES = (['his', 'her', 'their'] as const).flatMap((owner) =>
  (
    [
      ['two', 3],
      ['three', 4],
      ['four', 5],
      ['five', 6],
    ] as const
  ).map(([word, size]) => [`${owner} ${word} counterparts`, size] as const),
);

// A few nouns the role dictionary does not treat as actors but news uses as such.
const EXTRA_ROLE_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['government officials', 'GOV'],
  // those who serve an office holder, placed by whom they serve ("adviser to President Aliyev": placed-roles.ts)
  ['adviser', 'GOV'],
  ['advisers', 'GOV'],
  ['advisor', 'GOV'],
  ['advisors', 'GOV'],
  ['aide', 'GOV'],
  ['aides', 'GOV'],
  ['officials', 'GOV'],
  ['official', 'GOV'],
  ['government', 'GOV'],
  ['authorities', 'GOV'],
  ['leader', 'GOV'],
  ['leaders', 'GOV'],
  ['premier', 'GOV'],
  ['chairman', 'GOV'],
  // the one who leads an office or a body, placed by it ("the bloc's chief"; not "head", a verb as often: "will head to
  // Oman", "head a delegation")
  ['chief', 'GOV'],
  ['chiefs', 'GOV'],
  // the governing body of a coalition or a state ("the joint council of the Alliance of Sahel States")
  ['council', 'GOV'],
  // armed movements named by what they are rather than by name
  ['rebel alliance', 'REB'],
  ['rebel coalition', 'REB'],
  ['rebel movement', 'REB'],
  ['rebel movements', 'REB'],
  ['armed movement', 'REB'],
  ['armed movements', 'REB'],
  ['separatists', 'REB'],
  ['rebels', 'REB'],
  // crowds: the civilians of wherever the event happens
  ['people', 'CVL'],
  ['crowds', 'CVL'],
  ['crowd', 'CVL'],
  ['residents', 'CVL'],
  ['citizens', 'CVL'],
  ['villagers', 'CVL'],
];

/**
 * Every entry, each first word's list longest first. Without the role nouns' entries (`withRoles` false) for the
 * coder, which adds them for the words it looks up (role-noun-layer.ts); whole for the test that compares the two.
 */
function buildIndex(withRoles: boolean): IndexWithoutRoles {
  const index = new Map<string, ActorEntry[]>();
  const addedAfterRoles = new Set<ActorEntry>();
  let afterRoles = false;
  const add = (surface: string, caseSensitive: boolean, item: ActorItem) => {
    const toks = entryTokens(surface, caseSensitive, item.kind);
    if (toks.length === 0) return;
    const key = caseSensitive ? toks[0]! : toks[0]!.toLowerCase();
    const arr = index.get(key) ?? [];
    const entry = { tokens: toks, caseSensitive, item };
    arr.push(entry);
    if (afterRoles) addedAfterRoles.add(entry);
    index.set(key, arr);
  };
  for (const c of COUNTRIES) {
    const amb = new Set(c.ambiguous ?? []);
    for (const n of c.names) add(n, true, { kind: 'country', code: c.code, role: null, ambiguous: amb.has(n) });
    for (const n of c.capitals) add(n, true, { kind: 'capital', code: c.code, role: 'GOV', ambiguous: amb.has(n) });
    for (const n of c.adjectives) add(n, true, { kind: 'adjective', code: c.code, role: null, ambiguous: amb.has(n) });
    for (const n of c.demonyms) add(n, true, { kind: 'demonym', code: c.code, role: null, ambiguous: amb.has(n) });
    // the singular of a plural demonym works as an adjective ("Serbs" → "Serb forces", "Kurds" → "Kurd refugees")
    for (const n of c.demonyms) {
      const singular = n.endsWith('s') && !n.endsWith('ss') ? n.slice(0, -1) : null;
      if (singular && singular.length > 3 && !c.adjectives.includes(singular) && !c.names.includes(singular))
        add(singular, true, { kind: 'adjective', code: c.code, role: null, ambiguous: amb.has(n) });
    }
  }
  for (const m of INSTITUTION_METONYMS) add(m.text, true, { kind: 'institution', code: m.country, role: m.role, ambiguous: false });
  for (const m of SHARED_INSTITUTION_ROWS)
    add(m.text, true, { kind: 'institution', code: m.country, role: m.role, ambiguous: false, homeFirst: true, ...(m.homes ? { homes: m.homes } : {}) });
  for (const o of ORGANISATIONS) for (const n of o.names) add(n, true, { kind: 'organisation', code: o.code, role: o.role, ambiguous: false });
  // leaders: one entry per surface form, carrying every office holder that uses it
  const byForm = new Map<string, { leaders: LeaderEntry[]; alias: boolean }>();
  for (const l of LEADERS) {
    const forms = [[l.name, false], ...l.aliases.map((a) => [a, !a.includes(' ')] as const)] as const;
    for (const [form, alias] of forms.flatMap(([f, a]) => articleSpellings(f).map((v) => [v, a] as const))) {
      const e = byForm.get(form) ?? { leaders: [], alias };
      e.leaders.push(l);
      byForm.set(form, e);
    }
  }
  for (const [form, e] of byForm) add(form, true, { kind: 'leader', code: null, role: null, ambiguous: e.alias, leaders: e.leaders, alias: e.alias });
  if (withRoles) for (const [noun, role] of roleNouns()) add(noun, false, { kind: 'role', code: null, role, ambiguous: false });
  afterRoles = true;
  for (const p of PAIR_PHRASES) add(p, false, { kind: 'pair', code: null, role: null, ambiguous: false });
  // "The two signed a protocol", "Both agreed to …": the bare phrases, only as the subject of a verb (mention-finder.ts)
  for (const p of BARE_PAIR_PHRASES) add(p, false, { kind: 'pair', code: null, role: null, ambiguous: true });
  for (const [p, size] of GROUP_PHRASES) add(p, false, { kind: 'group', code: null, role: null, ambiguous: false, size });
  for (const [p, size] of MEMBERSHIP_PHRASES) add(p, false, { kind: 'group', code: null, role: null, ambiguous: false, size });
  for (const [p, size] of COUNTERPART_PHRASES) add(p, false, { kind: 'group', code: null, role: null, ambiguous: false, size, withoutSubject: true });
  for (const p of ASSEMBLY_PHRASES) add(p, false, { kind: 'group', code: null, role: null, ambiguous: false, assembly: true });
  for (const c of STATE_COALITIONS) {
    for (const n of c.names) add(n, true, { kind: 'group', code: null, role: null, ambiguous: false, members: c.members });
    for (const d of c.described ?? []) add(d, false, { kind: 'group', code: null, role: null, ambiguous: false, size: c.members.length, fallback: c.members });
  }
  // bodies with no Accord code: recognised so that they are neither guessed nor replaced
  for (const b of UNCODED_BODIES) add(b, true, { kind: 'uncoded', code: null, role: null, ambiguous: false });
  // places last: a name that is also a state's, a capital or a person's is that (the first entry of a length wins);
  // ambiguous, as a place's name is often part of a person's or of a longer name ("Monday Semaya Kumba", "Munich Security Conference")
  for (const p of PLACES) for (const n of p.names) add(n, true, { kind: 'place', code: p.code, role: null, ambiguous: true });
  for (const arr of index.values()) arr.sort((a, b) => b.tokens.length - a.tokens.length);
  return { index, addedAfterRoles };
}

/** The role nouns in the order the index adds them, the hand-written extras first. */
function* roleNouns(): Iterable<RoleNoun> {
  yield* EXTRA_ROLE_NOUNS;
  yield* ROLE_NOUNS;
}

/** The same index built at once, role nouns' entries and all: what RoleNounLayer must answer for every first word. */
export function buildWholeActorIndex(): Map<string, ActorEntry[]> {
  return buildIndex(true).index;
}

/**
 * The Arabic article in a name is written "al-Shaibani", "Al-Shaibani", "Al Shaibani" or "al Shaibani" by different
 * outlets: a dictionary form with one of them stands for all four (a one-word alias stays a one-word alias).
 */
function articleSpellings(form: string): string[] {
  if (!form.includes('l-') && !form.includes('l ')) return [form];
  const m = /^(.*?\b)(al|Al)[- ](\p{Lu}[\p{L}'-]*)(.*)$/u.exec(form);
  if (!m) return [form];
  const [, before = '', , rest = '', after = ''] = m;
  return [...new Set([form, ...['al-', 'Al-', 'Al ', 'al '].map((a) => `${before}${a}${rest}${after}`)])];
}

/** The built-in dictionaries alone. */
export const BUILT_IN_ACTOR_INDEX: ReadonlyMap<string, ActorEntry[]> = new RoleNounLayer(() => buildIndex(false), roleNouns);

/** What the coder looks up: the analysts' dictionary of the article being coded, if any, over the built-ins (coder/dictionary/). */
export const ACTOR_INDEX: ReadonlyMap<string, ActorEntry[]> = new LayeredMap(BUILT_IN_ACTOR_INDEX, () => activeOverlay()?.actors);
