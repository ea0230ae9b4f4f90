/**
 * A batch object as a whole cannot be split (too large, a gzip bomb, not a WARC at all): the batch
 * record says `failed` with this reason. Records already written before the problem showed stay
 * articles of their own; nothing after it is read.
 */
export type BatchRejectionKind = 'too-large' | 'too-large-decompressed' | 'too-many-records' | 'malformed-batch' | 'nested-batch';

export class BatchRejectedError extends Error {
  override readonly name = 'BatchRejectedError';
  constructor(
    readonly kind: BatchRejectionKind,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export function isBatchRejected(error: unknown): error is BatchRejectedError {
  return error instanceof BatchRejectedError;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
