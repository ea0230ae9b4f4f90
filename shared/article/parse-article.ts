import { articleIdFor, type Article } from '../model/article.ts';
import { articleFormatOf, type ArticleFormat } from './article-format.ts';
import { decodeArticleText } from './decode-text.ts';
import { parseJsonArticle } from './json-article.ts';
import { parseMarkdown } from './markdown.ts';
import { parsePlainText, type ParsedContent } from './plain-text.ts';
import { parseHtmlPage } from './readable-html.ts';
import { resolvePublicationDate } from './publication-date.ts';
import { ArticleRejectedError } from './rejection.ts';
import { breakRunOnParagraphs } from './run-on-paragraphs.ts';

export interface ArticleInput {
  bucket: string;
  key: string;
  body: Uint8Array;
  contentType?: string;
  /**
   * S3 user metadata; `published` (YYYY-MM-DD) overrides the date taken from the file name, and
   * `source-url` (set on the articles of a WARC batch) is the URL when the content names none.
   */
  metadata?: Record<string, string>;
  uploadedAt?: Date;
}

// HTML (and JSON with an HTML body) is read through a DOM loaded on first use (page-dom.ts): asynchronous.
const PARSERS: Record<ArticleFormat, (text: string) => ParsedContent | Promise<ParsedContent>> = {
  txt: parsePlainText,
  md: parseMarkdown,
  html: parseHtmlPage,
  json: parseJsonArticle,
};

/**
 * An S3 object (or a local file) → Article. Throws ArticleRejectedError for content that can
 * never become an article (a permanent failure); language is not judged here (see looksEnglish).
 * Paragraphs that run on without a sentence end are broken up, with a note (see breakRunOnParagraphs).
 */
export async function parseArticle(input: ArticleInput): Promise<Article> {
  const format = articleFormatOf(input.key, input.contentType);
  const text = decodeArticleText(input.body);
  const content = await PARSERS[format](text);
  const { body, notes } = breakRunOnParagraphs(content.body);
  if (body.trim().length === 0) {
    throw new ArticleRejectedError('empty', 'No article text is left once markup and page furniture are removed; upload the article text itself.');
  }
  return {
    id: articleIdFor(input.bucket, input.key),
    title: content.title,
    body,
    url: content.url ?? input.metadata?.['source-url'] ?? null,
    source: content.source,
    ...(content.byline ? { byline: content.byline } : {}),
    ...(content.siteName ? { siteName: content.siteName } : {}),
    ...(content.language ? { language: content.language } : {}),
    ...resolvePublicationDate({
      fromContent: content.publishedAt,
      key: input.key,
      ...(input.metadata ? { metadata: input.metadata } : {}),
      ...(input.uploadedAt ? { uploadedAt: input.uploadedAt } : {}),
    }),
    format,
    ...(notes.length > 0 ? { notes } : {}),
  };
}
