import { describe, expect, it } from 'vitest';
import { itemSize } from '../../../shared/storage/item-size.ts';
import { EVENTS_TABLE } from '../../../shared/storage/table-definition.ts';
import { indexesOf, putUnits, STORAGE_OVERHEAD_BYTES, storedBytes } from '../../../shared/storage/write-units.ts';

const keyed = (size: number, indexes: number) => {
  const item: Record<string, unknown> = { pk: 'ART#a', sk: 'EVT#a-1' };
  for (let i = 1; i <= indexes; i++) {
    item[`gsi${i}pk`] = `P${i}`;
    item[`gsi${i}sk`] = `S${i}`;
  }
  item.pad = 'x'.repeat(size - itemSize(item) - 'pad'.length);
  return item;
};

describe('write units of a put', () => {
  it('bills 1 WRU per started KB of the item, twice in a transaction, plus one write per index entry', () => {
    const small = keyed(1000, 2);
    expect(itemSize(small)).toBe(1000);
    expect(putUnits(small, EVENTS_TABLE, false)).toEqual({ table: 1, index: 2 });
    expect(putUnits(small, EVENTS_TABLE, true)).toEqual({ table: 2, index: 2 });
    const large = keyed(1025, 4);
    expect(putUnits(large, EVENTS_TABLE, true)).toEqual({ table: 4, index: 8 });
  });

  it('counts an index only when the item has both of its key attributes', () => {
    const item = { ...keyed(300, 1), gsi2pk: 'only the partition key' };
    expect(indexesOf(item, EVENTS_TABLE).map((index) => index.indexName)).toEqual(['gsi1']);
    expect(putUnits(item, EVENTS_TABLE, false)).toEqual({ table: 1, index: 1 });
  });

  it('stores the item and each index entry with 100 bytes of overhead each', () => {
    const item = keyed(500, 3);
    expect(storedBytes(item, EVENTS_TABLE)).toEqual({ table: 500 + STORAGE_OVERHEAD_BYTES, index: 3 * (itemSize(item) + STORAGE_OVERHEAD_BYTES) });
  });
});
