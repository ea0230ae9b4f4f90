import { describe, expect, it } from 'vitest';
import { MonotonicSequencer } from '../../../infra/local/sequencer.ts';
import { compareSequencers } from '../../../shared/storage/write-order.ts';

describe('MonotonicSequencer', () => {
  it('issues fixed-width hex sequencers that strictly increase, even within one millisecond', () => {
    const sequencer = new MonotonicSequencer();
    const issued = [sequencer.next(1_000), sequencer.next(1_000), sequencer.next(1_000), sequencer.next(2_000)];
    for (const value of issued) expect(value).toMatch(/^[0-9A-F]{18}$/);
    for (let i = 1; i < issued.length; i++) expect(compareSequencers(issued[i]!, issued[i - 1]!)).toBe(1);
  });

  it('keeps increasing when the clock goes backwards', () => {
    const sequencer = new MonotonicSequencer();
    const later = sequencer.next(5_000);
    expect(compareSequencers(sequencer.next(4_000), later)).toBe(1);
  });

  it('orders a restarted stack after the previous one (time based)', () => {
    const before = new MonotonicSequencer().next(Date.now());
    const after = new MonotonicSequencer().next(Date.now() + 1);
    expect(compareSequencers(after, before)).toBe(1);
  });
});
