import * as z from 'zod/mini';
import '../model/zod-messages.ts';
import { joinParagraphs, toParagraphs } from './paragraphs.ts';
import type { ParsedContent } from './plain-text.ts';
import { toPublicationDate } from './publication-date.ts';
import { parseHtmlPage } from './readable-html.ts';
import { ArticleRejectedError } from './rejection.ts';

/** The JSON article format: only `body` is required. */
export const JsonArticleSchema = z.object({
  title: z.nullish(z.string()),
  body: z.string().check(z.refine((body) => body.trim().length > 0, { error: 'must not be empty' })),
  url: z.nullish(z.string()),
  publishedAt: z.nullish(z.string()),
  source: z.nullish(z.string()),
});
export type JsonArticle = z.infer<typeof JsonArticleSchema>;

export async function parseJsonArticle(text: string): Promise<ParsedContent> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ArticleRejectedError('malformed-json', `The file is not valid JSON (${(error as Error).message}); fix the syntax and upload it again.`);
  }
  const parsed = JsonArticleSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the document'}: ${issue.message}`).join('; ');
    throw new ArticleRejectedError(
      'malformed-json',
      `The JSON article does not match {"title","body","url","publishedAt","source"} (${problems}); "body" must be a non-empty string.`,
    );
  }
  const article = parsed.data;
  // Some feeds put the page's HTML in the body; strip it rather than index markup.
  const body = looksLikeHtml(article.body) ? (await parseHtmlPage(article.body)).body : joinParagraphs(toParagraphs(article.body));
  return {
    title: article.title?.trim() || null,
    body,
    url: article.url?.trim() || null,
    source: article.source?.trim() || null,
    publishedAt: toPublicationDate(article.publishedAt),
  };
}

/**
 * Whether a body holds HTML: a common text tag closed by a ">", what
 * /<\/?(p|br|div|span|a|em|strong)\b[^>]*>/i tested. That regex searched for the ">" again from
 * every "<p" (quadratic on "<p <p <p …"); the first such tag decides, since a ">" after a later
 * one is also after the first.
 */
function looksLikeHtml(body: string): boolean {
  const tag = /<\/?(?:p|br|div|span|a|em|strong)\b/i.exec(body);
  return tag !== null && body.indexOf('>', tag.index + tag[0].length) >= 0;
}
