import { GetObjectCommand, HeadObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { notificationBody, sqsRecord } from '../../shared/ingest/fakes.ts';
import { dynamoMock, loadIngestHandler, resetToEmptyTable, s3Holds, s3Mock, writtenArticleItems } from './mocked-aws.ts';

/**
 * The ingest Lambda handler with S3 and DynamoDB mocked at the SDK client: what it reports to the
 * SQS event source (batchItemFailures) and what it writes, for success, permanent and transient failures.
 */
const BUCKET = 'accord-articles-test';
const TABLE = 'accord-events-test';
const ARTICLE =
  'Japan and the Philippines signed a defence agreement in Manila on Tuesday, the two governments said. ' +
  'The Japanese prime minister met the Philippine president and they discussed maritime security in the region.';

let handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
let metrics: { addMetric: (...args: unknown[]) => unknown };

beforeAll(async () => {
  handler = await loadIngestHandler(BUCKET, TABLE);
  metrics = (await import('../../../functions/commons/powertools.ts')).metrics as unknown as typeof metrics;
});

const context = {
  functionName: 'accord-ingest-test',
  awsRequestId: 'req-1',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:accord-ingest-test',
  getRemainingTimeInMillis: () => 30_000,
} as unknown as Context;

let nextId = 0;
const delivered = (body: string): SQSRecord => sqsRecord(body, `m-${++nextId}`);

const created = (key: string, eTag: string) => delivered(notificationBody('ObjectCreated:Put', key, { eTag, size: 100 }, BUCKET));

/** Writes as they would reach DynamoDB: the article record of each TransactWriteItems. */
const writtenArticles = () => writtenArticleItems().map(({ key, status, reason }) => ({ key, status, reason }));

beforeEach(resetToEmptyTable);

describe('ingest handler', () => {
  it('processes an uploaded article and reports no failures', async () => {
    s3Holds({ 'articles/accord.txt': { etag: 'e1', body: ARTICLE } });
    const addMetric = vi.spyOn(metrics, 'addMetric');

    const response = await handler({ Records: [created('articles/accord.txt', 'e1')] }, context);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(writtenArticles()).toEqual([{ key: 'articles/accord.txt', status: 'processed', reason: null }]);
    expect(addMetric).toHaveBeenCalledWith('ArticlesProcessed', 'Count', 1);
    addMetric.mockRestore();
  });

  it('records a permanent failure with its reason and does not ask for a retry', async () => {
    s3Holds({ 'articles/photo.txt': { etag: 'e2', body: Uint8Array.from([0xff, 0xd8, 0xff, 0x00, 0x10]) } });

    const response = await handler({ Records: [created('articles/photo.txt', 'e2')] }, context);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(writtenArticles()).toEqual([{ key: 'articles/photo.txt', status: 'failed', reason: expect.stringMatching(/binary/) }]);
  });

  it('rejects an oversized object from HEAD alone', async () => {
    s3Holds({ 'articles/huge.txt': { etag: 'e3', body: 'x'.repeat(5000) } });
    await handler({ Records: [created('articles/huge.txt', 'e3')] }, context);
    expect(s3Mock.commandCalls(GetObjectCommand)).toHaveLength(0);
    expect(writtenArticles()).toEqual([{ key: 'articles/huge.txt', status: 'failed', reason: expect.stringMatching(/limit/) }]);
  });

  it('reports a transiently failing record in batchItemFailures', async () => {
    s3Holds({ 'articles/accord.txt': { etag: 'e1', body: ARTICLE } });
    dynamoMock.on(TransactWriteCommand).rejects(new ProvisionedThroughputExceededException({ $metadata: { httpStatusCode: 400 }, message: 'slow down' }));
    const record = created('articles/accord.txt', 'e1');

    expect(await handler({ Records: [record] }, context)).toEqual({ batchItemFailures: [{ itemIdentifier: record.messageId }] });
  });

  it('records an article DynamoDB refuses for its content as failed, without asking for a retry', async () => {
    s3Holds({ 'articles/accord.txt': { etag: 'e1', body: ARTICLE } });
    const refused = Object.assign(new Error('Item size has exceeded the maximum allowed size'), {
      name: 'ValidationException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
    });
    // Only the processed write is refused; the failure record is small and goes through.
    dynamoMock.on(TransactWriteCommand).rejectsOnce(refused).resolves({});
    const addMetric = vi.spyOn(metrics, 'addMetric');

    const response = await handler({ Records: [created('articles/accord.txt', 'e1')] }, context);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(writtenArticles()).toEqual([
      { key: 'articles/accord.txt', status: 'processed', reason: null },
      { key: 'articles/accord.txt', status: 'failed', reason: expect.stringMatching(/refused.*ValidationException: Item size has exceeded/) },
    ]);
    expect(addMetric).toHaveBeenCalledWith('ArticlesFailed', 'Count', 1);
    expect(addMetric).not.toHaveBeenCalledWith('UnexpectedFailures', 'Count', 1);
    addMetric.mockRestore();
  });

  it.each([
    ['S3 SlowDown', 's3', () => new S3ServiceException({ name: 'SlowDown', $fault: 'server', $metadata: { httpStatusCode: 503 } })],
    ['S3 RequestTimeout', 's3', () => new S3ServiceException({ name: 'RequestTimeout', $fault: 'client', $metadata: { httpStatusCode: 400 } })],
    ['a dropped connection', 's3', () => Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' })],
    [
      'DynamoDB ThrottlingException',
      'dynamodb',
      () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $fault: 'client', $metadata: { httpStatusCode: 400 } }),
    ],
    [
      'DynamoDB InternalServerError',
      'dynamodb',
      () => Object.assign(new Error('boom'), { name: 'InternalServerError', $fault: 'server', $metadata: { httpStatusCode: 500 } }),
    ],
  ] as const)('retries the record on %s', async (_name, service, error) => {
    s3Holds({ 'articles/accord.txt': { etag: 'e1', body: ARTICLE } });
    if (service === 's3') s3Mock.on(HeadObjectCommand).rejects(error());
    else dynamoMock.on(GetCommand).rejects(error());
    const record = created('articles/accord.txt', 'e1');
    expect(await handler({ Records: [record] }, context)).toEqual({ batchItemFailures: [{ itemIdentifier: record.messageId }] });
    expect(writtenArticles()).toEqual([]);
  });

  it('fails only the bad records of a mixed batch', async () => {
    s3Holds({
      'articles/good.txt': { etag: 'g', body: ARTICLE },
      'articles/empty.txt': { etag: 'e', body: '' },
      'articles/flaky.txt': { etag: 'f', body: ARTICLE },
    });
    s3Mock
      .on(GetObjectCommand, { Key: 'articles/flaky.txt' })
      .rejects(new S3ServiceException({ name: 'InternalError', $fault: 'server', $metadata: { httpStatusCode: 500 } }));
    const good = created('articles/good.txt', 'g');
    const empty = created('articles/empty.txt', 'e');
    const flaky = created('articles/flaky.txt', 'f');
    const malformed = delivered('{"not":"an S3 event"}');
    const deleted = delivered(notificationBody('ObjectRemoved:Delete', 'articles/old.txt', {}, BUCKET));

    const response = await handler({ Records: [good, empty, flaky, malformed, deleted] }, context);

    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual([flaky.messageId, malformed.messageId].sort());
    expect(writtenArticles().sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'articles/empty.txt', status: 'failed', reason: expect.stringMatching(/empty/) },
      { key: 'articles/good.txt', status: 'processed', reason: null },
      { key: 'articles/old.txt', status: 'deleted', reason: null },
    ]);
  });
});
