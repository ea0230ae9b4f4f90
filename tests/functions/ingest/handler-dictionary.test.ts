import { GetObjectCommand, HeadObjectCommand, S3Client, S3ServiceException, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DICTIONARY_KEY } from '../../../infra/resources.ts';
import { notificationBody, sqsRecord } from '../../shared/ingest/fakes.ts';

/**
 * The ingest Lambda with S3 and DynamoDB mocked at the SDK client: the analysts' dictionary is read
 * from the stage's bucket at DICTIONARY_KEY, and its version is written with the article record.
 */
const BUCKET = 'accord-articles-dict';
const ARTICLE = 'Hamas condemned Israel on Monday over the strikes, a spokesman said in a statement on the group\'s channel.';

const s3Mock = mockClient(S3Client);
const dynamoMock = mockClient(DynamoDBDocumentClient);
let handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

beforeAll(async () => {
  Object.assign(process.env, {
    TABLE_NAME: 'accord-events-dict',
    BUCKET_NAME: BUCKET,
    ARTICLE_PREFIX: 'articles/',
    MAX_ARTICLE_BYTES: '4096',
    AWS_REGION: 'us-east-1',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_TRACE_ENABLED: 'false',
  });
  handler = (await import('../../../functions/ingest/handler.ts')).handler as unknown as typeof handler;
});

const context = { functionName: 'accord-ingest-dict', awsRequestId: 'r', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
let nextId = 0;
const created = (key: string, eTag: string) => sqsRecord(notificationBody('ObjectCreated:Put', key, { eTag, size: 100 }, BUCKET), `m-${++nextId}`);

function s3Holds(objects: Record<string, { etag: string; body: string }>) {
  s3Mock.on(HeadObjectCommand).callsFake((input: { Key: string }) => {
    const object = objects[input.Key];
    if (!object) throw new S3ServiceException({ name: 'NotFound', $fault: 'client', $metadata: { httpStatusCode: 404 } });
    return { ContentLength: object.body.length, ETag: `"${object.etag}"`, ContentType: 'text/plain' };
  });
  s3Mock.on(GetObjectCommand).callsFake((input: { Key: string }) => {
    const object = objects[input.Key];
    if (!object) throw new S3ServiceException({ name: 'NoSuchKey', $fault: 'client', $metadata: { httpStatusCode: 404 } });
    return { Body: { transformToByteArray: async () => new TextEncoder().encode(object.body) } as unknown as GetObjectCommandOutput['Body'], ETag: `"${object.etag}"` };
  });
}

function writtenArticles(): { key: string; status: string; extractor: string | null }[] {
  return dynamoMock.commandCalls(TransactWriteCommand).flatMap((call) =>
    (call.args[0].input.TransactItems ?? [])
      .map((item) => item.Put?.Item as { type?: string; key: string; status: string; extractor: string | null } | undefined)
      .filter((item) => item?.type === 'article')
      .map((item) => ({ key: item!.key, status: item!.status, extractor: item!.extractor })),
  );
}

const dictionaryHeads = () => s3Mock.commandCalls(HeadObjectCommand).filter((call) => call.args[0].input.Key === DICTIONARY_KEY).length;

beforeEach(() => {
  s3Mock.reset();
  dynamoMock.reset();
  dynamoMock.on(GetCommand).resolves({});
  dynamoMock.on(QueryCommand).resolves({ Items: [] });
  dynamoMock.on(UpdateCommand).resolves({});
  dynamoMock.on(PutCommand).resolves({});
  dynamoMock.on(TransactWriteCommand).resolves({});
});

describe('ingest handler with an analysts\' dictionary', () => {
  it('reads the dictionary from its key in the bucket once per batch and records its version with the extractor', async () => {
    s3Holds({
      'articles/a.txt': { etag: 'a', body: ARTICLE },
      'articles/b.txt': { etag: 'b', body: ARTICLE },
      [DICTIONARY_KEY]: { etag: 'd1', body: JSON.stringify({ actors: [{ name: 'Hamas', type: 'organisation', country: 'PSE', role: 'GOV' }] }) },
    });
    const response = await handler({ Records: [created('articles/a.txt', 'a'), created('articles/b.txt', 'b')] }, context);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(dictionaryHeads()).toBe(1);
    const articles = writtenArticles();
    expect(articles).toHaveLength(2);
    for (const article of articles) expect(article).toMatchObject({ status: 'processed', extractor: expect.stringMatching(/^rules\/1\.1\.0\+dict\.[0-9a-f]{12}$/) });
    const events = dynamoMock
      .commandCalls(TransactWriteCommand)
      .flatMap((call) => (call.args[0].input.TransactItems ?? []).map((item) => item.Put?.Item as { type?: string; e?: string } | undefined))
      .filter((item) => item?.type === 'event')
      .map((item) => JSON.parse(item!.e!) as { source: { role: string }; extractor: string });
    expect(events.length).toBeGreaterThan(0);
    // the dictionary's override (Hamas as a government) is what was coded, and each event says so
    expect(events.every((e) => e.source.role === 'GOV' && e.extractor === articles[0]!.extractor)).toBe(true);
  });

  it('ingests as before with a dictionary that is not JSON: built-ins, bare extractor version, no failure', async () => {
    s3Holds({ 'articles/c.txt': { etag: 'c', body: ARTICLE }, [DICTIONARY_KEY]: { etag: 'd2', body: '{"actors": [' } });
    const response = await handler({ Records: [created('articles/c.txt', 'c')] }, context);
    expect(response).toEqual({ batchItemFailures: [] });
    expect(writtenArticles()).toEqual([{ key: 'articles/c.txt', status: 'processed', extractor: 'rules/1.1.0' }]);
  });
});
