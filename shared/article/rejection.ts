/**
 * Permanent reasons an object cannot become an article. The ingest records the article
 * as `failed` with `reason` and never retries: the same bytes would fail again.
 */
export type ArticleRejectionKind =
  'empty' | 'binary' | 'invalid-utf8' | 'malformed-json' | 'unsupported-format' | 'too-large' | 'not-english' | 'outside-prefix';

export class ArticleRejectedError extends Error {
  override readonly name = 'ArticleRejectedError';

  /**
   * @param kind machine-readable category, stable for tests, metrics and the API
   * @param reason one sentence a user can act on (shown by the API as the article's failure reason)
   */
  constructor(
    readonly kind: ArticleRejectionKind,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export function isArticleRejected(error: unknown): error is ArticleRejectedError {
  return error instanceof ArticleRejectedError;
}

/** Default size limit; stages can override it (MAX_ARTICLE_BYTES). */
export const MAX_ARTICLE_BYTES_DEFAULT = 2 * 1024 * 1024;

/**
 * Checked before download, from HeadObject's ContentLength, so an oversized object
 * costs no transfer and no memory.
 */
export function assertWithinSizeLimit(size: number, limit: number = MAX_ARTICLE_BYTES_DEFAULT): void {
  if (size > limit) {
    throw new ArticleRejectedError(
      'too-large',
      `The file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for one article; split it or upload the article text only.`,
    );
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Only objects under the articles prefix are articles; anything else in the bucket is not ours to code. */
export function assertInsideArticlePrefix(key: string, prefix: string): void {
  if (!key.startsWith(prefix)) {
    throw new ArticleRejectedError('outside-prefix', `The object "${key}" is outside the "${prefix}" folder; upload articles under ${prefix}.`);
  }
}
