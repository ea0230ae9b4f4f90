import { describe, expect, it } from 'vitest';
import { eventSortDate } from '../../../shared/storage/keys.ts';
import { event, location } from './event-fixtures.ts';

const loc = location('articles/sort-date.txt', '01');
const dated = (date: string | null) => event(loc, { n: 1, source: 'KOR', date });
const STORED = '2026-11-20T08:00:00.000Z';

describe('eventSortDate', () => {
  it('takes the event date, else the publication date, else the day it was stored', () => {
    expect(eventSortDate(dated('2025-03-10'), '2026-01-05', STORED)).toBe('2025-03-10');
    expect(eventSortDate(dated(null), '2026-01-05', STORED)).toBe('2026-01-05');
    expect(eventSortDate(dated(null), null, STORED)).toBe('2026-11-20');
  });

  it('puts a month or a year on its day nearest the publication date, inside the period', () => {
    // published inside the period: the publication day
    expect(eventSortDate(dated('2026-01'), '2026-01-05', STORED)).toBe('2026-01-05');
    expect(eventSortDate(dated('2026'), '2026-01-05', STORED)).toBe('2026-01-05');
    // published after the period: its last day; before it: its first day
    expect(eventSortDate(dated('2024-10'), '2026-01-05', STORED)).toBe('2024-10-31');
    expect(eventSortDate(dated('2024'), '2026-01-05', STORED)).toBe('2024-12-31');
    expect(eventSortDate(dated('2027-03'), '2026-01-05', STORED)).toBe('2027-03-01');
    expect(eventSortDate(dated('2027'), '2026-01-05', STORED)).toBe('2027-01-01');
    // no publication date: the day it was stored is the anchor
    expect(eventSortDate(dated('2024-02'), null, STORED)).toBe('2024-02-29');
    expect(eventSortDate(dated('2023-02'), null, STORED)).toBe('2023-02-28');
    expect(eventSortDate(dated('0099-02'), null, STORED)).toBe('0099-02-28');
  });
});
