import { describe, expect, it } from 'vitest';
import { dateFromFileName, isCalendarDate, resolvePublicationDate, toPublicationDate } from '../../../shared/article/publication-date.ts';

describe('publication dates', () => {
  it('validates calendar dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
  });

  it('keeps the publisher’s calendar day of an ISO timestamp', () => {
    expect(toPublicationDate('2026-01-05T23:30:00-05:00')).toBe('2026-01-05');
    expect(toPublicationDate('2026-01-05')).toBe('2026-01-05');
    expect(toPublicationDate('Jan 5, 2026')).toBe('2026-01-05');
    expect(toPublicationDate('2026-13-01')).toBeNull();
    expect(toPublicationDate('yesterday')).toBeNull();
    expect(toPublicationDate(undefined)).toBeNull();
  });

  it('accepts years 0001–9999 only, the four-digit years the schemas write', () => {
    expect(isCalendarDate('0001-01-01')).toBe(true);
    expect(isCalendarDate('0050-06-15')).toBe(true);
    expect(isCalendarDate('9999-12-31')).toBe(true);
    expect(isCalendarDate('0000-12-31')).toBe(false);
    expect(toPublicationDate('December 31, 9999')).toBe('9999-12-31');
    expect(toPublicationDate('May 5, 10000')).toBeNull();
    expect(toPublicationDate('+275760-09-13T00:00:00Z')).toBeNull();
    expect(toPublicationDate('-000001-01-01T00:00:00Z')).toBeNull();
    expect(toPublicationDate('0000-01-01')).toBeNull();
    expect(dateFromFileName('articles/0000-01-01_visit.txt')).toBeNull();
  });

  it('falls back to the next source when a date is outside years 0001–9999', () => {
    const key = 'articles/2026-03-09_visit.txt';
    expect(resolvePublicationDate({ fromContent: null, metadata: { published: '10000-01-01' }, key })).toEqual({
      publishedAt: '2026-03-09',
      publishedFrom: 'filename',
    });
    expect(resolvePublicationDate({ fromContent: null, metadata: { published: 'May 5, 10000' }, key })).toEqual({
      publishedAt: '2026-03-09',
      publishedFrom: 'filename',
    });
    const farFuture = new Date(8.64e15);
    expect(resolvePublicationDate({ fromContent: null, key: 'articles/a.txt', uploadedAt: farFuture }).publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('never returns a year outside 0001–9999, whatever Date.parse accepts', () => {
    expect(toPublicationDate('Jan 5, 20260')).toBeNull(); // Date.parse: +020260-01-05
    expect(toPublicationDate('January 5, 275760')).toBeNull();
    expect(toPublicationDate('20260-01-05T00:00:00Z')).toBeNull();
    expect(toPublicationDate('0000-01-05')).toBeNull();
    expect(toPublicationDate('Dec 31, 9999')).toBe('9999-12-31');
  });

  it('reads a leading date from the file name only', () => {
    expect(dateFromFileName('articles/2026/2026-03-09_visit.txt')).toBe('2026-03-09');
    expect(dateFromFileName('articles/visit-2026-03-09.txt')).toBeNull();
    expect(dateFromFileName('articles/2026-03-091.txt')).toBeNull();
  });

  it('applies the precedence content → metadata → file name → upload time', () => {
    const key = 'articles/2026-03-09_visit.txt';
    const uploadedAt = new Date('2026-04-01T10:00:00Z');
    const metadata = { published: '2026-03-08' };
    expect(resolvePublicationDate({ fromContent: '2026-03-07', metadata, key, uploadedAt })).toEqual({ publishedAt: '2026-03-07', publishedFrom: 'content' });
    expect(resolvePublicationDate({ fromContent: null, metadata, key, uploadedAt })).toEqual({ publishedAt: '2026-03-08', publishedFrom: 'metadata' });
    expect(resolvePublicationDate({ fromContent: null, metadata: { 'X-Amz-Meta-Published': '2026-03-06' }, key, uploadedAt })).toEqual({
      publishedAt: '2026-03-06',
      publishedFrom: 'metadata',
    });
    expect(resolvePublicationDate({ fromContent: null, metadata: { published: 'garbage' }, key, uploadedAt })).toEqual({
      publishedAt: '2026-03-09',
      publishedFrom: 'filename',
    });
    expect(resolvePublicationDate({ fromContent: null, key: 'articles/visit.txt', uploadedAt })).toEqual({
      publishedAt: '2026-04-01',
      publishedFrom: 'upload',
    });
  });
});
