import type { Token } from '../text/tokenizer.ts';
import { GROUP_SIZES } from './actor-index.ts';

/**
 * Phrases that name again parties the article named before, found over the words no dictionary entry covers:
 * a counted group with words of its own ("the three Nile basin states"), the half of a divided country ("the North"
 * in a story about the two Koreas), and the check that keeps "the bloc" from meaning the last bloc coded when the
 * sentence names an organisation the dictionaries do not know.
 */
// (the counts of the dictionary's fixed group phrases, "the three countries")
const COUNT_WORDS: ReadonlyMap<string, number> = new Map(GROUP_SIZES);
const COUNTED_NOUNS = new Set(['countries', 'states', 'nations', 'governments', 'sides', 'parties', 'neighbours', 'neighbors']);

/**
 * "the three Nile basin states", "all four Gulf governments": a count, up to three words of description, and a noun for
 * states (the dictionary's fixed phrases cover the count right before the noun). The mention runs from the article.
 */
export function countedGroupAt(tokens: Token[], covered: ReadonlySet<number>, at: number): { size: number; end: number } | null {
  if (tokens[at]!.norm !== 'the' && tokens[at]!.norm !== 'all') return null;
  const size = COUNT_WORDS.get(tokens[at + 1]?.norm ?? '');
  if (size === undefined) return null;
  for (let j = at + 3; j <= at + 5 && j < tokens.length; j++) {
    if (COUNTED_NOUNS.has(tokens[j]!.norm)) return { size, end: j + 1 };
    if (covered.has(j) || !/^[\p{L}-]+$/u.test(tokens[j]!.text)) return null;
  }
  return null;
}

// Head nouns of organisations' names: one the dictionaries do not know ("the Collective Security Treaty Organisation")
// is what a later "the bloc" in the sentence refers to, not the last bloc the article coded.
const ORGANISATION_HEAD = /^(Organi[sz]ation|Community|Union|Alliance|Council|Treaty|Pact|Bloc|Forum|Cooperation)$/;

export function unknownOrganisationBefore(tokens: Token[], covered: ReadonlySet<number>, at: number): boolean {
  return tokens.slice(0, at).some((t, i) => !covered.has(i) && ORGANISATION_HEAD.test(t.text));
}

// Countries divided into a north and a south that news names by the compass word alone once the story is about them.
const DIVIDED: readonly { North: string; South: string }[] = [{ North: 'PRK', South: 'KOR' }];

/**
 * "the North", "the South" in a story whose two main states include a Korea: that half ("the North sent troops to Russia").
 * Not a compass word that starts a longer name ("the South China Sea", "the North Atlantic") or a region ("the South-East").
 */
export function dividedHalfAt(tokens: Token[], at: number, storyCountries: () => readonly string[]): string | null {
  const word = tokens[at]!.text;
  if ((word !== 'North' && word !== 'South') || tokens[at - 1]?.norm !== 'the') return null;
  const next = tokens[at + 1];
  if (next && (next.cap || next.norm === '-')) return null;
  // (the story's countries only for the rare compass word: counting them is not free; a Korea among its main two)
  const countries = storyCountries().slice(0, 2);
  const divided = DIVIDED.find((d) => countries.includes(d.North) || countries.includes(d.South));
  return divided ? divided[word] : null;
}

// Monarchies whose own press and neighbours call them "the Kingdom".
const KINGDOMS = new Set(['SAU', 'JOR', 'MAR', 'BHR', 'THA', 'KHM', 'GBR', 'ESP', 'NLD', 'BEL', 'SWE', 'NOR', 'DNK', 'BTN', 'LSO', 'SWZ', 'TON']);

/**
 * "the Kingdom" in a story whose main states include a monarchy: that state ("praised the Kingdom's humanitarian
 * role" in a story about a Saudi-hosted conference). Not "the Kingdom of …", which names its own.
 */
export function kingdomAt(tokens: Token[], at: number, storyCountries: () => readonly string[]): string | null {
  if (tokens[at]!.text !== 'Kingdom' || tokens[at - 1]?.norm !== 'the' || tokens[at + 1]?.norm === 'of') return null;
  return (
    storyCountries()
      .slice(0, 3)
      .find((c) => KINGDOMS.has(c)) ?? null
  );
}
