import { MONTH_ABBREVIATIONS } from './month-abbreviations.ts';

/** Month and day names, lower case: words of a date, never names of parties. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Day and month names together: the word after "on" or "in" that makes a time phrase, a given name that is no name. */
export const DAY_AND_MONTH_NAMES: ReadonlySet<string> = new Set<string>([...WEEKDAYS, ...MONTH_NAMES]);

/** Words of a time phrase ("on Sunday", "in early March", "last week", "on Tuesday morning"). */
export const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAYS,
  'the',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'week',
  'weekend',
  'month',
  'year',
  'day',
  'morning',
  'afternoon',
  'evening',
  'night',
  'overnight',
]);
