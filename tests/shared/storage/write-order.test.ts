import { describe, expect, it } from 'vitest';
import type { ArticleLocation } from '../../../shared/model/article.ts';
import { compareSequencers, compareVersions, decideWrite, outcomeFingerprint } from '../../../shared/storage/write-order.ts';

const loc = (sequencer: string | null, versionId: string | null = null, etag: string | null = null): ArticleLocation => ({
  bucket: 'b',
  key: 'articles/k',
  sequencer,
  versionId,
  etag,
});

describe('write order', () => {
  it('compares S3 sequencers as hex of equal length after left-padding', () => {
    expect(compareSequencers('FF', '0100')).toBe(-1);
    expect(compareSequencers('0062E99A88DC407460', '0062E99A88DC40745F')).toBe(1);
    expect(compareSequencers('00ab', '00AB')).toBe(0);
    expect(compareSequencers('AB', '0000AB')).toBe(0);
  });

  it('falls back to version id, then ETag, then treats the incoming one as newer', () => {
    expect(compareVersions(loc(null, 'v1'), { sequencer: '05', versionId: 'v1', etag: null })).toBe('same');
    expect(compareVersions(loc(null, 'v2'), { sequencer: null, versionId: 'v1', etag: null })).toBe('newer');
    expect(compareVersions(loc(null, null, '"e"'), { sequencer: null, versionId: null, etag: 'e' })).toBe('same');
    expect(compareVersions(loc(null), { sequencer: '01', versionId: null, etag: null })).toBe('newer');
  });

  it('decides stale, duplicate or apply', () => {
    const fingerprint = outcomeFingerprint({ status: 'processed', extractor: 'rules/1', contentHash: 'h', reason: null });
    const stored = { sequencer: '10', versionId: null, etag: null, complete: true, fingerprint };
    expect(decideWrite(null, loc('01'), fingerprint)).toBe('apply');
    expect(decideWrite(stored, loc('0F'), fingerprint)).toBe('stale');
    expect(decideWrite(stored, loc('10'), fingerprint)).toBe('duplicate');
    expect(decideWrite(stored, loc('11'), fingerprint)).toBe('apply');
    // Same version, another outcome (new extractor) or an unfinished write: apply again.
    const other = outcomeFingerprint({ status: 'processed', extractor: 'rules/2', contentHash: 'h', reason: null });
    expect(decideWrite(stored, loc('10'), other)).toBe('apply');
    expect(decideWrite({ ...stored, complete: false }, loc('10'), fingerprint)).toBe('apply');
    // the same outcome stored in the layout before issue 14 (a fingerprint without the layout) is rewritten
    const olderLayout = JSON.stringify(['processed', 'rules/1', 'h', null]);
    expect(decideWrite({ ...stored, fingerprint: olderLayout }, loc('10'), fingerprint)).toBe('apply');
    // and in the layout before the actor counter shards (2), so that its next write counts it there
    const beforeShards = JSON.stringify(['processed', 'rules/1', 'h', null, 2]);
    expect(decideWrite({ ...stored, fingerprint: beforeShards }, loc('10'), fingerprint)).toBe('apply');
  });
});
