import { createHash } from 'node:crypto';
import { articleIdFor, type ArticleLocation } from '../model/article.ts';
import type { Extractor } from '../extractor/extractor.ts';
import { isExtractionBudgetExceeded } from '../extractor/extraction-budget.ts';
import type { EventRepository, WriteOutcome } from '../storage/event-repository.ts';
import { assertEnglish, assertInsideArticlePrefix, assertWithinSizeLimit, isArticleRejected, parseArticle } from '../article/index.ts';
import { ArticleRejectedError, type ArticleRejectionKind } from '../article/rejection.ts';
import type { BatchSplitter, SplitOutcome } from '../batch/batch-splitter.ts';
import type { BatchContinuation } from '../batch/batch-continuation.ts';
import { REJECTED_KIND_METADATA, REJECTED_REASON_METADATA } from '../batch/batch-record.ts';
import { isPermanentError, permanentFailureReason } from './error-classification.ts';
import type { ObjectStore } from './object-store.ts';
import { parseS3NotificationMessage, type ObjectChange } from './s3-event-notification.ts';

/**
 * One S3 object change → one known article state. The rules (issue 5):
 * - the outcome is keyed on the object version, never on the message, and every repository
 *   write is conditional on it, so duplicates and late notifications change nothing;
 * - content that can never become an article, or whose extraction exhausts the extractor's
 *   budget (`too-complex`), is recorded `failed` with a reason (permanent, not retried), and so
 *   is an article the database refuses to store for what it contains (an item or transaction over
 *   DynamoDB's limits despite the stored-text limits, a value it rejects): the same request would
 *   be refused on every retry;
 * - anything else that goes wrong is thrown, so the SQS record is retried and ends in the DLQ
 *   after maxReceiveCount; the handler tells transient from unexpected only for logs and metrics.
 */
export interface IngestOptions {
  maxArticleBytes: number;
  /** Only keys under this prefix are articles (the S3 notification filter in AWS). */
  articlePrefix: string;
}

/** Ingest only writes: any repository with the three conditional writes will do. */
export type ArticleWriter = Pick<EventRepository, 'saveProcessed' | 'saveFailed' | 'saveDeleted'>;

export type IngestStatus =
  /** Extracted and stored (possibly zero events, see `reason`). */
  | 'processed'
  /** Recorded as a permanent failure with `reason`. */
  | 'failed'
  /** The object was deleted: article marked deleted, events removed. */
  | 'deleted'
  /** The notified version is no longer the object (overwritten or deleted since): a newer notification covers it. */
  | 'superseded'
  /** A batch object was split into record objects (each then ingested as an article of its own). */
  | 'split';

export interface IngestOutcome {
  status: IngestStatus;
  articleId: string;
  key: string;
  /** What the conditional write did; null when nothing was written (superseded). */
  write: WriteOutcome | null;
  eventCount: number;
  /** Failure reason, or why a processed article has no events. */
  reason: string | null;
  /** Set when the extractor ran. */
  extractionMs: number | null;
  /** Set for a batch object: what splitting (or deleting) it did. */
  batch?: SplitOutcome;
}

export class IngestService {
  constructor(
    private readonly objectStore: ObjectStore,
    private readonly repository: ArticleWriter,
    private readonly extractor: Extractor,
    private readonly options: IngestOptions,
    /** Splits batch objects (JSON Lines, WARC); without it they are rejected as unsupported files. */
    private readonly batches?: BatchSplitter,
  ) {}

  /**
   * Before a batch of messages: an extractor that reloads configuration (the analysts' dictionary,
   * StoredDictionaryExtractor) checks it again at the batch's first extraction, once for the batch
   * rather than per article, and not at all for a batch with nothing to code. No I/O here.
   */
  beginBatch(remainingMs?: () => number): void {
    this.extractor.expire?.();
    this.remainingMs = remainingMs;
  }

  /** The invocation's remaining time, for splitting batches in turns (batch-continuation.ts). */
  private remainingMs: (() => number) | undefined;

  /** The next turn of a batch split that ran out of time in an earlier invocation. */
  async ingestContinuation(continuation: BatchContinuation): Promise<IngestOutcome> {
    if (!this.batches) throw new Error('a batch continuation reached an ingest without batch splitting');
    const batch = await this.batches.split(continuation.location, { continuation, ...(this.remainingMs ? { remainingMs: this.remainingMs } : {}) });
    return this.batchOutcome(continuation.location.key, batch);
  }

  /** Every change announced by one SQS message body, in order. Throws to have the message retried. */
  async ingestMessage(body: string): Promise<IngestOutcome[]> {
    const outcomes: IngestOutcome[] = [];
    for (const change of parseS3NotificationMessage(body)) outcomes.push(await this.ingestChange(change));
    return outcomes;
  }

