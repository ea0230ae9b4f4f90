import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalEndpoints } from '../../infra/local/local-endpoints.ts';
import { regionOfApiUrl, requireApiUrl, requireBucket, resolveTarget, TargetError, type TargetDependencies } from '../../cli/target.ts';

const local: LocalEndpoints = {
  region: 'us-east-1',
  apiUrl: 'http://127.0.0.1:3000',
  s3Endpoint: 'http://127.0.0.1:4566',
  sqsEndpoint: 'http://127.0.0.1:4566',
  dynamodbEndpoint: 'http://127.0.0.1:8000',
  bucket: 'accord-articles-local',
  queueUrl: 'http://127.0.0.1:4566/000000000000/accord-ingest-local',
  deadLetterQueueUrl: 'http://127.0.0.1:4566/000000000000/accord-ingest-dlq-local',
  table: 'accord-events-local',
};

const awsCredentials = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };
const cloudFormation = mockClient(CloudFormationClient);
afterEach(() => cloudFormation.reset());

function dependencies(overrides: Partial<TargetDependencies> = {}): TargetDependencies {
  return {
    readLocalEndpoints: async () => local,
    cloudFormation: async (config) => new CloudFormationClient({ region: 'eu-west-1', ...config }),
    awsCredentials: () => awsCredentials,
    env: {},
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<TargetError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TargetError);
  return error as TargetError;
}

describe('resolveTarget: local stack (default)', () => {
  it('uses the endpoints written by npm start', async () => {
    const target = await resolveTarget({}, dependencies());
    expect(target).toMatchObject({
      kind: 'local',
      bucket: 'accord-articles-local',
      apiUrl: 'http://127.0.0.1:3000',
      queueUrl: local.queueUrl,
      table: 'accord-events-local',
      s3: { endpoint: 'http://127.0.0.1:4566', forcePathStyle: true, region: 'us-east-1' },
      dynamodb: { endpoint: 'http://127.0.0.1:8000' },
      signApiRequests: false,
    });
  });

  it('says in one line how to start the local stack when none is running', async () => {
    const error = await rejection(resolveTarget({}, dependencies({ readLocalEndpoints: async () => null })));
    expect(error.message).toBe('no local stack running: start it with `npm start`');
  });

  it('accepts --api-url alone without a local stack, with no bucket', async () => {
    const target = await resolveTarget({ apiUrl: 'http://127.0.0.1:9999' }, dependencies({ readLocalEndpoints: async () => null }));
    expect(target).toMatchObject({ apiUrl: 'http://127.0.0.1:9999', bucket: null, signApiRequests: false });
    expect(() => requireBucket(target)).toThrow(/pass --bucket/);
  });

  it('lets --bucket and --api-url override the local values', async () => {
    const target = await resolveTarget({ bucket: 'other', apiUrl: 'http://127.0.0.1:3001' }, dependencies());
    expect(target).toMatchObject({ bucket: 'other', apiUrl: 'http://127.0.0.1:3001' });
  });
});

describe('resolveTarget: --endpoint', () => {
  it('targets any S3-compatible endpoint, path-style', async () => {
    const target = await resolveTarget({ endpoint: 'http://minio.local:9000', bucket: 'news' }, dependencies({ env: { AWS_REGION: 'eu-central-1' } }));
    expect(target).toMatchObject({
      kind: 'endpoint',
      bucket: 'news',
      apiUrl: null,
      region: 'eu-central-1',
      s3: { endpoint: 'http://minio.local:9000', forcePathStyle: true },
    });
    expect(() => requireApiUrl(target)).toThrow(/pass --api-url/);
  });

  it('rejects a non-URL endpoint and --stage together with --endpoint', async () => {
    await rejection(resolveTarget({ endpoint: 'minio:9000' }, dependencies()));
    const error = await rejection(resolveTarget({ endpoint: 'http://x', stage: 'dev' }, dependencies()));
    expect(error.message).toMatch(/not both/);
  });
});

