import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { dateForTrigger, newsDateParser, resolveDates } from '../../../../shared/coder/events/date-resolver.ts';

// Publication date: Thursday 2026-01-08.
const PUB = '2026-01-08';

describe('resolveDates', () => {
  it('resolves a weekday backwards for past events and forwards for planned ones', () => {
    expect(resolveDates('The talks were held on Tuesday.', PUB, false)[0]).toMatchObject({ date: '2026-01-06', text: 'on Tuesday' });
    expect(resolveDates('The talks will be held on Tuesday.', PUB, true)[0]).toMatchObject({ date: '2026-01-13', text: 'on Tuesday' });
  });

  it('keeps partial precision and the modifier words', () => {
    expect(resolveDates('He will visit Japan later this month.', PUB, true)[0]).toMatchObject({ date: '2026-01', text: 'later this month' });
    expect(resolveDates('The system was deployed in 2016, officials said.', PUB, false)[0]).toMatchObject({ date: '2016', text: 'in 2016' });
    expect(resolveDates('Troops crossed the border last week.', PUB, false)[0]).toMatchObject({ date: '2026-01', text: 'last week' });
  });

  it('a span\'s start ("since last September", "since May") and a time of day ("late in the evening") date nothing', () => {
    const dates = (sentence: string) => resolveDates(sentence, PUB, false).map((d) => [d.date, d.text]);
    expect(dates('The meeting, the first between them since last September, ended late in the evening.')).toEqual([]);
    expect(dates('Talks have stalled since May and since 2019; the two met on Monday.')).toEqual([['2026-01-05', 'on Monday']]);
    expect(dates('Japan has sent aid to Ukraine since last May.')).toEqual([]);
    expect(dates('Troops crossed the border this week.')).toEqual([['2026-01', 'this week']]);
  });

  it('"after two days of talks" is how long something lasted, not two days after publication', () => {
    expect(resolveDates('The two signed the deal after two days of talks.', PUB, false)).toEqual([]);
    expect(resolveDates('Anwar brokered a ceasefire after five days of fighting.', PUB, false)).toEqual([]);
    // ("after two weeks" alone still counts from the report)
    expect(resolveDates('Japan will sign the agreement with Ukraine after two weeks.', PUB, true)).toHaveLength(1);
  });

  it('reads durations written in words, and not the abbreviations news copy does not use ("3 hrs ago")', () => {
    const dates = (sentence: string, future = false) => resolveDates(sentence, PUB, future).map((d) => [d.date, d.text]);
    expect(dates('The envoy arrived three days ago.')).toEqual([['2026-01-05', 'three days ago']]);
    expect(dates('The envoy arrived 3 hrs ago.')).toEqual([]);
    expect(dates('The envoy arrived 2d ago.')).toEqual([]);
  });

  it("replaces exactly chrono's four duration parsers, each by one of its own class", () => {
    const casual = chrono.casual.parsers;
    const news = newsDateParser().parsers;
    expect(news).toHaveLength(casual.length);
    const replaced = news.flatMap((p, i) => (p === casual[i] ? [] : [[p.constructor, casual[i]!.constructor]]));
    expect(replaced).toHaveLength(4);
    for (const [now, before] of replaced) expect(now).toBe(before);
    const ref = new Date('2026-01-08T12:00:00Z');
    const read = (text: string) =>
      newsDateParser()
        .parse(text, { instant: ref, timezone: 'UTC' })
        .map((r) => r.text);
    expect(read('in 2 wks')).toEqual([]);
    expect(read('2 wks later')).toEqual([]);
    expect(read('over the past 3 mos')).toEqual([]);
    expect(read('in two weeks')).toEqual(['in two weeks']);
    expect(read('two weeks later')).toEqual(['two weeks later']);
    expect(read('the past three months')).toEqual(['past three months']);
  });

  it('puts a month named without a year on the side of publication the event is on', () => {
    expect(resolveDates('The embassy closed in March.', PUB, false)[0]?.date).toBe('2025-03');
    expect(resolveDates('The embassy will reopen in March.', PUB, true)[0]?.date).toBe('2026-03');
  });

  it('never resolves a date outside years 0001–9999, and writes four-digit years', () => {
    const dates = (sentence: string, published: string, future: boolean) => resolveDates(sentence, published, future).map((d) => d.date);
    expect(dates('France will meet Germany next year.', '9999-12-31', true)).toEqual([]);
    expect(dates('France will meet Germany tomorrow.', '9999-12-31', true)).toEqual([]);
    expect(dates('France will meet Germany in May.', '9999-12-31', true)).toEqual([]);
    expect(dates('France met Germany last year.', '0001-03-01', false)).toEqual([]);
    expect(dates('France met Germany yesterday.', '0001-01-01', false)).toEqual([]);
    expect(dates('France met Germany yesterday.', '0050-01-02', false)).toEqual(['0050-01-01']);
    expect(dates('France will meet Germany later this month.', '9999-12-31', true)).toEqual(['9999-12']);
  });

  it('never dates an event by the dateline, in any house style the dateline reader knows', () => {
    const dates = (sentence: string) => resolveDates(sentence, PUB, false).map((d) => d.text);
    expect(dates('KUALA LUMPUR, Jan. 7 (Reuters) - Malaysia condemned Israel.')).toEqual([]);
    expect(dates('TOKYO, Jan. 7 Kyodo - Japan protested to China over the incursion.')).toEqual([]);
    expect(dates('BRUSSELS, 7 January (Euronews) - France accused Russia of meddling on Tuesday.')).toEqual(['on Tuesday']);
    // not a dateline: a sentence that merely opens with capitals keeps its date
    expect(dates('NATO, on Tuesday, condemned the strike.')).toEqual(['on Tuesday']);
  });

  it('reads a span in plural units ahead of a planned act, and no span as the date of a past one', () => {
    const dates = (sentence: string, future = false) => resolveDates(sentence, PUB, future).map((d) => [d.date, d.text]);
    expect(dates('The two sides will meet again in two weeks.', true)).toEqual([['2026-01', 'in two weeks']]);
    expect(dates('The ministers will meet in three days.', true)).toEqual([['2026-01-11', 'in three days']]);
    expect(dates('The ceasefire collapsed two weeks ago.')).toEqual([['2025-12', 'two weeks ago']]);
    expect(dates('Over the past two months, Russia launched dozens of strikes.')).toEqual([]);
    expect(dates('In the last few days, the envoy met both sides.')).toEqual([]);
    expect(dates('The sanctions have been in place for years.')).toEqual([]);
    // (the span since the last time dates no plan either)
    expect(dates('Japan and China plan to resume security talks for the first time in four years.', true)).toEqual([]);
  });

  it('leaves undated a span counted from another event ("three days after the swap", "two weeks later")', () => {
    const dates = (sentence: string) => resolveDates(sentence, PUB, false).map((d) => [d.date, d.text]);
    expect(dates('The attack came three days after Russia and Ukraine exchanged prisoners.')).toEqual([]);
    expect(dates('Somalia expelled the ambassador three months later.')).toEqual([]);
    expect(dates('The envoy arrived a day before the vote.')).toEqual([]);
    expect(dates('Ecuador and Mexico agreed on Tuesday to restore relations nearly two years after the raid.')).toEqual([['2026-01-06', 'on Tuesday']]);
  });

  it('ignores background years ("since 2019") and sentences without date words', () => {
    expect(resolveDates('It was the first visit since 2019.', PUB, false)).toEqual([]);
    expect(resolveDates('The ministers met in Geneva.', PUB, false)).toEqual([]);
  });

  it('picks the expression nearest the trigger, outside the attribution tail when it can', () => {
    const s = 'Troops entered the town on Monday, officials said on Wednesday.';
    const dates = resolveDates(s, PUB, false);
    expect(dates).toHaveLength(2);
    expect(dateForTrigger(dates, s.indexOf('entered'), s.indexOf(', officials'), s)?.text).toBe('on Monday');
  });

  it('reads a day before a short month name ("on 4 Oct", the UN\'s and the British style)', () => {
    const dates = (sentence: string) => resolveDates(sentence, '2026-11-02', false).map((d) => d.date);
    expect(dates('On 4 Oct, Venezuela expelled the Guyanese ambassador.')).toEqual(['2026-10-04']);
    expect(dates('Venezuela expelled the Guyanese ambassador on 4 Oct.')).toEqual(['2026-10-04']);
  });

  it("leaves a relative clause's background date to the clause's own verb", () => {
    const at = (s: string, trigger: string) => dateForTrigger(resolveDates(s, PUB, false), s.indexOf(trigger), s.length, s)?.text ?? null;
    const background = 'Egypt, which deployed troops to Somalia in March 2025, also criticised Ethiopia.';
    expect(at(background, 'criticised')).toBeNull();
    expect(at(background, 'deployed')).toBe('March 2025');
    // (a comma inside the clause's own date or a number does not end it)
    expect(at('Russia, which on July 3, 2025, recognised the government, said it would help.', 'said')).toBeNull();
    expect(at('Egypt, which deployed 1,500 troops in March 2025, also criticised Ethiopia.', 'criticised')).toBeNull();
    // a day of the story's week dates the main clause too
    expect(at('Jaishankar, who arrived in Colombo on Monday, called on the president.', 'called')).toBe('on Monday');
    // and a date of the main clause is still found across a comma
    expect(at('On Monday, Egypt criticised Ethiopia.', 'criticised')).toBe('On Monday');
  });
});

