import { describe, expect, it } from 'vitest';
import { classifyS3Request } from '../../../infra/local/s3-request-classifier.ts';

const host = { host: '127.0.0.1:4566' };

describe('classifyS3Request', () => {
  it.each([
    ['PUT', '/bucket/articles/a%20b.txt?x-id=PutObject', host, { kind: 'putObject', bucket: 'bucket', key: 'articles/a b.txt' }],
    [
      'PUT',
      '/bucket/articles/copy.txt',
      { ...host, 'x-amz-copy-source': 'bucket/articles/a.txt' },
      { kind: 'copyObject', bucket: 'bucket', key: 'articles/copy.txt' },
    ],
    ['POST', '/bucket/articles/big.txt?uploadId=u1', host, { kind: 'completeMultipartUpload', bucket: 'bucket', key: 'articles/big.txt' }],
    ['DELETE', '/bucket/articles/a.txt?x-id=DeleteObject', host, { kind: 'deleteObject', bucket: 'bucket', key: 'articles/a.txt' }],
    ['POST', '/bucket?delete', host, { kind: 'deleteObjects', bucket: 'bucket' }],
    ['POST', '/bucket/?delete=', host, { kind: 'deleteObjects', bucket: 'bucket' }],
    ['PUT', '/articles/a.txt', { host: 'bucket.s3.localhost:4566' }, { kind: 'putObject', bucket: 'bucket', key: 'articles/a.txt' }],
    // S3 keys are literal: dot segments are part of the key, encoded or not; only %XX is decoded.
    ['PUT', '/bucket/articles/../escape.txt', host, { kind: 'putObject', bucket: 'bucket', key: 'articles/../escape.txt' }],
    ['PUT', '/bucket/articles/./dot.txt?x-id=PutObject', host, { kind: 'putObject', bucket: 'bucket', key: 'articles/./dot.txt' }],
    ['PUT', '/bucket/articles/%2E%2E/%2e/x.txt', host, { kind: 'putObject', bucket: 'bucket', key: 'articles/.././x.txt' }],
    ['DELETE', '/bucket/articles/..', host, { kind: 'deleteObject', bucket: 'bucket', key: 'articles/..' }],
    ['PUT', '/bucket/..', host, { kind: 'putObject', bucket: 'bucket', key: '..' }],
    ['PUT', '/bucket/a//b/', host, { kind: 'putObject', bucket: 'bucket', key: 'a//b/' }],
    ['PUT', '/bucket/a%2Fb+c%3Fd', host, { kind: 'putObject', bucket: 'bucket', key: 'a/b+c?d' }],
    ['PUT', '/../x.txt', { host: 'bucket.s3.localhost:4566' }, { kind: 'putObject', bucket: 'bucket', key: '../x.txt' }],
    ['PUT', 'http://127.0.0.1:4566/bucket/articles/../a.txt', host, { kind: 'putObject', bucket: 'bucket', key: 'articles/../a.txt' }],
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
    // A malformed escape names no key (S3 answers 400): nothing to announce.
    ['PUT', '/bucket/articles/%E0%A4%A.txt', host],
    ['OPTIONS', '*', host],
  ] as const)('%s %s is not', (method, url, headers) => {
    expect(classifyS3Request(method, url, headers)).toBeNull();
  });
});
