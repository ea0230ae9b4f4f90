import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { ARTICLE_PREFIX } from '../infra/resources.ts';
import { isArticleFileName } from '../shared/article/article-format.ts';
import { batchFormatOf } from '../shared/batch/batch-keys.ts';

export interface ArticleFile {
  /** Path on disk. */
  path: string;
  /** S3 key: `articles/` + the name relative to the folder given (or the file name). */
  key: string;
  size: number;
}

/**
 * Files named on the command line are taken as they are (the pipeline records unsupported ones
 * as failed, with a reason); folders are walked recursively for article files and batches
 * (JSON Lines, WARC) only.
 */
export async function collectArticleFiles(paths: readonly string[]): Promise<ArticleFile[]> {
  const files: ArticleFile[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      for (const file of await walk(path)) {
        files.push({ path: file.path, key: toKey(relative(path, file.path)), size: file.size });
      }
    } else {
      files.push({ path, key: toKey(basename(path)), size: info.size });
    }
  }
  return files;
}

async function walk(folder: string): Promise<{ path: string; size: number }[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const found: { path: string; size: number }[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...(await walk(path)));
    else if (entry.isFile() && (isArticleFileName(entry.name) || batchFormatOf(entry.name) !== null)) found.push({ path, size: (await stat(path)).size });
  }
  return found;
}

function toKey(relativePath: string): string {
  return `${ARTICLE_PREFIX}${relativePath.split(sep).join('/')}`;
}
