import { describe, expect, it } from 'vitest';
import { brief, briefsOf, code } from '../helpers.ts';

// Sentences written for these tests (2026-12-06).
describe('a deployment that helps the state it goes to', () => {
  it.each([
    ['Kenya deployed 400 police officers to Haiti on Monday at the request of the Haitian government.', 'KEN>HTI 074'],
    ['Rwanda deployed troops to Mozambique on Friday to support the Mozambican army against insurgents.', 'RWA>MOZ 074'],
    ['Uganda deployed soldiers to Somalia in March under the African Union mission.', 'UGA>SOM 074'],
  ])('%s', async (sentence, expected) => {
    expect((await code(sentence)).map(brief)).toContain(expected);
  });

  it("a request by someone else or a mission of one's own is no help to the state deployed to", async () => {
    const despite = await code("Russia deployed troops to the Ukrainian border despite Kyiv's request to pull them back.");
    expect(despite.map(brief)).toEqual(['RUS>UKR 154']);
    const own = await code('The United States deployed warships off Venezuela on a counter-narcotics mission.');
    expect(own.map(brief)).toEqual(['USA>VEN 154']);
  });

  it('is military assistance (074); a deployment with no such purpose stays a show of force (154)', async () => {
    expect((await code('Russia deployed troops to the Belarusian border on Monday.')).map(brief)).toEqual(['RUS>BLR 154']);
    // (a purpose in the next clause is that clause's)
    const next = await code('Russia deployed troops to the Belarusian border on Monday, while the EU sent a mission to Moldova.');
    expect(next.map(brief)).toContain('RUS>BLR 154');
  });
});

describe('a deployment of peacekeepers or monitors', () => {
  it('"Russian peacekeepers deployed to Karabakh", "deployed a civilian monitoring mission": peacekeeping (074), no show of force', async () => {
    expect(briefsOf(await code('Some 2,000 Russian peacekeepers deployed to Karabakh.'))).toEqual(['RUS>AZE 074']);
    expect(briefsOf(await code('The EU deployed a civilian monitoring mission to Armenia.'))).toEqual(['EUR>ARM 074']);
    expect(briefsOf(await code('Russia deployed troops to the border with Ukraine.'))).toEqual(['RUS>UKR 154']);
  });
});

describe('a deployment under a mission or a multinational force, and one announced', () => {
  it('"under the UN-authorised … Force", "as part of NATO\'s … Forces": help to the host (074), announced an intent to help (0334)', async () => {
    expect(briefsOf(await code('Kenya deployed 300 police officers to Haiti under the UN-authorised Gang Suppression Force.'))).toEqual(['KEN>HTI 074']);
    expect(briefsOf(await code('Kenya will deploy 300 police officers to Haiti under the UN-authorised Gang Suppression Force.'))).toEqual(['KEN>HTI 0334']);
    expect(briefsOf(await code("Sweden will deploy an additional battalion to Finland in 2027 as part of NATO's Forward Land Forces."))).toEqual([
      'SWE>FIN 0334',
    ]);
  });

  it('"as part of a show of force" is none, nor a state\'s own operation or force; announced with no such purpose a threat (138)', async () => {
    expect(briefsOf(await code('Russia deployed more troops to Ukraine as part of its special military operation.'))).toEqual(['RUS>UKR 154']);
    expect(briefsOf(await code('India sent troops to Pakistan-administered Kashmir under Operation Sindoor.'))).toEqual(['IND>PAK 154']);
    expect(briefsOf(await code('Russia deployed troops to the border with Ukraine as part of a show of force.'))).toEqual(['RUS>UKR 154']);
    expect(briefsOf(await code('Russia will deploy more troops to its border with Finland.'))).toEqual(['RUS>FIN 138']);
  });
});

describe('weapons sent to a state', () => {
  it('"sent 40 tanks to Ukraine": arms given (072), announced an intent (0332); sent to a place they are a show of force', async () => {
    expect(briefsOf(await code('Poland sent 40 tanks to Ukraine on Monday.'))).toEqual(['POL>UKR 072']);
    // (to a city other than the capital, or a border of the state: the verbs of force decide)
    expect(briefsOf(await code('Israel sent tanks to Rafah.'))).toEqual(['ISR>PSE 154']);
    expect(briefsOf(await code("Russia sent tanks to Ukraine's border."))).toEqual(['RUS>UKR 154']);
    expect(briefsOf(await code('The US will send more Patriot interceptors to Kyiv.'))).toEqual(['USA>UKR 0332']);
    expect(briefsOf(await code('Russia sent missiles to the border with Ukraine.'))).toEqual(['RUS>UKR 154']);
  });
});
