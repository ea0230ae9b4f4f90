import type { Article } from '../model/article.ts';
import { ArticleRejectedError } from './rejection.ts';

export type ArticleFormat = Article['format'];

const BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  json: 'json',
};

/** The extensions `accord upload` picks from a folder. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json'] as const;

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json',
};

/** Whether a file in a folder is an article to upload (hidden files are not). */
export function isArticleFileName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && (ARTICLE_EXTENSIONS as readonly string[]).includes(name.slice(dot).toLowerCase());
}

/** The Content-Type an article file is uploaded with, from its extension. */
export function contentTypeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return (dot >= 0 && CONTENT_TYPES[path.slice(dot).toLowerCase()]) || 'application/octet-stream';
}

const BY_CONTENT_TYPE: Record<string, ArticleFormat> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/json': 'json',
  'text/json': 'json',
};

/** Format from the key's extension, else from the content type; anything else is rejected. */
export function articleFormatOf(key: string, contentType?: string): ArticleFormat {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const fromExtension = BY_EXTENSION[extension];
  if (fromExtension) return fromExtension;
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const fromType = BY_CONTENT_TYPE[mediaType];
  if (fromType) return fromType;
  const what = extension ? `Files ending in .${extension}` : `Files without an extension${mediaType ? ` (${mediaType})` : ''}`;
  throw new ArticleRejectedError('unsupported-format', `${what} are not supported; upload the article as .txt, .md, .html or .json.`);
}
