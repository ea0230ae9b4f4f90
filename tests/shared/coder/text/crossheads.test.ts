import { describe, expect, it } from 'vitest';
import { isCrosshead } from '../../../../shared/coder/text/crossheads.ts';
import { splitSentences } from '../../../../shared/coder/text/sentence-splitter.ts';
import { brief, code } from '../helpers.ts';

const crossheads = (body: string) =>
  splitSentences(body)
    .filter((s) => isCrosshead(body, s))
    .map((s) => s.text.trim());

describe('isCrosshead', () => {
  it('is a short headline-like paragraph inside the body', () => {
    const body =
      "Russia expelled two Estonian diplomats on Monday.\n\nTallinn hits back\n\nEstonia summoned the Russian charge d'affaires.\n\n- Ceasefire rejected\n\nThe talks ended.";
    expect(crossheads(body)).toEqual(['Tallinn hits back', '- Ceasefire rejected']);
  });

  it('is not a sentence, a long line without a full stop, part of a paragraph or a body of one line', () => {
    expect(crossheads('Russia expelled two diplomats.\n\nEstonia protested.')).toEqual([]);
    expect(
      crossheads('Russia expelled two diplomats.\n\nKenya, Uganda and Tanzania sign a trade pact in Arusha on Monday after talks\n\nMore follows.'),
    ).toEqual([]);
    expect(crossheads('Russia expels diplomats')).toEqual([]);
  });

  it('is not a dated line (a sentence that lost its full stop) nor one of a run of bullet points', () => {
    expect(crossheads('Russia expelled two Moldovan diplomats on Friday\n\nChisinau protested.')).toEqual([]);
    const digest = "Here is what happened overnight.\n\n- Russia expels two Moldovan diplomats\n\n- China condemns Japan's defence plan\n\nMore below.";
    expect(crossheads(digest)).toEqual([]);
  });
});

describe("a crosshead codes nothing but keeps the story's actors", () => {
  it('"Israeli strikes condemned" is no condemnation by Israel; the paragraphs under it are coded', async () => {
    const events = await code(
      "Turkey hosted Syrian President Ahmed al-Sharaa in Ankara on Monday.\n\nIsraeli strikes condemned\n\nTurkish President Recep Tayyip Erdogan condemned Israel's air strikes in southern Syria.",
    );
    expect(events.filter((e) => e.source.country === 'ISR' && e.cameo.root === '11').map(brief)).toEqual([]);
    expect(events.map(brief)).toContain('TUR>ISR 111');
  });
});
