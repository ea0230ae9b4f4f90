import { describe, expect, it } from 'vitest';
import { brief, code } from '../helpers.ts';

// Sentences written for these tests.
const briefs = async (text: string) => (await code(text)).map(brief).sort();

describe('a visit as the time of the main clause: "during a visit to X"', () => {
  it("is the clause subject's visit to its host, beside the deed the clause codes", async () => {
    expect(await briefs('New Zealand announced a grant on Wednesday during a visit to Samoa.')).toEqual(['NZL>WSM 042', 'NZL>WSM 071']);
    expect(await briefs('Japan signed the deal with Kenya during a visit to Nairobi.')).toEqual(['JPN>KEN 042', 'JPN>KEN 057']);
    expect(
      await briefs(
        'German Chancellor Friedrich Merz promised Polish Prime Minister Donald Tusk on Monday that Germany would finance air defence for Poland, during a visit to Warsaw.',
      ),
    ).toEqual(['DEU>POL 0332', 'DEU>POL 042']);
  });

  it('the party before "during" is no agent of the noun after it, and an event noun of time stays one', async () => {
    // ("with Kenya during a visit": Kenya does not visit)
    expect(await briefs('Japan signed the deal with Kenya during a visit to Nairobi.')).not.toContain('KEN>JPN 042');
    expect(await briefs('Poland closed its airspace to traffic during a Russian attack on western Ukraine.')).toContain('RUS>UKR 190');
  });
});
