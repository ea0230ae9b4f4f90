import { describe, expect, it } from 'vitest';
import { brief, code } from '../helpers.ts';

// Sentences written for these tests, in the style of official readouts.
const briefs = async (text: string) => (await code(text)).map(brief).sort();

describe("a verb's object shifted past the place and the day", () => {
  it('"received at Al Husseiniya Palace on Monday the Iraqi Prime Minister": the guest after the adjuncts', async () => {
    expect(
      await briefs('His Majesty King Abdullah II received at Al Husseiniya Palace on Monday the Iraqi Prime Minister and his accompanying delegation.'),
    ).toEqual(['JOR>IRQ 043']);
    expect(await briefs('President Shavkat Mirziyoyev of Uzbekistan received on November 11 the delegation of the Kyrgyz Republic.')).toEqual(['UZB>KGZ 043']);
    expect(await briefs('King Abdullah II received here today the Ambassador of Japan.')).toEqual(['JOR>JPN 043']);
    expect(await briefs('Ayman Safadi received in Amman the French foreign minister.')).toEqual(['JOR>FRA 043']);
  });

  it('no party after the adjuncts, no guest: "met in Geneva the following day"', async () => {
    expect(await briefs('Russia met in Geneva the following day.')).toEqual([]);
  });
});

describe('the Republic of Congo', () => {
  it('is Congo-Brazzaville (COG), the Democratic Republic of Congo the DRC (COD)', async () => {
    expect(await briefs('President Xi Jinping held talks with the President of the Republic of Congo in Beijing.')).toEqual(['CHN>COG 040']);
    expect(await briefs('President Xi Jinping held talks with the President of the Democratic Republic of Congo in Beijing.')).toEqual(['CHN>COD 040']);
  });
});

describe('a party slot after "to"', () => {
  it('a possessive past a word of the gap is no party: "welcomed the decision by Montenegro to increase its spending" praises (051)', async () => {
    expect(await briefs('NATO welcomed the decision by Montenegro to increase its defence spending.')).toEqual(['NATO>MNE 051']);
    expect(await briefs("Japan welcomed Kenya's president to Tokyo.")).toEqual(['JPN>KEN 043']);
  });
});

describe("Ireland's titles", () => {
  it('"the Taoiseach" is Ireland\'s head of government', async () => {
    expect(await briefs('The Taoiseach warmly welcomed the Prime Minister of Norway to Government Buildings today.')).toEqual(['IRL>NOR 043']);
  });
});
