import type { ObjectVersionRef } from '../ingest/object-store.ts';

/**
 * What splitting a batch needs from the bucket besides ObjectStore's HEAD: the batch streamed
 * (pinned to the notified version), and the record objects written, compared, listed and deleted.
 * The S3 adapter is s3-record-store.ts; tests may use any implementation.
 */
export interface RecordStore {
  /** The object's bytes as they arrive; null when that version is gone. */
  stream(ref: ObjectVersionRef): Promise<AsyncIterable<Uint8Array> | null>;
  /** The `RECORD_DIGEST_METADATA` of a record object, or null when there is none (or no object). */
  recordDigest(bucket: string, key: string): Promise<string | null>;
  putRecord(bucket: string, key: string, body: Uint8Array, contentType: string, metadata: Record<string, string>): Promise<void>;
  /** Every key under a prefix. */
  listKeys(bucket: string, prefix: string): AsyncIterable<string>;
  deleteKeys(bucket: string, keys: readonly string[]): Promise<void>;
}

/** S3 metadata holding the digest of what a record object was written from: an unchanged record is not written again. */
export const RECORD_DIGEST_METADATA = 'accord-record-sha256';
