/**
 * Dates the schemas accept are written with a four-digit year (YYYY, YYYY-MM, YYYY-MM-DD), so a
 * date is storable only in years 0001–9999. JavaScript dates reach ±275,760 and parse "May 5, 10000"
 * happily: every date that comes from outside (article content, S3 metadata, the coder's date
 * arithmetic) is checked against this range where it enters, instead of failing the write later.
 */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

export function isSchemaYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}
