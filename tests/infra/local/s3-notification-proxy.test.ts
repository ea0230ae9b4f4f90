import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resourceNames } from '../../../infra/resources.ts';
import { startS3SqsEmulator, type S3SqsEmulator } from '../../../infra/local/s3-sqs-emulator.ts';
import { startS3NotificationProxy, type S3NotificationProxy } from '../../../infra/local/s3-notification-proxy.ts';
import { s3NotificationMessageBody, type S3NotificationRecord } from '../../../infra/local/s3-notification-format.ts';
import { parseS3NotificationMessage } from '../../../shared/ingest/s3-event-notification.ts';
import { LOCAL_CREDENTIALS } from '../../../infra/local/local-credentials.ts';

const names = resourceNames('proxytest');
const region = 'us-east-1';
let emulator: S3SqsEmulator;
let proxy: S3NotificationProxy;
let s3: S3Client;
let delivered: S3NotificationRecord[] = [];

beforeAll(async () => {
  emulator = await startS3SqsEmulator({ names, region, visibilityTimeoutSeconds: 30 });
  proxy = await startS3NotificationProxy({
    upstream: emulator.endpoint,
    region,
    keyPrefix: 'articles/',
    notify: (record) => {
      delivered.push(record);
      emulator.sendMessage(names.queue, s3NotificationMessageBody(record));
    },
  });
  s3 = new S3Client({ endpoint: proxy.url, region, credentials: LOCAL_CREDENTIALS, forcePathStyle: true });
});

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- beforeAll may have failed before assigning these */
  s3?.destroy();
  await proxy?.close();
  await emulator?.stop();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
});

beforeEach(() => {
  delivered = [];
});

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

