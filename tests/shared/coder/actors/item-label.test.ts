import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

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

  it('what opens the article without a bullet is a dateline, not a label', async () => {
    const events = await code('SINGAPORE: The ASEAN envoy met Myanmar officials in Naypyidaw on Tuesday.');
    expect(briefsOf(events).filter((b) => b.includes('SGP'))).toEqual([]);
  });
});
