import { GetObjectCommand, HeadObjectCommand, S3Client, S3ServiceException, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';

/**
 * The ingest Lambda's AWS clients mocked at the SDK: S3 holding given objects, DynamoDB as an empty
 * table, and the article records the handler writes. Shared by the handler tests.
 */
export const s3Mock = mockClient(S3Client);
export const dynamoMock = mockClient(DynamoDBDocumentClient);

/** The ingest handler, loaded after the environment it reads at start-up is set. */
export async function loadIngestHandler(bucket: string, table: string): Promise<(event: SQSEvent, context: Context) => Promise<SQSBatchResponse>> {
  Object.assign(process.env, {
    TABLE_NAME: table,
    BUCKET_NAME: bucket,
    ARTICLE_PREFIX: 'articles/',
    MAX_ARTICLE_BYTES: '4096',
    AWS_REGION: 'us-east-1',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_TRACE_ENABLED: 'false',
  });
  return (await import('../../../functions/ingest/handler.ts')).handler;
}

/** Both mocks reset; DynamoDB answers as an empty table: no article record yet, nothing to diff against. */
export function resetToEmptyTable(): void {
  s3Mock.reset();
  dynamoMock.reset();
  dynamoMock.on(GetCommand).resolves({});
  dynamoMock.on(QueryCommand).resolves({ Items: [] });
  dynamoMock.on(UpdateCommand).resolves({});
  dynamoMock.on(PutCommand).resolves({});
  dynamoMock.on(TransactWriteCommand).resolves({});
}

const bodyOf = (text: string | Uint8Array) =>
  ({
    transformToByteArray: async () => (typeof text === 'string' ? new TextEncoder().encode(text) : text),
  }) as unknown as GetObjectCommandOutput['Body'];

/** S3 holding the given objects (key → bytes), addressed by their ETag like the real thing. */
export function s3Holds(objects: Record<string, { etag: string; body: string | Uint8Array }>): void {
  s3Mock.on(HeadObjectCommand).callsFake((input: { Key: string }) => {
    const object = objects[input.Key];
    if (!object) throw new S3ServiceException({ name: 'NotFound', $fault: 'client', $metadata: { httpStatusCode: 404 } });
    return { ContentLength: object.body.length, ETag: `"${object.etag}"`, ContentType: 'text/plain' };
  });
  s3Mock.on(GetObjectCommand).callsFake((input: { Key: string }) => {
    const object = objects[input.Key];
    if (!object) throw new S3ServiceException({ name: 'NoSuchKey', $fault: 'client', $metadata: { httpStatusCode: 404 } });
    return { Body: bodyOf(object.body), ETag: `"${object.etag}"` };
  });
}

export interface WrittenArticle {
  key: string;
  status: string;
  reason: string | null;
  extractor: string | null;
}

/** Writes as they would reach DynamoDB: the article record of each TransactWriteItems. */
export function writtenArticleItems(): WrittenArticle[] {
  return dynamoMock.commandCalls(TransactWriteCommand).flatMap((call) =>
    (call.args[0].input.TransactItems ?? [])
      .map((item) => item.Put?.Item as ({ type?: string } & WrittenArticle) | undefined)
      .filter((item) => item?.type === 'article')
      .map((item) => ({ key: item!.key, status: item!.status, reason: item!.reason, extractor: item!.extractor })),
  );
}
