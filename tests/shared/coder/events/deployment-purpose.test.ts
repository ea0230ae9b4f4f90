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
