import { describe, expect, it } from 'vitest';
import { brief, briefsOf, code } from '../helpers.ts';

// Sentences written for these tests: who "both sides" and "the two men" are, across a story.
describe('the sides a story is about', () => {
  it('"both sides" as an object means the story\'s two sides, not the compound subject', async () => {
    const events = await code(
      'Ethiopia accused Eritrea of massing troops near the border. Kenya offered to host talks. The United States and the European Union urged both sides to show restraint.',
    );
    const appeals = events.filter((e) => e.cameo.root === '02' && e.evidence.sentence.startsWith('The United States'));
    expect(new Set(appeals.map((e) => e.target?.country))).toEqual(new Set(['ETH', 'ERI']));
    expect(appeals.some((e) => e.target?.country === 'EUR' || e.target?.country === 'USA')).toBe(false);
  });

  it("a third party dealing with one side does not replace the story's pair", async () => {
    const events = await code('Serbia accused Croatia of provocations. Hungary offered its support to Serbia. The EU urged both countries to talk.');
    const appeal = events.filter((e) => e.source.country === 'EUR');
    expect(new Set(appeal.map((e) => e.target?.country))).toEqual(new Set(['SRB', 'HRV']));
  });

  it('people released are named by what they are ("the two men")', async () => {
    const events = await code('Croatian police detained two Serbian border guards on Thursday. Croatia released the two men late on Thursday.');
    expect(events.map(brief)).toEqual(expect.arrayContaining(['HRV>SRB 173', 'HRV>SRB 0841']));
  });
});

describe('aid and its recipients', () => {
  it('aid pledged for a place goes to that place (a pledge is an intent to give: 033x)', async () => {
    const events = await code(
      'Japan pledged $20 million in humanitarian aid for the reconstruction of schools in Sudan, to be channelled through a fund run by the World Bank.',
    );
    expect(events.map(brief)).toContain('JPN>SDN 0333');
    expect(events.some((e) => e.target?.country === 'WBK')).toBe(false);
  });

  it('announced funding is aid promised (0331)', async () => {
    const events = await code('Canberra also announced A$200 million in budget support for Fiji.');
    expect(events.map(brief)).toEqual(['AUS>FJI 0331']);
  });
});

describe('noun phrases that look like verbs', () => {
  it('"any new militant strike" is a noun phrase, not militants striking', async () => {
    expect(await code('Any new militant strike inside India would put pressure on New Delhi.')).toEqual([]);
  });

  it('a list of consequence participles after a deed adds no events', async () => {
    const events = await code('Houthi rebels attacked a Greek-owned tanker in the Red Sea on Tuesday, setting it ablaze and forcing the crew to abandon ship.');
    expect(events.map(brief)).toEqual(['YEM>GRC 190']);
  });
});

describe("a mediator's two guests are 'the two neighbours' of the next sentence", () => {
  it('"Turkey hosted talks between Somalia and Ethiopia. … which the two neighbours signed": not the pair of an earlier item', async () => {
    const events = await code(
      'Canada and India agreed on Friday to restore their high commissioners.\n\nTurkey hosted a new round of talks between Somalia and Ethiopia in Ankara on Friday. The talks build on the Ankara Declaration, which the two neighbours signed on 11 December 2024.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '05')).toEqual(['SOM>ETH 057']);
  });
});
