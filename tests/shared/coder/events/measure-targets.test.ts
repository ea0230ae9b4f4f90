import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

const sanctions = async (body: string) => briefsOf(await code(body, '2026-03-06'), (e) => e.cameo.root === '16');

describe("a measure's further targets: one event per state its object lists (GOLD-FORMAT rule 9)", () => {
  it('", adding 31 companies in Russia, China, the United Arab Emirates and Türkiye to the list": each state', async () => {
    expect(
      await sanctions(
        "The EU's Council adopted the bloc's 21st sanctions package against Russia in Brussels on Friday, adding 31 companies in Russia, China, the United Arab Emirates and Türkiye to the list of entities barred from dual-use exports.",
      ),
    ).toEqual(['EUR>ARE 163', 'EUR>CHN 163', 'EUR>RUS 163', 'EUR>TUR 163']);
  });

  it('"added 14 Chinese entities and two in Singapore to the Entity List": the located ones too', async () => {
    expect(await sanctions('The US Commerce Department on Monday added 14 Chinese entities and two in Singapore to the Entity List.')).toEqual([
      'USA>CHN 163',
      'USA>SGP 163',
    ]);
  });

  it("a listing participle's clause names no other target than its located things (a review helper's cases)", async () => {
    expect(
      await sanctions('The US Treasury sanctioned three Venezuelan officials on Friday, adding them to the list after talks with Colombia in Bogota.'),
    ).toEqual(['USA>VEN 163']);
    expect(await sanctions('The EU imposed sanctions on Iran on Monday, adding to pressure on Tehran as talks with the United States stall.')).toEqual([
      'EUR>IRN 163',
    ]);
    expect(await sanctions('The US Treasury sanctioned two Venezuelan generals, adding them to the list, and praised Brazil for its help.')).toEqual([
      'USA>VEN 163',
    ]);
  });

  it('a place that lists nothing is no target ("against Russia in Brussels on Friday, after talks in Paris")', async () => {
    expect(await sanctions('The EU imposed sanctions on Russia in Brussels on Friday, after talks with officials in Paris.')).toEqual(['EUR>RUS 163']);
  });
});
