import { describe, expect, it } from 'vitest';
import { isSchemaYear } from '../../../shared/model/calendar-years.ts';
import { PartialDateSchema } from '../../../shared/model/diplomatic-event.ts';

describe('years the schemas accept', () => {
  it('are 0001–9999', () => {
    expect([1, 2026, 9999].map(isSchemaYear)).toEqual([true, true, true]);
    expect([0, -1, 10000, 275760, 2026.5, Number.NaN].map(isSchemaYear)).toEqual([false, false, false, false, false, false]);
  });

  it('bound the event date schema', () => {
    for (const date of ['0001', '0050-01', '2026-01-08', '9999-12-31']) expect(PartialDateSchema.safeParse(date).success, date).toBe(true);
    for (const date of ['0000', '0000-12-31', '10000', '+10000-01-01', '-0001']) expect(PartialDateSchema.safeParse(date).success, date).toBe(false);
  });
});
