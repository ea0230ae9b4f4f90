import { readFile, stat } from 'node:fs/promises';
import type { Article } from '../shared/model/article.ts';
import { parseArticle } from '../shared/article/index.ts';

/** Bucket name used for articles read from the local disk (article ids stay stable per path). */
export const LOCAL_BUCKET = 'local';

/**
 * A file on disk → Article, as the ingest would parse it from S3: bucket 'local', key = the path
 * as given. `published` (YYYY-MM-DD) overrides whatever date the article carries.
 */
export async function readLocalArticle(path: string, published?: string): Promise<Article> {
  const [body, info] = await Promise.all([readFile(path), stat(path)]);
  const article = parseArticle({ bucket: LOCAL_BUCKET, key: path, body, uploadedAt: info.mtime });
  return published ? { ...article, publishedAt: published, publishedFrom: 'metadata' } : article;
}
