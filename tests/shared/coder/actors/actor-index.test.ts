import { describe, expect, it } from 'vitest';
import { ACTOR_INDEX, BUILT_IN_ACTOR_INDEX, buildWholeActorIndex } from '../../../../shared/coder/actors/actor-index.ts';
import { LazyMap } from '../../../../shared/coder/lexicon/lazy-map.ts';
import { ROLE_NOUNS } from '../../../../shared/coder/lexicon/roles.ts';
import { RoleNounLayer, roleKey } from '../../../../shared/coder/actors/role-noun-layer.ts';
import { entryTokens } from '../../../../shared/coder/actors/actor-lexicon.ts';

describe('actor index', () => {
  it('is built on first lookup, not at module load', () => {
    expect(BUILT_IN_ACTOR_INDEX).toBeInstanceOf(RoleNounLayer);
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

describe('the role nouns layered over the index', () => {
  it('answers every first word as the whole index built at once does: same entries, longest first, equal lengths in the order they were added', () => {
    const whole = buildWholeActorIndex();
    let roleWords = 0;
    for (const [key, list] of whole) {
      const got = BUILT_IN_ACTOR_INDEX.get(key);
      expect(got, key).toEqual(list);
      if (list.some((e) => e.item.kind === 'role')) roleWords++;
      expect(BUILT_IN_ACTOR_INDEX.has(key)).toBe(true);
    }
    // (the layer answers no word the whole index lacks, and the role nouns are a large part of it)
    expect([...BUILT_IN_ACTOR_INDEX.keys()].sort()).toEqual([...whole.keys()].sort());
    expect(roleWords).toBeGreaterThan(1000);
  });

  it('keys a role noun by its first token, "the" dropped before more words, as the index keys its entries', () => {
    for (const noun of ['foreign minister', 'the army', 'the', "prime minister's office", 'vice-president', 'chargé d’affaires', 'head of state']) {
      expect(roleKey(noun), noun).toBe(entryTokens(noun, false, 'role')[0]?.toLowerCase());
    }
  });
});

describe('RoleNounLayer on a word with entries of every kind', () => {
  it('puts the role nouns after the entries added before them and before those added after, longest first', () => {
    const item = (code: string) => ({ kind: 'country' as const, code, role: null, ambiguous: false });
    const early = { tokens: ['border', 'guards', 'x'], caseSensitive: false, item: item('EAR') };
    const earlyShort = { tokens: ['border'], caseSensitive: false, item: item('EA1') };
    const late = { tokens: ['border', 'guards'], caseSensitive: false, item: item('LAT') };
    const index = new Map([['border', [early, late, earlyShort]]]);
    const layer = new RoleNounLayer(
      () => ({ index, addedAfterRoles: new Set([late]) }),
      () => [
        ['border guards', 'COP'],
        ['border', 'COP'],
      ],
    );
    const list = layer.get('border')!;
    expect(list.map((e) => `${e.tokens.join(' ')}:${e.item.kind === 'role' ? 'role' : e.item.code}`)).toEqual([
      'border guards x:EAR',
      'border guards:role',
      'border guards:LAT',
      'border:EA1',
      'border:role',
    ]);
    // (the same list on every lookup; a word with no entries is not kept)
    expect(layer.get('border')).toBe(list);
    expect(layer.get('nothing')).toBeUndefined();
    expect(layer.has('border') && !layer.has('nothing')).toBe(true);
  });
});
