import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

// Sentences written for these tests (2026-12-07): hosts, witnesses and brokers of two sides (GOLD-FORMAT rule 10).
describe('a third party beside two sides mediates with each of them (045)', () => {
  it('every witness of a list: "in the presence of A and B"', async () => {
    const events = await code('Serbia and Kosovo signed a declaration in Ohrid in the presence of Kaja Kallas and US President Donald Trump.');
    expect(briefsOf(events, (e) => e.cameo.code === '045')).toEqual(['EUR>SRB 045', 'EUR>XKX 045', 'USA>SRB 045', 'USA>XKX 045']);
  });

  it('a host named after the talks, set off by a comma or after a ceremony', async () => {
    const comma = await code(
      'Serbian Foreign Minister Marko Djuric spoke after talks in Ohrid with his Kosovar counterpart Donika Gervalla, hosted by the North Macedonian government.',
    );
    expect(briefsOf(comma, (e) => e.cameo.code === '045')).toEqual(['MKD>SRB 045', 'MKD>XKX 045']);
    const ceremony = await code(
      'Kagame and Tshisekedi initialled the text of the accord in Doha on Friday, in a ceremony hosted by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.',
    );
    expect(briefsOf(ceremony, (e) => e.cameo.code === '045')).toEqual(['QAT>COD 045', 'QAT>RWA 045']);
  });

  it('a deal brokered "under which" two sides agreed: the broker mediates with each, and the two sides made the deal', async () => {
    const events = await code(
      'In 2024, Qatari Emir Sheikh Tamim bin Hamad Al Thani brokered the Doha Declaration, under which Rwanda and Congo agreed to a ceasefire.',
    );
    expect(briefsOf(events, (e) => e.cameo.code === '045')).toEqual(['QAT>COD 045', 'QAT>RWA 045']);
  });

  it('a party "acting as host" is the third party, not the meeting\'s other side', async () => {
    const events = await code(
      'Serbian Foreign Minister Marko Djuric and his Kosovar counterpart Donika Gervalla met for three hours on Monday with North Macedonian Foreign Minister Timco Mucunski acting as host.',
    );
    expect(briefsOf(events)).toEqual(['MKD>SRB 045', 'MKD>XKX 045', 'SRB>XKX 040']);
  });
});

describe('talks a third party hosts', () => {
  it('are held between their sides, "direct" ones too', async () => {
    const events = await code('Saudi Arabia hosted two rounds of direct Israeli-Syrian talks in Jeddah in May.');
    expect(briefsOf(events, (e) => e.cameo.code === '046')).toEqual(['ISR>SYR 046']);
  });
});

describe('a party acting as guarantor beside a host', () => {
  it("is never the host's guest", async () => {
    const events = await code('Colombia and the ELN resumed talks in Havana. The sessions are hosted by Cuba, with Norway acting as a guarantor.');
    expect(briefsOf(events, (e) => e.cameo.code === '043')).toEqual(['CUB>COL 043']);
  });
});

describe('his counterpart of another state', () => {
  it('"his Turkish counterpart Hakan Fidan" is one mention, the member of a compound subject', async () => {
    expect(briefsOf(await code('Lavrov and his Turkish counterpart Hakan Fidan met in Moscow on Monday.'))).toEqual(['RUS>TUR 040']);
    expect(briefsOf(await code('Lavrov and his Turkish counterpart met in Moscow on Monday.'))).toEqual(['RUS>TUR 040']);
  });
});

describe("a host's two guests are the two sides named next", () => {
  it('in the same sentence ("where the two leaders") and in the next ("The two countries")', async () => {
    const same = await code('Erdogan hosted Aliyev and Pashinyan in Istanbul, where the two leaders initialled the text of the treaty.');
    expect(briefsOf(same, (e) => e.cameo.code === '057')).toEqual(['AZE>ARM 057']);
    const next = await code('Erdogan hosted Aliyev and Pashinyan in Istanbul. The two countries signed a declaration.');
    expect(briefsOf(next, (e) => e.cameo.code === '057')).toEqual(['AZE>ARM 057']);
  });
});

describe('talks in a time phrase', () => {
  it('are the clause subject\'s talks with the party named ("after talks with …"), fronted or not', async () => {
    expect(briefsOf(await code('Albanese made the announcement on Wednesday after talks with Tuvalu Prime Minister Feleti Teo.'))).toEqual(['AUS>TUV 040']);
    expect(briefsOf(await code('After talks with Tuvalu Prime Minister Feleti Teo, Albanese announced new funding.'), (e) => e.cameo.root === '04')).toEqual([
      'AUS>TUV 040',
    ]);
  });
});
