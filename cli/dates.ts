import { InvalidArgumentError } from 'commander';
import { isCalendarDate } from '../shared/article/publication-date.ts';

/** Commander argument parser for YYYY-MM-DD options. */
export function parseDateOption(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  return value;
}
