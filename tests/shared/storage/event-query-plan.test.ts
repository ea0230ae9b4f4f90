import { describe, expect, it } from 'vitest';
import { planEventQuery } from '../../../shared/storage/event-query-plan.ts';

const keysOf = (filter: Parameters<typeof planEventQuery>[0]) => planEventQuery(filter).streams.map(({ index, prefix }) => `${index} ${prefix}`);

describe('planEventQuery', () => {
  it('keys on the most selective filter: dyad › source › target › actor › root › all', () => {
    expect(keysOf({ dyad: ['KOR', 'CHN'], actor: 'KOR', root: '04' })).toEqual(['gsi3 SRC#KOR#', 'gsi4 TGT#KOR#']);
    expect(keysOf({ source: 'KOR', target: 'CHN' })).toEqual(['gsi3 SRC#KOR#']);
    expect(keysOf({ source: 'KOR', actor: 'CHN' })).toEqual(['gsi3 SRC#KOR#']);
    expect(keysOf({ target: 'KOR', quad: 1 })).toEqual(['gsi4 TGT#KOR#']);
    expect(keysOf({ actor: 'KOR', code: '042' })).toEqual(['gsi3 SRC#KOR#', 'gsi4 TGT#KOR#']);
    expect(keysOf({ code: '0421', quad: 1 })).toEqual(['gsi2 ROOT#04#']);
    expect(keysOf({ quad: 4, modality: 'planned' })).toEqual(['gsi1 EV#']);
    expect(planEventQuery({ from: '2025-01-01' })).toEqual({ streams: [{ index: 'gsi1', prefix: 'EV#' }], empty: false });
  });

  it('turns the remaining filters into one FilterExpression per stream', () => {
    const [source, target] = planEventQuery({ actor: 'KOR', code: '042', modality: 'planned' }).streams;
    expect(source?.filter).toEqual({
      expression: '#f0 = :f0 AND begins_with(#f1, :f1) AND #f2 = :f2',
      names: { '#f0': 'r', '#f1': 'c', '#f2': 'mo' },
      values: { ':f0': '04', ':f1': '042', ':f2': 'planned' },
      selective: true,
    });
    // the target stream leaves out domestic events, which the source stream already has
    expect(target?.filter?.expression).toBe('#f0 <> :f0 AND #f1 = :f1 AND begins_with(#f2, :f2) AND #f3 = :f3');
    expect(target?.filter?.values[':f0']).toBe('KOR');
    const ordered = planEventQuery({ source: 'KOR', target: 'CHN' }).streams[0];
    expect(ordered?.filter?.values).toEqual({ ':f0': 'CHN' });
    const either = planEventQuery({ source: 'KOR', actor: 'CHN' }).streams[0];
    expect(either?.filter?.expression).toBe('(#f0 = :f0 OR #f0t = :f0)');
    expect(planEventQuery({ root: '04' }).streams[0]?.filter).toBeUndefined();
  });

  it('reads pages of the size needed when a filter only removes a merge duplicate', () => {
    const [source, target] = planEventQuery({ actor: 'KOR' }).streams;
    expect(source?.filter).toBeUndefined();
    expect(target?.filter).toMatchObject({ expression: '#f0 <> :f0', names: { '#f0': 's' }, selective: false });
  });

  it('reads a dyad as one actor’s entries with the other as counterpart, once for a domestic dyad', () => {
    const [asSource, asTarget] = planEventQuery({ dyad: ['KOR', 'CHN'] }).streams;
    expect(asSource).toMatchObject({ prefix: 'SRC#KOR#', filter: { expression: '#f0 = :f0', names: { '#f0': 'tg' }, values: { ':f0': 'CHN' } } });
    expect(asTarget).toMatchObject({ prefix: 'TGT#KOR#', filter: { expression: '#f0 = :f0', names: { '#f0': 's' }, values: { ':f0': 'CHN' } } });
    expect(keysOf({ dyad: ['KOR', 'KOR'] })).toEqual(['gsi3 SRC#KOR#']);
  });

  it('answers contradictions as empty without reading', () => {
    expect(planEventQuery({ root: '05', code: '042' }).empty).toBe(true);
    expect(planEventQuery({ dyad: ['KOR', 'CHN'], actor: 'USA' }).empty).toBe(true);
    expect(planEventQuery({ dyad: ['KOR', 'CHN'], source: 'USA' }).empty).toBe(true);
    expect(planEventQuery({ dyad: ['KOR', 'CHN'], actor: 'KOR' }).empty).toBe(false);
  });
});
