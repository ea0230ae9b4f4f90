import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

describe('a pronoun that opens the complement of a verb of saying is its speaker', () => {
  it('"…, while Germany said it would …" is Germany, not the sentence\'s first subject', async () => {
    const events = await code('Britain announced 20 million pounds in emergency aid for Congo, while Germany said it would provide funding to Congo.');
    expect(briefsOf(events)).toEqual(['DEU>COD 0331', 'GBR>COD 073']);
  });

  it('"…, while X said he would visit …" is X, not the person who opened the sentence', async () => {
    const events = await code(
      'Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday, while French President Emmanuel Macron said he would visit Kyiv next week.',
    );
    expect(briefsOf(events)).toEqual(['FRA>UKR 036', 'TUR>RUS 040']);
  });
});

describe('"they" after a subject of two', () => {
  it('"Saudi Arabia and Qatar each said they would contribute …" is both of them', async () => {
    const events = await code('Saudi Arabia and Qatar each said they would contribute $100 million to Sudan over two years.');
    expect(briefsOf(events)).toEqual(['QAT>SDN 0331', 'SAU>SDN 0331']);
  });

  it('the pair of a clause after "while" is that clause\'s subject, so the first donor\'s recipient is neither of them', async () => {
    const events = await code('Britain announced emergency aid for Congo, while Germany and Japan said they would provide funding.');
    expect(briefsOf(events)).toEqual(['DEU>COD 0331', 'GBR>COD 073', 'JPN>COD 0331']);
  });
});
