import { itemSize } from './item-size.ts';
import type { TableDefinition } from './table-definition.ts';

/**
 * What DynamoDB on-demand bills for writes, from the items a request writes (docs/cost.md):
 *  - a table write is 1 write request unit (WRU) per started KB of the item, 2 inside
 *    TransactWriteItems;
 *  - every global secondary index whose key attributes the written item carries costs one more
 *    standard write of the projected entry (index keys + table keys + projected attributes); an
 *    index entry the write removes (a delete, or a key the item no longer has) costs one too.
 * Sizes come from item-size.ts (DynamoDB's documented rules, rounded up), so the figures are a
 * deterministic function of the item layout, not a measurement of a service.
 */
export interface WriteUnits {
  table: number;
  index: number;
}

const KB = 1024;
const units = (bytes: number): number => Math.max(1, Math.ceil(bytes / KB));

/** Bytes of the entry an index holds for this item: every index projects ALL attributes (table-definition.ts). */
const indexEntrySize = (item: Record<string, unknown>): number => itemSize(item);

/** Indexes the item has an entry in (both key attributes present). */
export function indexesOf(item: Record<string, unknown>, table: TableDefinition): TableDefinition['globalSecondaryIndexes'] {
  return table.globalSecondaryIndexes.filter((index) => typeof item[index.partitionKey] === 'string' && typeof item[index.sortKey] === 'string');
}

/** The cost of writing one whole item (a new item: no old index entries to remove). */
export function putUnits(item: Record<string, unknown>, table: TableDefinition, transactional: boolean): WriteUnits {
  return {
    table: units(itemSize(item)) * (transactional ? 2 : 1),
    index: indexesOf(item, table).reduce((sum) => sum + units(indexEntrySize(item)), 0),
  };
}

/** Storage DynamoDB bills for an item: its size plus 100 bytes, in the table and in each index that holds it. */
export const STORAGE_OVERHEAD_BYTES = 100;

export function storedBytes(item: Record<string, unknown>, table: TableDefinition): { table: number; index: number } {
  return {
    table: itemSize(item) + STORAGE_OVERHEAD_BYTES,
    index: indexesOf(item, table).reduce((sum) => sum + indexEntrySize(item) + STORAGE_OVERHEAD_BYTES, 0),
  };
}
