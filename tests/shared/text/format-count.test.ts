import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../shared/text/format-count.ts';

describe('formatCount', () => {
  it('groups thousands as en-US does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(262144)).toBe('262,144');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-45000)).toBe('-45,000');
  });

  it('writes every safe integer as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger()), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves what is not a whole count as String writes it', () => {
    expect(formatCount(1.5)).toBe('1.5');
    expect(formatCount(Number.NaN)).toBe('NaN');
    expect(formatCount(1e21)).toBe('1e+21');
  });
});
