import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../../../shared/coder/lexicon/countries.ts';
import { PLACES } from '../../../../shared/coder/lexicon/places.ts';
import { brief, code } from '../helpers.ts';

describe('PLACES', () => {
  it('lists each name once, under a state the coder knows, apart from every state name, capital and adjective', () => {
    const codes = new Set(COUNTRIES.map((c) => c.code));
    const stateForms = new Set(COUNTRIES.flatMap((c) => [...c.names, ...c.capitals, ...c.adjectives, ...c.demonyms]));
    const seen = new Set<string>();
    for (const place of PLACES) {
      expect(codes, place.code).toContain(place.code);
      for (const name of place.names) {
        expect(seen.has(name), name).toBe(false);
        expect(stateForms.has(name), name).toBe(false);
        seen.add(name);
      }
    }
    expect(seen.size).toBeGreaterThan(1500);
  });
});

// Sentences written for these tests: a non-capital place is where something happens and what it is aimed at,
// never who acts, and never the name of a meeting or a text.
describe('places other than capitals', () => {
  it('a strike on a city is aimed at its state', async () => {
    const events = await code('Ukrainian drones struck an oil depot in Belgorod overnight, the regional governor said.');
    expect(events.map(brief)).toContain('UKR>RUS 190');
  });

  it('a visit to a city is a visit to its state, and the city is where it happens', async () => {
    const events = await code('Indian Prime Minister Narendra Modi arrived in Jeddah on Tuesday for a two-day visit.');
    expect(events.find((e) => e.cameo.code === '042')).toMatchObject({ source: { country: 'IND' }, target: { country: 'SAU' } });
  });

  it('aid for a region goes to its state', async () => {
    const events = await code('Britain pledged 20 million pounds in aid for displaced families in North Kivu.');
    expect(events.map(brief)).toContain('GBR>COD 0331');
  });

  it('a venue of talks between two others is not a party', async () => {
    const events = await code('Iranian and American negotiators met in Geneva on Saturday.');
    expect(events.map(brief)).toEqual(['IRN>USA 040']);
  });

  it('a place that names a conference, a deed or a site is none of them', async () => {
    const events = await code(
      'The Ethiopian envoy thanked the Munich Security Conference on Friday. The Kurram attack was condemned by Afghanistan. The Natanz site was bombed last year.',
    );
    expect(events.some((e) => e.source.country === 'DEU' || e.target?.country === 'DEU' || e.source.country === 'PAK' || e.source.country === 'IRN')).toBe(
      false,
    );
  });

  it('a place never acts: the troops stationed there do', async () => {
    const events = await code('Russian troops stationed in the Transnistria region held live-fire exercises on Tuesday.');
    expect(events.every((e) => e.source.country === 'RUS')).toBe(true);
  });

  it("a place within a person's name is the person's", async () => {
    const events = await code('Kenyan President William Ruto criticised Ahmed Kismayo Abdi on Tuesday.');
    expect(events.some((e) => e.target?.country === 'SOM')).toBe(false);
  });

  it('a venue says nothing of whose an unknown speaker is', async () => {
    const events = await code('Negotiator Rustem Umerov accused Russia of stalling in Istanbul on Monday.');
    expect(events.some((e) => e.source.country === 'TUR')).toBe(false);
  });

  it('rebels and police act where the text places them', async () => {
    const events = await code('Rebels in South Kivu shelled a Burundian army position on Sunday.');
    expect(events.find((e) => e.cameo.root === '19')?.source).toMatchObject({ country: 'COD', role: 'REB' });
  });

  it('a place is acted on as the subject of a passive, and hosts as a state does', async () => {
    const events = await code(
      'Kharkiv was shelled by Russian forces overnight. In May 2024, Almaty hosted talks between the Armenian and Azerbaijani foreign ministers.',
    );
    expect(events.map(brief)).toEqual(expect.arrayContaining(['RUS>UKR 194', 'KAZ>ARM 043', 'KAZ>AZE 043']));
  });

  it('"hit" a city is an attack, "hit" a state\'s economy is not', async () => {
    const events = await code('American bombers hit Fordow and Natanz on Sunday. New US tariffs hit China hard.');
    expect(events.map(brief)).toEqual(['USA>IRN 190']);
  });

  it('attending an occasion in a city abroad is a visit to its state; at home it is none', async () => {
    const abroad = await code('Egyptian Foreign Minister Badr Abdelatty attended the signing in Jeddah on Friday.');
    expect(abroad.map(brief)).toEqual(['EGY>SAU 042']);
    const home = await code('Saudi Foreign Minister Prince Faisal bin Farhan attended the signing in Jeddah on Friday.');
    expect(home).toEqual([]);
  });

  it('a name after a place and "and", with a verb of its own, opens a new clause', async () => {
    const events = await code('Ukrainian drones struck a refinery in Volgograd and Russia vowed to retaliate.');
    expect(events.find((e) => e.cameo.root === '13')?.source.country).toBe('RUS');
  });

  it('"hit" by an economic measure, or of people in a place, is no strike', async () => {
    const events = await code('New US export controls hit Shenzhen. Chinese tariffs hit Texas farmers.');
    expect(events).toEqual([]);
  });
});
