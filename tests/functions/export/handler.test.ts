import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventRow } from '../../../shared/analytics/event-columns.ts';
import { decodeEventRows, encodeEventRows } from '../../../shared/analytics/parquet-encoding.ts';
import { event, location } from '../../shared/storage/event-fixtures.ts';

const dynamo = mockClient(DynamoDBClient);
const s3 = mockClient(S3Client);
let handler: (event: DynamoDBStreamEvent) => Promise<void>;

beforeAll(async () => {
  vi.stubEnv('EXPORT_BUCKET', 'accord-analytics-test');
  vi.stubEnv('EXPORT_PREFIX', 'events/');
  ({ handler } = await import('../../../functions/export/handler.ts'));
});
afterAll(() => vi.unstubAllEnvs());
beforeEach(() => {
  dynamo.reset();
  s3.reset();
  s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} }));
});

const loc = location('articles/a.txt', '01');
const march = event(loc, { n: 1, source: 'KOR', target: 'CHN', date: '2026-03-02' });
const april = event(loc, { n: 1, source: 'KOR', target: 'CHN', date: '2026-04-20' });
const item = (e: typeof march, d: string) => ({ pk: `ART#${e.articleId}`, sk: `EVT#${e.id}`, e: JSON.stringify(e), d });
const keys = (e: typeof march) => marshall({ pk: `ART#${e.articleId}`, sk: `EVT#${e.id}` });

/** A day file in the bucket, as GetObject returns it. */
async function dayFile(events: { e: typeof march; d: string }[]) {
  const parquet = await encodeEventRows(events.map(({ e, d }) => eventRow({ event: e, sortDate: d })));
  return { Body: { transformToByteArray: () => Promise.resolve(parquet) } as unknown as GetObjectCommandOutput['Body'] };
}

const putRows = async (index = 0) => {
  const put = s3.commandCalls(PutObjectCommand)[index]!.args[0].input;
  return { key: put.Key, rows: (await decodeEventRows(put.Body as Uint8Array)).map((r) => `${String(r.id)} ${String(r.date)}`) };
};

describe('export handler', () => {
  it('moves a re-dated event: drops it from its old day (deleting the emptied file) and adds it to the new day, without reading the table', async () => {
    s3.on(GetObjectCommand, { Key: 'events/month=2026-03/2026-03-02.parquet' }).resolves(await dayFile([{ e: march, d: '2026-03-02' }]));
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
    expect(s3.commandCalls(DeleteObjectCommand).map((c) => c.args[0].input)).toEqual([
      { Bucket: 'accord-analytics-test', Key: 'events/month=2026-03/2026-03-02.parquet' },
    ]);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(1);
    expect(await putRows()).toEqual({ key: 'events/month=2026-04/2026-04-20.parquet', rows: [`${april.id} 2026-04-20`] });
    expect(dynamo.calls()).toHaveLength(0);
  });

  it("applies the batch in record order over the day's file: keeps the untouched rows, replaces changed ones, drops removed ones", async () => {
    const kept = event(loc, { n: 2, source: 'USA', target: 'RUS', date: '2026-03-02' });
    const removed = event(loc, { n: 3, source: 'FRA', target: 'DEU', date: '2026-03-02' });
    const changed = { ...march, goldstein: -4 };
    s3.on(GetObjectCommand).resolves(
      await dayFile([
        { e: kept, d: '2026-03-02' },
        { e: removed, d: '2026-03-02' },
      ]),
    );
    await handler({
      Records: [
        { eventName: 'INSERT', dynamodb: { Keys: keys(march) as never, NewImage: marshall(item(march, '2026-03-02')) as never } },
        { eventName: 'REMOVE', dynamodb: { Keys: keys(removed) as never, OldImage: marshall(item(removed, '2026-03-02')) as never } },
        {
          eventName: 'MODIFY',
          dynamodb: {
            Keys: keys(march) as never,
            OldImage: marshall(item(march, '2026-03-02')) as never,
            NewImage: marshall(item(changed, '2026-03-02')) as never,
          },
        },
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
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(1);
    const put = s3.commandCalls(PutObjectCommand)[0]!.args[0].input;
    const rows = await decodeEventRows(put.Body as Uint8Array);
    expect(rows.map((r) => [r.id, r.goldstein])).toEqual([
      [march.id, -4],
      [kept.id, kept.goldstein],
    ]);
  });

  it('fails the batch when S3 refuses the read or the write (the event source retries it)', async () => {
    const insert = { eventName: 'INSERT' as const, dynamodb: { Keys: keys(march) as never, NewImage: marshall(item(march, '2026-03-02')) as never } };
    s3.on(PutObjectCommand).rejects(new Error('AccessDenied'));
    await expect(handler({ Records: [insert] })).rejects.toThrow('AccessDenied');
    s3.on(GetObjectCommand).rejects(new Error('SlowDown'));
    await expect(handler({ Records: [insert] })).rejects.toThrow('SlowDown');
  });
});
