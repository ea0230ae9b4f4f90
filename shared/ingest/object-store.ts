/**
 * Read access to the articles bucket, as ingest needs it. The S3 adapter is s3-object-store.ts;
 * tests may use any implementation.
 *
 * Both methods address one object version: by version id when the bucket is versioned, else by
 * ETag. They return null when that version is no longer the object (deleted or overwritten since
 * the notification was sent): a newer notification exists for the newer state, so the older one
 * is superseded rather than failed.
 */
export interface ObjectVersionRef {
  bucket: string;
  key: string;
  versionId: string | null;
  /** Unquoted ETag. */
  etag: string | null;
}

export interface ObjectHead {
  size: number;
  /** Unquoted ETag. */
  etag: string | null;
  versionId: string | null;
  contentType: string | null;
  lastModified: Date | null;
  /** User metadata (x-amz-meta-*), keys lower-case. */
  metadata: Record<string, string>;
}

export interface ObjectStore {
  head(ref: ObjectVersionRef): Promise<ObjectHead | null>;
  get(ref: ObjectVersionRef): Promise<Uint8Array | null>;
}
