import type { ArticleLocation } from './article.ts';

/**
 * A batch: one uploaded object (JSON Lines, WARC) that holds many articles. Its record is what
 * splitting it did; its articles are ordinary articles, counted by status (docs/batches.md).
 *  - splitting: records are being written (the counts grow);
 *  - split: every record of this version was written (or skipped), records gone from it deleted;
 *  - failed: the batch as a whole was refused (`reason`); records written before that stay;
 *  - deleted: the batch object was deleted, and with it its record objects.
 */
export type BatchStatus = 'splitting' | 'split' | 'failed' | 'deleted';

/** What splitting writes about a batch (conditional on its version, like an article). */
export interface BatchState {
  location: ArticleLocation;
  status: BatchStatus;
  /** Records written so far as articles (rejected ones included). */
  records: number;
  /** Records that are not articles (non-HTML or non-2xx WARC responses). */
  skipped: number;
  reason: string | null;
}

/** Articles of a batch by status, from the articles themselves. */
export interface BatchCounts {
  processed: number;
  failed: number;
  /** Records written but not yet processed or failed. */
  pending: number;
  skipped: number;
  /** Articles of the batch that were deleted (lines dropped by a new version, or the whole batch). */
  deleted: number;
}

export interface BatchFailure {
  articleId: string;
  key: string;
  reason: string | null;
}

/** The batch as the API shows it. */
export interface BatchSummary {
  id: string;
  key: string;
  versionId: string | null;
  status: BatchStatus;
  reason: string | null;
  records: number;
  counts: BatchCounts;
  /** The first failed articles (at most BATCH_FAILURES_SHOWN), with their reasons. */
  failures: BatchFailure[];
  updatedAt: string;
}

export const BATCH_FAILURES_SHOWN = 100;
