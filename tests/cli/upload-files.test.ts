import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleFile } from '../../cli/article-files.ts';
import { explainS3Error } from '../../cli/commands/upload.ts';
import { uploadFiles } from '../../cli/upload-files.ts';
import { awsTarget } from './fixtures.ts';

const s3Mock = mockClient(S3Client);
afterEach(() => s3Mock.reset());

function files(count: number): ArticleFile[] {
  const root = mkdtempSync(join(tmpdir(), 'accord-upload-'));
  return Array.from({ length: count }, (_, i) => {
    const path = join(root, `2026-01-0${i + 1}_a${i}.txt`);
    writeFileSync(path, `Article ${i}`);
    return { path, key: `articles/2026-01-0${i + 1}_a${i}.txt`, size: 9 };
  });
}

describe('uploadFiles', () => {
  it('puts every file under its key with a content type and the published metadata', async () => {
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"x"' });
    const done: string[] = [];
    const summary = await uploadFiles(new S3Client({ region: 'us-east-1' }), files(3), {
      bucket: 'accord-articles-local',
      published: '2026-01-05',
      concurrency: 2,
      onFileDone: (file) => done.push(file.key),
    });
    expect(summary).toEqual({ uploaded: 3, bytes: 27, failures: [] });
    expect(done).toHaveLength(3);
    const inputs = s3Mock.commandCalls(PutObjectCommand).map((call) => call.args[0].input);
    expect(inputs.map((i) => i.Key).sort()).toEqual(['articles/2026-01-01_a0.txt', 'articles/2026-01-02_a1.txt', 'articles/2026-01-03_a2.txt']);
    for (const input of inputs) {
      expect(input).toMatchObject({ Bucket: 'accord-articles-local', ContentType: 'text/plain; charset=utf-8', Metadata: { published: '2026-01-05' } });
    }
  });

  it('counts failures without stopping the other uploads', async () => {
    const list = files(4);
    s3Mock.on(PutObjectCommand).resolves({});
    s3Mock.on(PutObjectCommand, { Key: list[1]!.key }).rejects(Object.assign(new Error('The specified bucket does not exist'), { name: 'NoSuchBucket' }));
    const summary = await uploadFiles(new S3Client({ region: 'us-east-1' }), list, { bucket: 'b' });
    expect(summary.uploaded).toBe(3);
    expect(summary.failures.map((f) => [f.file.key, f.error.name])).toEqual([[list[1]!.key, 'NoSuchBucket']]);
    expect(s3Mock.commandCalls(PutObjectCommand)[0]!.args[0].input.Metadata).toBeUndefined();
  });

  it('refuses two files that would land on the same key', async () => {
    s3Mock.on(PutObjectCommand).resolves({});
    const [one] = files(1);
    const summary = await uploadFiles(new S3Client({ region: 'us-east-1' }), [one!, { ...one!, path: '/elsewhere/same.txt' }], { bucket: 'b', concurrency: 1 });
    expect(summary.uploaded).toBe(1);
    expect(summary.failures[0]!.error.message).toMatch(/same key/);
  });
});

describe('explainS3Error', () => {
  const local = awsTarget({
    kind: 'local',
    label: 'local stack',
    bucket: 'accord-articles-local',
    s3: { region: 'us-east-1', endpoint: 'http://127.0.0.1:4566', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } },
  });

  it('tells how to start a local stack that is not listening', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), { code: 'ECONNREFUSED' });
    expect(explainS3Error(refused, local)).toBe("cannot reach the local stack's S3 at http://127.0.0.1:4566: start it with `npm start`");
  });

  it('names a missing bucket and a denied access', () => {
    expect(explainS3Error(Object.assign(new Error('x'), { name: 'NoSuchBucket' }), awsTarget())).toBe('bucket b does not exist on stage dev (eu-west-1)');
    expect(explainS3Error(Object.assign(new Error('x'), { name: 'AccessDenied' }), awsTarget())).toMatch(/^access denied to bucket b/);
  });
});
