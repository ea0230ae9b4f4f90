import { tokenize, type Token } from '../text/tokenizer.ts';
import type { LeaderEntry } from '../lexicon/leaders.ts';

/**
 * What the actor index (actor-index.ts) holds and how it is read: entries keyed by a mention's
 * first token. Proper names match case-sensitively on surface text ("US" the country, not "us");
 * role nouns match on lower case. A mention is always the longest entry that matches at a position.
 */
export type ActorItemKind =
  'country' | 'capital' | 'place' | 'adjective' | 'demonym' | 'organisation' | 'institution' | 'leader' | 'role' | 'pair' | 'group' | 'uncoded';

export interface ActorItem {
  kind: ActorItemKind;
  /** Country or organisation code; null for role nouns and pair phrases. */
  code: string | null;
  role: string | null;
  /** Needs context (a common word or a person name as well: "Jordan", "Chad"). */
  ambiguous: boolean;
  /** Candidate office holders for a leader name; resolved against the article date. */
  leaders?: LeaderEntry[];
  /** True when the surface form is a surname or short alias of a leader ("Lee", "Xi"). */
  alias?: boolean;
  /** For a group phrase ("the three countries"): how many parties it names again. */
  size?: number;
  /** A coalition's member states ("the Alliance of Sahel States"): it acts as each of them. */
  members?: readonly string[];
  /** An institution name several states use ("the Foreign Office"): the story's own state's, when it has one. */
  homeFirst?: boolean;
  /** With homeFirst: the states that give theirs this name (any when absent); in a story from another, `code`'s. */
  homes?: readonly string[];
  /** For a description of a coalition ("the three European powers"): its members, when no list of that size came before. */
  fallback?: readonly string[];
  /** "his two counterparts": the group counts the subject's own state, which the phrase leaves out. */
  withoutSubject?: boolean;
  /** "the ministers", "the leaders" with no count: the parties of the latest meeting of three or more. */
  assembly?: boolean;
}

/** A city the text names: a capital (which also stands for its government) or another place of a state ("Kharkiv"). */
export function isCity(item: ActorItem): boolean {
  return item.kind === 'capital' || item.kind === 'place';
}

/** Where something can happen: a state, its capital or another of its places ("in Ukraine", "in Kyiv", "in Kharkiv"). */
export function isPlace(item: ActorItem): boolean {
  return item.kind === 'country' || isCity(item);
}

/** A mention's items are places other than capitals and nothing else ("Kharkiv", "South Kivu"): where, never who. */
export function onlyPlaces(items: readonly { item: ActorItem }[]): boolean {
  return items.length > 0 && items.every((i) => i.item.kind === 'place');
}

export interface ActorEntry {
  /** Token sequence to match: surface text (case-sensitive) or lower case for role nouns. */
  tokens: string[];
  caseSensitive: boolean;
  item: ActorItem;
}

/** The tokens an entry matches ("the United Nations" → United, Nations), as the index keys them. */
export function entryTokens(surface: string, caseSensitive: boolean, kind: ActorItemKind): string[] {
  // simple words split like the tokenizer would; punctuation, apostrophes and dots go through it
  // (lower-cased whole, not word by word: a cold start builds thousands of entries)
  let toks = /^[A-Za-z ]+$/.test(surface)
    ? (caseSensitive ? surface : surface.toLowerCase()).split(' ').filter(Boolean)
    : tokenize(surface).map((t) => (caseSensitive ? t.text : t.norm));
  if (toks.length > 1 && (toks[0]! === 'the' || toks[0]! === 'The') && kind !== 'pair' && kind !== 'group') toks = toks.slice(1);
  return toks;
}

/**
 * The entries that can match from a first word, narrowed by the word after it. A few first words
 * head many phrases ("the" heads about 150 pair and group phrases: "the two men", "the three
 * countries"), and scanning them all at every "the" cost a quarter of the coder's time; those
 * lists are split once by their second word. Order is kept: longest first, then as indexed.
 */
export function entriesFollowedBy(entries: readonly ActorEntry[], next: Token | undefined): readonly ActorEntry[] {
  if (entries.length < CROWDED) return entries;
  let split = SPLITS.get(entries);
  if (!split) SPLITS.set(entries, (split = splitBySecondWord(entries)));
  if (!next) return split.single;
  const cased = split.cased.get(next.text) ?? [];
  const folded = split.folded.get(next.norm) ?? [];
  if (cased.length === 0 && folded.length === 0) return split.single;
  return [...cased, ...folded, ...split.single].sort((a, b) => split.order.get(a)! - split.order.get(b)!);
}

const CROWDED = 16;
interface SecondWordSplit {
  single: ActorEntry[];
  cased: Map<string, ActorEntry[]>;
  folded: Map<string, ActorEntry[]>;
  order: Map<ActorEntry, number>;
}
// keyed by the index's own arrays, which live as long as the index (or the analyst's overlay) does
const SPLITS = new WeakMap<readonly ActorEntry[], SecondWordSplit>();

function splitBySecondWord(entries: readonly ActorEntry[]): SecondWordSplit {
  const split: SecondWordSplit = { single: [], cased: new Map(), folded: new Map(), order: new Map() };
  entries.forEach((e, i) => {
    split.order.set(e, i);
    const second = e.tokens[1];
    if (second === undefined) return split.single.push(e);
    const byWord = e.caseSensitive ? split.cased : split.folded;
    byWord.set(second, [...(byWord.get(second) ?? []), e]);
  });
  return split;
}
