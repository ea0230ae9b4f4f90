/**
 * A read-only map built by `build` on its first use, once per process. The coder's large lookup
 * tables are these, so that importing the coder (every Lambda cold start) does not build them; the
 * first article coded does. Reads after that cost one extra call, which V8 inlines.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private built: ReadonlyMap<K, V> | undefined;

  constructor(private readonly build: () => ReadonlyMap<K, V>) {}

  private map(): ReadonlyMap<K, V> {
    return (this.built ??= this.build());
  }

  get(key: K): V | undefined {
    return this.map().get(key);
  }

  has(key: K): boolean {
    return this.map().has(key);
  }

  get size(): number {
    return this.map().size;
  }

  entries(): MapIterator<[K, V]> {
    return this.map().entries();
  }

  keys(): MapIterator<K> {
    return this.map().keys();
  }

  values(): MapIterator<V> {
    return this.map().values();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.map().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
