import { describe, expect, it } from 'vitest';
import { datelineCountry } from '../../../../shared/coder/actors/dateline.ts';
import { brief, extractor } from '../helpers.ts';

describe('datelineCountry: the state of a dateline, in each house style', () => {
  it.each([
    ['BELGRADE, July 8 (Reuters) - Police fired tear gas.', 'SRB'],
    ['TOKYO, June 3 Kyodo - China froze the assets.', 'JPN'],
    ['WARSAW, Poland (AP) — Poland closed its last crossing.', 'POL'],
    ['Poland shuts crossing\nNAIROBI, Kenya (AP) — The ministers met.', 'KEN'],
    ['MANILA (CNA) - The Philippines opened the drills.', 'PHL'],
    ['KUALA LUMPUR (The Straits Times) - Thailand agreed.', 'MYS'],
    ['ISLAMABAD: The Foreign Office summoned the envoy.', 'PAK'],
    ['MANILA — The Department of Foreign Affairs filed a protest.', 'PHL'],
    ['KYIV - Ukraine said the talks would resume.', 'UKR'],
  ])('%s → %s', (body, expected) => {
    expect(datelineCountry(body)).toBe(expected);
  });

  it('none for a split dateline, a line that only looks like one, or a city no dictionary knows', () => {
    expect(datelineCountry('VIENNA/TEHRAN, Sept 11 (Reuters) - The board voted.')).toBeNull();
    expect(datelineCountry('Note: the figures are provisional.')).toBeNull();
    expect(datelineCountry('BREAKING: talks collapse')).toBeNull();
    expect(datelineCountry('UPDATE - talks collapse')).toBeNull();
    expect(datelineCountry('The minister said on Monday, July 8, that talks would resume.')).toBeNull();
  });

  it('reads only the opening of a hostile line of capitals (bench:adversarial times it)', () => {
    expect(datelineCountry(`${'A'.repeat(200_000)}: ${'B, '.repeat(50_000)}`)).toBeNull();
    expect(datelineCountry(`${'WARSAW '.repeat(100)}, Poland (AP) — x`)).toBeNull();
    expect(datelineCountry(`${'MANILA - '.repeat(50_000)}x`)).toBeNull();
  });
});

describe('an institution name several states use', () => {
  const article = (body: string) =>
    ({ id: 'd1', title: null, body, url: null, source: null, publishedAt: '2026-04-14', publishedFrom: 'content', format: 'txt' }) as const;

  it('"the Foreign Office" under an Islamabad dateline is Pakistan\'s; with no dateline, Britain\'s', async () => {
    const lead = "The Foreign Office on Monday summoned Afghanistan's charge d'affaires and lodged a strong protest.";
    expect((await extractor.extract(article(`ISLAMABAD: ${lead}`))).events.map(brief)).toContain('PAK>AFG 114');
    expect((await extractor.extract(article(lead))).events.map(brief)).toContain('GBR>AFG 114');
  });
});
