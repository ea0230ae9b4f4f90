import * as chrono from 'chrono-node';
import { isSchemaYear, MS_PER_DAY } from '../../model/calendar-years.ts';
import { datelineEnd } from '../actors/dateline.ts';
import { anaphoricDays, dateAnaphors } from './anaphoric-days.ts';
import { NO_NARRATIVE, relativeClauseSpans, toldYears, type NarrativeContext } from './told-years.ts';

/**
 * Resolves the date words of an event's sentence against the publication date. chrono-node finds
 * the expressions (measured: ~0.02 ms a sentence, run only on sentences that carry an event and a
 * date word); this module decides direction (a past-tense "on Tuesday" is the Tuesday before
 * publication, a planned one the Tuesday after) and precision: a day only when the text gives one,
 * "later this month" → '2026-01', "in 2016" → '2016'. Without date words the date stays null.
 * An expression that resolves outside years 0001–9999 ("next year" in an article dated 9999-12-31)
 * is dropped: the schemas write four-digit years, and an unknown date is better than a wrong one.
 */
export interface ResolvedDate {
  date: string;
  text: string;
  /** Character offset of the expression within the sentence. */
  index: number;
}

/**
 * chrono-node's casual English parser with its four duration parsers in their strict setting: units in full words only
 * ("three days ago", not "3 hrs ago" or "2d later"), a future span only after "in" or "within" ("in a week", not "a
 * week"), and no "… out" or "… henceforth". Their patterns with every abbreviation of every unit took most of the first
 * parse in a fresh process (`accord extract` on one file, a Lambda cold start: about 73 → 46 ms), and news copy writes
 * its units out. They are chrono's own parsers (chrono-node is pinned), found by the settings they carry; a test checks
 * that exactly four are replaced and what they read.
 */
export function newsDateParser(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers = parser.parsers.map((p) => {
    const own = p as unknown as { strictMode?: boolean; allowAbbreviations?: boolean; cachedInnerPattern?: unknown };
    const Parser = p.constructor as new (setting: boolean) => chrono.Parser;
    if ('allowAbbreviations' in own) return new Parser(false);
    // (the duration parsers; the time-of-day parser's strict setting is stricter about times, so it is left alone)
    if ('strictMode' in own && 'cachedInnerPattern' in own) return new Parser(true);
    return p;
  });
  return parser;
}

let dateParser: chrono.Chrono | undefined;

// Cheap screen before calling the parser (a month's short name after a day too: "on 4 Oct", the UN's and the British style).
const DATE_WORD =
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:today|yesterday|tomorrow|tonight|week|weekend|month|year|ago|days|weeks|months|years)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:19|20)\d{2}\b/;
// A day of the month alone ("on the 29th"), read by its own pass: chrono reads no date in it, and the sentences it is in
// go to chrono only for their other date words.
const ORDINAL_DAY_WORD = /\bon the \d{1,2}(?:st|nd|rd|th)\b/i;
// A part of the day named without its day: "this morning", "this afternoon", "this evening" are of the publication day,
// "last night" and "overnight" of the night before it, as a live blog or a morning report writes them (GOLD-FORMAT dates
// them so: eval/tuning's gold puts "overnight" on the day before in 8 of 11 sentences).
const PART_OF_DAY = /\b(?:this (?:morning|afternoon|evening)|last night|overnight)\b/gi;
const PART_OF_DAY_WORD = new RegExp(PART_OF_DAY.source, 'i');
// A modal before a part of the day makes it a manner ("could end the war overnight"), read this far back.
const MODAL_BEFORE = /\b(?:could|would|can|will|might|may)\b/i;
const MODAL_REACH = 40;
const MAY = /\b(?:in|by|until|since|early|late|mid-?|of|next|last)\s+May(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/g;
const SINCE_BEFORE = /\bsince\s+(?:(?:last|early|late|mid-?|the\s+(?:start|end|beginning|middle)\s+of)\s+)?$/i;

/** The date at `at` starts a span with "since" ("since 2019", "the first since last September"): no date of the event. */
function startsSpan(sentence: string, at: number): boolean {
  return SINCE_BEFORE.test(sentence.slice(Math.max(0, at - 30), at));
}

// case-insensitive: "In 2003, the United States invaded Iraq" opens the sentence with its date
// A day of the month alone after "on the", before what ends a time phrase (not "on the 21st package").
// (nor one of a list of ordinals: "agreed on the 2nd and 3rd phases", "the 19th, 20th and 21st packages")
const ORDINAL_DAY =
  /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!(?:,|\s+and|\s+or)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)(?=\s*(?:[,.;:)]|$)|\s+(?:that|through|in|at|by|with|when|after|before|during|to|from|for|as|while|but)\b)/gi;
