/**
 * Splits writes into consecutive TransactWriteItems chunks that fit DynamoDB's limits: at most
 * `items` entries and `bytes` of item data each (100 items and 4 MB in DynamoDB). Counting items
 * alone is not enough: 99 event items of 100 KB each are 9.9 MB, refused on every retry.
 */
export interface TransactionBudget {
  items: number;
  bytes: number;
}

/**
 * Greedy, order-preserving. A write larger than the whole budget still gets a chunk of its own:
 * DynamoDB refuses it, and the caller records that as a permanent failure.
 */
export function chunkWrites<T>(writes: readonly T[], budget: TransactionBudget, sizeOf: (write: T) => number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const write of writes) {
    const size = sizeOf(write);
    if (current.length > 0 && (current.length + 1 > budget.items || bytes + size > budget.bytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(write);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Whether all writes fit in one transaction. */
export function fitsOneTransaction<T>(writes: readonly T[], budget: TransactionBudget, sizeOf: (write: T) => number): boolean {
  return writes.length <= budget.items && writes.reduce((sum, write) => sum + sizeOf(write), 0) <= budget.bytes;
}
