import { assertEnglish, isArticleRejected, type ArticleRejectionKind } from '../shared/article/index.ts';
import { readLocalArticle, unreadableFileReason } from './local-article.ts';

export interface ParseFilesOptions {
  /** Receives each output line (one JSON object, no newline). */
  write: (line: string) => void | Promise<void>;
}

export interface ParseFilesSummary {
  parsed: number;
  failed: number;
}

/** Why a file gave no article: the ingest's rejection kinds, or the file itself could not be read. */
export type ParseErrorKind = ArticleRejectionKind | 'unreadable' | 'internal';

/**
 * The `accord parse` contract: what the coder will read, one JSON line per file in argument order,
 * `{"file","title","publishedAt","url","source","byline","body"}` or `{"file","error":{"kind","message"}}`.
 * The checks and the parser are the ingest's, in its order: size limit, parseArticle, English.
 */
export async function parseFiles(files: readonly string[], options: ParseFilesOptions): Promise<ParseFilesSummary> {
  const summary: ParseFilesSummary = { parsed: 0, failed: 0 };
  for (const file of files) {
    let line: string;
    try {
      // readLocalArticle applies the ingest's size limit, before reading and after
      const article = await readLocalArticle(file);
      assertEnglish(article);
      line = JSON.stringify({
        file,
        title: article.title,
        publishedAt: article.publishedAt,
        url: article.url,
        source: article.source,
        byline: article.byline ?? null,
        body: article.body,
      });
      summary.parsed++;
    } catch (error) {
      line = JSON.stringify({ file, error: describeParseError(error) });
      summary.failed++;
    }
    await options.write(line);
  }
  return summary;
}

function describeParseError(error: unknown): { kind: ParseErrorKind; message: string } {
  if (isArticleRejected(error)) return { kind: error.kind, message: error.reason };
  const unreadable = unreadableFileReason(error);
  if (unreadable) return { kind: 'unreadable', message: unreadable };
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}
