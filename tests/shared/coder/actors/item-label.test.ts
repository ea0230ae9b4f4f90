import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';
import { findMentions } from '../../../../shared/coder/actors/mention-finder.ts';
import { tokenize } from '../../../../shared/coder/text/tokenizer.ts';

describe('item labels in capitals', () => {
  it("a factbox item's label is the party its unnamed ministry, aircraft or bank belongs to", async () => {
    const events = await code(
      [
        'Donors stepped up help after Cyclone Arnab hit Myanmar and Bangladesh.',
        '',
        '- RUSSIA: An Emergencies Ministry aircraft flew 35 tonnes of supplies to Naypyitaw on Monday.',
        '',
        '- WORLD BANK: The bank approved $150 million in emergency financing for Bangladesh on Thursday.',
      ].join('\n'),
    );
    expect(briefsOf(events)).toEqual(['RUS>MMR 073', 'WBK>BGD 071']);
  });

  it('names of several words, with "and" in them, and states whose first word a city shares are labels too', () => {
    const labelled = (line: string, at = 2000) => findMentions(tokenize(line, at)).map((m) => [m.start, m.end, m.items[0]!.item.code]);
    expect(labelled('- SOUTH KOREA: The foreign ministry pledged $5 million.')[0]).toEqual([1, 3, 'KOR']);
    expect(labelled('- BOSNIA AND HERZEGOVINA: The presidency sent a team.')[0]).toEqual([1, 4, 'BIH']);
    expect(labelled('MEXICO: The navy sent two ships.')[0]).toEqual([0, 1, 'MEX']);
  });

  it('what opens a line without a bullet where a dateline may stand is a dateline, not a label', async () => {
    // (a headline may come before the dateline: dateline.ts reads the first 600 characters)
    const atTheTop = findMentions(tokenize('SINGAPORE: The ASEAN envoy met Myanmar officials.', 40));
    expect(atTheTop.some((m) => m.start === 0)).toBe(false);
    const events = await code('SINGAPORE: The ASEAN envoy met Myanmar officials in Naypyidaw on Tuesday.');
    expect(briefsOf(events).filter((b) => b.includes('SGP'))).toEqual([]);
  });
});
