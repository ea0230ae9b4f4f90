import { describe, expect, it } from 'vitest';
import { planEventQuery } from '../../../shared/storage/event-query-plan.ts';

describe('planEventQuery', () => {
  it('keys on the most selective filter: dyad › source › target › actor › root › quad › all', () => {
    expect(planEventQuery({ dyad: ['KOR', 'CHN'], actor: 'KOR', root: '04' })).toMatchObject({ index: 'gsi4', prefix: 'DYAD#CHN|KOR#' });
    expect(planEventQuery({ source: 'KOR', target: 'CHN' })).toMatchObject({ index: 'gsi4', prefix: 'DYAD#CHN|KOR#' });
    expect(planEventQuery({ source: 'KOR', actor: 'CHN' })).toMatchObject({ index: 'gsi2', prefix: 'SRC#KOR#' });
    expect(planEventQuery({ target: 'KOR', quad: 1 })).toMatchObject({ index: 'gsi2', prefix: 'TGT#KOR#' });
    expect(planEventQuery({ actor: 'KOR', code: '042' })).toMatchObject({ index: 'gsi1', prefix: 'ACTOR#KOR#' });
    expect(planEventQuery({ code: '0421', quad: 1 })).toMatchObject({ index: 'gsi2', prefix: 'ROOT#04#' });
    expect(planEventQuery({ quad: 4, modality: 'planned' })).toMatchObject({ index: 'gsi3', prefix: 'QUAD#4#' });
    expect(planEventQuery({ from: '2025-01-01' })).toEqual({ index: 'gsi1', prefix: 'EV#', empty: false });
  });

  it('turns the remaining filters into one FilterExpression', () => {
    const plan = planEventQuery({ actor: 'KOR', code: '042', modality: 'planned' });
    expect(plan.filter?.expression).toBe('#f0 = :f0 AND begins_with(#f1, :f1) AND #f2 = :f2');
    expect(plan.filter?.names).toEqual({ '#f0': 'r', '#f1': 'c', '#f2': 'mo' });
    expect(plan.filter?.values).toEqual({ ':f0': '04', ':f1': '042', ':f2': 'planned' });
    const ordered = planEventQuery({ source: 'KOR', target: 'CHN' });
    expect(ordered.filter?.values).toEqual({ ':f0': 'KOR', ':f1': 'CHN' });
    const either = planEventQuery({ source: 'KOR', actor: 'CHN' });
    expect(either.filter?.expression).toBe('(#f0 = :f0 OR #f0t = :f0)');
    expect(planEventQuery({ root: '04' }).filter).toBeUndefined();
  });

  it('answers contradictions as empty without reading', () => {
    expect(planEventQuery({ root: '05', code: '042' }).empty).toBe(true);
    expect(planEventQuery({ dyad: ['KOR', 'CHN'], actor: 'USA' }).empty).toBe(true);
    expect(planEventQuery({ dyad: ['KOR', 'CHN'], source: 'USA' }).empty).toBe(true);
    expect(planEventQuery({ dyad: ['KOR', 'CHN'], actor: 'KOR' }).empty).toBe(false);
  });
});
