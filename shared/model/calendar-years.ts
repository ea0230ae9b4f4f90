/**
 * Dates the schemas accept are written with a four-digit year (YYYY, YYYY-MM, YYYY-MM-DD), so a
 * date is storable only in years 0001–9999. JavaScript dates reach ±275,760 and parse "May 5, 10000"
 * happily: every date that comes from outside (article content, S3 metadata, the coder's date
 * arithmetic) is checked against this range where it enters, instead of failing the write later.
 */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

/** Milliseconds in a day of UTC dates (no leap seconds): the unit of the coder's and the analytics' day arithmetic. */
export const MS_PER_DAY = 86_400_000;

export function isSchemaYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}
