import { describe, expect, it } from 'vitest';
import { batchIdFor, lineRecordId } from '../../../shared/batch/batch-keys.ts';
import { articleIdFor } from '../../../shared/model/article.ts';
import { DynamoEventRepository } from '../../../shared/storage/dynamo-event-repository.ts';
import { useDynamoDbLocal } from '../../support/dynamodb-local.ts';
import { BUCKET, event, location, processedArticle } from './event-fixtures.ts';

/**
 * A batch's counts come from member items written in each article's own transaction: they follow
 * every status change of the article, the chunked write of a large article included, and never
 * count a duplicate or stale write.
 */
const dynamo = useDynamoDbLocal();

const BATCH_KEY = 'articles/feeds/wire.jsonl';
const recordKey = (line: number) => `articles/.batch/${batchIdFor(BATCH_KEY)}/${lineRecordId(line)}.json`;

describe('batch members', () => {
  it('count each article of a batch by its committed status', async () => {
    const { documentClient, tableName } = await dynamo.newTable();
    // two items per transaction: any article with an event takes the chunked path
    const repository = new DynamoEventRepository(documentClient, tableName, { calendarTtlMs: 0, transactionLimit: 2 });
    const batch = location(BATCH_KEY, '0010');
    expect(await repository.getBatch(BATCH_KEY)).toBeNull();
    await repository.saveBatch({ location: batch, status: 'split', records: 3, skipped: 1, reason: null });

    const one = location(recordKey(1), '0001');
    const two = location(recordKey(2), '0001');
    const events = [1, 2, 3].map((n) => event(one, { n, source: 'FRA', target: 'DEU', code: '042', date: '2026-03-02' }));
    expect(await repository.saveProcessed(processedArticle(one), events)).toBe('written');
    expect(await repository.saveProcessed(processedArticle(one), events)).toBe('duplicate');
    await repository.saveFailed(two, 'The file is not valid JSON.');
    expect(await repository.getBatch(BATCH_KEY)).toMatchObject({
      id: batchIdFor(BATCH_KEY),
      status: 'split',
      records: 3,
      counts: { processed: 1, failed: 1, pending: 1, skipped: 1, deleted: 0 },
      failures: [{ articleId: articleIdFor(BUCKET, recordKey(2)), key: recordKey(2), reason: 'The file is not valid JSON.' }],
    });

    await repository.saveDeleted(location(recordKey(1), '0002'));
    // an older notification of the deleted article changes nothing
    await repository.saveProcessed(processedArticle(one), events);
    expect((await repository.getBatch(BATCH_KEY))!.counts).toEqual({ processed: 0, failed: 1, pending: 2, skipped: 1, deleted: 1 });
  });

  it('orders the batch record by the batch object version', async () => {
    const { documentClient, tableName } = await dynamo.newTable();
    const repository = new DynamoEventRepository(documentClient, tableName, { calendarTtlMs: 0 });
    expect(await repository.saveBatch({ location: location(BATCH_KEY, '0002'), status: 'deleted', records: 0, skipped: 0, reason: null })).toBe('written');
    expect(await repository.saveBatch({ location: location(BATCH_KEY, '0001'), status: 'splitting', records: 0, skipped: 0, reason: null })).toBe('stale');
    expect(await repository.getBatch(BATCH_KEY)).toMatchObject({ status: 'deleted', counts: { pending: 0 } });
  });
});
