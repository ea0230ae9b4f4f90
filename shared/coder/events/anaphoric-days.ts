import type { ResolvedDate } from './date-resolver.ts';
import { MS_PER_DAY } from '../../model/calendar-years.ts';

/**
 * Days counted from another day the text gave: "the next day", "the same day", "that day", "the following day", "the day
 * after", "two days later" (not "a day earlier", which mostly dates a thing the sentence recalls: "rejected a demarche delivered
 * by Athens a day earlier"). They are anaphors, not deictic words: "On 8 August 2017 Trump threatened North Korea …, and the next
 * day Pyongyang threatened Guam" is 9 August 2017, not the day after publication. They count from the nearest day named
 * before them in the sentence, else from the last day the text dated (NarrativeContext.day); with neither, they date
 * nothing.
 */
const ANAPHORIC_DAY =
  /\b(?:(?:the|that)\s+(?:very\s+)?(same|next|following)\s+day|the\s+day\s+(after)|(a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(later|afterwards)|(that)\s+day)\b/gi;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

interface AnaphoricDay {
  index: number;
  text: string;
  /** Days after the day it counts from. */
  offset: number;
}

export function anaphoricDays(sentence: string): AnaphoricDay[] {
  const out: AnaphoricDay[] = [];
  ANAPHORIC_DAY.lastIndex = 0;
  for (let m = ANAPHORIC_DAY.exec(sentence); m !== null; m = ANAPHORIC_DAY.exec(sentence)) {
    const [text, which, dayAfter, count, , that] = m;
    let offset: number;
    if (that) offset = 0;
    else if (which) offset = which.toLowerCase() === 'same' ? 0 : 1;
    else if (dayAfter) offset = 1;
    else offset = COUNTS[count!.toLowerCase()] ?? Number(count);
    out.push({ index: m.index, text, offset });
  }
  return out;
}

/** The anaphors' dates, each counted from the day named last before it in `dated` (the sentence's), else from `lastDay`. */
export function dateAnaphors(anaphors: readonly AnaphoricDay[], dated: readonly ResolvedDate[], lastDay: string | null): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (const a of anaphors) {
    const before = dated.filter((d) => d.index < a.index && d.date.length === 10).at(-1)?.date ?? lastDay;
    if (!before) continue;
    const day = new Date(Date.parse(`${before}T12:00:00Z`) + a.offset * MS_PER_DAY);
    out.push({ date: day.toISOString().slice(0, 10), text: a.text, index: a.index });
  }
  return out;
}
