import { describe, expect, it } from 'vitest';
import { withoutAsides } from '../../../../shared/coder/text/asides.ts';
import { tokenize } from '../../../../shared/coder/text/tokenizer.ts';
import { code } from '../helpers.ts';

const read = (s: string) =>
  withoutAsides(tokenize(s))
    .map((t) => t.text)
    .join(' ');

describe('asides', () => {
  it('drops a short adverbial phrase set off by commas, with both commas, keeping offsets', () => {
    expect(read('Colombia ordered, with immediate effect, the suspension of sales.')).toBe('Colombia ordered the suspension of sales .');
    expect(read('Gil, for his part, rejected the offer.')).toBe('Gil rejected the offer .');
    const kept = withoutAsides(tokenize('Kenya said, in a statement, that it agreed.'));
    expect(kept.map((t) => t.start)).toEqual([0, 6, 28, 33, 36, 42]);
  });

  it('keeps a phrase that names a party, a place or a date, opens a clause, or runs longer than four words', () => {
    for (const s of [
      'Kenya, in Nairobi, signed the deal.',
      'Kenya, on Monday, signed the deal.',
      'Kenya closed the border, in a move that angered Uganda, on Friday.',
      'Kenya said, in a long and detailed written statement, that it agreed.',
      'Kenya, with Uganda, signed the deal.',
    ])
      expect(read(s)).toBe(
        tokenize(s)
          .map((t) => t.text)
          .join(' '),
      );
  });

  it('drops the place or outlet of a statement too, but not the addressee of a letter or a call', () => {
    expect(read('The AU chairperson Mahmoud Ali Youssouf, in a statement from Addis Ababa, welcomed the meeting.')).toBe(
      'The AU chairperson Mahmoud Ali Youssouf welcomed the meeting .',
    );
    expect(read('Lavrov, in an interview with Reuters, said so.')).toBe('Lavrov said so .');
    for (const s of ['Kenya, in a letter to Uganda, protested.', 'Ruto, in a call with Museveni, agreed.'])
      expect(read(s)).toBe(
        tokenize(s)
          .map((t) => t.text)
          .join(' '),
      );
  });

  it('so the speaker stays the subject: "X, in a statement from Addis Ababa, welcomed …" is not Ethiopia', async () => {
    const events = await code(
      'The African Union Commission Chairperson Mahmoud Ali Youssouf, in a statement from Addis Ababa, welcomed the Nairobi talks and called on South Sudan to respect the ceasefire.',
    );
    expect(events.some((e) => e.source.country === 'ETH')).toBe(false);
    expect(events.map((e) => `${e.source.country}>${e.target?.country} ${e.cameo.root}`)).toContain('AFU>SSD 02');
  });

  it('lets the coder read the clause across it', async () => {
    const events = await code("Colombia's energy ministry ordered, with immediate effect, the suspension of electricity sales to Ecuador.");
    expect(events.map((e) => `${e.source.country}>${e.target?.country} ${e.cameo.root}`)).toEqual(['COL>ECU 16']);
  });
});
