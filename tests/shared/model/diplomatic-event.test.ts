import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byReadingOrder, type DiplomaticEvent } from '../../../shared/model/diplomatic-event.ts';

const event = (id: string, start: number) => ({ id, evidence: { start } }) as DiplomaticEvent;

describe('byReadingOrder', () => {
  it('orders by where the evidence starts, then by id', () => {
    const events = [event('a-2b', 40), event('a-0f', 40), event('a-ff', 3)];
    expect(events.sort(byReadingOrder).map((e) => e.id)).toEqual(['a-ff', 'a-0f', 'a-2b']);
  });

  it('orders event ids (article id, hex digest) as localeCompare does', () => {
    const id = fc.tuple(fc.constantFrom('2026-03-09_lee-visit', 'b9c2'), fc.stringMatching(/^[0-9a-f]{12}$/)).map(([a, h]) => `${a}-${h}`);
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(Math.sign(byReadingOrder(event(a, 0), event(b, 0)))).toBe(Math.sign(a.localeCompare(b)));
      }),
    );
  });
});
