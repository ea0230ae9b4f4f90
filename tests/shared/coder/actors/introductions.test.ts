import { describe, expect, it } from 'vitest';
import { brief, briefsOf, code } from '../helpers.ts';

// Sentences written for these tests: a person no dictionary knows, introduced beside a placed title, is that state's
// official when named again by surname.
describe('people introduced by a title', () => {
  it('the title after the name: "NAME, the British ambassador, …"', async () => {
    const events = await code('Jane Smith, the British ambassador, criticised Iran on Monday. Smith said Tehran must release the detainees.');
    expect(events.find((e) => e.source.text === 'Jane Smith')).toMatchObject({ source: { country: 'GBR', role: 'GOV' }, target: { country: 'IRN' } });
  });

  it('the title before the name: "Niger\'s foreign minister, NAME, …"', async () => {
    const events = await code("Niger's foreign minister, Bakary Yaou Sangaré, arrived in Abuja. Sangaré accused Benin of hosting French bases.");
    expect(events.map(brief)).toContain('NER>BEN 112');
  });

  it('the head of a placed delegation, with a title or without', async () => {
    const titled = await code(
      "Niger's delegation, led by Foreign Minister Bakary Yaou Sangaré, met Nigerian officials. On Friday, Sangaré accused Benin of lying.",
    );
    expect(titled.map(brief)).toContain('NER>BEN 112');
    const bare = await code('The Ukrainian delegation, headed by Rustem Umerov, arrived in Istanbul. Umerov accused Russia of stalling.');
    expect(bare.map(brief)).toContain('UKR>RUS 112');
  });

  it('a hyphenated compound title is a title too (written 2026-12-07)', async () => {
    const hyphened = await code('The secretary-general of NATO, Jose Pereira, criticised Russia on Monday.');
    expect(briefsOf(hyphened)).toEqual(['NATO>RUS 111']);
  });

  it('a date or a phrase before the title is no name', async () => {
    const events = await code('On Monday, the British ambassador criticised Iran. Monday was a holiday. Later, Monday said Tehran must act.');
    expect(events.filter((e) => e.source.text === 'On Monday' || e.source.text === 'Monday')).toEqual([]);
  });

  it('a name beside an unplaced title stays unknown', async () => {
    const events = await code('Jane Smith, a spokeswoman, said on Monday the talks had ended. Smith accused Iran of stalling.');
    expect(events.filter((e) => e.source.text === 'Jane Smith')).toEqual([]);
  });

  it('an adviser, an aide or a spokesman is placed by whom they serve, and the name beside them with it', async () => {
    const events = await code(
      'Hikmet Hajiyev, foreign policy adviser to Azerbaijani President Ilham Aliyev, thanked the UAE on Monday. Hajiyev also criticised France. An aide to the Iranian president criticised Germany.',
    );
    expect(briefsOf(events)).toEqual(['AZE>ARE 051', 'AZE>FRA 111', 'IRN>DEU 111']);
  });

  it('a name that does not open its clause, or a participle phrase beside it, is no apposition', async () => {
    const after = await code('After talks with John Smith, the British ambassador criticised Iran. Smith later thanked Russia.');
    expect(after.filter((e) => e.source.text === 'John Smith')).toEqual([]);
    const place = await code('Fighting raged near Wad Hamid, the Sudanese army spokesman said. Hamid later accused Chad of arming the RSF.');
    expect(place.filter((e) => e.source.text === 'Wad Hamid')).toEqual([]);
    const participle = await code('Jane Smith, meeting British officials, said the talks had ended. Smith accused Iran of stalling.');
    expect(participle.filter((e) => e.source.country === 'GBR')).toEqual([]);
  });

  it("an aide sent to a capital is not that capital's aide", async () => {
    const events = await code("Washington sent a senior aide to Moscow to criticise Ukraine's position.");
    expect(events.some((e) => e.source.country === 'RUS')).toBe(false);
  });

  it('a title word that looks like a participle, and a name inside a clause closed by a comma, still introduce', async () => {
    const acting = await code('John Smith, the acting British ambassador, arrived on Monday. Smith later criticised China.');
    expect(briefsOf(acting)).toContain('GBR>CHN 111');
    const inside = await code('Officials said John Smith, the British ambassador, would leave. Smith later criticised China.');
    expect(briefsOf(inside)).toContain('GBR>CHN 111');
  });
});
