import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, S3Client, S3ServiceException, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '../../../shared/ingest/s3-object-store.ts';

const s3Mock = mockClient(S3Client);
const store = new S3ObjectStore(new S3Client({ region: 'us-east-1' }));
const ref = { bucket: 'b', key: 'articles/a.txt', versionId: null, etag: 'abc' };

const serviceError = (name: string, status: number) =>
  new S3ServiceException({ name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status }, message: name });

/** The SDK's body stream, reduced to the one method the store uses. */
const streamOf = (text: string) => ({ transformToByteArray: async () => new TextEncoder().encode(text) }) as unknown as GetObjectCommandOutput['Body'];

beforeEach(() => s3Mock.reset());

describe('S3ObjectStore', () => {
  it('heads and gets the notified version by ETag', async () => {
    s3Mock.on(HeadObjectCommand).resolves({ ContentLength: 5, ETag: '"abc"', ContentType: 'text/plain', Metadata: { Published: '2026-05-01' } });
    s3Mock.on(GetObjectCommand).resolves({ Body: streamOf('hello') });

    expect(await store.head(ref)).toMatchObject({ size: 5, etag: 'abc', contentType: 'text/plain', metadata: { published: '2026-05-01' } });
    expect(new TextDecoder().decode((await store.get(ref)) ?? undefined)).toBe('hello');
    expect(s3Mock.commandCalls(GetObjectCommand)[0]?.args[0].input).toEqual({ Bucket: 'b', Key: 'articles/a.txt', IfMatch: '"abc"' });
  });

  it('addresses a versioned object by version id', async () => {
    s3Mock.on(HeadObjectCommand).resolves({ ContentLength: 1, ETag: '"other"', VersionId: 'v1' });
    expect(await store.head({ ...ref, versionId: 'v1' })).toMatchObject({ versionId: 'v1' });
    expect(s3Mock.commandCalls(HeadObjectCommand)[0]?.args[0].input).toEqual({ Bucket: 'b', Key: 'articles/a.txt', VersionId: 'v1' });
  });

  it('answers null when the notified version is gone or overwritten', async () => {
    s3Mock.on(HeadObjectCommand).rejects(new NotFound({ $metadata: { httpStatusCode: 404 }, message: 'nf' }));
    expect(await store.head(ref)).toBeNull();
    s3Mock.on(HeadObjectCommand).resolves({ ContentLength: 1, ETag: '"newer"' });
    expect(await store.head(ref)).toBeNull();
    s3Mock.on(GetObjectCommand).rejects(serviceError('PreconditionFailed', 412));
    expect(await store.get(ref)).toBeNull();
    s3Mock.on(GetObjectCommand).rejects(new NoSuchKey({ $metadata: { httpStatusCode: 404 }, message: 'nsk' }));
    expect(await store.get(ref)).toBeNull();
  });

  it('lets other errors through for the caller to classify', async () => {
    s3Mock.on(GetObjectCommand).rejects(serviceError('InternalError', 500));
    await expect(store.get(ref)).rejects.toMatchObject({ name: 'InternalError' });
  });
});
