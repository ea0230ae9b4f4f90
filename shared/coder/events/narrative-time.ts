import type { Sentence } from '../text/sentence-splitter.ts';
import type { CodedMention } from './event-builder.ts';
import { toldYears, type NarrativeContext } from './told-years.ts';
import { NEWS_DAYS, daysBeforePublication } from './story-day.ts';

/**
 * When the text is: a feature, a profile or an obituary tells past years as a story ("In January 2016, … The next day,
 * 3 January, Saudi Arabia cut relations with Iran … On 4 January Bahrain and Sudan severed ties"), and its days and
 * months are named without the year the paragraph is in. A reader dates them in that year, and counts "the next day"
 * from the day told last, not from the publication date. NarrativeTime follows the text sentence by sentence and hands
 * resolveDates that context.
 */

// Words of the news's own time: with them the text is back in the present ("On Tuesday Iran's foreign minister flew to Riyadh").
const NEWS_TIME =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight|this (?:week|month|year|morning|afternoon|evening)|last (?:week|month|night)|earlier this)\b/i;

export class NarrativeTime {
  private year: number | null = null;
  private month: number | null = null;
  /** The last day told of the paragraph's past year, and the last day of the news's own week (StoryDay's NEWS_DAYS). */
  private pastDay: string | null = null;
  private newsDay: string | null = null;
  private readonly published: number;
  private readonly publishedYear: number;

  constructor(publishedAt: string) {
    this.published = Date.parse(`${publishedAt}T00:00:00Z`);
    this.publishedYear = Number(publishedAt.slice(0, 4));
  }

  /** The context for the next sentence; one that opens a new paragraph tells no past year until it writes one. */
  enter(newParagraph: boolean): NarrativeContext {
    if (newParagraph) this.year = this.month = this.pastDay = null;
    return { year: this.year, month: this.month, day: this.pastDay ?? this.newsDay };
  }

  /**
   * After the sentence is coded: a sentence in the news's own time ("on Tuesday", "this week") ends the telling of a past
   * year, whatever background it recalls; else a year it told (before publication's) is the paragraph's year. Its last
   * dated act gives the day the next anaphor counts from.
   */
  leave(sentence: Sentence, events: readonly CodedMention[]): void {
    const told = toldYears(sentence.text).at(-1);
    if (NEWS_TIME.test(sentence.text)) this.year = this.month = this.pastDay = null;
    else if (told) [this.year, this.month] = told.year < this.publishedYear ? [told.year, told.month] : [null, null];
    const last = events
      .filter((e) => e.date !== null && e.date.length === 10 && !e.dateInherited)
      .map((e) => ({ date: e.date!, at: e.dateText ? sentence.text.lastIndexOf(e.dateText) : -1 }))
      .sort((a, b) => a.at - b.at)
      .at(-1)?.date;
    if (!last) return;
    if (daysBeforePublication(this.published, last) <= NEWS_DAYS) this.newsDay = last;
    else this.pastDay = last;
  }
}
