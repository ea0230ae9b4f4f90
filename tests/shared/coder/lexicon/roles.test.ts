import { describe, expect, it } from 'vitest';
import { ROLE_NOUNS } from '../../../../shared/coder/lexicon/roles.ts';
import { briefsOf, code } from '../helpers.ts';

const CAMEO_ROLES = new Set([
  'GOV',
  'MIL',
  'LEG',
  'JUD',
  'COP',
  'OPP',
  'REB',
  'BUS',
  'MED',
  'CVL',
  'EDU',
  'REL',
  'HLH',
  'LAB',
  'AGR',
  'SPY',
  'CRM',
  'UAF',
  'REF',
  'PTY',
  'ENV',
  'NGO',
  'HRI',
  'ELI',
  'RAD',
]);

function expectRoles(role: string, nouns: string[]): void {
  for (const noun of nouns) expect(ROLE_NOUNS.get(noun), noun).toBe(role);
}

describe('ROLE_NOUNS', () => {
  it('is broad (hundreds of nouns) with lower-case keys and CAMEO role values', () => {
    expect(ROLE_NOUNS.size).toBeGreaterThan(1500);
    for (const [noun, role] of ROLE_NOUNS) {
      expect(noun, noun).toBe(noun.toLowerCase().trim());
      expect(noun).not.toMatch(/\s{2}|_/);
      expect(CAMEO_ROLES.has(role), `${noun} → ${role}`).toBe(true);
    }
  });

  it('maps government titles and bodies to GOV, defence ministers included', () => {
    expectRoles('GOV', [
      'president',
      'presidents',
      'prime minister',
      'prime ministers',
      'premier',
      'chancellor',
      'king',
      'foreign minister',
      'foreign ministers',
      'minister',
      'ministry',
      'ministries',
      'foreign ministry',
      'government',
      'cabinet',
      'spokesman',
      'spokeswoman',
      'spokesperson',
      'ambassador',
      'ambassadors',
      'envoy',
      'diplomat',
      'diplomats',
      'official',
      'officials',
      'leader',
      'administration',
      'state department',
      'defense minister',
      'defence minister',
    ]);
  });

  it('maps the other core roles from the brief', () => {
    expectRoles('MIL', ['army', 'navy', 'air force', 'military', 'troops', 'soldiers', 'forces', 'armed forces', 'general', 'commander', 'commanders']);
    expectRoles('LEG', ['parliament', 'lawmakers', 'legislators', 'senate', 'senator', 'congress', 'assembly', 'mps', "national people's congress chairman"]);
    expectRoles('JUD', ['court', 'judge', 'supreme court', 'prosecutors']);
    expectRoles('COP', ['police', 'police officers', 'security forces']);
    expectRoles('OPP', ['opposition', 'opposition party', 'dissidents']);
    expectRoles('REB', ['rebels', 'insurgents', 'militants', 'militia', 'guerrillas']);
    expectRoles('BUS', ['business leaders', 'business representatives', 'businesses', 'companies', 'firms', 'executives', 'ceo', 'industry']);
    expectRoles('MED', ['media', 'journalists', 'reporters', 'newspaper', 'news agency', 'state media', 'broadcaster']);
    expectRoles('CVL', ['civilians', 'protesters', 'demonstrators', 'activists', 'residents', 'citizens', 'people', 'students']);
    expectRoles('EDU', ['university', 'scholars']);
    expectRoles('REL', ['church', 'clergy', 'imam']);
    expectRoles('HLH', ['doctors', 'hospital']);
    expectRoles('LAB', ['unions', 'workers']);
    expectRoles('AGR', ['farmers']);
    expectRoles('SPY', ['intelligence agency', 'spies']);
  });

  it('has singular and plural forms of count nouns', () => {
    for (const [singular, plural] of [
      ['soldier', 'soldiers'],
      ['lawmaker', 'lawmakers'],
      ['rebel', 'rebels'],
      ['company', 'companies'],
      ['diplomat', 'diplomats'],
      ['policeman', 'policemen'],
      ['judge', 'judges'],
    ]) {
      expect(ROLE_NOUNS.get(singular!), singular).toBeDefined();
      expect(ROLE_NOUNS.get(plural!), plural).toBe(ROLE_NOUNS.get(singular!));
    }
  });

  it('expands government portfolios into minister, ministry and official forms', () => {
    expectRoles('GOV', [
      'environment minister',
      'education ministry',
      'ministry of commerce',
      'deputy trade minister',
      'minister for culture',
      'energy officials',
    ]);
  });

  it('carries breadth beyond the core list', () => {
    expectRoles('MIL', ['paratroopers', 'admiral', 'battalion']);
    expectRoles('JUD', ['magistrate', 'tribunal']);
    expectRoles('CRM', ['smugglers', 'pirates']);
    expectRoles('HLH', ['surgeons', 'nurses']);
  });

  it('leaves out stems, vehicles and adjectives that would misfire as actors', () => {
    for (const word of [
      'minist',
      'compan',
      'retired',
      'islamic',
      'tanker',
      'airliner',
      'man',
      'support',
      'diet',
      'press',
      'public',
      'firm',
      'party',
      'intelligence',
      'security council',
    ])
      expect(ROLE_NOUNS.has(word), word).toBe(false);
  });
});

describe("a briefing's abbreviations of the foreign minister and ministry", () => {
  it('"Japan\'s FM slams China", "Russia\'s MoFA summons …": the abbreviation is the government acting', async () => {
    expect(briefsOf(await code("Japan's FM slams China over Taiwan remarks"))).toEqual(['JPN>CHN 111']);
    expect(briefsOf(await code("Russia's MoFA summons Finnish ambassador"))).toEqual(['RUS>FIN 114']);
    expect(briefsOf(await code('EU FMs condemn Russian strike on Kyiv'))).toEqual(['EUR>RUS 111']);
  });
});
