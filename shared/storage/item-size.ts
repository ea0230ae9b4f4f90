/**
 * Item sizes as DynamoDB counts them against its limits (400 KB per item, 4 MB per transaction),
 * from the documented rules, rounded up where they are approximate:
 *  - an attribute is the UTF-8 length of its name plus the size of its value;
 *  - a string or binary is its length in bytes (UTF-8 for strings);
 *  - a number is at most 21 bytes (about one byte per two significant digits, plus one): 21 is used;
 *  - null and booleans are 1 byte;
 *  - a list or map is 3 bytes plus its elements plus 1 byte per element (a map's keys count as names);
 *  - a set is the sum of its elements.
 */
const NUMBER_BYTES = 21;
const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8');

export function valueSize(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8(value);
  if (typeof value === 'number' || typeof value === 'bigint') return NUMBER_BYTES;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((sum: number, element) => sum + valueSize(element), 0);
  if (Array.isArray(value)) return value.reduce((sum: number, element) => sum + 1 + valueSize(element), 3);
  if (typeof value === 'object') return 3 + Object.values(value).length + itemSize(value as Record<string, unknown>);
  // what is left (symbols, functions) the document client refuses to marshal, so no item holds one
  throw new TypeError(`a ${typeof value} cannot be stored in DynamoDB`);
}

/** Undefined members are left out by the document client (removeUndefinedValues), so they cost nothing. */
export function itemSize(item: Record<string, unknown>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value !== undefined) size += utf8(name) + valueSize(value);
  }
  return size;
}

/**
 * What one TransactItems entry adds to the transaction: the item a Put writes, the key of a
 * Delete, or for an Update or ConditionCheck its key and the values it sends.
 */
export function transactItemSize(entry: Record<string, unknown>): number {
  const operation = Object.values(entry)[0] as {
    Item?: Record<string, unknown>;
    Key?: Record<string, unknown>;
    ExpressionAttributeValues?: Record<string, unknown>;
  };
  if (operation.Item) return itemSize(operation.Item);
  return itemSize(operation.Key ?? {}) + itemSize(operation.ExpressionAttributeValues ?? {});
}
