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
  throw new ArticleRejectedError(
    'unsupported-format',
    `${what} are not supported; upload the article as .txt, .md, .html or .json.`,
  );
}
