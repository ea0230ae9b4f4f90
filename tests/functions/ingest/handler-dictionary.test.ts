import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DICTIONARY_KEY } from '../../../infra/resources.ts';
import { eventOfItem } from '../../../shared/storage/event-item-decoding.ts';
import { EVENT_SK_PREFIX } from '../../../shared/storage/keys.ts';
import { notificationBody, sqsRecord } from '../../shared/ingest/fakes.ts';
import { dynamoMock, loadIngestHandler, resetToEmptyTable, s3Holds, s3Mock, writtenArticleItems } from './mocked-aws.ts';

/**
 * The ingest Lambda with S3 and DynamoDB mocked at the SDK client: the analysts' dictionary is read
 * from the stage's bucket at DICTIONARY_KEY, and its version is written with the article record.
 */
const BUCKET = 'accord-articles-dict';
const ARTICLE = "Hamas condemned Israel on Monday over the strikes, a spokesman said in a statement on the group's channel.";

let handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

beforeAll(async () => {
  handler = await loadIngestHandler(BUCKET, 'accord-events-dict');
});

const context = { functionName: 'accord-ingest-dict', awsRequestId: 'r', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
let nextId = 0;
const created = (key: string, eTag: string) => sqsRecord(notificationBody('ObjectCreated:Put', key, { eTag, size: 100 }, BUCKET), `m-${++nextId}`);

const writtenArticles = () => writtenArticleItems().map(({ key, status, extractor }) => ({ key, status, extractor }));

const dictionaryHeads = () => s3Mock.commandCalls(HeadObjectCommand).filter((call) => call.args[0].input.Key === DICTIONARY_KEY).length;

beforeEach(resetToEmptyTable);

describe("ingest handler with an analysts' dictionary", () => {
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
    for (const article of articles)
      expect(article).toMatchObject({ status: 'processed', extractor: expect.stringMatching(/^rules\/1\.24\.0\+dict\.[0-9a-f]{12}$/) });
    const events = dynamoMock
      .commandCalls(TransactWriteCommand)
      .flatMap((call) => (call.args[0].input.TransactItems ?? []).map((item) => item.Put?.Item))
      .filter((item): item is Record<string, unknown> => typeof item?.sk === 'string' && item.sk.startsWith(EVENT_SK_PREFIX))
      .map((item) => eventOfItem(item));
    expect(events.length).toBeGreaterThan(0);
    // the dictionary's override (Hamas as a government) is what was coded, and each event says so
    expect(events.every((e) => e.source.role === 'GOV' && e.extractor === articles[0]!.extractor)).toBe(true);
  });

  it('ingests as before with a dictionary that is not JSON: built-ins, bare extractor version, no failure', async () => {
    s3Holds({ 'articles/c.txt': { etag: 'c', body: ARTICLE }, [DICTIONARY_KEY]: { etag: 'd2', body: '{"actors": [' } });
    const response = await handler({ Records: [created('articles/c.txt', 'c')] }, context);
    expect(response).toEqual({ batchItemFailures: [] });
    expect(writtenArticles()).toEqual([{ key: 'articles/c.txt', status: 'processed', extractor: 'rules/1.24.0' }]);
  });
});
