import { describe, expect, it } from 'vitest';
import { ORGANISATIONS } from '../../../../shared/coder/lexicon/organisations.ts';
import { COUNTRIES } from '../../../../shared/coder/lexicon/countries.ts';

// GOLD-FORMAT's organisation codes, and the CAMEO codes of the regional blocs the annotators use where it lists none
const CODES = ['UNO', 'EUR', 'NATO', 'ASN', 'AFU', 'IAEA', 'WTO', 'IMF', 'WBK', 'G7', 'G20', 'ARL', 'WAS', 'SAD', 'GCC'];
const find = (name: string) => ORGANISATIONS.filter((o) => o.names.includes(name));

describe('ORGANISATIONS', () => {
  it('uses only Accord organisation codes and covers each of them', () => {
    for (const org of ORGANISATIONS) expect(CODES, org.names[0]).toContain(org.code);
    for (const code of CODES)
      expect(
        ORGANISATIONS.some((o) => o.code === code),
        code,
      ).toBe(true);
  });

  it('gives every name to exactly one row, so a name never resolves two ways', () => {
    const seen = new Map<string, string>();
    for (const org of ORGANISATIONS) {
      expect(org.names.length).toBeGreaterThan(0);
      for (const name of org.names) {
        expect(seen.has(name), `${name} in ${org.code} and ${seen.get(name)}`).toBe(false);
        seen.set(name, org.code);
      }
      if (org.role !== null) expect(org.role).toMatch(/^[A-Z]{3}$/);
    }
  });

  it('shares no surface form with a country', () => {
    const countryForms = new Set(COUNTRIES.flatMap((c) => [...c.names, ...c.adjectives, ...c.demonyms, ...c.capitals]));
    for (const org of ORGANISATIONS) for (const name of org.names) expect(countryForms.has(name), name).toBe(false);
  });

  it('resolves the common names and organs', () => {
    expect(find('United Nations')[0]).toMatchObject({ code: 'UNO', role: null });
    expect(find('U.N.')[0]?.code).toBe('UNO');
    expect(find('UN Security Council')[0]?.code).toBe('UNO');
    expect(find('Security Council')[0]?.code).toBe('UNO');
    expect(find('General Assembly')[0]?.code).toBe('UNO');
    for (const agency of ['UNICEF', 'UNHCR', 'WHO', 'WFP', 'UNESCO', 'UNDP', 'OCHA']) expect(find(agency)[0]?.code, agency).toBe('UNO');
    expect(find('International Court of Justice')[0]).toMatchObject({ code: 'UNO', role: 'JUD' });
    expect(find('ICJ')[0]).toMatchObject({ code: 'UNO', role: 'JUD' });
    expect(find('EU')[0]?.code).toBe('EUR');
    expect(find('E.U.')[0]?.code).toBe('EUR');
    expect(find('European Commission')[0]?.code).toBe('EUR');
    expect(find('European Council')[0]?.code).toBe('EUR');
    expect(find('European Parliament')[0]).toMatchObject({ code: 'EUR', role: 'LEG' });
    expect(find('North Atlantic Treaty Organization')[0]?.code).toBe('NATO');
    expect(find('Association of Southeast Asian Nations')[0]?.code).toBe('ASN');
    expect(find('AU')[0]?.code).toBe('AFU');
    expect(find('International Atomic Energy Agency')[0]?.code).toBe('IAEA');
    expect(find('World Bank')[0]?.code).toBe('WBK');
    expect(find('G-7')[0]?.code).toBe('G7');
    expect(find('Group of 20')[0]?.code).toBe('G20');
    expect(find('League of Arab States')[0]?.code).toBe('ARL');
  });

  it('leaves out bare words too ambiguous to resolve without discourse', () => {
    for (const word of ['the alliance', 'the Union', 'the Fund', 'the Bank', 'OPEC']) expect(find(word)).toEqual([]);
  });
});