const YEAR = /\b(in|by|during|until|from|of|since|before|after)\s+((?:19|20)\d{2})\b/gi;
const COUNT = '(?:a|an|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few)';
const SPAN = new RegExp(`^(?:(?:in|for|over|within)\\s+${COUNT}|(?:the\\s+)?(?:past|last)\\s+${COUNT}\\s)`, 'i');
// How far before a span "first" makes it the time since the last one ("the first direct flights between the two in").
const FIRST_REACH = 40;
const ANCHORED = /\b(?:after|later|before|earlier)\s*$/i;
// "after two days of talks", "after five days of fighting": how long something lasted, not a day counted from publication
const DURATION = new RegExp(`^after\\s+${COUNT}\\s`, 'i');
const PRE_MODIFIER = /\b(later|earlier|late|early|mid|the end of|the beginning of)\s*-?\s*$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(d: Date, precision: 'day' | 'month' | 'year'): string {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad(d.getUTCMonth() + 1)}`;
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function hasDateWords(sentence: string): boolean {
  return DATE_WORD.test(sentence) || PART_OF_DAY_WORD.test(sentence);
}

/**
 * All date expressions in a sentence, resolved; `future` when the event is planned. `narrative` is what the sentences
 * before it said about when the text is (narrative-time.ts): the past year a paragraph tells, the last day dated.
 */
export function resolveDates(sentence: string, publishedAt: string, future: boolean, narrative: NarrativeContext = NO_NARRATIVE): ResolvedDate[] {
  const anaphors = anaphoricDays(sentence);
  const dateWords = hasDateWords(sentence);
  if (!dateWords && !ORDINAL_DAY_WORD.test(sentence) && anaphors.length === 0) return [];
  const ref = new Date(`${publishedAt}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return [];
  const out: ResolvedDate[] = [];
  // "KUALA LUMPUR, July 8 (Reuters) -": the dateline dates the report, not the event
  const dateline = datelineEnd(sentence);
  // The year a day or month named without one is of: the one the sentence opens with ("In 1978, the year of the Beagle
  // crisis, Bolivia broke off relations with Chile on 17 March"), else the past year the paragraph tells (not for a plan).
  const opening = toldYears(sentence).find((y) => y.index < OPENING_REACH && !sentence.slice(0, y.index).includes(','));
  const told = opening ? { year: opening.year, month: null } : future ? null : narrative.year === null ? null : narrative;
  // (the year told, or the next one for a month before the one told with it, unless that is after publication)
  const toldYear = (month: number): number | null => {
    if (!told?.year) return null;
    const next = told.month !== null && month < told.month ? told.year + 1 : told.year;
    return Date.UTC(next, month - 1, 1) <= ref.getTime() ? next : told.year;
  };
  dateParser ??= newsDateParser();
  for (const r of dateWords ? dateParser.parse(sentence, { instant: ref, timezone: 'UTC' }, { forwardDate: future }) : []) {
    if (r.index < dateline) continue;
    // ("the next day": counted from the day told before it, below)
    if (anaphors.some((a) => r.index < a.index + a.text.length && a.index < r.index + r.text.length)) continue;
    if (/^\d{1,2}$/.test(r.text.trim())) continue; // bare numbers are not dates
    // "the first talks in four months", "over the past two months": a span, not when a past event happened
    if (!future && SPAN.test(r.text)) continue;
    // "for the first time in four years", "the first visit in a decade": the span since the last time, planned or not
    if (SPAN.test(r.text) && /\bfirst\b/i.test(sentence.slice(Math.max(0, r.index - FIRST_REACH), r.index))) continue;
    // "three days after the swap", "two weeks later": counted from another event, not from the publication date
    if (ANCHORED.test(r.text) || (DURATION.test(r.text) && /^\s+of\b/.test(sentence.slice(r.index + r.text.length)))) continue;
    const s = r.start;
    // "late in the evening", "at noon": a time of day names no date of its own
    if (!['day', 'weekday', 'month', 'year'].some((c) => s.isCertain(c as 'day')) && !/week|month|year/i.test(r.text)) continue;
    let d = s.date();
    const dayKnown = s.isCertain('day') || s.isCertain('weekday');
    let precision: 'day' | 'month' | 'year' = dayKnown ? 'day' : s.isCertain('month') ? 'month' : 'year';
    if (/week/i.test(r.text)) precision = 'month';
    // a month (and its day) named without a year, in a sentence or paragraph telling a year: of that year
    const year = toldYear(d.getUTCMonth() + 1);
    // (a paragraph's past year never takes a day of the news's own weeks: "Washington left the deal in 2018. On 3 March,
    // Iran warned France" in a report of 9 March is this March's 3rd; the year a sentence opens with always does)
    const newsDay = !opening && recentToPublication(d, ref, s.isCertain('day'));
    if (!s.isCertain('year') && s.isCertain('month') && year !== null && !newsDay && !/\b(?:this|next|last)\b/i.test(r.text)) {
      d = new Date(Date.UTC(year, d.getUTCMonth(), d.getUTCDate(), 12));
    } else if (!s.isCertain('year')) {
      // month or weekday named without a year: pick the occurrence on the right side of publication
      if (!future && d.getTime() > ref.getTime() + MS_PER_DAY) {
        if (s.isCertain('weekday') && !s.isCertain('day')) d = new Date(d.getTime() - 7 * MS_PER_DAY);
        else if (s.isCertain('month') && !/this|next/i.test(r.text)) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
      } else if (future && d.getTime() < ref.getTime() - MS_PER_DAY && s.isCertain('weekday') && !s.isCertain('day')) {
        d = new Date(d.getTime() + 7 * MS_PER_DAY);
      }
    }
    const before = sentence.slice(Math.max(0, r.index - 20), r.index);
    const pre = PRE_MODIFIER.exec(before);
    const text = (pre ? `${pre[1] ?? ''} ${r.text}` : r.text).replace(/\s+/g, ' ').replace(/[\s,;:.]+$/, '');
    const index = pre ? r.index - (before.length - pre.index) : r.index;
    // "since 2019", "the first since last September": the start of a span, not when the event happened
    if (startsSpan(sentence, index)) continue;
    if (!isSchemaYear(d.getUTCFullYear())) continue;
    out.push({ date: iso(d, precision), text, index });
  }
  // "in May": chrono reads the modal verb sense; a capitalised month after a preposition is the month
  MAY.lastIndex = 0;
  for (let m = MAY.exec(sentence); m !== null; m = MAY.exec(sentence)) {
    const index = m.index;
    const length = m[0].length;
    // ("since May", "since last May": the month word itself after "since")
    if (startsSpan(sentence, index + m[0].indexOf('May'))) continue;
    if (index < dateline || overlapsFound(out, index, length)) continue;
    const year = m[2]
      ? Number(m[2])
      : ((/^(?:next|last)/i.test(m[0]) ? null : toldYear(5)) ??
        ref.getUTCFullYear() + (future ? (ref.getUTCMonth() > 4 ? 1 : 0) : ref.getUTCMonth() < 4 ? -1 : 0));
    if (!isSchemaYear(year)) continue;
    out.push({ date: `${String(year).padStart(4, '0')}-05`, text: m[0], index });
  }
  // "on the 29th", "announced on the 1st that …": a day of the month alone, as Japanese and Korean copy dates (the
  // publication's month, or the month before for a later day; for a plan, the next such day)
  ORDINAL_DAY.lastIndex = 0;
  for (let m = ORDINAL_DAY.exec(sentence); m !== null; m = ORDINAL_DAY.exec(sentence)) {
    const index = m.index;
    if (index < dateline || overlapsFound(out, index, m[0].length)) continue;
    const day = Number(m[1]);
    const pubDay = ref.getUTCDate();
    // (a day after publication is still this month's, as a weekday is: copy dated by UTC runs a day behind local time)
    const shift = future ? (day < pubDay ? 1 : 0) : day > pubDay + 1 ? -1 : 0;
    const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, day, 12));
    // (no such day in that month: "the 31st" in a month of thirty days)
    if (day < 1 || d.getUTCDate() !== day || !isSchemaYear(d.getUTCFullYear())) continue;
    out.push({ date: iso(d, 'day'), text: m[0], index });
  }
  // "this morning", "overnight": the publication day or the night before it, unless the sentence names the day ("overnight
  // on July 15", "said on Wednesday that drones had struck … overnight": that day)
  PART_OF_DAY.lastIndex = 0;
  for (let m = PART_OF_DAY.exec(sentence); m !== null; m = PART_OF_DAY.exec(sentence)) {
    const index = m.index;
    if (index < dateline || overlapsFound(out, index, m[0].length) || out.some((o) => o.date.length === 10)) continue;
    // ("could end the war overnight": at once, no night)
    if (/^overnight/i.test(m[0]) && MODAL_BEFORE.test(ownClause(sentence.slice(Math.max(0, index - MODAL_REACH), index)))) continue;
    const before = /^(?:last|overnight)/i.test(m[0]) && !future ? 1 : 0;
    out.push({ date: iso(new Date(ref.getTime() - before * MS_PER_DAY), 'day'), text: m[0], index });
  }
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(sentence); m !== null; m = YEAR.exec(sentence)) {
    const prep = m[1]!.toLowerCase();
    if (prep === 'since' || prep === 'of') continue; // background ("since 2019"), not when the event happened
    const index = m.index;
    const length = m[0].length;
    if (overlapsFound(out, index, length)) continue;
    out.push({ date: m[2]!, text: m[0], index });
  }
  const dated = withYearOfSentence(out.sort((a, b) => a.index - b.index));
  if (anaphors.length === 0) return dated;
  // (an act the sentence asserts is not of a day after publication: "the next day" counted from the news's last day is no date)
  const counted = dateAnaphors(anaphors, dated, narrative.day).filter((d) => future || d.date <= publishedAt);
  return [...dated, ...counted].sort((a, b) => a.index - b.index);
}

