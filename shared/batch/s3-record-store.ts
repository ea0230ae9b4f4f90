import { DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import type { ObjectVersionRef } from '../ingest/object-store.ts';
import { isGone } from '../ingest/s3-object-store.ts';
import { RECORD_DIGEST_METADATA, type RecordStore } from './record-store.ts';

/** RecordStore on S3. DeleteObjects takes at most 1,000 keys per call. */
export class S3RecordStore implements RecordStore {
  constructor(private readonly s3: S3Client) {}

  async stream(ref: ObjectVersionRef): Promise<AsyncIterable<Uint8Array> | null> {
    try {
      const selector = ref.versionId !== null ? { VersionId: ref.versionId } : ref.etag !== null ? { IfMatch: `"${ref.etag}"` } : {};
      const out = await this.s3.send(new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key, ...selector }));
      return (out.Body as Readable | undefined) ?? (async function* () {})();
    } catch (error) {
      if (isGone(error)) return null;
      throw error;
    }
  }

  async recordDigest(bucket: string, key: string): Promise<string | null> {
    try {
      const out = await this.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      const metadata = Object.fromEntries(Object.entries(out.Metadata ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      return metadata[RECORD_DIGEST_METADATA] ?? null;
    } catch (error) {
      if (isGone(error)) return null;
      throw error;
    }
  }

  async putRecord(bucket: string, key: string, body: Uint8Array, contentType: string, metadata: Record<string, string>): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType, Metadata: metadata }));
  }

  async *listKeys(bucket: string, prefix: string): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const out = await this.s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
      for (const object of out.Contents ?? []) if (object.Key) yield object.Key;
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
  }

  async deleteKeys(bucket: string, keys: readonly string[]): Promise<void> {
    for (let start = 0; start < keys.length; start += 1000) {
      const chunk = keys.slice(start, start + 1000);
      const out = await this.s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: chunk.map((Key) => ({ Key })), Quiet: true } }));
      const failed = out.Errors ?? [];
      if (failed.length > 0) throw new Error(`S3 did not delete ${failed.length} record objects (first: ${failed[0]?.Key ?? '?'}: ${failed[0]?.Code ?? '?'})`);
    }
  }
}
