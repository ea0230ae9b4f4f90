import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../../web/src/views/timeline.ts';

describe('a timeline bar’s period', () => {
  it('is the day, or the week from its first day, inside the range already filtered on', () => {
    expect(periodRange('2026-03-09', 'day', {})).toEqual({ from: '2026-03-09', to: '2026-03-09' });
    expect(periodRange('2026-12-28', 'week', {})).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(periodRange('2026-03-09', 'week', { from: '2026-03-11', to: '2026-03-12' })).toEqual({ from: '2026-03-11', to: '2026-03-12' });
  });
});