// How many days before publication a day named without a year is the news's own, whatever year a paragraph tells.
const NEWS_WEEKS_DAYS = 14;

/**
 * A day or month named without a year (as chrono resolved it against publication, `d`) falls in the news's own weeks:
 * a day up to NEWS_WEEKS_DAYS before publication (or the day after it), a month that is publication's or the one before.
 */
function recentToPublication(d: Date, ref: Date, dayKnown: boolean): boolean {
  let date = d;
  if (date.getTime() > ref.getTime() + MS_PER_DAY) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
  if (dayKnown) {
    const daysBefore = (ref.getTime() - date.getTime()) / MS_PER_DAY;
    return daysBefore >= -1 && daysBefore <= NEWS_WEEKS_DAYS;
  }
  const months = (ref.getUTCFullYear() - date.getUTCFullYear()) * 12 + ref.getUTCMonth() - date.getUTCMonth();
  return months === 0 || months === 1;
}

// How far into a sentence its opening year may be written ("On the night of 10 September 2025 Russian drones …").
const OPENING_REACH = 40;

/**
 * A day named without its year takes the year the sentence gives that month ("Relations nosedived in October 2025, when
 * Pakistani air strikes in Kabul on Oct 9 were followed by …" is 9 October 2025): an earlier expression of the same
 * month with its year written.
 */
