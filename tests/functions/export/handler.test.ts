import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { event, location } from '../../shared/storage/event-fixtures.ts';

const dynamo = mockClient(DynamoDBDocumentClient);
const s3 = mockClient(S3Client);
let handler: (event: DynamoDBStreamEvent) => Promise<void>;

beforeAll(async () => {
  vi.stubEnv('TABLE_NAME', 'accord-events-test');
  vi.stubEnv('EXPORT_BUCKET', 'accord-analytics-test');
  vi.stubEnv('EXPORT_PREFIX', 'events/');
  ({ handler } = await import('../../../functions/export/handler.ts'));
});
afterAll(() => vi.unstubAllEnvs());
beforeEach(() => {
  dynamo.reset();
  s3.reset();
});

const loc = location('articles/a.txt', '01');
const march = event(loc, { n: 1, source: 'KOR', target: 'CHN', date: '2026-03-02' });
const april = event(loc, { n: 1, source: 'KOR', target: 'CHN', date: '2026-04-20' });
const item = (e: typeof march, d: string) => ({ pk: `ART#${e.articleId}`, sk: `EVT#${e.id}`, e: JSON.stringify(e), d });
const keys = (e: typeof march) => marshall({ pk: `ART#${e.articleId}`, sk: `EVT#${e.id}` });

async function parquetIds(body: Uint8Array): Promise<string[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'accord-export-handler-')), 'month.parquet');
  writeFileSync(file, body);
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const reader = await connection.runAndReadAll(`SELECT id, strftime(date, '%Y-%m-%d') FROM read_parquet('${file}') ORDER BY id`);
  return reader.getRowsJson().map((row) => row.map(String).join(' '));
}

describe('export handler', () => {
  it('moves a re-dated event: rewrites the new month from its Query and empties the old one', async () => {
    // The index already shows the move for April; March is empty now.
    dynamo.on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'EV#2026-04' } }).resolves({ Items: [item(april, '2026-04-20')] });
    dynamo.on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'EV#2026-03' } }).resolves({ Items: [] });
    await handler({
      Records: [
        {
          eventName: 'MODIFY',
          dynamodb: {
            Keys: keys(march) as never,
            OldImage: marshall(item(march, '2026-03-02')) as never,
            NewImage: marshall(item(april, '2026-04-20')) as never,
          },
        },
      ],
    });
    expect(dynamo.commandCalls(QueryCommand).map((c) => c.args[0].input)).toEqual([
      expect.objectContaining({ TableName: 'accord-events-test', IndexName: 'gsi1', ExpressionAttributeValues: { ':pk': 'EV#2026-03' } }),
      expect.objectContaining({ TableName: 'accord-events-test', IndexName: 'gsi1', ExpressionAttributeValues: { ':pk': 'EV#2026-04' } }),
    ]);
    expect(s3.commandCalls(DeleteObjectCommand).map((c) => c.args[0].input)).toEqual([
      { Bucket: 'accord-analytics-test', Key: 'events/month=2026-03/events.parquet' },
    ]);
    const [put] = s3.commandCalls(PutObjectCommand);
    expect(put!.args[0].input).toMatchObject({ Bucket: 'accord-analytics-test', Key: 'events/month=2026-04/events.parquet' });
    expect(await parquetIds(put!.args[0].input.Body as Uint8Array)).toEqual([`${april.id} 2026-04-20`]);
  });

  it('lays the batch over a lagging index: a new event the Query does not show yet is exported, a removed one the Query still shows is not', async () => {
    const other = event(loc, { n: 2, source: 'USA', target: 'RUS', date: '2026-03-09' });
    dynamo.on(QueryCommand).resolves({ Items: [item(other, '2026-03-09')] }); // stale: still has `other`, lacks `march`
    await handler({
      Records: [
        { eventName: 'INSERT', dynamodb: { Keys: keys(march) as never, NewImage: marshall(item(march, '2026-03-02')) as never } },
        { eventName: 'REMOVE', dynamodb: { Keys: keys(other) as never, OldImage: marshall(item(other, '2026-03-09')) as never } },
        // participant items and article records carry no rows of their own
        {
          eventName: 'INSERT',
          dynamodb: {
            Keys: marshall({ pk: `ART#${march.articleId}`, sk: `PAR#${march.id}#S` }) as never,
            NewImage: marshall(item(march, '2026-03-02')) as never,
          },
        },
      ],
    });
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(1);
    const [put] = s3.commandCalls(PutObjectCommand);
    expect(await parquetIds(put!.args[0].input.Body as Uint8Array)).toEqual([`${march.id} 2026-03-02`]);
  });

  it('fails the batch when S3 refuses the write (the event source retries it)', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [item(march, '2026-03-02')] });
    s3.on(PutObjectCommand).rejects(new Error('AccessDenied'));
    await expect(
      handler({ Records: [{ eventName: 'INSERT', dynamodb: { Keys: keys(march) as never, NewImage: marshall(item(march, '2026-03-02')) as never } }] }),
    ).rejects.toThrow('AccessDenied');
  });
});
