import { createHash } from 'node:crypto';

/**
 * Where a batch's articles live. A batch object (`articles/news.jsonl`) is split into one object
 * per record under `<articlePrefix>.batch/<batchId>/<recordId>.<ext>`; each record object is then an
 * ordinary article (its own S3 notification, status, idempotency, update and delete). The keys are
 * derived from the batch key and the record alone (line number, WARC-Record-ID), so splitting the
 * same batch again writes to the same keys.
 */
export const BATCH_RECORDS_FOLDER = '.batch/';

export type BatchFormat = 'jsonl' | 'warc';

const BY_SUFFIX: readonly [string, BatchFormat][] = [
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.jsonl.gz', 'jsonl'],
  ['.ndjson.gz', 'jsonl'],
  ['.warc', 'warc'],
  ['.warc.gz', 'warc'],
];

/** The extensions `accord upload` picks from a folder as batches. */
export const BATCH_EXTENSIONS = BY_SUFFIX.map(([suffix]) => suffix);

/** The batch format of a key from its name, or null when the object is a single article. */
export function batchFormatOf(key: string): BatchFormat | null {
  const name = key.slice(key.lastIndexOf('/') + 1).toLowerCase();
  for (const [suffix, format] of BY_SUFFIX) if (name.length > suffix.length && name.endsWith(suffix)) return format;
  return null;
}

/** Batch id from its key (one bucket per stage, so the key alone names a batch): `b` + 20 hex. */
export function batchIdFor(batchKey: string): string {
  return `b${createHash('sha256').update(batchKey).digest('hex').slice(0, 20)}`;
}

/** The folder that holds the record objects of one batch. */
export function batchRecordsPrefix(articlePrefix: string, batchId: string): string {
  return `${articlePrefix}${BATCH_RECORDS_FOLDER}${batchId}/`;
}

/** Whether a key lies in the records area (a record object, or anything else put there). */
export function isInBatchRecords(key: string, articlePrefix: string): boolean {
  return key.startsWith(`${articlePrefix}${BATCH_RECORDS_FOLDER}`);
}

const RECORD_KEY = /\/\.batch\/(b[0-9a-f]{20})\/[^/]+$/;

/** The batch a record object belongs to, from its key; null for any other key. */
export function batchIdOfRecordKey(key: string): string | null {
  return RECORD_KEY.exec(key)?.[1] ?? null;
}

/** Record id of the n-th line (1-based) of a JSON Lines batch: sorts in line order. */
export const lineRecordId = (lineNumber: number): string => `line-${String(lineNumber).padStart(6, '0')}`;

/** Record id of a WARC record: a hash of its WARC-Record-ID (a URN, not a key-safe name). */
export const warcRecordId = (warcRecordIdHeader: string): string => `warc-${createHash('sha256').update(warcRecordIdHeader).digest('hex').slice(0, 24)}`;