  async ingestChange(change: ObjectChange): Promise<IngestOutcome> {
    if (this.batches?.isBatch(change.location.key)) return this.ingestBatch(change, this.batches);
    if (change.kind === 'removed') {
      const write = await this.repository.saveDeleted(change.location);
      return this.outcome(change.location, 'deleted', write);
    }
    try {
      return await this.ingestCreated(change.location);
    } catch (error) {
      // a rejected file, an article over the extraction budget (it would exhaust it again) and one the
      // database refuses for what it contains are permanent
      const reason =
        isArticleRejected(error) || isExtractionBudgetExceeded(error) ? error.reason : isPermanentError(error) ? permanentFailureReason(error) : null;
      if (reason === null) throw error;
      const write = await this.repository.saveFailed(change.location, reason);
      return this.outcome(change.location, 'failed', write, { reason });
    }
  }

  private async ingestBatch(change: ObjectChange, batches: BatchSplitter): Promise<IngestOutcome> {
    const turn = this.remainingMs ? { remainingMs: this.remainingMs } : {};
    const batch = change.kind === 'removed' ? await batches.remove(change.location) : await batches.split(change.location, turn);
    return this.batchOutcome(change.location.key, batch);
  }

  private batchOutcome(key: string, batch: SplitOutcome): IngestOutcome {
    const status: IngestStatus = batch.status === 'splitting' ? 'split' : batch.status;
    return { status, articleId: batch.batchId, key, write: null, eventCount: 0, reason: batch.reason, extractionMs: null, batch };
  }

  private async ingestCreated(notified: ArticleLocation): Promise<IngestOutcome> {
    assertInsideArticlePrefix(notified.key, this.options.articlePrefix);
    const ref = { bucket: notified.bucket, key: notified.key, versionId: notified.versionId, etag: notified.etag };
    // The dictionary check due (the batch's first article) runs while the article is fetched, not after it.
    this.extractor.prepare?.();
    const head = await this.objectStore.head(ref);
    if (head === null) return this.outcome(notified, 'superseded', null);
    assertNotRejectedWhileSplitting(head.metadata);
    // Before the download: an oversized object costs neither transfer nor memory.
    assertWithinSizeLimit(head.size, this.options.maxArticleBytes);

    const location: ArticleLocation = {
      ...notified,
      etag: notified.etag ?? head.etag,
      versionId: notified.versionId ?? head.versionId,
    };
    const body = await this.objectStore.get({ ...ref, etag: location.etag, versionId: location.versionId });
    if (body === null) return this.outcome(notified, 'superseded', null);
    // The notified size may be stale or absent; the bytes are what counts.
    assertWithinSizeLimit(body.length, this.options.maxArticleBytes);

    const article = await parseArticle({
      bucket: location.bucket,
      key: location.key,
      body,
      ...(head.contentType ? { contentType: head.contentType } : {}),
      metadata: head.metadata,
      ...(head.lastModified ? { uploadedAt: head.lastModified } : {}),
    });
    assertEnglish(article);

    const started = performance.now();
    const result = await this.extractor.extract(article);
    const extractionMs = performance.now() - started;
    const reason = result.events.length === 0 ? (result.skippedReason ?? null) : null;

    const write = await this.repository.saveProcessed(
      {
        location,
        title: article.title,
        url: article.url,
        publishedAt: article.publishedAt,
        ...(article.byline ? { byline: article.byline } : {}),
        ...(article.siteName ? { siteName: article.siteName } : {}),
        // with the dictionary's version when there is one ("rules/1.24.0+dict.…"): a dictionary change is a new outcome, not a duplicate
        extractor: result.version ?? this.extractor.version,
        contentHash: createHash('sha256').update(body).digest('hex'),
        reason,
        notes: [...(article.notes ?? []), ...(result.notes ?? [])],
      },
      result.events,
    );
    return this.outcome(location, 'processed', write, {
      eventCount: result.events.length,
      reason,
      extractionMs,
    });
  }

  private outcome(
    location: ArticleLocation,
    status: IngestStatus,
    write: WriteOutcome | null,
    extra: Partial<Pick<IngestOutcome, 'eventCount' | 'reason' | 'extractionMs'>> = {},
  ): IngestOutcome {
    return {
      status,
      articleId: articleIdFor(location.bucket, location.key),
      key: location.key,
      write,
      eventCount: extra.eventCount ?? 0,
      reason: extra.reason ?? null,
      extractionMs: extra.extractionMs ?? null,
    };
  }
}

/** A record of a batch that splitting already found bad (a line over the size limit) carries the reason in its metadata. */
function assertNotRejectedWhileSplitting(metadata: Record<string, string>): void {
  const kind = metadata[REJECTED_KIND_METADATA];
  if (kind === undefined) return;
  const reason = metadata[REJECTED_REASON_METADATA];
  let text = `rejected while splitting its batch (${kind})`;
  try {
    if (reason) text = decodeURIComponent(reason);
  } catch {
    // not written by the splitter: keep the generic reason
  }
  throw new ArticleRejectedError(kind as ArticleRejectionKind, text);
}
