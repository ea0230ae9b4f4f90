import { describe, expect, it } from 'vitest';
import { COUNTRIES, INSTITUTION_METONYMS, type CountryEntry } from '../../../../shared/coder/lexicon/countries.ts';
import { SHARED_INSTITUTION_ROWS } from '../../../../shared/coder/lexicon/countries-data.ts';

/** The 193 UN member states, typed independently of the lexicon so the test can catch omissions. */
const UN_MEMBERS = `
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA
DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND
HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER
NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO
TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE`
  .trim()
  .split(/\s+/);

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));
const formsOf = (c: CountryEntry): string[] => [...c.names, ...c.adjectives, ...c.demonyms, ...c.capitals];
function country(code: string): CountryEntry {
  const entry = byCode.get(code);
  if (!entry) throw new Error(`missing ${code}`);
  return entry;
}

describe('COUNTRIES', () => {
  it('lists every UN member state plus Palestine, the Holy See, Taiwan and Kosovo', () => {
    expect(new Set(UN_MEMBERS).size).toBe(193);
    for (const code of UN_MEMBERS) expect(byCode.has(code), code).toBe(true);
    for (const code of ['PSE', 'VAT', 'TWN', 'XKX']) expect(byCode.has(code), code).toBe(true);
    expect(byCode.size).toBeGreaterThanOrEqual(197);
  });

  it('has unique alpha-3 codes and at least one name, adjective or capital per state', () => {
    expect(byCode.size).toBe(COUNTRIES.length);
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{3}$/);
      expect(c.names.length, c.code).toBeGreaterThan(0);
      for (const form of formsOf(c)) expect(form.trim(), c.code).toBe(form);
    }
  });

  it('lists ambiguous forms only among the entry’s own forms', () => {
    for (const c of COUNTRIES) {
      const forms = new Set(formsOf(c));
      for (const form of c.ambiguous ?? []) expect(forms.has(form), `${c.code} ${form}`).toBe(true);
    }
  });

  it('maps no surface form to two states unless every state that uses it marks it ambiguous', () => {
    const owners = new Map<string, CountryEntry[]>();
    for (const c of COUNTRIES) {
      for (const form of new Set(formsOf(c))) owners.set(form, [...(owners.get(form) ?? []), c]);
    }
    for (const [form, entries] of owners) {
      if (entries.length < 2) continue;
      for (const entry of entries) expect(entry.ambiguous ?? [], `${form} in ${entry.code}`).toContain(form);
    }
  });

  it('knows the US, UK and Korean variants news uses', () => {
    for (const form of ['U.S.', 'US', 'USA', 'America', 'United States']) expect(country('USA').names).toContain(form);
    expect(country('USA').adjectives).toContain('American');
    expect(country('USA').demonyms).toContain('Americans');
    expect(country('USA').capitals).toContain('Washington');
    for (const form of ['Britain', 'UK', 'U.K.', 'United Kingdom']) expect(country('GBR').names).toContain(form);
    expect(country('GBR').adjectives).toContain('British');
    expect(country('PRK').names).toEqual(expect.arrayContaining(['North Korea', 'DPRK']));
    expect(country('PRK').adjectives).toContain('North Korean');
    expect(country('PRK').capitals).toContain('Pyongyang');
    expect(country('KOR').names).toEqual(expect.arrayContaining(['South Korea', 'Republic of Korea', 'ROK']));
    expect(country('KOR').adjectives).toContain('South Korean');
    expect(country('KOR').demonyms).toContain('South Koreans');
    expect(country('CHN').adjectives).toContain('Chinese');
  });

  it('offers every apostrophe form with a typographic apostrophe too', () => {
    expect(country('PRK').names).toEqual(expect.arrayContaining(["Democratic People's Republic of Korea", 'Democratic People\u2019s Republic of Korea']));
    expect(country('TCD').capitals).toContain('N\u2019Djamena');
    expect(INSTITUTION_METONYMS.find((m) => m.text === 'National People\u2019s Congress')).toMatchObject({ country: 'CHN', role: 'LEG' });
  });

  it('does not treat the Korean Peninsula as a state', () => {
    for (const c of COUNTRIES) expect(formsOf(c)).not.toContain('Korean Peninsula');
  });

  it('names the capitals used as metonyms for the government', () => {
    const capitals: Record<string, string> = {
      Washington: 'USA',
      Beijing: 'CHN',
      Moscow: 'RUS',
      Tokyo: 'JPN',
      Seoul: 'KOR',
      Pyongyang: 'PRK',
      Kyiv: 'UKR',
      Kiev: 'UKR',
      Tehran: 'IRN',
      Jerusalem: 'ISR',
      Ankara: 'TUR',
      'New Delhi': 'IND',
      Islamabad: 'PAK',
      London: 'GBR',
      Paris: 'FRA',
      Berlin: 'DEU',
      Taipei: 'TWN',
      Hanoi: 'VNM',
      Manila: 'PHL',
      Warsaw: 'POL',
      Cairo: 'EGY',
      Riyadh: 'SAU',
      Caracas: 'VEN',
      Brasilia: 'BRA',
      Canberra: 'AUS',
      Ottawa: 'CAN',
      Pretoria: 'ZAF',
      Pristina: 'XKX',
      Ramallah: 'PSE',
    };
    for (const [capital, code] of Object.entries(capitals)) expect(country(code).capitals, capital).toContain(capital);
    const withCapital = COUNTRIES.filter((c) => c.capitals.length > 0).length;
    expect(withCapital).toBeGreaterThan(185); // city-states are named by their country name
  });

  it('flags the forms that are common words or names', () => {
    expect(country('TCD').ambiguous).toContain('Chad');
    expect(country('JOR').ambiguous).toContain('Jordan');
    expect(country('GEO').ambiguous).toContain('Georgia');
    expect(country('TUR').ambiguous).toContain('Turkey');
    expect(country('GIN').ambiguous).toContain('Guinea');
    expect(country('NER').ambiguous).toContain('Niger');
    expect(country('TUR').ambiguous).not.toContain('Türkiye');
  });
});

