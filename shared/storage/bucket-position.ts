/**
 * Where a paged walk over month buckets stopped: the bucket and, inside it, the key of the last
 * item returned. The repository hands it out as an opaque string; the API signs it before a
 * client sees it, so decoding here only has to reject malformed input, not forged input.
 */
export interface BucketPosition {
  /** Month bucket, YYYY-MM. */
  month: string;
  /** ExclusiveStartKey inside that bucket; absent = from the bucket's newest item. */
  key?: Record<string, string>;
}

export class InvalidCursorError extends Error {
  constructor(message = 'the cursor is not valid for this query') {
    super(message);
    this.name = 'InvalidCursorError';
  }
}

export function encodePosition(position: BucketPosition): string {
  return Buffer.from(JSON.stringify(position.key ? [position.month, position.key] : [position.month])).toString('base64url');
}

const MONTH = /^\d{4}-\d{2}$/;

export function decodePosition(cursor: string, keyNames: readonly string[]): BucketPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length < 1 || parsed.length > 2) throw new InvalidCursorError();
  const [month, key] = parsed as [unknown, unknown];
  if (typeof month !== 'string' || !MONTH.test(month)) throw new InvalidCursorError();
  if (key === undefined) return { month };
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw new InvalidCursorError();
  const entries = Object.entries(key);
  const wanted = [...keyNames].sort();
  const names = entries.map(([name]) => name).sort();
  if (names.length !== wanted.length || names.some((name, i) => name !== wanted[i])) throw new InvalidCursorError();
  if (entries.some(([, value]) => typeof value !== 'string' || value.length === 0 || value.length > 1024)) {
    throw new InvalidCursorError();
  }
  return { month, key: key as Record<string, string> };
}
