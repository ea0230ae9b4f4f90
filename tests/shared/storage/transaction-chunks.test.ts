import { describe, expect, it } from 'vitest';
import { chunkWrites, fitsOneTransaction } from '../../../shared/storage/transaction-chunks.ts';

const size = (n: number) => n;

describe('chunkWrites', () => {
  it('cuts by item count', () => {
    expect(chunkWrites([1, 1, 1, 1, 1], { items: 2, bytes: 100 }, size)).toEqual([[1, 1], [1, 1], [1]]);
  });

  it('cuts by bytes as well, keeping order', () => {
    // 15 sentences of 100 KB in three items each would be 4.5 MB in one transaction.
    const writes = Array.from({ length: 45 }, () => 100_000);
    const chunks = chunkWrites(writes, { items: 99, bytes: 3 * 1024 * 1024 }, size);
    expect(chunks.map((chunk) => chunk.length)).toEqual([31, 14]);
    expect(chunks.flat()).toEqual(writes);
    expect(chunks.every((chunk) => chunk.reduce((a, b) => a + b, 0) <= 3 * 1024 * 1024)).toBe(true);
  });

  it('gives a write larger than the budget a chunk of its own', () => {
    expect(chunkWrites([10, 500, 10], { items: 10, bytes: 100 }, size)).toEqual([[10], [500], [10]]);
    expect(chunkWrites([], { items: 10, bytes: 100 }, size)).toEqual([]);
  });

  it('tells whether writes fit one transaction', () => {
    expect(fitsOneTransaction([50, 50], { items: 2, bytes: 100 }, size)).toBe(true);
    expect(fitsOneTransaction([50, 51], { items: 2, bytes: 100 }, size)).toBe(false);
    expect(fitsOneTransaction([1, 1, 1], { items: 2, bytes: 100 }, size)).toBe(false);
  });
});
