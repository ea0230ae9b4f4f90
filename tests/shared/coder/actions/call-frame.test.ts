import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

// Sentences written for these tests: the frame of "call" (a phone call, a naming, an appeal).
describe('a party called, and nothing said of it', () => {
  it('"Macron calls Pezeshkian", "called the Iranian president on Tuesday": a call (041)', async () => {
    expect(briefsOf(await code('Macron calls Pezeshkian'))).toEqual(['FRA>IRN 041']);
    expect(briefsOf(await code('Erdogan called the Iranian president on Tuesday to discuss the grain deal.'))).toEqual(['TUR>IRN 041']);
  });

  it('a party called something is named, not called: "called Putin a war criminal", "calling it \'a step\'"', async () => {
    expect(briefsOf(await code('Zelensky called Putin a war criminal.'))).toEqual(['UKR>RUS 111']);
    expect(briefsOf(await code('Trump called Canada "a very nasty trading partner".'))).not.toContain('USA>CAN 041');
    expect(briefsOf(await code('Georgia\'s speaker went further, calling the EU ambassador, Pawel Herczynski, "a colonial governor".'))).not.toContain(
      'GEO>EUR 041',
    );
  });
});
describe('"called <party> to <act>", as translated copy writes "called on"', () => {
  it('is an appeal to each party called; what is said on a call, or "called on", keeps its own reading', async () => {
    expect(briefsOf(await code('China called the United States to stop arms sales to Taiwan.'))).toEqual(['CHN>USA 020']);
    expect(briefsOf(await code('Iran called the United States and France to return to talks.'))).toEqual(['IRN>FRA 020', 'IRN>USA 020']);
    expect(briefsOf(await code('Macron called Putin on Monday to discuss Ukraine.'))).toEqual(['FRA>RUS 041']);
    expect(briefsOf(await code('Safadi called on the United States and the European Union to press Israel to halt the strikes.'))).toEqual([
      'JOR>EUR 020',
      'JOR>USA 020',
    ]);
  });
});
