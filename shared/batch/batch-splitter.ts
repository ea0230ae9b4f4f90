import { createHash } from 'node:crypto';
import type { ArticleLocation } from '../model/article.ts';
import type { BatchState } from '../model/batch.ts';
import type { ObjectStore } from '../ingest/object-store.ts';
import type { EventRepository, WriteOutcome } from '../storage/event-repository.ts';
import { batchFormatOf, batchIdFor, batchRecordsPrefix, isInBatchRecords, type BatchFormat } from './batch-keys.ts';
import { REJECTED_KIND_METADATA, REJECTED_REASON_METADATA, type BatchRecord } from './batch-record.ts';
import { BatchRejectedError, formatBytes, isBatchRejected } from './batch-rejection.ts';
import type { BatchContinuation, BatchContinuationQueue } from './batch-continuation.ts';
import { decompressedBytes } from './decompressed-stream.ts';
import { jsonLinesRecords } from './jsonl-records.ts';
import { RECORD_DIGEST_METADATA, type RecordStore } from './record-store.ts';

/** Per-stage limits of one batch (infra/stage-config.ts `batch`). */
export interface BatchLimits {
  /** The batch object as stored (compressed or not), checked before download. */
  maxBytes: number;
  /** What the readers may take out of it, once decompressed: a gzip bomb stops here. */
  maxDecompressedBytes: number;
  /** Articles one batch may hold. */
  maxRecords: number;
}

export interface BatchSplitterOptions {
  limits: BatchLimits;
  /** One line or page; the same limit as an uploaded article. */
  maxArticleBytes: number;
  articlePrefix: string;
  /** Record objects written at once. */
  concurrency?: number;
  /** The batch record is updated (and the version checked still current) every this many records. */
  progressEvery?: number;
  /** Where a split that runs out of time hands over the rest (batch-continuation.ts); without it, a timeout retries the message. */
  continuations?: BatchContinuationQueue;
  /** A turn stops when its invocation has less time left than this. Default 15 s. */
  marginMs?: number;
}

/** One turn of splitting: where it starts and how long its invocation may still run. */
export interface SplitTurn {
  continuation?: Pick<BatchContinuation, 'startAt' | 'skipped'>;
  remainingMs?: () => number;
}

export interface SplitOutcome {
  status: BatchState['status'] | 'superseded';
  batchId: string;
  records: number;
  skipped: number;
  /** Record objects actually written (new or changed); the rest were unchanged. */
  written: number;
  /** Record objects deleted: records gone from the new version, or all of them on a delete. */
  removed: number;
  reason: string | null;
  /** Set when this turn ran out of time and handed the rest to a continuation. */
  continuedAt?: number;
}

type BatchWriter = Pick<EventRepository, 'saveBatch'>;

const READERS: Record<BatchFormat, (source: AsyncIterable<Uint8Array>, maxArticleBytes: number) => AsyncGenerator<BatchRecord>> = {
  jsonl: jsonLinesRecords,
  // Loaded with the first WARC batch: warcio and its pako take about 30 ms of CPU to load, which
  // every cold start of the ingest would pay though only WARC batches use them.
  warc: async function* (source, maxArticleBytes) {
    const { warcRecords } = await import('./warc-records.ts');
    yield* warcRecords(source, maxArticleBytes);
  },
};

const CONTENT_TYPES = { json: 'application/json', html: 'text/html; charset=utf-8' } as const;

/**
 * Fans a batch object out into record objects under `articles/.batch/<batchId>/` (batch-keys.ts);
 * each one is then ingested through its own S3 notification like any uploaded article, so one
 * record's failure or a timeout of the ingest of another never touches the rest.
 *
 * Idempotent and resumable: a record object is written only when what it would hold differs from
 * what is there (a digest in its metadata), so splitting the same version again, after a timeout
 * or a redelivery, writes nothing already written and the re-upload of an unchanged batch adds
 * nothing. Ordered like articles: the batch record is written conditionally on the batch's
 * version, and splitting stops when a newer version or a delete has taken over.
 */
export class BatchSplitter {
  private readonly concurrency: number;
  private readonly progressEvery: number;
  private readonly marginMs: number;

