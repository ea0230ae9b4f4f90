import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../../../shared/coder/events/date-resolver.ts';
import { NO_NARRATIVE, toldYears } from '../../../../shared/coder/events/told-years.ts';
import { brief, code } from '../helpers.ts';

/** Each event as "SRC>TGT CODE DATE". */
async function dated(body: string, publishedAt: string): Promise<string[]> {
  return (await code(body, publishedAt)).map((e) => `${brief(e)} ${e.date ?? '-'}`).sort();
}

describe('NarrativeTime: the past year a paragraph tells', () => {
  it('dates a day or a month named without a year in the year the paragraph tells', async () => {
    const body =
      'Ten years ago this week, the embassy was still black with soot.\n\nIn January 2016 protesters stormed the Saudi embassy in Tehran. On 4 January Bahrain severed diplomatic ties with Iran.';
    expect(await dated(body, '2026-03-02')).toContain('BHR>IRN 161 2016-01-04');
  });

  it('goes forward: a month before the one told is of the next year, unless that is after publication', async () => {
    const body = 'The treaty was initialled at the White House on 8 August 2025. In January, Armenia and the United States signed a framework agreement.';
    expect(await dated(body, '2026-07-22')).toContain('ARM>USA 057 2026-01');
    const before = 'The treaty was initialled at the White House on 8 August 2025. In January, Armenia and the United States signed a framework agreement.';
    expect(await dated(before, '2025-12-01')).toContain('ARM>USA 057 2025-01');
  });

  it('tells no past year in a new paragraph, nor after a sentence in the news’s own time', async () => {
    expect(await dated('Russia annexed Crimea in March 2014.\n\nOn 3 March France condemned Russia over the strikes.', '2026-03-09')).toContain(
      'FRA>RUS 111 2026-03-03',
    );
    const news =
      'Saudi Arabia agreed on Tuesday to extend a deposit to Pakistan, nine months after the two countries signed a defence pact in September 2025. The IMF disbursed $1bn to Pakistan in May.';
    expect(await dated(news, '2026-06-27')).toContain('IMF>PAK 071 2026-05');
  });

  it("never takes a day of the news's own weeks, nor a year that starts a span or names a thing", async () => {
    // (a reviewer's cases: a background year, then the news of this month in the next sentence)
    expect(await dated('Washington withdrew from the nuclear deal in 2018. On 3 March, Iran warned France over its reactors.', '2025-03-09')).toContain(
      'IRN>FRA 130 2025-03-03',
    );
    expect(toldYears('Talks have stalled since March 2023 and after the coup attempt of July 2016.')).toEqual([]);
  });

  it('takes the year a sentence opens with for the days it names without one', async () => {
    const body = 'In 1978, the year of the Beagle crisis, Bolivia broke off diplomatic relations with Chile on 17 March.';
    expect(await dated(body, '2026-02-16')).toContain('BOL>CHL 161 1978-03-17');
  });

  it('reads no year told in a non-restrictive relative clause', () => {
    expect(toldYears('Russia, which annexed Crimea in 2014, struck Kyiv.').map((y) => y.year)).toEqual([]);
    expect(toldYears('His moment came in the spring of 2025, after the 2015 nuclear deal and since 2019.').map((y) => y.year)).toEqual([2025]);
    expect(toldYears('On 26 December 2024 Finnish police boarded the tanker.')).toEqual([{ year: 2024, month: 12, index: 15 }]);
  });
});

describe('anaphoric days: "the next day", "the same day", "two days later"', () => {
  it('count from the day named before them in the sentence', async () => {
    const body = 'On 8 August 2017 Donald Trump threatened North Korea with fire and fury, and the next day North Korea threatened the United States.';
    expect(await dated(body, '2026-07-15')).toEqual(expect.arrayContaining(['USA>PRK 130 2017-08-08', 'PRK>USA 130 2017-08-09']));
  });

  it('"that day", "later that day": the day named before', async () => {
    const body = 'Russia expelled two Polish diplomats on Monday. Later that day Poland summoned the Russian ambassador.';
    expect(await dated(body, '2026-03-12')).toContain('POL>RUS 114 2026-03-09');
  });

  it('count from the last day the text dated an act on, across sentences', async () => {
    const body = 'Russia expelled two Polish diplomats on Monday. Two days later Poland expelled a Russian diplomat.';
    expect(await dated(body, '2026-03-12')).toEqual(['POL>RUS 161 2026-03-11', 'RUS>POL 161 2026-03-09']);
  });

  it('date nothing without a day to count from, and no asserted act after publication', () => {
    expect(resolveDates('Poland expelled a Russian diplomat the next day.', '2026-03-10', false, NO_NARRATIVE)).toEqual([]);
    expect(resolveDates('Poland expelled a Russian diplomat the next day.', '2026-03-10', false, { year: null, month: null, day: '2026-03-10' })).toEqual([]);
    expect(resolveDates('Poland expelled a Russian diplomat the next day.', '2026-03-10', false, { year: null, month: null, day: '2026-03-09' })).toEqual([
      { date: '2026-03-10', text: 'the next day', index: 35 },
    ]);
  });
});
