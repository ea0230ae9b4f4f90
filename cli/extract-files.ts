import type { Extractor } from '../shared/extractor/extractor.ts';
import { isArticleRejected } from '../shared/article/index.ts';
import { readLocalArticle, unreadableFileReason } from './local-article.ts';

export interface ExtractFilesOptions {
  published?: string;
  /** Files larger than this are reported as errors, unread; defaults to the ingest's limit (MAX_ARTICLE_BYTES_DEFAULT). */
  maxArticleBytes?: number;
  /** Receives each output line (one JSON object, no newline). */
  write: (line: string) => void | Promise<void>;
  /** Injected in tests; defaults to the project's default extractor, loaded once. */
  extractor?: Extractor;
}

export interface ExtractFilesSummary {
  extracted: number;
  failed: number;
}

/**
 * The `accord extract` contract: one JSON line per file in argument order,
 * `{"file","events"}` (with `"notes"` when parsing or coding worked around something) or
 * `{"file","error"}`; a bad file never stops the run.
 */
export async function extractFiles(files: readonly string[], options: ExtractFilesOptions): Promise<ExtractFilesSummary> {
  const extractor = options.extractor ?? (await loadDefaultExtractor());
  const summary: ExtractFilesSummary = { extracted: 0, failed: 0 };
  for (const file of files) {
    let line: string;
    try {
      const article = await readLocalArticle(file, options.published, options.maxArticleBytes);
      const result = await extractor.extract(article);
      const notes = [...(article.notes ?? []), ...(result.notes ?? [])];
      line = JSON.stringify({
        file,
        events: result.events,
        ...(result.skippedReason ? { skipped: result.skippedReason } : {}),
        ...(notes.length > 0 ? { notes } : {}),
      });
      summary.extracted++;
    } catch (error) {
      line = JSON.stringify({ file, error: describeError(error) });
      summary.failed++;
    }
    await options.write(line);
  }
  return summary;
}

/** Loaded lazily so `accord --help` and the other commands do not pay for the coder's dictionaries. */
async function loadDefaultExtractor(): Promise<Extractor> {
  const { createDefaultExtractor } = await import('../shared/extractor/default-extractor.ts');
  return createDefaultExtractor();
}

function describeError(error: unknown): string {
  if (isArticleRejected(error) && error.kind === 'too-large') return `${error.reason} To extract it anyway, raise the limit with --max-bytes.`;
  if (isArticleRejected(error)) return error.reason;
  return unreadableFileReason(error) ?? (error instanceof Error ? error.message : String(error));
}
