import { describe, expect, it } from 'vitest';
import { CursorSigner, InvalidSignedCursorError, queryHash } from '../../../shared/api/cursor-signer.ts';

describe('CursorSigner', () => {
  const signer = new CursorSigner('a-test-key-of-sufficient-length');
  const query = { route: 'events', filter: { actor: 'KOR', root: '04' } };

  it('round-trips the position for the same query, whatever the key order', () => {
    const cursor = signer.sign('position-123', query);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('position-123');
    expect(signer.verify(cursor, { filter: { root: '04', actor: 'KOR' }, route: 'events' })).toBe('position-123');
  });

  it('rejects a cursor for another query', () => {
    const cursor = signer.sign('p', query);
    expect(() => signer.verify(cursor, { route: 'events', filter: { actor: 'CHN', root: '04' } })).toThrow(InvalidSignedCursorError);
    expect(() => signer.verify(cursor, { route: 'articles' })).toThrow(InvalidSignedCursorError);
  });

  it('rejects modified payloads, modified signatures and cursors signed with another key', () => {
    const cursor = signer.sign('p', query);
    const [payload, mac] = cursor.split('.') as [string, string];
    const forgedPayload = Buffer.from(JSON.stringify({ p: 'other', q: queryHash(query) })).toString('base64url');
    expect(() => signer.verify(`${forgedPayload}.${mac}`, query)).toThrow(InvalidSignedCursorError);
    const flipped = `${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    expect(() => signer.verify(`${payload}.${flipped}`, query)).toThrow(InvalidSignedCursorError);
    expect(() => signer.verify(`${payload}.`, query)).toThrow(InvalidSignedCursorError);
    expect(() => signer.verify('garbage', query)).toThrow(InvalidSignedCursorError);
    const foreign = new CursorSigner('another-key-of-sufficient-length').sign('p', query);
    expect(() => signer.verify(foreign, query)).toThrow(InvalidSignedCursorError);
  });

  it('refuses short keys', () => {
    expect(() => new CursorSigner('short')).toThrow(/16 bytes/);
  });
});
