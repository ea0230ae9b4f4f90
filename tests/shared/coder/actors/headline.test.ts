import { describe, expect, it } from 'vitest';
import { headlineCountry } from '../../../../shared/coder/actors/headline.ts';
import { brief, extractor } from '../helpers.ts';

describe('headlineCountry: the state a headline puts first as the one acting', () => {
  it('a country or capital opening the headline, followed by its verb', () => {
    expect(headlineCountry('Dhaka summons Indian envoy over BSF killing, protests border fencing')).toBe('BGD');
    expect(headlineCountry('Japan to host Pacific islands summit')).toBe('JPN');
  });

  it('nothing when the headline opens otherwise', () => {
    expect(headlineCountry('Indian envoy summoned in Dhaka')).toBeNull(); // an adjective: whose envoy, not who acts
    expect(headlineCountry('Talks between Kenya and Ethiopia stall')).toBeNull();
    expect(headlineCountry('Jordan Peterson speaks in London')).toBeNull(); // an ambiguous name
    expect(headlineCountry(null)).toBeNull();
  });
});

describe('a national outlet with no dateline tells the story from its own state', () => {
  it('"The Ministry of Foreign Affairs summoned …" under a headline whose subject is Dhaka is Bangladesh acting', async () => {
    const body = 'The Ministry of Foreign Affairs on Wednesday summoned Indian High Commissioner Pranay Verma over the killing of a villager.';
    const article = {
      id: 'h1',
      title: 'Dhaka summons Indian envoy over border killing',
      body,
      url: null,
      source: null,
      publishedAt: '2026-01-14',
      publishedFrom: 'content',
      format: 'txt',
    } as const;
    expect((await extractor.extract(article)).events.map(brief)).toEqual(['BGD>IND 114']);
    // the same lead with no headline does not say whose ministry it is
    expect((await extractor.extract({ ...article, title: null })).events.map(brief)).not.toContain('BGD>IND 114');
  });
});