describe('INSTITUTION_METONYMS', () => {
  const lookup = (text: string) => INSTITUTION_METONYMS.find((m) => m.text === text);

  it('resolves seats and outlets to a state and role', () => {
    expect(lookup('the Kremlin')).toMatchObject({ country: 'RUS', role: 'GOV' });
    expect(lookup('the White House')).toMatchObject({ country: 'USA', role: 'GOV' });
    expect(lookup('the Pentagon')).toMatchObject({ country: 'USA', role: 'MIL' });
    expect(lookup('Downing Street')).toMatchObject({ country: 'GBR', role: 'GOV' });
    expect(lookup('the Elysee')).toMatchObject({ country: 'FRA', role: 'GOV' });
    expect(lookup('the Élysée')).toMatchObject({ country: 'FRA', role: 'GOV' });
    expect(lookup('Zhongnanhai')).toMatchObject({ country: 'CHN', role: 'GOV' });
    expect(lookup('the Blue House')).toMatchObject({ country: 'KOR', role: 'GOV' });
    expect(lookup('Capitol Hill')).toMatchObject({ country: 'USA', role: 'LEG' });
    expect(lookup('the US Congress')).toMatchObject({ country: 'USA', role: 'LEG' });
    // (a bare "Congress" is the legislature of the story's state, else the US one: SHARED_INSTITUTION_ROWS)
    expect(lookup('Congress')).toBeUndefined();
    expect(SHARED_INSTITUTION_ROWS.find((m) => m.text === 'Congress')).toMatchObject({ country: 'USA', role: 'LEG' });
    expect(lookup('the Knesset')).toMatchObject({ country: 'ISR', role: 'LEG' });
    expect(lookup('the Duma')).toMatchObject({ country: 'RUS', role: 'LEG' });
    expect(lookup('Xinhua')).toMatchObject({ country: 'CHN', role: 'MED' });
    expect(lookup('KCNA')).toMatchObject({ country: 'PRK', role: 'MED' });
    expect(lookup('Yonhap')).toMatchObject({ country: 'KOR', role: 'MED' });
  });

  it('codes named armed groups and movements with their state and role', () => {
    expect(lookup('Hamas')).toMatchObject({ country: 'PSE', role: 'REB' });
    expect(lookup('Hezbollah')).toMatchObject({ country: 'LBN', role: 'REB' });
    expect(lookup('Houthis')).toMatchObject({ country: 'YEM', role: 'REB' });
    expect(lookup('PLO')).toMatchObject({ country: 'PSE', role: 'GOV' });
  });

  it('points every metonym at a known state with a CAMEO role, once per text', () => {
    const texts = new Set<string>();
    for (const m of INSTITUTION_METONYMS) {
      expect(byCode.has(m.country), m.text).toBe(true);
      expect(m.role).toMatch(/^[A-Z]{3}$/);
      expect(texts.has(m.text), m.text).toBe(false);
      texts.add(m.text);
    }
  });
});