  constructor(
    private readonly objects: ObjectStore,
    private readonly records: RecordStore,
    private readonly repository: BatchWriter,
    private readonly options: BatchSplitterOptions,
  ) {
    this.concurrency = options.concurrency ?? 16;
    this.progressEvery = options.progressEvery ?? 250;
    this.marginMs = options.marginMs ?? 15_000;
  }

  /** Whether this key is a batch to split (not a record object, which is an article). */
  isBatch(key: string): boolean {
    return batchFormatOf(key) !== null && key.startsWith(this.options.articlePrefix);
  }

  async split(notified: ArticleLocation, turn: SplitTurn = {}): Promise<SplitOutcome> {
    const batchId = batchIdFor(notified.key);
    const outcome = (status: SplitOutcome['status'], extra: Partial<SplitOutcome> = {}): SplitOutcome => ({
      status,
      batchId,
      records: 0,
      skipped: 0,
      written: 0,
      removed: 0,
      reason: null,
      ...extra,
    });
    const ref = { bucket: notified.bucket, key: notified.key, versionId: notified.versionId, etag: notified.etag };
    const head = await this.objects.head(ref);
    if (head === null) return outcome('superseded');
    const location: ArticleLocation = { ...notified, etag: notified.etag ?? head.etag, versionId: notified.versionId ?? head.versionId };
    const state = (status: BatchState['status'], records: number, skipped: number, reason: string | null = null): BatchState => ({
      location,
      status,
      records,
      skipped,
      reason,
    });

    const refuse = async (error: BatchRejectedError, records = 0, skipped = 0, written = 0): Promise<SplitOutcome> => {
      const saved = await this.repository.saveBatch(state('failed', records, skipped, error.reason));
      return outcome(saved === 'stale' ? 'superseded' : 'failed', { records, skipped, written, reason: error.reason });
    };
    if (isInBatchRecords(notified.key, this.options.articlePrefix)) {
      return refuse(
        new BatchRejectedError(
          'nested-batch',
          `A batch inside ${this.options.articlePrefix}.batch/ (where batches put their articles) is not split; upload it elsewhere under ${this.options.articlePrefix}.`,
        ),
      );
    }
    const { limits } = this.options;
    if (head.size > limits.maxBytes) {
      return refuse(
        new BatchRejectedError(
          'too-large',
          `The batch is ${formatBytes(head.size)}, over the ${formatBytes(limits.maxBytes)} limit for one batch; split it into smaller files.`,
        ),
      );
    }
    const resumed = turn.continuation;
    if ((await this.repository.saveBatch(state('splitting', resumed?.startAt ?? 0, resumed?.skipped ?? 0))) === 'stale') return outcome('superseded');

    const body = await this.records.stream({ ...ref, etag: location.etag, versionId: location.versionId });
    if (body === null) return outcome('superseded');

    const prefix = batchRecordsPrefix(this.options.articlePrefix, batchId);
    // what the folder holds now: only those keys can hold an unchanged record (no HEAD for the others),
    // and those the new version does not have are swept at the end
    const existing = new Set<string>();
    for await (const key of this.records.listKeys(notified.bucket, prefix)) existing.add(key);
    const keys = new Set<string>();
    let records = resumed?.startAt ?? 0;
    let skipped = resumed?.skipped ?? 0;
    let written = 0;
    /** Records (not skipped ones) met in this pass, the ones before `startAt` included. */
    let seen = 0;
    // a turn writes at least one record before it may hand over, so that turns always advance
    const outOfTime = () =>
      this.options.continuations !== undefined && turn.remainingMs !== undefined && records > (resumed?.startAt ?? 0) && turn.remainingMs() < this.marginMs;
    const inFlight = new Set<Promise<void>>();
    const reader = READERS[batchFormatOf(notified.key)!](decompressedBytes(body, limits.maxDecompressedBytes), this.options.maxArticleBytes);
    try {
      for await (const record of reader) {
        if (record.kind === 'skipped') {
          // the turn that stopped counted the skipped records before the record it stopped at
          if (!resumed || seen > resumed.startAt) skipped++;
          continue;
        }
        seen++;
        if (resumed && seen <= resumed.startAt) {
          keys.add(`${prefix}${record.id}.${record.extension}`);
          continue;
        }
        if (outOfTime()) {
          await Promise.all(inFlight);
          if ((await this.repository.saveBatch(state('splitting', records, skipped))) === 'stale') {
            return outcome('superseded', { records, skipped, written, removed: await this.cleanUpAfterTakeOver(notified, keys) });
          }
          await this.options.continuations!.send({ location, startAt: records, skipped });
          return outcome('splitting', { records, skipped, written, continuedAt: records });
        }
        if (records >= limits.maxRecords) {
          throw new BatchRejectedError(
            'too-many-records',
            `The batch holds more than ${limits.maxRecords} articles, the limit for one batch; the first ${limits.maxRecords} were kept. Split it into smaller files.`,
          );
        }
        records++;
        const key = `${prefix}${record.id}.${record.extension}`;
        keys.add(key);
        const write = this.writeRecord(notified.bucket, key, record, existing.has(key)).then((changed) => {
          if (changed) written++;
        });
        inFlight.add(write);
        void write.finally(() => inFlight.delete(write)).catch(() => undefined);
        if (inFlight.size >= this.concurrency) await Promise.race(inFlight);
        if (records % this.progressEvery === 0) {
          await Promise.all(inFlight);
          if ((await this.repository.saveBatch(state('splitting', records, skipped))) === 'stale') {
            return outcome('superseded', { records, skipped, written, removed: await this.cleanUpAfterTakeOver(notified, keys) });
          }
        }
      }
      await Promise.all(inFlight);
    } catch (error) {
      await Promise.allSettled(inFlight);
      if (isBatchRejected(error)) return refuse(error, records, skipped, written);
      throw error;
    }

    // records the previous version had and this one has not are articles no more
    const gone = [...existing].filter((key) => !keys.has(key));
    if ((await this.repository.saveBatch(state('split', records, skipped))) === 'stale') {
      return outcome('superseded', { records, skipped, written, removed: await this.cleanUpAfterTakeOver(notified, keys) });
    }
    await this.records.deleteKeys(notified.bucket, gone);
    return outcome('split', { records, skipped, written, removed: gone.length });
  }

