import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent } from '../../../../shared/model/diplomatic-event.ts';
import { countByRoot, monthlyBars, monthRange } from '../../../../web/src/views/dyad-figures.ts';

function event(date: string | null, root: string, quadClass: 1 | 2 | 3 | 4, goldstein: number): DiplomaticEvent {
  return {
    id: `e-${date}-${root}`,
    articleId: 'a1',
    date,
    dateText: null,
    source: { text: 'Seoul', country: 'KOR', role: 'GOV' },
    target: { text: 'Beijing', country: 'CHN', role: 'GOV' },
    cameo: { code: `${root}0`, root, name: 'x' },
    plover: null,
    quadClass,
    goldstein,
    modality: 'asserted',
    location: null,
    evidence: { sentence: 's', start: 0, end: 1, trigger: 't' },
    mentions: 1,
    confidence: 0.8,
    extractor: 'rules/1.1.0',
  };
}

describe('the Dyad view’s figures', () => {
  it('counts a direction per month by quad class with its mean Goldstein, and undated events apart', () => {
    const { bars, undated } = monthlyBars(
      [
        event('2026-03-09', '04', 1, 1.9),
        event('2026-03', '05', 1, 3.5),
        event('2026-04-14', '13', 3, -4.4),
        event('2026', '04', 1, 1),
        event(null, '04', 1, 1),
      ],
      (month) => `#m=${month}`,
    );
    expect(bars).toEqual([
      { period: '2026-03', total: 2, byQuad: { '1': 2 }, meanGoldstein: 2.7, href: '#m=2026-03' },
      { period: '2026-04', total: 1, byQuad: { '3': 1 }, meanGoldstein: -4.4, href: '#m=2026-04' },
    ]);
    expect(undated).toBe(2);
  });

  it('counts by CAMEO root in root order', () => {
    expect([...countByRoot([event(null, '13', 3, 0), event(null, '04', 1, 0), event(null, '13', 3, 0)])]).toEqual([
      ['04', 1],
      ['13', 2],
    ]);
  });

  it('gives a month’s first and last day, leap years included', () => {
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});
