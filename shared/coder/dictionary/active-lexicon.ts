import type { ActorEntry } from '../actors/actor-lexicon.ts';
import type { HeadEntry } from '../actions/action-lexicon.ts';

/**
 * The analysts' dictionary as a layer over the built-in lexicons, for the one article being coded.
 *
 * The coder's lexicons are module-level indexes (ACTOR_INDEX, ACTION_LEXICON.heads) read all over the
 * pipeline. Rather than thread a lexicon argument through every step, those two indexes are
 * LayeredMaps: a lookup sees the overlay of the article being coded first, then the built-ins.
 * The overlay is set for the duration of one synchronous codeArticle call (withLexiconOverlay) and
 * restored afterwards, so extractors with different dictionaries can share a process: coding is
 * synchronous, nothing else runs in between. No I/O: the overlay is data the extractor was built with.
 */
export interface LexiconOverlay {
  /** First token → actor entries, dictionary entries first, built-ins they override removed. */
  actors?: ReadonlyMap<string, ActorEntry[]>;
  /** Verb form → head entries, likewise. */
  heads?: ReadonlyMap<string, HeadEntry[]>;
  /** Pattern texts (ActionMatch.pattern) of dictionary verbs whose events have no target. */
  targetless?: ReadonlySet<string>;
}

let active: LexiconOverlay | null = null;

/** Runs `code` with the overlay in force; the previous one (usually none) is restored after. */
export function withLexiconOverlay<T>(overlay: LexiconOverlay | null, code: () => T): T {
  const previous = active;
  active = overlay;
  try {
    return code();
  } finally {
    active = previous;
  }
}

export function activeOverlay(): LexiconOverlay | null {
  return active;
}

/** A read-only map whose keys in the current layer hide the same keys of the base. */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly layer: () => ReadonlyMap<K, V> | undefined,
  ) {}

  get(key: K): V | undefined {
    const top = this.layer();
    if (top !== undefined) {
      const value = top.get(key);
      if (value !== undefined) return value;
    }
    return this.base.get(key);
  }

  has(key: K): boolean {
    return this.layer()?.has(key) === true || this.base.has(key);
  }

  get size(): number {
    let n = this.base.size;
    for (const key of this.layer()?.keys() ?? []) if (!this.base.has(key)) n++;
    return n;
  }

  *entries(): MapIterator<[K, V]> {
    const top = this.layer();
    if (top) yield* top.entries();
    for (const entry of this.base.entries()) if (!top?.has(entry[0])) yield entry;
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
