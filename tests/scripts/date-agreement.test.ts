import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateAgreement, dateVerdict, formatDateAgreement, unitVerdict } from '../../scripts/date-agreement.ts';

describe('date agreement: the coder’s dates against the gold dates of the events it coded right', () => {
  it('sorts a date into exact, coarser, unstated, missing or wrong', () => {
    expect(dateVerdict('2026-03-12', '2026-03-12', '2026-03-14')).toBe('exact');
    expect(dateVerdict('2026-03', '2026-03-12', '2026-03-14')).toBe('coarser');
    expect(dateVerdict('2026', '2026-03-12', '2026-03-14')).toBe('coarser');
    expect(dateVerdict(null, '2026-03-14', '2026-03-14')).toBe('unstated');
    expect(dateVerdict(null, '2026-03-12', '2026-03-14')).toBe('missing');
    expect(dateVerdict('2026-03-11', '2026-03-12', '2026-03-14')).toBe('wrong');
    // finer than the text gives is not agreement either, nor is a month that merely shares its digits
    expect(dateVerdict('2026-03-12', '2026-03', '2026-03-14')).toBe('wrong');
    expect(dateVerdict('2026-1', '2026-11-02', '2026-11-04')).toBe('wrong');
  });

  it('compares only events the coder matched, one to one as score.mjs, taking the one from the gold event’s sentence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-dates-'));
    const events = [
      // matched twice; the second prediction comes from the gold sentence and decides
      { source: 'JPN', target: 'CHN', cameo: '114', date: '2026-03-12', sentence: 'Japan protested on Thursday.' },
      // the same triple again with another date: one unit, and a date agreeing with either is exact
      { source: 'JPN', target: 'CHN', cameo: '112', date: '2026-03-10', sentence: 'Japan accused China on Tuesday.' },
      // symmetric root, pair reversed, through an alternative code: matched; no date words → unstated
      { source: 'KOR', target: 'JPN', cameo: '036', alt_cameo: ['043'], date: '2026-03-14', sentence: 'The two will meet.' },
      // not emitted at all: not counted
      { source: 'CHN', target: 'JPN', cameo: '111', date: '2026-03-13', sentence: 'China criticised Japan.' },
      // matched, but the annotator gave no date: counted apart
      { source: 'USA', target: 'CHN', cameo: '130', date: '', sentence: 'The US warned China.' },
    ];
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ article: 'a.txt', published: '2026-03-14', events }));
    const pred = join(dir, 'pred.jsonl');
    const predicted = [
      { source: { country: 'JPN' }, target: { country: 'CHN' }, cameo: { root: '11' }, date: '2026-03-01', evidence: { sentence: 'Another sentence.' } },
      {
        source: { country: 'JPN' },
        target: { country: 'CHN' },
        cameo: { root: '11' },
        date: '2026-03-12',
        evidence: { sentence: 'Japan  protested on Thursday.' },
      },
      { source: { country: 'JPN' }, target: { country: 'KOR' }, cameo: { root: '04' }, date: null, evidence: { sentence: 'The two will meet.' } },
      { source: { country: 'JPN' }, target: { country: 'CHN' }, cameo: { root: '12' }, date: '2026-03-13', evidence: { sentence: 'China criticised Japan.' } },
      { source: { country: 'USA' }, target: { country: 'CHN' }, cameo: { root: '13' }, date: '2026-03-13', evidence: { sentence: 'The US warned China.' } },
    ];
    writeFileSync(pred, JSON.stringify({ file: 'x/a.txt', events: predicted }));
    const counts = dateAgreement(dir, pred);
    expect(counts).toEqual({ exact: 1, coarser: 0, unstated: 1, missing: 0, wrong: 0, undated: 1 });
    expect(formatDateAgreement(counts)).toMatch(/^dates of 2 matched gold events: exact 50\.0%, unstated .* 50\.0%.*right 100\.0%, wrong 0\.0% \(1 matched/);
  });

  it('takes the best of a unit’s gold dates, and a partial gold date with a null prediction is missing', () => {
    expect(unitVerdict('2026-03', ['2026-03-12', '2026-02-01'], '2026-03-14')).toBe('coarser');
    expect(unitVerdict('2026-02-01', ['2026-03-12', '2026-02-01'], '2026-03-14')).toBe('exact');
    expect(unitVerdict(null, ['2026-03'], '2026-03-14')).toBe('missing');
    expect(unitVerdict(null, ['2026-03', '2026-03-14'], '2026-03-14')).toBe('unstated');
  });
});
