import { describe, expect, it } from 'vitest';
import { LEADERS, leadersOn, type LeaderEntry } from '../../../../shared/coder/lexicon/leaders.ts';
import { COUNTRIES, INSTITUTION_METONYMS } from '../../../../shared/coder/lexicon/countries.ts';
import { ORGANISATIONS } from '../../../../shared/coder/lexicon/organisations.ts';

const ORG_CODES = ['UNO', 'EUR', 'NATO', 'ASN', 'AFU', 'IAEA', 'WTO', 'IMF', 'WBK', 'G7', 'G20', 'ARL'];
const ACTOR_CODES = new Set([...COUNTRIES.map((c) => c.code), ...ORG_CODES]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const holder = (date: string, country: string, title: string): string[] =>
  leadersOn(date)
    .filter((l) => l.country === country && l.title === title)
    .map((l) => l.name);

function overlaps(a: LeaderEntry, b: LeaderEntry): boolean {
  const aEnd = a.validTo ?? '9999-12-31';
  const bEnd = b.validTo ?? '9999-12-31';
  return a.validFrom < bEnd && b.validFrom < aEnd;
}

describe('LEADERS', () => {
  it('has well-formed entries: real dates, known actor codes, CAMEO roles, non-empty ranges', () => {
    for (const l of LEADERS) {
      expect(l.validFrom, l.name).toMatch(ISO_DATE);
      expect(Number.isNaN(Date.parse(l.validFrom)), l.name).toBe(false);
      if (l.validTo !== null) {
        expect(l.validTo, l.name).toMatch(ISO_DATE);
        expect(l.validFrom < l.validTo, l.name).toBe(true);
      }
      expect(ACTOR_CODES.has(l.country), `${l.name} ${l.country}`).toBe(true);
      expect(l.role).toMatch(/^[A-Z]{3}$/);
      expect(l.title.length).toBeGreaterThan(2);
      expect(l.aliases).not.toContain(l.name);
    }
  });

  it('covers head of state or government and foreign minister of the G20 and the named states', () => {
    const required = [
      'ARG',
      'AUS',
      'BRA',
      'CAN',
      'CHN',
      'FRA',
      'DEU',
      'IND',
      'IDN',
      'ITA',
      'JPN',
      'KOR',
      'MEX',
      'RUS',
      'SAU',
      'ZAF',
      'TUR',
      'GBR',
      'USA',
      'PRK',
      'UKR',
      'IRN',
      'ISR',
      'PSE',
      'EGY',
      'VEN',
      'TWN',
      'VNM',
      'PHL',
      'PAK',
      'POL',
    ];
    const countries = new Set(leadersOn('2026-01-05').map((l) => l.country));
    for (const code of required) expect(countries.has(code), code).toBe(true);
    for (const code of ['UNO', 'EUR', 'NATO']) expect(countries.has(code), code).toBe(true);
    const foreignMinisters = new Set(
      leadersOn('2026-01-05')
        .filter((l) => /Foreign|Secretary of State|External Affairs|International Relations/.test(l.title))
        .map((l) => l.country),
    );
    // every required state but those whose foreign minister the lexicon does not list
    const withoutForeignMinister = new Set(['ARG', 'PSE', 'VEN', 'VNM']);
    for (const code of required.filter((c) => !withoutForeignMinister.has(c))) expect(foreignMinisters.has(code), code).toBe(true);
  });

  it('resolves the South Korean presidency by date', () => {
    const jan2026 = leadersOn('2026-01-05');
    expect(jan2026).toContainEqual(expect.objectContaining({ name: 'Lee Jae Myung', country: 'KOR', role: 'GOV', title: 'President' }));
    expect(jan2026.some((l) => l.name === 'Yoon Suk Yeol')).toBe(false);
    const jun2023 = leadersOn('2023-06-01');
    expect(jun2023).toContainEqual(expect.objectContaining({ name: 'Yoon Suk Yeol', country: 'KOR', role: 'GOV' }));
    expect(jun2023.some((l) => l.name === 'Lee Jae Myung')).toBe(false);
    // Between Yoon's removal and Lee's inauguration nobody held the elected office.
    expect(holder('2025-05-15', 'KOR', 'President')).toEqual([]);
  });

  it("knows the spokespeople a briefing quotes by surname alone (the Taliban government's, Iran's foreign ministry's, the UN's)", () => {
    const now = leadersOn('2026-10-29');
    expect(now).toContainEqual(expect.objectContaining({ name: 'Zabihullah Mujahid', country: 'AFG', role: 'GOV' }));
    expect(now).toContainEqual(expect.objectContaining({ name: 'Esmaeil Baghaei', country: 'IRN', role: 'GOV' }));
    expect(now).toContainEqual(expect.objectContaining({ name: 'Stéphane Dujarric', country: 'UNO' }));
    expect(holder('2026-10-29', 'EST', 'Foreign Minister')).toEqual(['Margus Tsahkna']);
  });

  it('knows the officials of 2025–2026 that wire copy quotes (spokespeople, envoys, new ministers)', () => {
    const now = leadersOn('2026-06-01');
    const placed = (name: string, country: string) => expect(now).toContainEqual(expect.objectContaining({ name, country }));
    placed('Mahmoud Ali Youssouf', 'AFU');
    placed('Jotham Napat', 'VUT');
    placed('Steve Witkoff', 'USA');
    placed('Mohamed Hamdan Dagalo', 'SDN');
    expect(now.find((l) => l.name === 'Mohamed Hamdan Dagalo')?.role).toBe('REB');
    placed('Ahmed Attaf', 'DZA');
    for (const [country, name] of [
      ['KWT', 'Abdullah Al-Yahya'],
      ['MDA', 'Mihai Popșoi'],
      ['GHA', 'Samuel Okudzeto Ablakwa'],
      ['URY', 'Mario Lubetkin'],
    ] as const)
      expect(holder('2026-06-01', country, 'Foreign Minister')).toEqual([name]);
    placed('Nasser Bourita', 'MAR');
    expect(now.find((l) => l.name === 'Naim Qassem')).toMatchObject({ country: 'LBN', role: 'REB' });
    expect(holder('2026-06-01', 'ARG', 'Foreign Minister')).toEqual(['Pablo Quirno']);
    expect(holder('2025-06-01', 'ARG', 'Foreign Minister')).toEqual(['Gerardo Werthein']);
  });

  it('hands offices over on the inauguration day, never to two people at once', () => {
    expect(holder('2025-01-19', 'USA', 'President')).toEqual(['Joe Biden']);
    expect(holder('2025-01-20', 'USA', 'President')).toEqual(['Donald Trump']);
    expect(holder('2024-06-01', 'USA', 'Secretary of State')).toEqual(['Antony Blinken']);
    expect(holder('2026-01-05', 'USA', 'Secretary of State')).toEqual(['Marco Rubio']);
    expect(holder('2023-05-01', 'CHN', 'Foreign Minister')).toEqual(['Qin Gang']);
    expect(holder('2026-01-05', 'CHN', 'Foreign Minister')).toEqual(['Wang Yi']);
    expect(holder('2026-01-05', 'JPN', 'Prime Minister')).toEqual(['Sanae Takaichi']);
    expect(holder('2026-01-05', 'EUR', 'President of the European Commission')).toEqual(['Ursula von der Leyen']);
    expect(holder('2026-01-05', 'UNO', 'Secretary-General')).toEqual(['António Guterres']);
    expect(holder('2026-01-05', 'NATO', 'Secretary General')).toEqual(['Mark Rutte']);
  });

  it('uses no name or alias that is also a country, organisation or institution form', () => {
    const forms = new Set<string>([
      ...COUNTRIES.flatMap((c) => [...c.names, ...c.adjectives, ...c.demonyms, ...c.capitals]),
      ...ORGANISATIONS.flatMap((o) => o.names),
      ...INSTITUTION_METONYMS.map((m) => m.text),
    ]);
    const clashes = LEADERS.flatMap((l) => [l.name, ...l.aliases].filter((form) => forms.has(form)));
    expect(clashes).toEqual([]);
  });

  it('accepts typographic apostrophes in aliases', () => {
    const saar = LEADERS.find((l) => l.name === "Gideon Sa'ar");
    expect(saar?.aliases).toEqual(expect.arrayContaining(["Sa'ar", 'Sa\u2019ar', 'Gideon Sa\u2019ar']));
  });

  it('knows the NPC Standing Committee chairman as a legislative actor', () => {
    expect(leadersOn('2026-01-05')).toContainEqual(expect.objectContaining({ name: 'Zhao Leji', country: 'CHN', role: 'LEG' }));
  });

  it('never lets one alias of a country point at two different people at the same time', () => {
    const clashes: string[] = [];
    for (let i = 0; i < LEADERS.length; i++) {
      for (let j = i + 1; j < LEADERS.length; j++) {
        const a = LEADERS[i]!;
        const b = LEADERS[j]!;
        if (a.country !== b.country || a.name === b.name || !overlaps(a, b)) continue;
        const formsA = new Set([a.name, ...a.aliases]);
        for (const form of [b.name, ...b.aliases]) if (formsA.has(form)) clashes.push(`${form}: ${a.name} / ${b.name}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('holds each office once at a time for the same person title and country', () => {
    const clashes: string[] = [];
    // (a ministry may have several spokespeople at once, taking turns at its briefings)
    const shared = (title: string) => /spokesperson/i.test(title);
    for (let i = 0; i < LEADERS.length; i++) {
      for (let j = i + 1; j < LEADERS.length; j++) {
        const a = LEADERS[i]!;
        const b = LEADERS[j]!;
        if (a.country === b.country && a.title === b.title && !shared(a.title) && overlaps(a, b))
          clashes.push(`${a.country} ${a.title}: ${a.name} / ${b.name}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('returns nothing for dates before any entry and validates inclusively at the start', () => {
    expect(leadersOn('1900-01-01')).toEqual([]);
    expect(leadersOn('2025-06-04').some((l) => l.name === 'Lee Jae Myung')).toBe(true);
    expect(leadersOn('2025-06-03').some((l) => l.name === 'Lee Jae Myung')).toBe(false);
  });
});
