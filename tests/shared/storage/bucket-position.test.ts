import { describe, expect, it } from 'vitest';
import { decodePosition, encodePosition, InvalidCursorError } from '../../../shared/storage/bucket-position.ts';

const KEYS = ['pk', 'sk', 'gsi1pk', 'gsi1sk'];

describe('bucket position', () => {
  it('round-trips a month with and without a start key', () => {
    expect(decodePosition(encodePosition({ month: '2025-03' }), KEYS)).toEqual({ month: '2025-03' });
    const key = { pk: 'ART#a', sk: 'EVT#a-1', gsi1pk: 'EV#2025-03', gsi1sk: '2025-03-01#a-1' };
    expect(decodePosition(encodePosition({ month: '2025-03', key }), KEYS)).toEqual({ month: '2025-03', key });
  });

  it('rejects anything else', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const bad of [
      'not json',
      encode({ month: '2025-03' }),
      encode(['2025-3']),
      encode(['2025-03', { pk: 'x' }]),
      encode(['2025-03', { pk: 'x', sk: 'y', gsi1pk: 'z', gsi1sk: 1 }]),
      encode(['2025-03', { pk: 'x', sk: 'y', gsi2pk: 'z', gsi2sk: 'w' }]),
      encode(['2025-03', null, 3]),
    ]) {
      expect(() => decodePosition(bad, KEYS), bad).toThrow(InvalidCursorError);
    }
  });
});
