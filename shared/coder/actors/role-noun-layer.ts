import { entryTokens, type ActorEntry } from './actor-lexicon.ts';

/** A role noun and its CAMEO role ("foreign minister" → GOV). */
export type RoleNoun = readonly [noun: string, role: string];

/** The actor index without its role nouns, and the entries added after them (their place in a list of equal lengths). */
export interface IndexWithoutRoles {
  index: Map<string, ActorEntry[]>;
  addedAfterRoles: ReadonlySet<ActorEntry>;
}

export function roleEntry([noun, role]: RoleNoun): ActorEntry {
  return { tokens: entryTokens(noun, false, 'role'), caseSensitive: false, item: { kind: 'role', code: null, role, ambiguous: false } };
}

// lower-case words with single spaces: nearly every role noun, keyed without tokenizing it
const PLAIN_WORDS = /^[a-z]+(?: [a-z]+)*$/;

/** The key a role noun's entry has in the index: its first token ("the" dropped before more words), lower case. */
export function roleKey(noun: string): string | undefined {
  if (!PLAIN_WORDS.test(noun)) return entryTokens(noun, false, 'role')[0]?.toLowerCase();
  const space = noun.indexOf(' ');
  if (space < 0) return noun;
  if (noun.slice(0, space) !== 'the') return noun.slice(0, space);
  const next = noun.indexOf(' ', space + 1);
  return next < 0 ? noun.slice(space + 1) : noun.slice(space + 1, next);
}

const longestFirst = (a: ActorEntry, b: ActorEntry) => b.tokens.length - a.tokens.length;

/**
 * The actor index with the role nouns' entries made for a first word when it is first looked up. The role nouns are
 * half of the index (over five thousand, most from the PETRARCH2 agents dictionary), and making their entries was a
 * third of the first article's time in a fresh process (`accord extract` on one file, a Lambda cold start), while an
 * article looks up a few hundred first words. A word's list is what one index of every entry holds: longest first,
 * entries of equal length in the order they were added (the role nouns after the leaders, before the group phrases).
 */
export class RoleNounLayer implements ReadonlyMap<string, ActorEntry[]> {
  private built: { rest: IndexWithoutRoles; roles: Map<string, RoleNoun[]> } | undefined;
  // only words that have entries are kept: every other word of every article would grow it without bound
  private readonly lists = new Map<string, ActorEntry[]>();

  constructor(
    private readonly buildRest: () => IndexWithoutRoles,
    private readonly roleNouns: () => Iterable<RoleNoun>,
  ) {}

  private parts() {
    if (!this.built) {
      const roles = new Map<string, RoleNoun[]>();
      for (const noun of this.roleNouns()) {
        const key = roleKey(noun[0]);
        if (key === undefined) continue;
        const list = roles.get(key);
        if (list) list.push(noun);
        else roles.set(key, [noun]);
      }
      this.built = { rest: this.buildRest(), roles };
    }
    return this.built;
  }

  get(key: string): ActorEntry[] | undefined {
    const { rest, roles } = this.parts();
    // most words of an article are no role noun's first word: two lookups, the rest only for those that are
    const nouns = roles.get(key);
    if (!nouns) return rest.index.get(key);
    const known = this.lists.get(key);
    if (known) return known;
    const others = rest.index.get(key);
    const entries = nouns.map(roleEntry);
    const list = others ? [...others.filter((e) => !rest.addedAfterRoles.has(e)), ...entries, ...others.filter((e) => rest.addedAfterRoles.has(e))] : entries;
    list.sort(longestFirst);
    this.lists.set(key, list);
    return list;
  }

  has(key: string): boolean {
    const { rest, roles } = this.parts();
    return rest.index.has(key) || roles.has(key);
  }

  private keyList(): string[] {
    const { rest, roles } = this.parts();
    return [...new Set([...rest.index.keys(), ...roles.keys()])];
  }

  get size(): number {
    return this.keyList().length;
  }

  *entries(): MapIterator<[string, ActorEntry[]]> {
    for (const key of this.keyList()) yield [key, this.get(key)!];
  }

  *keys(): MapIterator<string> {
    yield* this.keyList();
  }

  *values(): MapIterator<ActorEntry[]> {
    for (const key of this.keyList()) yield this.get(key)!;
  }

  forEach(callback: (value: ActorEntry[], key: string, map: ReadonlyMap<string, ActorEntry[]>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, ActorEntry[]]> {
    return this.entries();
  }
}
