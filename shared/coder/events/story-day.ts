import type { CodedMention } from './event-builder.ts';
import { hasDateWords } from './date-resolver.ts';
import { MS_PER_DAY } from '../../model/calendar-years.ts';

/**
 * The story's news day: the day an undated act in a news report happened. A report dates its lead ("Japan
 * summoned China's ambassador on Tuesday") and then goes on without repeating the day ("Beijing rejected the
 * protest", "the two ministers agreed to meet again"); a human coder dates those by the day the story has reached,
 * not by the publication date and not never. So an event whose sentence has no date words at all takes the latest
 * news day an earlier sentence gave one of its acts: no later than publication and at most NEWS_DAYS before it. A plan
 * takes it too: an intent is dated by when it was stated (GOLD-FORMAT), unless its words give the day it is for.
 * Reactions follow what they react to, so the day never moves back: "the attack on Sunday" recalled after Monday's
 * lead leaves Monday the day. A dated act further back is background ("In 2019, …"), which sets no day for what
 * follows; a sentence with date words that date none of its acts ("three months later", "over the past two months")
 * takes none. The date is marked as lent (`dateInherited`), so an event's own date wins when it is stated twice.
 * Measured with `npm run eval` (scripts/date-agreement.ts) on the seventeen older held-out sets, against the earliest
 * or the most recent news day instead of the latest, and against lending it to asserted acts only: each gave fewer
 * exact dates (by 1–5%).
 */
export const NEWS_DAYS = 7;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class StoryDay {
  private day: { date: string; text: string | null } | null = null;
  private readonly published: number;

  constructor(publishedAt: string) {
    this.published = Date.parse(`${publishedAt}T00:00:00Z`);
  }

  /** One sentence's events, in text order: the undated take the story's day, the dated move it on. */
  date(events: CodedMention[]): CodedMention[] {
    // (a sentence with date words of its own dates its acts itself, or says they are of no one day: "three months later",
    // "over the past two months")
    const day = events.length > 0 && !hasDateWords(events[0]!.sentence.text) ? this.day : null;
    const dated = day ? events.map((e) => (e.date === null ? { ...e, date: day.date, dateText: day.text, dateInherited: true } : e)) : events;
    for (const e of events)
      if (e.date !== null && this.isNewsDay(e.date) && (!this.day || e.date > this.day.date)) this.day = { date: e.date, text: e.dateText };
    return dated;
  }

  private isNewsDay(date: string): boolean {
    if (!DAY.test(date)) return false;
    const daysBefore = daysBeforePublication(this.published, date);
    return daysBefore >= 0 && daysBefore <= NEWS_DAYS;
  }
}

/** How many days `day` (YYYY-MM-DD) is before `published` (its midnight, in ms); negative after it. */
export function daysBeforePublication(published: number, day: string): number {
  return (published - Date.parse(`${day}T00:00:00Z`)) / MS_PER_DAY;
}
