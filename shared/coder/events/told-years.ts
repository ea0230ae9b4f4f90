/**
 * What a text says about when it is: what its earlier sentences told (NarrativeContext, kept by NarrativeTime), the years
 * a sentence tells as the time of what it reports, and the clauses that tell of something else (non-restrictive relative
 * clauses). resolveDates and NarrativeTime read a sentence's own time from these.
 */
export interface NarrativeContext {
  /**
   * The past year the paragraph is telling, if a sentence of it wrote one: a day or a month without a year is of it, or of
   * the year after when it comes before `month`, the month told with that year (a story goes forward: "initialled on 8
   * August 2025 … In January, Washington and Yerevan signed" is January 2026).
   */
  year: number | null;
  month: number | null;
  /** The last day the text dated an act on: "the next day", "the same day" count from it (anaphoric-days.ts). */
  day: string | null;
}

export const NO_NARRATIVE: NarrativeContext = { year: null, month: null, day: null };

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
/**
 * A year written as the time of something: after a month ("2 January 2016", "January 2, 2016"), a preposition of time
 * ("in 1978", "by 2019"), or a part of it ("the spring of 2025", "the end of 2024"). Not a year as a name ("the 2015
 * nuclear deal") nor the start of a span ("since 2019").
 */
export const TOLD_YEAR = new RegExp(
  `(?:\\b(?:in|on|by|during|until|from|early|late|mid-?)\\s+|\\b${MONTH}\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?|\\b(?:spring|summer|autumn|fall|winter|end|start|beginning|middle|half)\\s+of\\s+)((?:19|20)\\d\\d)\\b`,
  'gi',
);
/** The years a sentence tells, in text order, outside its non-restrictive relative clauses (", which annexed Crimea in 2014,"). */
export function toldYears(text: string): Array<{ year: number; month: number | null; index: number }> {
  const spans = relativeClauseSpans(text);
  const out: Array<{ year: number; month: number | null; index: number }> = [];
  TOLD_YEAR.lastIndex = 0;
  for (let m = TOLD_YEAR.exec(text); m !== null; m = TOLD_YEAR.exec(text)) {
    const index = m.index + m[0].length - 4;
    // (the start of a span, "since March 2023", or a name, "the coup attempt of July 2016", tells no time of the text)
    if (/\b(?:since|of)\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    const named = MONTH_OF.exec(m[0])?.[0].slice(0, 3).toLowerCase();
    const month = named ? MONTH_STARTS.indexOf(named) + 1 : 0;
    if (!spans.some(([from, to]) => from < index && index < to)) out.push({ year: Number(m[1]), month: month > 0 ? month : null, index });
  }
  return out;
}

const MONTH_OF = new RegExp(`^${MONTH}`, 'i');
const MONTH_STARTS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// ", which …", ", who …": a non-restrictive relative clause, up to the next comma that a number does not follow (the
// comma inside "July 3, 2025" or "1,500" goes on with the clause)
const RELATIVE_OPENER = /,\s+(?:which|who|whose|whom)\b/g;

// The last sentence's spans: a sentence's events are dated one after another, each asking for them.
let spansOf: { sentence: string; spans: Array<[number, number]> } | null = null;

/** The spans of the sentence's non-restrictive relative clauses, as character offsets [from, to). */
export function relativeClauseSpans(sentence: string): Array<[number, number]> {
  if (spansOf?.sentence === sentence) return spansOf.spans;
  const out: Array<[number, number]> = [];
  RELATIVE_OPENER.lastIndex = 0;
  for (let m = RELATIVE_OPENER.exec(sentence); m !== null; m = RELATIVE_OPENER.exec(sentence)) {
    let end = m.index + m[0].length;
    for (;;) {
      const comma = sentence.indexOf(',', end);
      if (comma < 0) {
        end = sentence.length;
        break;
      }
      end = comma + 1;
      if (!/^\s*\d/.test(sentence.slice(end, end + 3))) break;
    }
    out.push([m.index, end]);
  }
  spansOf = { sentence, spans: out };
  return out;
}
