import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

describe('a call that carries what was said is a consultation by phone (041) as well', () => {
  it('an appeal, a criticism or an offer made in a phone call', async () => {
    expect(
      briefsOf(await code('In a phone call on Monday, German Chancellor Friedrich Merz urged Polish Prime Minister Donald Tusk to reopen the crossings.')),
    ).toEqual(['DEU>POL 0256', 'DEU>POL 041']);
    const told = await code("Turkish Foreign Minister Hakan Fidan told Greece's Giorgos Gerapetritis by telephone on Tuesday that Ankara opposed the survey.");
    expect(briefsOf(told, (e) => e.cameo.code === '041')).toEqual(['TUR>GRC 041']);
  });

  it('one call per caller, to the party first addressed', async () => {
    const events = await code(
      "In a telephone call on Tuesday, Kenya's President William Ruto offered Ethiopia's Abiy Ahmed his good offices to mediate between Addis Ababa and Asmara.",
    );
    expect(briefsOf(events, (e) => e.cameo.code === '041')).toEqual(['KEN>ETH 041']);
  });

  it('no call for a meeting intended, a call already coded or the reporter of the attribution', async () => {
    const intended = await code('Sheinbaum said she expected to speak with Trump by phone later this week.');
    expect(briefsOf(intended, (e) => e.cameo.code === '041')).toEqual([]);
    const coded = await code("Chinese Foreign Minister Wang Yi spoke by phone on Wednesday with Pakistan's Deputy Prime Minister Ishaq Dar.");
    expect(briefsOf(coded)).toEqual(['CHN>PAK 041']);
    const reporter = await code(
      "Armenia and Azerbaijan agreed to meet again in January, Armenian Foreign Minister Ararat Mirzoyan told Russia's RIA Novosti by phone.",
    );
    expect(briefsOf(reporter, (e) => e.cameo.code === '041')).toEqual([]);
  });

  it('the call is between the caller and the party it names or tells, not the parties of what is reported', async () => {
    const told = await code('Zelensky told Macron by phone that Russia had rejected the US ceasefire proposal.');
    expect(briefsOf(told, (e) => e.cameo.code === '041')).toEqual(['UKR>FRA 041']);
    const withParty = await code('In a phone call with Erdogan, Zelensky said Russia was threatening Moldova.');
    expect(briefsOf(withParty, (e) => e.cameo.code === '041')).toEqual(['UKR>TUR 041']);
  });

  it('an interview by phone is no call between states, and a call intended is planned', async () => {
    const interview = await code("Speaking to Reuters by phone, Ukraine's foreign minister accused Russia of war crimes.");
    expect(briefsOf(interview, (e) => e.cameo.code === '041')).toEqual([]);
    const planned = await code('Rubio is expected to urge Netanyahu by phone to allow aid into Gaza.');
    expect(planned.filter((e) => e.cameo.code === '041').map((e) => e.modality)).toEqual(['planned']);
  });
});

describe('a call held with someone', () => {
  it('"had had \'a very good call\' with Vladimir Putin", "held a productive call with": a consultation by phone (041)', async () => {
    expect(briefsOf(await code('Trump said he had had "a very good call" with Vladimir Putin.'))).toEqual(['USA>RUS 041']);
    expect(briefsOf(await code("Ukraine's foreign minister said he had held a productive call with Turkey's foreign minister on Tuesday."))).toEqual([
      'UKR>TUR 041',
    ]);
  });
});
