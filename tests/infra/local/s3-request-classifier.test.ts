import { describe, expect, it } from 'vitest';
import { classifyS3Request } from '../../../infra/local/s3-request-classifier.ts';

const host = { host: '127.0.0.1:4566' };

describe('classifyS3Request', () => {
  it.each([
    ['PUT', '/bucket/articles/a%20b.txt?x-id=PutObject', host, { kind: 'putObject', bucket: 'bucket', key: 'articles/a b.txt' }],
    ['PUT', '/bucket/articles/copy.txt', { ...host, 'x-amz-copy-source': 'bucket/articles/a.txt' }, { kind: 'copyObject', bucket: 'bucket', key: 'articles/copy.txt' }],
    ['POST', '/bucket/articles/big.txt?uploadId=u1', host, { kind: 'completeMultipartUpload', bucket: 'bucket', key: 'articles/big.txt' }],
    ['DELETE', '/bucket/articles/a.txt?x-id=DeleteObject', host, { kind: 'deleteObject', bucket: 'bucket', key: 'articles/a.txt' }],
    ['POST', '/bucket?delete', host, { kind: 'deleteObjects', bucket: 'bucket' }],
    ['POST', '/bucket/?delete=', host, { kind: 'deleteObjects', bucket: 'bucket' }],
    ['PUT', '/articles/a.txt', { host: 'bucket.s3.localhost:4566' }, { kind: 'putObject', bucket: 'bucket', key: 'articles/a.txt' }],
  ] as const)('%s %s is a mutation', (method, url, headers, expected) => {
    expect(classifyS3Request(method, url, headers)).toEqual(expected);
  });

  it.each([
    ['GET', '/bucket/articles/a.txt', host],
    ['HEAD', '/bucket/articles/a.txt', host],
    ['PUT', '/bucket', host],
    ['PUT', '/bucket/articles/a.txt?partNumber=1&uploadId=u1', host],
    ['PUT', '/bucket/articles/a.txt?tagging', host],
    ['POST', '/bucket/articles/a.txt?uploads', host],
    ['DELETE', '/bucket/articles/a.txt?uploadId=u1', host],
    ['POST', '/', { ...host, 'x-amz-target': 'AmazonSQS.SendMessage' }],
    ['POST', '/000000000000/accord-ingest-local', host],
  ] as const)('%s %s is not', (method, url, headers) => {
    expect(classifyS3Request(method, url, headers)).toBeNull();
  });
});
