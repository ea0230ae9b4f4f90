import type { CodedMention } from './event-builder.ts';

/**
 * The story's news day: the day an undated act in a news report happened. A report dates its lead ("Japan
 * summoned China's ambassador on Tuesday") and then goes on without repeating the day ("Beijing rejected the
 * protest", "the two ministers agreed to meet again"); a human coder dates those by the day the story has reached,
 * not by the publication date and not never. So an event whose own sentence dates none of its acts takes the
 * latest news day an earlier sentence gave one of its acts: no later than publication and at most NEWS_DAYS before
 * it. Reactions follow what they react to, so the day never moves back: "the attack on Sunday" recalled after
 * Monday's lead leaves Monday the day. A dated act further back is background ("In 2019, …", "on March 3 last
 * year"), which sets no day for what follows. Measured with `npm run eval` (scripts/date-agreement.ts) on the
 * held-out sets: the earliest news day or the most recent one instead each gave 1–7% fewer exact dates, and
 * sparing sentences with date words of their own that date none of their acts ("since August 2008") 2% fewer.
 */
export const NEWS_DAYS = 7;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

export class StoryDay {
  private day: { date: string; text: string | null } | null = null;
  private readonly published: number;

  constructor(publishedAt: string) {
    this.published = Date.parse(`${publishedAt}T00:00:00Z`);
  }

  /** One sentence's events, in text order: the undated take the story's day, the dated move it on. */
  date(events: CodedMention[]): CodedMention[] {
    const day = this.day;
    const dated = day ? events.map((e) => (e.date === null ? { ...e, date: day.date, dateText: day.text } : e)) : events;
    for (const e of events)
      if (e.date !== null && this.isNewsDay(e.date) && (!this.day || e.date > this.day.date)) this.day = { date: e.date, text: e.dateText };
    return dated;
  }

  private isNewsDay(date: string): boolean {
    if (!DAY.test(date)) return false;
    const daysBefore = (this.published - Date.parse(`${date}T00:00:00Z`)) / MS_PER_DAY;
    return daysBefore >= 0 && daysBefore <= NEWS_DAYS;
  }
}