describe('S3 notification proxy', () => {
  it('announces a PutObject in AWS notification format, before the upload returns', async () => {
    await s3.send(new PutObjectCommand({ Bucket: names.bucket, Key: 'articles/Summit in Paris+1.txt', Body: 'hello world' }));
    expect(delivered).toHaveLength(1);
    const record = delivered[0]!;
    expect(record).toMatchObject({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: region,
      eventName: 'ObjectCreated:Put',
      s3: {
        s3SchemaVersion: '1.0',
        bucket: { name: names.bucket, arn: `arn:aws:s3:::${names.bucket}` },
        object: { key: 'articles/Summit+in+Paris%2B1.txt', size: 11, eTag: md5('hello world') },
      },
    });
    expect(record.s3.object.sequencer).toMatch(/^[0-9A-F]{18}$/);
    expect(new Date(record.eventTime).toISOString()).toBe(record.eventTime);
    // Unversioned bucket: S3 leaves versionId out.
    expect(record.s3.object).not.toHaveProperty('versionId');
    // What ingest reads back from the queued message is the original key and version.
    const [change] = parseS3NotificationMessage(s3NotificationMessageBody(record));
    expect(change?.location).toMatchObject({ key: 'articles/Summit in Paris+1.txt', etag: md5('hello world') });
  });

  it('announces deletes without size or ETag, and only for keys that existed', async () => {
    await s3.send(new PutObjectCommand({ Bucket: names.bucket, Key: 'articles/to-delete.txt', Body: 'x' }));
    await s3.send(new DeleteObjectCommand({ Bucket: names.bucket, Key: 'articles/to-delete.txt' }));
    await s3.send(new DeleteObjectCommand({ Bucket: names.bucket, Key: 'articles/never-existed.txt' }));
    expect(delivered.map((r) => r.eventName)).toEqual(['ObjectCreated:Put', 'ObjectRemoved:Delete']);
    expect(delivered[1]?.s3.object).toEqual({ key: 'articles/to-delete.txt', sequencer: expect.any(String) });
  });

  it('orders the events of one key by sequencer', async () => {
    for (const body of ['v1', 'v2', 'v3']) {
      await s3.send(new PutObjectCommand({ Bucket: names.bucket, Key: 'articles/versions.txt', Body: body }));
    }
    const sequencers = delivered.map((r) => r.s3.object.sequencer);
    expect([...sequencers].sort()).toEqual(sequencers);
    expect(new Set(sequencers).size).toBe(3);
  });

  it('announces copies, multipart uploads and batch deletes', async () => {
    await s3.send(new PutObjectCommand({ Bucket: names.bucket, Key: 'articles/source.txt', Body: 'copy me' }));
    await s3.send(new CopyObjectCommand({ Bucket: names.bucket, Key: 'articles/copy.txt', CopySource: `${names.bucket}/articles/source.txt` }));
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: names.bucket, Key: 'articles/multi.txt' }));
    const part = await s3.send(new UploadPartCommand({ Bucket: names.bucket, Key: 'articles/multi.txt', UploadId, PartNumber: 1, Body: 'one part' }));
    await s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: names.bucket,
        Key: 'articles/multi.txt',
        UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] },
      }),
    );
    await s3.send(
      new DeleteObjectsCommand({
        Bucket: names.bucket,
        Delete: { Objects: [{ Key: 'articles/copy.txt' }, { Key: 'articles/multi.txt' }], Quiet: true },
      }),
    );
    expect(delivered.map((r) => [r.eventName, r.s3.object.key])).toEqual([
      ['ObjectCreated:Put', 'articles/source.txt'],
      ['ObjectCreated:Copy', 'articles/copy.txt'],
      ['ObjectCreated:CompleteMultipartUpload', 'articles/multi.txt'],
      ['ObjectRemoved:Delete', 'articles/copy.txt'],
      ['ObjectRemoved:Delete', 'articles/multi.txt'],
    ]);
    expect(delivered[1]?.s3.object).toMatchObject({ size: 7, eTag: md5('copy me') });
    expect(delivered[2]?.s3.object).toMatchObject({ size: 8, eTag: expect.stringMatching(/-1$/) });
  });

  it('puts each notification on the ingest queue and passes reads through untouched', async () => {
    const before = emulator.depth(names.queue).ready;
    await s3.send(new PutObjectCommand({ Bucket: names.bucket, Key: 'articles/read-me.txt', Body: 'read me' }));
    const object = await s3.send(new GetObjectCommand({ Bucket: names.bucket, Key: 'articles/read-me.txt' }));
    expect(await object.Body?.transformToString()).toBe('read me');
    expect(emulator.depth(names.queue).ready).toBe(before + 1);
  });

  it('announces dot segments as the literal keys S3 stores them under', async () => {
    const keys = ['articles/../escape.txt', 'articles/./dot.txt'];
    for (const key of keys) await s3.send(new PutObjectCommand({ Bucket: names.bucket, Key: key, Body: `body of ${key}` }));
    // The emulator stores them literally too: a listing names exactly these keys.
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: names.bucket }));
    const stored = (listed.Contents ?? []).map((object) => object.Key);
    expect(stored).toEqual(expect.arrayContaining(keys));
    expect(stored).not.toContain('escape.txt');
    expect(stored).not.toContain('articles/dot.txt');
    for (const key of keys) {
      const object = await s3.send(new GetObjectCommand({ Bucket: names.bucket, Key: key }));
      expect(await object.Body?.transformToString()).toBe(`body of ${key}`);
    }
    for (const key of keys) await s3.send(new DeleteObjectCommand({ Bucket: names.bucket, Key: key }));
    expect(delivered.map((r) => [r.eventName, r.s3.object.key])).toEqual([
      ['ObjectCreated:Put', 'articles/../escape.txt'],
      ['ObjectCreated:Put', 'articles/./dot.txt'],
      ['ObjectRemoved:Delete', 'articles/../escape.txt'],
      ['ObjectRemoved:Delete', 'articles/./dot.txt'],
    ]);
    // Ingest reads back the very keys that were written.
    const changes = delivered.flatMap((record) => parseS3NotificationMessage(s3NotificationMessageBody(record)));
    expect(changes.map((change) => change.location.key)).toEqual([...keys, ...keys]);
  });

  it('announces nothing outside the notification prefix', async () => {
    await s3.send(new PutObjectCommand({ Bucket: names.bucket, Key: 'elsewhere/file.txt', Body: 'x' }));
    expect(delivered).toEqual([]);
  });
});
