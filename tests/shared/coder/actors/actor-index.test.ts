import { describe, expect, it } from 'vitest';
import { ACTOR_INDEX, BUILT_IN_ACTOR_INDEX } from '../../../../shared/coder/actors/actor-index.ts';
import { LazyMap } from '../../../../shared/coder/lexicon/lazy-map.ts';
import { ROLE_NOUNS } from '../../../../shared/coder/lexicon/roles.ts';

describe('actor index', () => {
  it('is built on first lookup, not at module load', () => {
    expect(BUILT_IN_ACTOR_INDEX).toBeInstanceOf(LazyMap);
    expect(ROLE_NOUNS).toBeInstanceOf(LazyMap);
  });

  it('holds every kind of entry under its first token, longest first', () => {
    const kinds = (first: string) => (ACTOR_INDEX.get(first) ?? []).map((e) => `${e.item.kind} ${e.tokens.join(' ')}`);
    expect(kinds('Seoul')).toEqual(['capital Seoul']);
    expect(kinds('Kremlin')).toContain('institution Kremlin');
    expect(kinds('foreign')).toContain('role foreign minister');
    expect(kinds('both')).toContain('pair both foreign ministers');
    const south = kinds('South');
    expect(south).toContain('country South Korea');
    expect(south.map((k) => k.split(' ').length)).toEqual([...south.map((k) => k.split(' ').length)].sort((a, b) => b - a));
  });

  it('holds a name with the Arabic article in each spelling outlets use ("al-Shaibani", "Al Shaibani", …)', () => {
    const forms = (first: string) => (ACTOR_INDEX.get(first) ?? []).filter((e) => e.item.kind === 'leader').map((e) => e.tokens.join(' '));
    expect(forms('Al')).toContain('Al Shaibani');
    expect(forms('al')).toContain('al Shaibani');
    expect(forms('Asaad')).toEqual(expect.arrayContaining(['Asaad al - Shaibani', 'Asaad Al Shaibani']));
  });
});
