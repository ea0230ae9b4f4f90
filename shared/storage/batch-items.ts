import { batchIdFor, batchIdOfRecordKey } from '../batch/batch-keys.ts';
import type { ArticleRecord } from '../model/article.ts';
import { BATCH_FAILURES_SHOWN, type BatchCounts, type BatchState, type BatchStatus, type BatchSummary } from '../model/batch.ts';
import { BATCH_RECORD_SK, batchMemberSk, batchPk } from './keys.ts';
import { STORED_TEXT_LIMITS, truncateText } from './stored-limits.ts';

/** The stored batch record: BatchState plus what orders and guards its writes. */
export interface BatchItem extends Pick<ArticleRecord, 'id' | 'bucket' | 'key' | 'versionId' | 'etag' | 'sequencer' | 'reason' | 'createdAt' | 'updatedAt'> {
  pk: string;
  sk: string;
  type: 'batch';
  status: BatchStatus;
  records: number;
  skipped: number;
  revision: number;
}

export function batchItem(state: BatchState, current: BatchItem | undefined, now: string): BatchItem {
  const { location } = state;
  const id = batchIdFor(location.key);
  return {
    pk: batchPk(id),
    sk: BATCH_RECORD_SK,
    type: 'batch',
    id,
    bucket: location.bucket,
    key: location.key,
    versionId: location.versionId,
    etag: location.etag,
    sequencer: location.sequencer,
    status: state.status,
    records: state.records,
    skipped: state.skipped,
    reason: state.reason === null ? null : truncateText(state.reason, STORED_TEXT_LIMITS.reason),
    revision: (current?.revision ?? 0) + 1,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  };
}

/**
 * The member item of an article that came from a batch (its key is a record key), to be written in
 * the same transaction as the article record; null for any other article.
 */
export function batchMemberPut(tableName: string, record: ArticleRecord): { Put: { TableName: string; Item: Record<string, unknown> } } | null {
  const batchId = batchIdOfRecordKey(record.key);
  if (batchId === null) return null;
  return {
    Put: {
      TableName: tableName,
      Item: {
        pk: batchPk(batchId),
        sk: batchMemberSk(record.id),
        type: 'batch-member',
        articleId: record.id,
        key: record.key,
        status: record.status,
        ...(record.status === 'failed' ? { reason: record.reason } : {}),
      },
    },
  };
}

/** The API's view of a batch: its record and its members' statuses counted. */
export function batchSummary(item: BatchItem, members: readonly Record<string, unknown>[]): BatchSummary {
  const counts: BatchCounts = { processed: 0, failed: 0, pending: 0, skipped: item.skipped, deleted: 0 };
  const failures: BatchSummary['failures'] = [];
  for (const member of members) {
    const status = member.status;
    if (status === 'processed') counts.processed++;
    else if (status === 'deleted') counts.deleted++;
    else if (status === 'failed') {
      counts.failed++;
      if (failures.length < BATCH_FAILURES_SHOWN) {
        failures.push({ articleId: String(member.articleId), key: String(member.key), reason: typeof member.reason === 'string' ? member.reason : null });
      }
    }
  }
  if (item.status !== 'deleted') counts.pending = Math.max(0, item.records - counts.processed - counts.failed);
  failures.sort((a, b) => a.key.localeCompare(b.key));
  return {
    id: item.id,
    key: item.key,
    versionId: item.versionId,
    status: item.status,
    reason: item.reason,
    records: item.records,
    counts,
    failures,
    updatedAt: item.updatedAt,
  };
}