function withYearOfSentence(dates: ResolvedDate[]): ResolvedDate[] {
  const written = dates.filter((d) => d.date.length >= 7 && /\b(?:19|20)\d\d\b/.test(d.text));
  if (written.length === 0) return dates;
  return dates.map((d) => {
    if (d.date.length !== 10 || /\b(?:19|20)\d\d\b/.test(d.text)) return d;
    const month = d.date.slice(5, 7);
    const year = written.find((w) => w.index < d.index && w.date.slice(5, 7) === month)?.date.slice(0, 4);
    return year && year !== d.date.slice(0, 4) ? { ...d, date: `${year}${d.date.slice(4)}` } : d;
  });
}

// What opens another clause before a part of the day ("will respond after Russia struck Kyiv overnight").
const CLAUSE_OPENER =
  /(?:[,;]|\b(?:after|before|when|while|as|since|because|and|but)\b)(?![\s\S]*(?:[,;]|\b(?:after|before|when|while|as|since|because|and|but)\b))/i;

/** The end of `text` from its last clause opener on: the clause of the word that follows it. */
function ownClause(text: string): string {
  const m = CLAUSE_OPENER.exec(text);
  return m ? text.slice(m.index + m[0].length) : text;
}

/** An expression found already overlaps the span [index, index + length]: each stretch of the sentence dates once. */
function overlapsFound(out: readonly ResolvedDate[], index: number, length: number): boolean {
  return out.some((o) => index <= o.index + o.text.length && o.index <= index + length);
}

/** A day named without its year ("on Monday", "March 20"): a day of the news, not background. */
function storyDay(d: ResolvedDate): boolean {
  return d.date.length === 10 && !/\b\d{4}\b/.test(d.text);
}

/**
 * The expression nearest the trigger, preferring ones outside the attribution tail, and then ones in the trigger's
 * own clause: in "Russia, which invaded Ukraine in 2022, launched strikes on Monday" the strikes are Monday's.
 */
export function dateForTrigger(dates: ResolvedDate[], triggerIndex: number, tailIndex: number, sentence: string): ResolvedDate | null {
  const pool = dates.filter((d) => d.index < tailIndex);
  const outsideTail = pool.length ? pool : dates;
  const sameClause = outsideTail.filter((d) => !/[,;]/.test(sentence.slice(Math.min(d.index, triggerIndex), Math.max(d.index, triggerIndex))));
  // "Egypt, which deployed troops in March 2025, also criticised Ethiopia": a relative clause's background date is its own
  // verb's; a day of the story's week ("Jaishankar, who arrived on Monday, called on …") dates the main clause as well
  const inReach = () => {
    const spans = relativeClauseSpans(sentence);
    return outsideTail.filter((d) => storyDay(d) || !spans.some(([from, to]) => from < d.index && d.index < to && !(from < triggerIndex && triggerIndex < to)));
  };
  const use = sameClause.length ? sameClause : inReach();
  let best: ResolvedDate | null = null;
  for (const d of use) if (!best || Math.abs(d.index - triggerIndex) < Math.abs(best.index - triggerIndex)) best = d;
  return best;
}