describe('resolveTarget: --stage (AWS)', () => {
  it('reads the bucket and API URL from the stack outputs with DescribeStacks', async () => {
    cloudFormation.on(DescribeStacksCommand, { StackName: 'Accord-prod' }).resolves({
      Stacks: [
        {
          StackName: 'Accord-prod',
          CreationTime: new Date(),
          StackStatus: 'UPDATE_COMPLETE',
          Outputs: [
            { OutputKey: 'ArticlesBucketName', OutputValue: 'accord-articles-prod-123456789012-eu-west-1' },
            { OutputKey: 'ApiUrl', OutputValue: 'https://abc123.execute-api.eu-west-1.amazonaws.com/' },
            { OutputKey: 'IngestQueueUrl', OutputValue: 'https://sqs.eu-west-1.amazonaws.com/123456789012/accord-ingest-prod' },
            { OutputKey: 'DeadLetterQueueUrl', OutputValue: 'https://sqs.eu-west-1.amazonaws.com/123456789012/accord-ingest-dlq-prod' },
            { OutputKey: 'TableName', OutputValue: 'accord-events-prod' },
            { OutputKey: 'AnalyticsExportBucketName', OutputValue: 'accord-analytics-prod-123456789012-eu-west-1' },
          ],
        },
      ],
    });
    const target = await resolveTarget({ stage: 'prod' }, dependencies());
    expect(target).toMatchObject({
      kind: 'aws',
      label: 'stage prod (eu-west-1)',
      region: 'eu-west-1',
      bucket: 'accord-articles-prod-123456789012-eu-west-1',
      apiUrl: 'https://abc123.execute-api.eu-west-1.amazonaws.com/',
      queueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/accord-ingest-prod',
      table: 'accord-events-prod',
      exportBucket: 'accord-analytics-prod-123456789012-eu-west-1',
      signApiRequests: true,
      credentials: awsCredentials,
    });
    expect(target.s3.endpoint).toBeUndefined();
    expect(cloudFormation.commandCalls(DescribeStacksCommand)).toHaveLength(1);
  });

  it('passes --region to the CloudFormation client', async () => {
    const regions: (string | undefined)[] = [];
    cloudFormation.on(DescribeStacksCommand).resolves({
      Stacks: [
        {
          StackName: 'Accord-dev',
          CreationTime: new Date(),
          StackStatus: 'CREATE_COMPLETE',
          Outputs: [{ OutputKey: 'ApiUrl', OutputValue: 'https://x.execute-api.ap-northeast-2.amazonaws.com/' }],
        },
      ],
    });
    const target = await resolveTarget(
      { stage: 'dev', region: 'ap-northeast-2' },
      dependencies({ cloudFormation: async (config) => (regions.push(config.region), new CloudFormationClient(config)) }),
    );
    expect(regions).toEqual(['ap-northeast-2']);
    expect(target.region).toBe('ap-northeast-2');
  });

  it('explains a missing stack with the deploy command', async () => {
    cloudFormation.on(DescribeStacksCommand).rejects(Object.assign(new Error('Stack with id Accord-staging does not exist'), { name: 'ValidationError' }));
    const error = await rejection(resolveTarget({ stage: 'staging', region: 'eu-west-1' }, dependencies()));
    expect(error.message).toBe('stack Accord-staging not found in eu-west-1: deploy it with `npx cdk deploy -c stage=staging` or pass --region');
  });

  it('explains missing credentials', async () => {
    cloudFormation
      .on(DescribeStacksCommand)
      .rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));
    const error = await rejection(resolveTarget({ stage: 'dev' }, dependencies()));
    expect(error.message).toMatch(/^no AWS credentials found/);
  });

  it('refuses an unknown stage and a stack without outputs', async () => {
    await rejection(resolveTarget({ stage: 'qa' }, dependencies()));
    cloudFormation
      .on(DescribeStacksCommand)
      .resolves({ Stacks: [{ StackName: 'Accord-dev', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [] }] });
    const error = await rejection(resolveTarget({ stage: 'dev' }, dependencies()));
    expect(error.message).toMatch(/no ArticlesBucketName or ApiUrl output/);
  });
});

describe('regionOfApiUrl', () => {
  it('reads the region from an execute-api host', () => {
    expect(regionOfApiUrl('https://abc.execute-api.eu-west-1.amazonaws.com/prod')).toBe('eu-west-1');
    expect(regionOfApiUrl('https://api.example.org/')).toBeNull();
    expect(regionOfApiUrl('not a url')).toBeNull();
  });
});
