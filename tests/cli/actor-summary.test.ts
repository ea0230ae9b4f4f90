import { describe, expect, it } from 'vitest';
import { formatActorSummary } from '../../cli/actor-summary.ts';

describe('formatActorSummary', () => {
  it('prints counts by quad class and root, Goldstein averages and counterparts', () => {
    const text = formatActorSummary(
      {
        country: 'KOR',
        from: '2026-01-01',
        to: null,
        asSource: { count: 12, averageGoldstein: 2.345 },
        asTarget: { count: 3, averageGoldstein: null },
        byRoot: { '04': 7, '13': 2, '05': 0 },
        byQuadClass: { '1': 10, '2': 1, '3': 2, '4': 0 },
        topCounterparts: [
          { country: 'CHN', count: 9 },
          { country: 'JPN', count: 2 },
        ],
        truncated: true,
      },
      (root) => ({ '04': 'Consult' })[root],
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('KOR 2026-01-01 to …');
    expect(lines[1]).toBe('as source: 12 event(s), average Goldstein 2.35');
    expect(lines[2]).toBe('as target: 3 event(s)');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}1 verbal cooperation\s+10$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}04 Consult\s+7$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}13\s+2$/));
    expect(text).not.toMatch(/^ {2}05/m);
    expect(text).toContain('top counterparts: CHN 9, JPN 2');
    expect(text).toMatch(/figures cover the newest ones/);
  });
});
