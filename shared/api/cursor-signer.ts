import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Opaque, tamper-evident page cursors: `base64url(payload).base64url(HMAC-SHA256(payload))`.
 * The payload carries the repository's position and a hash of the query it belongs to, so a
 * modified cursor, one signed with another key, or one taken from another query is rejected.
 */
export class InvalidSignedCursorError extends Error {
  constructor() {
    super('the cursor is not valid for this query');
    this.name = 'InvalidSignedCursorError';
  }
}

export class CursorSigner {
  private readonly key: Buffer;

  constructor(key: string | Buffer) {
    this.key = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
    if (this.key.length < 16) throw new Error('the cursor key must be at least 16 bytes');
  }

  sign(position: string, query: unknown): string {
    const payload = Buffer.from(JSON.stringify({ p: position, q: queryHash(query) })).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The repository position inside a cursor this signer issued for this same query. */
  verify(cursor: string, query: unknown): string {
    const dot = cursor.indexOf('.');
    if (dot <= 0) throw new InvalidSignedCursorError();
    const payload = cursor.slice(0, dot);
    const given = Buffer.from(cursor.slice(dot + 1), 'base64url');
    const expected = Buffer.from(this.mac(payload), 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidSignedCursorError();
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw new InvalidSignedCursorError();
    }
    const { p, q } = (decoded ?? {}) as { p?: unknown; q?: unknown };
    if (typeof p !== 'string' || q !== queryHash(query)) throw new InvalidSignedCursorError();
    return p;
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** Canonical hash of a query: key order and undefined members do not matter. */
export function queryHash(query: unknown): string {
  return createHash('sha256').update(canonical(query)).digest('base64url').slice(0, 22);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  // what JSON has no text for (undefined, functions, symbols) reads as null, as in a JSON array
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
  return JSON.stringify(value);
}