describe('a day of the month alone ("on the 29th")', () => {
  // (written 2026-12-07, in the way Japanese and Korean copy dates)
  it('is the publication month, or the month before for a later day; not an ordinal before a noun', () => {
    expect(resolveDates('North Korea criticised the summit on the 29th through KCNA.', '2026-12-02', false)).toEqual([
      { date: '2026-11-29', text: 'on the 29th', index: 34 },
    ]);
    expect(resolveDates('Japan protested on the 1st.', '2026-12-02', false).map((d) => d.date)).toEqual(['2026-12-01']);
    expect(resolveDates('The talks will be held on the 5th.', '2026-12-02', true).map((d) => d.date)).toEqual(['2026-12-05']);
    expect(resolveDates('The EU agreed on the 21st package of sanctions.', '2026-12-02', false)).toEqual([]);
    expect(resolveDates('Seoul protested on the 31st.', '2026-12-02', false)).toEqual([]);
    // (a second reviewer's: a list of ordinals, a day after publication, and what the screen must not send to chrono)
    expect(resolveDates('EU ministers agreed on the 19th and 20th sanctions packages.', '2026-12-02', false)).toEqual([]);
    expect(resolveDates('Japan protested to China on the 3rd.', '2026-12-02', false).map((d) => d.date)).toEqual(['2026-12-03']);
    expect(resolveDates("Pakistan's strike came on the 25th anniversary of the 9/11 attacks.", '2026-12-02', false)).toEqual([]);
  });
});

