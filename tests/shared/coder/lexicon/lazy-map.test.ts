import { describe, expect, it } from 'vitest';
import { LazyMap } from '../../../../shared/coder/lexicon/lazy-map.ts';

describe('LazyMap', () => {
  it('builds its map on first use, once, and reads as that map', () => {
    let builds = 0;
    const map = new LazyMap(() => {
      builds++;
      return new Map([
        ['a', 1],
        ['b', 2],
      ]);
    });
    expect(builds).toBe(0);
    expect(map.get('a')).toBe(1);
    expect(map.has('c')).toBe(false);
    expect(map.size).toBe(2);
    expect([...map]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect([...map.keys()]).toEqual(['a', 'b']);
    expect([...map.values()]).toEqual([1, 2]);
    const seen: string[] = [];
    map.forEach((value, key, self) => seen.push(`${key}=${value}:${String(self === map)}`));
    expect(seen).toEqual(['a=1:true', 'b=2:true']);
    expect(builds).toBe(1);
  });
});