  /** The batch object was deleted: its record objects go, and with them (through their notifications) its articles. */
  async remove(location: ArticleLocation): Promise<SplitOutcome> {
    const batchId = batchIdFor(location.key);
    const saved: WriteOutcome = await this.repository.saveBatch({ location, status: 'deleted', records: 0, skipped: 0, reason: null });
    if (saved === 'stale') return { status: 'superseded', batchId, records: 0, skipped: 0, written: 0, removed: 0, reason: null };
    const keys: string[] = [];
    for await (const key of this.records.listKeys(location.bucket, batchRecordsPrefix(this.options.articlePrefix, batchId))) keys.push(key);
    await this.records.deleteKeys(location.bucket, keys);
    return { status: 'deleted', batchId, records: 0, skipped: 0, written: 0, removed: keys.length, reason: null };
  }

  /**
   * A newer version or a delete took over while this version was being split. A newer version
   * rewrites and sweeps the records itself; after a delete, the records this (older) split wrote
   * since the delete listed the folder would stay behind: delete the ones it wrote.
   */
  private async cleanUpAfterTakeOver(notified: ArticleLocation, keys: Set<string>): Promise<number> {
    const current = await this.objects.head({ bucket: notified.bucket, key: notified.key, versionId: null, etag: null });
    if (current !== null) return 0;
    await this.records.deleteKeys(notified.bucket, [...keys]);
    return keys.size;
  }

  /** Writes one record object unless the same content is already there; true when written. */
  private async writeRecord(bucket: string, key: string, record: Exclude<BatchRecord, { kind: 'skipped' }>, exists: boolean): Promise<boolean> {
    const body = record.kind === 'article' ? record.body : new Uint8Array();
    const metadata: Record<string, string> =
      record.kind === 'article'
        ? { ...record.metadata }
        : { [REJECTED_KIND_METADATA]: record.rejection, [REJECTED_REASON_METADATA]: encodeURIComponent(record.reason) };
    const digest = createHash('sha256')
      .update(body)
      .update(JSON.stringify(Object.entries(metadata).sort()))
      .digest('hex');
    if (exists && (await this.records.recordDigest(bucket, key)) === digest) return false;
    await this.records.putRecord(bucket, key, body, CONTENT_TYPES[record.extension], { ...metadata, [RECORD_DIGEST_METADATA]: digest });
    return true;
  }
}
