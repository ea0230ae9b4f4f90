import { describe, expect, it } from 'vitest';
import { brief, code } from '../helpers.ts';

// Sentences written for these tests: a clause fronted before the main clause leaves its subject unsaid.
const briefs = async (text: string) => (await code(text)).map(brief).sort();

describe('a fronted clause takes the subject of the main clause after its comma', () => {
  it('a participle after an opening preposition: "After meeting …, the French president flew …"', async () => {
    expect(await briefs('After meeting Saudi Crown Prince Mohammed bin Salman in Riyadh on Sunday, the French president flew to Doha.')).toEqual([
      'FRA>QAT 042',
      'FRA>SAU 040',
    ]);
    expect(await briefs('After visiting Kyiv on Monday, the German chancellor travelled to Warsaw.')).toContain('DEU>UKR 042');
  });

  it('"Having met …" and a sentence adverb before the preposition', async () => {
    expect(await briefs("Having met Brazil's president in Brasilia on Monday, Chinese President Xi Jinping left for Lima on Tuesday.")).toEqual([
      'CHN>BRA 040',
    ]);
    expect(await briefs('Shortly after meeting Putin, Orban said Hungary would veto the package.')).toContain('HUN>RUS 040');
  });

  it('talks of a phrase opened by a participle of its own: "Speaking after talks with …, X said"', async () => {
    expect(
      await briefs(
        'Speaking after talks with his Turkish counterpart in Ankara on Tuesday, Greek Foreign Minister Giorgos Gerapetritis said ties were improving.',
      ),
    ).toEqual(['GRC>TUR 040']);
  });

  it('a meeting as the setting of the main clause, only when it opens the sentence', async () => {
    expect(
      await briefs(
        'In a meeting with the Deputy Minister of Foreign Affairs of the Russian Federation on Monday, Azerbaijani officials discussed the Caspian convention.',
      ),
    ).toEqual(['AZE>RUS 040']);
    // (a meeting with one's own staff, in the middle of the sentence, is no meeting with the state named after it)
    expect(await briefs('President Lee Jae Myung said at a meeting with his senior secretaries that the door to talks with Pyongyang remained open.')).toEqual(
      [],
    );
  });

  it('no subject after the comma, no source: the clause is not guessed onto a party inside it', async () => {
    expect(await briefs('After meeting Putin in Moscow, there were no further talks.')).toEqual([]);
  });
});
