import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootPresence } from '../../scripts/root-presence.ts';

describe('root presence: is the event type in the article at all', () => {
  it('counts a gold type found through an alternative code, a missed type, and an emitted type the article lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-roots-'));
    writeFileSync(
      join(dir, 'a.gold.json'),
      JSON.stringify({ events: [{ cameo: '042', alt_cameo: ['043'] }, { cameo: '111', alt_cameo: ['112'] }, { cameo: '163' }] }),
    );
    const pred = join(dir, 'pred.jsonl');
    // 04 found, 11 found through 112's root (same root), 16 missed; 19 is not in the article
    writeFileSync(
      pred,
      [JSON.stringify({ file: 'x/a.txt', events: [{ cameo: { root: '04' } }, { cameo: { root: '11' } }, { cameo: { root: '19' } }] })].join('\n'),
    );
    const r = rootPresence(dir, pred);
    expect({ tp: r.tp, fp: r.fp, fn: r.fn }).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(r.f1).toBeCloseTo(2 / 3, 5);
  });

  it('an alternative root counts as found for its gold type and is not a false positive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-roots-'));
    writeFileSync(join(dir, 'b.gold.json'), JSON.stringify({ events: [{ cameo: '0331', alt_cameo: ['071'] }] }));
    const pred = join(dir, 'pred.jsonl');
    writeFileSync(pred, JSON.stringify({ file: 'b.txt', events: [{ cameo: { root: '07' } }] }));
    expect(rootPresence(dir, pred)).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});
