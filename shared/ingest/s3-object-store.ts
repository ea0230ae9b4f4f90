import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectHead, ObjectStore, ObjectVersionRef } from './object-store.ts';
import { normalizeEtag } from './s3-event-notification.ts';

/** Error names S3 uses when the addressed object version is not there (any more). */
const GONE = new Set(['NoSuchKey', 'NotFound', 'NoSuchVersion', 'PreconditionFailed']);

/** ObjectStore on S3: HeadObject/GetObject pinned to the notified version. */
export class S3ObjectStore implements ObjectStore {
  constructor(private readonly s3: S3Client) {}

  async head(ref: ObjectVersionRef): Promise<ObjectHead | null> {
    try {
      const out = await this.s3.send(new HeadObjectCommand({ Bucket: ref.bucket, Key: ref.key, ...versionSelector(ref) }));
      const head: ObjectHead = {
        size: out.ContentLength ?? 0,
        etag: out.ETag ? normalizeEtag(out.ETag) : null,
        versionId: out.VersionId ?? null,
        contentType: out.ContentType ?? null,
        lastModified: out.LastModified ?? null,
        metadata: lowerCaseKeys(out.Metadata ?? {}),
      };
      // Not every S3 implementation honours If-Match on HEAD; compare ourselves as well.
      if (ref.versionId === null && ref.etag !== null && head.etag !== null && head.etag !== ref.etag) return null;
      return head;
    } catch (error) {
      if (isGone(error)) return null;
      throw error;
    }
  }

  async get(ref: ObjectVersionRef): Promise<Uint8Array | null> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key, ...versionSelector(ref) }));
      if (!out.Body) return new Uint8Array();
      return await out.Body.transformToByteArray();
    } catch (error) {
      if (isGone(error)) return null;
      throw error;
    }
  }
}

function versionSelector(ref: ObjectVersionRef): { VersionId?: string; IfMatch?: string } {
  if (ref.versionId !== null) return { VersionId: ref.versionId };
  if (ref.etag !== null) return { IfMatch: `"${ref.etag}"` };
  return {};
}

/** Whether S3 says the addressed object (version) is not there (any more). */
export function isGone(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return GONE.has(name ?? '') || $metadata?.httpStatusCode === 404 || $metadata?.httpStatusCode === 412;
}

function lowerCaseKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
}