describe('a part of the day without its day ("this morning", "overnight")', () => {
  it('"this morning", "this afternoon" are of the publication day; "overnight" and "last night" of the night before', () => {
    expect(resolveDates('Britain summoned the ambassador this morning.', '2026-06-16', false).map((d) => d.date)).toEqual(['2026-06-16']);
    expect(resolveDates('Rubio spoke to Cooper this afternoon.', '2026-06-16', false).map((d) => d.date)).toEqual(['2026-06-16']);
    expect(resolveDates('Russia launched 96 drones overnight.', '2026-06-16', false).map((d) => d.date)).toEqual(['2026-06-15']);
    expect(resolveDates('Israel struck Lebanon last night.', '2026-06-16', false).map((d) => d.date)).toEqual(['2026-06-15']);
  });

  it('a day the sentence names dates the night instead ("said on Wednesday that drones had struck … overnight")', () => {
    const dates = resolveDates('Ukraine said on Wednesday that drones had struck the refinery overnight.', '2026-07-16', false);
    expect(dates.map((d) => d.date)).toEqual(['2026-07-15']);
    expect(resolveDates('Russia launched 412 drones overnight on July 15.', '2026-07-16', false).map((d) => d.date)).toEqual(['2026-07-15']);
  });
});

describe('a day named without its year in a sentence that writes the year of its month', () => {
  it('"in October 2025, when … strikes in Kabul on Oct 9": 9 October 2025, not of the publication year', () => {
    const dates = resolveDates(
      'Relations nosedived in October 2025, when Pakistani air strikes in Kabul on Oct 9 were followed by attacks.',
      '2026-11-28',
      false,
    );
    expect(dates.map((d) => d.date)).toEqual(['2025-10', '2025-10-09']);
    expect(resolveDates('Pakistan closed the crossings on Oct 12.', '2026-11-28', false).map((d) => d.date)).toEqual(['2026-10-12']);
  });
});
