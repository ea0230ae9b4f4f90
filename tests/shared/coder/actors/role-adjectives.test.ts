import { describe, expect, it } from 'vitest';
import { codeAll } from '../helpers.ts';

// Sentences written for these tests.
const parties = (text: string) => codeAll(text).map((e) => `${e.source.country}(${e.source.role ?? '-'})>${e.target?.country ?? '-'} ${e.cameo.code}`);

describe('"official" after a party and before its verb is the noun, a title', () => {
  it('"a senior US official said", "a Chinese official condemned": that state\'s official (GOV)', () => {
    expect(parties('A US official condemned Russia.')).toEqual(['USA(GOV)>RUS 111']);
    expect(parties('A senior Chinese official, speaking in Beijing, condemned Japan.')).toEqual(['CHN(GOV)>JPN 111']);
  });

  it('"the official" later is the one the story introduced, not a state the sentence names', () => {
    const story = 'A senior State Department official spoke to lawmakers on Wednesday. In the hearing, the official accused the RSF of atrocities in Darfur.';
    expect(parties(story)).toEqual(['USA(GOV)>SDN 1124']);
  });

  it('before a noun it stays an adjective: "the US official visit to China" is no official', () => {
    expect(parties('The US official visit to China was cancelled.')).toEqual([]);
  });
});
