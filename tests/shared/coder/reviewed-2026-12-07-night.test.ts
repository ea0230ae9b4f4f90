import { describe, expect, it } from 'vitest';
import { briefsOf, code } from './helpers.ts';

// What a reviewer found the night's rules (rules/1.22.0, the business pages) must not do: sentences written by the
// reviewer, each a regression of a first draft of a rule.
describe('what a reviewer found the rules of the night of 2026-12-07 must not do', () => {
  it('a party designated a status or a role is not sanctioned; one designated with grounds or an authority is', async () => {
    expect(briefsOf(await code('Trump designated Saudi Arabia a major non-NATO ally.'))).toEqual([]);
    expect(briefsOf(await code('The EU designated Ukraine and Moldova as candidate countries.'))).toEqual([]);
    expect(briefsOf(await code('The US designated Sudan for Temporary Protected Status.'))).not.toContain('USA>SDN 163');
    expect(briefsOf(await code('Qatar designated an envoy to mediate between Israel and Hamas.'))).toEqual(['QAT>ISR 039', 'QAT>PSE 039']);
    expect(
      briefsOf(await code('The US Treasury designated a Bishkek-based crypto exchange on Tuesday for helping Russian importers evade sanctions.')),
    ).toEqual(['USA>KGZ 163']);
    expect(briefsOf(await code('Washington designated the Houthis a terrorist organisation.'))).toEqual(['USA>YEM 163']);
  });

  it('export controls lifted, eased or exempted from are not imposed', async () => {
    expect(briefsOf(await code('China announced the lifting of export curbs on gallium to the United States.'))).not.toContain('CHN>USA 163');
    expect(briefsOf(await code('Washington unveiled exemptions from its chip export controls for South Korea.'))).not.toContain('USA>KOR 163');
    expect(briefsOf(await code('The US announced an end to export curbs on Nvidia chips to China.'))).not.toContain('USA>CHN 163');
  });

  it('hitting back with threats of tariffs, or with tariff cuts, imposes none', async () => {
    expect(briefsOf(await code('China hit back with threats of tariffs on Australian wine.'))).not.toContain('CHN>AUS 163');
    expect(briefsOf(await code('The EU responded with tariff cuts for Ukrainian goods.'))).not.toContain('EUR>UKR 163');
  });

  it('a watch list or a grey list bars nothing', async () => {
    expect(briefsOf(await code('The US Treasury put China on its currency watchlist.'))).not.toContain('USA>CHN 163');
    expect((await code('The FATF placed Pakistan on its grey list.')).map((e) => e.cameo.code)).not.toContain('163');
  });

  it('a sum received is no aid (transit fees, tolls, contracts); a loan received is', async () => {
    expect(briefsOf(await code('Ukraine received $800 million a year from Russia in gas transit fees.'))).toEqual([]);
    expect(briefsOf(await code('Qatar secured a $20 billion contract from Germany for LNG.'))).not.toContain('DEU>QAT 071');
    expect(briefsOf(await code('Pakistan secured a $1.2 billion loan from Saudi Arabia.'))).toEqual(['SAU>PAK 071']);
  });

  it('a panel of inquiry or of experts is no trade case; the DSB is also a railway', async () => {
    expect(briefsOf(await code('The UN asked Ethiopia to set up an independent panel to investigate abuses.'))).not.toContain('UNO>ETH 115');
    expect(briefsOf(await code('Ukraine requested a panel of experts from the IAEA to inspect the Zaporizhzhia plant.'))).not.toContain('UKR>IAEA 115');
    expect(briefsOf(await code('Sweden criticised DSB over the cancellation of trains to Copenhagen.'))).not.toContain('SWE>WTO 111');
  });

  it('a party after a comma that speaks is no member of the list before it', async () => {
    expect(briefsOf(await code('Ukraine hit Russian oil refineries, British intelligence said.'))).toEqual(['UKR>RUS 190']);
    expect(briefsOf(await code('The Houthis attacked Greek tankers, British maritime security firm Ambrey said.'))).toEqual(['YEM>GRC 190']);
  });

  it('"struck by months of Israeli raids": a span of something is an agent, not a measure', async () => {
    expect(briefsOf(await code('Lebanon, struck by months of Israeli raids, appealed to the UN.'))).not.toContain('LBN>ISR 190');
  });

  it('a listing that names its own lister, or what it lists a party as, is no sanction told before', async () => {
    const temple = await code('The US imposed sanctions on Russian oil firms on Monday. Thailand protested the listing of the Preah Vihear temple by UNESCO.');
    expect(briefsOf(temple)).not.toContain('THA>USA 114');
    const taiwan = await code('The US imposed new tariffs on China on Monday. Beijing criticised the designation of Taiwan as a separate customs territory.');
    expect(briefsOf(taiwan)).not.toContain('CHN>USA 111');
  });

  it('a suspension of funds over rule of law concerns is no rule suspended', async () => {
    expect(briefsOf(await code('The EU extended the suspension of EU funds to Hungary over rule of law concerns.'))).not.toContain('EUR>HUN 085');
  });
});
