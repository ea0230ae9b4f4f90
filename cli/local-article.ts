import { readFile, stat } from 'node:fs/promises';
import type { Article } from '../shared/model/article.ts';
import { assertWithinSizeLimit, MAX_ARTICLE_BYTES_DEFAULT, parseArticle } from '../shared/article/index.ts';

/** Bucket name used for articles read from the local disk (article ids stay stable per path). */
export const LOCAL_BUCKET = 'local';

/**
 * A file on disk → Article, as the ingest would parse it from S3: bucket 'local', key = the path
 * as given, the same size limit (checked before reading, and again on what was read in case the
 * file grew). `published` (YYYY-MM-DD) overrides whatever date the article carries.
 */
export async function readLocalArticle(path: string, published?: string, maxArticleBytes: number = MAX_ARTICLE_BYTES_DEFAULT): Promise<Article> {
  const info = await stat(path);
  if (info.isFile()) assertWithinSizeLimit(info.size, maxArticleBytes);
  const body = await readFile(path);
  assertWithinSizeLimit(body.length, maxArticleBytes);
  const article = await parseArticle({ bucket: LOCAL_BUCKET, key: path, body, uploadedAt: info.mtime });
  return published ? { ...article, publishedAt: published, publishedFrom: 'metadata' } : article;
}

/** Why a local file could not be read, in words a user can act on; null when the error is not about the file. */
export function unreadableFileReason(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'cannot read the file: it does not exist';
  if (code === 'EISDIR') return 'cannot read the file: it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the file: permission denied';
  return null;
}
