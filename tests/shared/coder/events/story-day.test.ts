import { describe, expect, it } from 'vitest';
import { StoryDay, NEWS_DAYS } from '../../../../shared/coder/events/story-day.ts';
import type { CodedMention } from '../../../../shared/coder/events/event-builder.ts';
import { brief, code } from '../helpers.ts';

const mention = (date: string | null, dateText: string | null = date ? 'on a day' : null): CodedMention => ({
  code: '111',
  source: { text: 'Japan', country: 'JPN', role: null },
  target: { text: 'China', country: 'CHN', role: null },
  modality: 'asserted',
  date,
  dateText,
  location: null,
  sentence: { text: 'a sentence', start: 0, end: 10, index: 0 },
  trigger: 'criticised',
  confidence: 0.8,
});

describe('StoryDay: the day an undated act of a news story happened', () => {
  it('dates what follows a dated act by its day, and nothing before it', () => {
    const day = new StoryDay('2026-03-12');
    expect(day.date([mention(null)])[0]!.date).toBeNull();
    day.date([mention('2026-03-10', 'on Tuesday')]);
    expect(day.date([mention(null), mention('2026-03-11')]).map((e) => [e.date, e.dateText])).toEqual([
      ['2026-03-10', 'on Tuesday'],
      ['2026-03-11', 'on a day'],
    ]);
  });

  it('never moves back to an earlier day: a reaction follows what it reacts to', () => {
    const day = new StoryDay('2026-03-12');
    day.date([mention('2026-03-11', 'on Wednesday')]);
    day.date([mention('2026-03-08', 'on Sunday')]);
    expect(day.date([mention(null)])[0]!.date).toBe('2026-03-11');
  });

  it(`takes only the news of the story: a day no later than publication and at most ${NEWS_DAYS} days before`, () => {
    expect(NEWS_DAYS).toBe(7);
    const day = new StoryDay('2026-03-12');
    day.date([mention('2019-05-02', 'on May 2, 2019'), mention('2026-03', 'earlier this month'), mention('2026-03-20', 'on March 20')]);
    day.date([mention('2026-03-04', 'on March 4')]);
    expect(day.date([mention(null)])[0]!.date).toBeNull();
    day.date([mention('2026-03-05', 'on March 5')]);
    expect(day.date([mention(null)])[0]).toMatchObject({ date: '2026-03-05', dateInherited: true });
  });

  it('lends no day to a sentence with date words of its own that date none of its acts ("three months later")', () => {
    const day = new StoryDay('2026-03-12');
    day.date([mention('2026-03-10', 'on Tuesday')]);
    const later = { ...mention(null), sentence: { text: 'Somalia expelled the ambassador three months later.', start: 0, end: 50, index: 1 } };
    expect(day.date([later])[0]!.date).toBeNull();
  });
});

// Sentences written for this test.
describe('undated acts in a story take the day it has reached', () => {
  it('the reaction after a dated lead is dated by the lead', async () => {
    const events = await code(
      'Japan summoned the Chinese ambassador on Tuesday over the incident near the Senkaku Islands. Beijing rejected the protest as groundless.',
      '2026-03-12',
    );
    expect(events.map((e) => `${brief(e)} ${String(e.date)}`)).toEqual(expect.arrayContaining(['JPN>CHN 114 2026-03-10', 'CHN>JPN 120 2026-03-10']));
  });

  it('an event stated again without a date keeps the date its own words gave', async () => {
    const events = await code(
      'Britain and France condemned Russia on Monday over the strike. Ukraine signed a security deal with Poland on Wednesday. France condemned Russia.',
      '2026-07-16',
    );
    expect(events.find((e) => brief(e) === 'FRA>RUS 111')?.date).toBe('2026-07-13');
  });
});
