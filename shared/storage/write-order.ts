import type { ArticleLocation } from '../model/article.ts';

/**
 * Ordering of S3 notifications for one object, and the idempotency decision built on it.
 * Pure functions: the repository feeds them the stored article record and the incoming location.
 *
 * S3 documents the sequencer as a hex string that only orders events of the same key, and whose
 * length may differ between events: compare after left-padding to equal length. Without
 * sequencers on both sides, version id (or else ETag) equality tells "same version"; anything
 * else cannot be ordered and is treated as newer (last writer wins).
 */
export type VersionRelation = 'older' | 'same' | 'newer';

export interface StoredVersion {
  versionId: string | null;
  etag: string | null;
  sequencer: string | null;
}

export function compareSequencers(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const left = a.toUpperCase().padStart(width, '0');
  const right = b.toUpperCase().padStart(width, '0');
  return left < right ? -1 : left > right ? 1 : 0;
}

export function compareVersions(incoming: ArticleLocation, stored: StoredVersion): VersionRelation {
  if (incoming.sequencer && stored.sequencer) {
    const order = compareSequencers(incoming.sequencer, stored.sequencer);
    return order < 0 ? 'older' : order > 0 ? 'newer' : 'same';
  }
  if (incoming.versionId && stored.versionId) return incoming.versionId === stored.versionId ? 'same' : 'newer';
  if (incoming.etag && stored.etag) return normaliseEtag(incoming.etag) === normaliseEtag(stored.etag) ? 'same' : 'newer';
  return 'newer';
}

/** S3 returns ETags quoted in headers and unquoted in notifications. */
const normaliseEtag = (etag: string): string => etag.replace(/^"|"$/g, '');

/**
 * What a stored article looks like to the decision: its version, whether its last write finished,
 * and a fingerprint of the outcome (status, extractor, content, reason).
 */
export interface StoredOutcome extends StoredVersion {
  complete: boolean;
  fingerprint: string;
}

export type WriteDecision = 'stale' | 'duplicate' | 'apply';

/**
 * - an older notification never overwrites a newer one: 'stale';
 * - the same version with the same outcome, fully written: 'duplicate' (no change);
 * - the same version with another outcome (a re-extraction by a newer extractor) or an unfinished
 *   write (an invocation died half-way) is applied again, so nothing is lost.
 */
export function decideWrite(stored: StoredOutcome | null, incoming: ArticleLocation, fingerprint: string): WriteDecision {
  if (stored === null) return 'apply';
  const relation = compareVersions(incoming, stored);
  if (relation === 'older') return 'stale';
  if (relation === 'same' && stored.complete && stored.fingerprint === fingerprint) return 'duplicate';
  return 'apply';
}

/**
 * The item layout an outcome is stored in (docs/data-model.md; 2 since issue 14: one compact item
 * per event; 3: the actor counts in 16 shard items). Part of the fingerprint, so a redelivery or
 * `accord reprocess` of an article stored in an older layout rewrites it instead of skipping it as
 * a duplicate (and so counts it in the shards).
 */
export const STORED_LAYOUT = 3;

export function outcomeFingerprint(parts: { status: string; extractor: string | null; contentHash: string | null; reason: string | null }): string {
  return JSON.stringify([parts.status, parts.extractor, parts.contentHash, parts.reason, STORED_LAYOUT]);
}
