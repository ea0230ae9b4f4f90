import { isArticleRejected, parseArticle } from '../shared/article/index.ts';
import type { RuleBasedExtractor } from '../shared/coder/rule-based-extractor.ts';
import { isExtractionBudgetExceeded } from '../shared/extractor/extraction-budget.ts';

/**
 * What ingest spends on one uploaded file: parse, then extract, as the ingest service does. A
 * permanent rejection (not an article, too complex) is an outcome too: its time counts.
 */
export interface UploadedFile {
  key: string;
  body: Uint8Array;
}

export type Verdict = 'coded' | 'rejected' | 'too-complex';

export async function parseAndExtract(file: UploadedFile, extractor: RuleBasedExtractor): Promise<Verdict> {
  try {
    const article = await parseArticle({ bucket: 'bench', key: file.key, body: file.body });
    extractor.extractSync(article);
    return 'coded';
  } catch (error) {
    if (isArticleRejected(error)) return 'rejected';
    if (isExtractionBudgetExceeded(error)) return 'too-complex';
    throw error;
  }
}

/** Best of `runs` timings, ms: the run least disturbed by the rest of the machine. */
export async function bestMs(file: UploadedFile, extractor: RuleBasedExtractor, runs: number): Promise<{ ms: number; verdict: Verdict }> {
  let ms = Infinity;
  let verdict: Verdict = 'coded';
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    verdict = await parseAndExtract(file, extractor);
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, verdict };
}

/** Time per KB of a set of files, each at its best of `runs`: total best time over total size. */
export async function msPerKb(files: UploadedFile[], extractor: RuleBasedExtractor, runs: number): Promise<number> {
  let ms = 0;
  let bytes = 0;
  for (const file of files) {
    ms += (await bestMs(file, extractor, runs)).ms;
    bytes += file.body.length;
  }
  return ms / (bytes / 1024);
}
