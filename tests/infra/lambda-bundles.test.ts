import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SERVICE } from '../../infra/constructs/events-api.ts';
import { INGEST_SERVICE } from '../../infra/constructs/ingest-function.ts';
import { ENV } from '../../infra/resources.ts';
import { DICTIONARY_KEY } from '../../shared/dictionary/dictionary-key.ts';
import { assetDirectoryOf, functionOf, synthStage, type SynthesizedStage } from './synth-stage.ts';

/**
 * Runs each Lambda artifact exactly as CDK would upload it, in a fresh Node process (the Node 24
 * that runs this test, as Lambda's nodejs24.x would), from a copy in an empty temporary directory
 * so that nothing outside the bundle (no node_modules) can be resolved.
 */
const run = promisify(execFile);

/** Loads the bundle like the Lambda runtime does (import, then call `handler`) and writes the result to a file. */
const RUNNER = `
// Built-ins through process.getBuiltinModule, not ES imports: the runner must not itself load what
// the bundle's own imports are checked for below (an ES import of node:fs loads fs's streams).
const { writeFileSync, readFileSync } = process.getBuiltinModule('node:fs');
const { pathToFileURL } = process.getBuiltinModule('node:url');
const [bundle, eventFile, resultFile] = process.argv.slice(1);
const context = {
  functionName: 'bundle-test', functionVersion: '$LATEST', memoryLimitInMB: '512',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:bundle-test',
  awsRequestId: 'bundle-test-request', logGroupName: 'bundle-test', logStreamName: 'bundle-test',
  getRemainingTimeInMillis: () => 30000, callbackWaitsForEmptyEventLoop: true,
};
const module = await import(pathToFileURL(bundle).href);
// Node's internal modules loaded by the import alone, before any event
const loadedAtInit = process.moduleLoadList.filter((name) => name.startsWith('NativeModule '));
const result = await module.handler(JSON.parse(readFileSync(eventFile, 'utf8')), context);
writeFileSync(resultFile, JSON.stringify({ node: process.versions.node, loadedAtInit, result }));
`;

const S3_TEST_EVENT_MESSAGE = {
  Service: 'Amazon S3',
  Event: 's3:TestEvent',
  Time: '2026-11-29T10:00:00.000Z',
  Bucket: 'accord-articles-dev-123456789012-us-east-1',
  RequestId: 'C3D13FE58DE4C810',
  HostId: 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD',
};

const SQS_EVENT = {
  Records: [
    {
      messageId: '2e1424d4-f796-459a-8184-9c92662be6da',
      receiptHandle: 'AQEBzWwaftRI0KuVm4tP+/7q1rGgNqicHq...',
      body: JSON.stringify(S3_TEST_EVENT_MESSAGE),
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: '1764410400000',
        SenderId: 'AIDAJHIPRHEMV73VRJEBU',
        ApproximateFirstReceiveTimestamp: '1764410400100',
      },
      messageAttributes: {},
      md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:accord-ingest-dev',
      awsRegion: 'us-east-1',
    },
  ],
};

/** What Secrets Manager returns for the stack's generated cursor secret. */
const CURSOR_SECRET_RESPONSE = {
  ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:accord/dev/cursor-hmac-key-AbCdEf',
  Name: 'accord/dev/cursor-hmac-key',
  VersionId: 'c0ffee00-0000-4000-8000-000000000001',
  SecretString: 'q'.repeat(64),
  VersionStages: ['AWSCURRENT'],
  CreatedDate: 1764410400,
};

const OPENAPI_REQUEST = {
  version: '2.0',
  routeKey: 'GET /openapi.json',
  rawPath: '/openapi.json',
  rawQueryString: '',
  headers: { accept: 'application/json', host: 'abc123.execute-api.us-east-1.amazonaws.com' },
  requestContext: {
    accountId: '123456789012',
    apiId: 'abc123',
    domainName: 'abc123.execute-api.us-east-1.amazonaws.com',
    domainPrefix: 'abc123',
    http: { method: 'GET', path: '/openapi.json', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bundle-test' },
    requestId: 'bundle-test-request',
    routeKey: 'GET /openapi.json',
    stage: '$default',
    time: '29/Nov/2026:10:00:00 +0000',
    timeEpoch: 1764410400000,
  },
  isBase64Encoded: false,
};

describe('Lambda bundles run in a fresh Node process', () => {
  let synth: SynthesizedStage;
  let workDir: string;
  /** Stands in for every AWS endpoint: any request the handlers make is recorded here. */
  let awsStandIn: Server;
  const awsRequests: string[] = [];

  beforeAll(async () => {
    synth = synthStage('dev');
    workDir = mkdtempSync(join(tmpdir(), 'accord-bundles-'));
    awsStandIn = createServer((request, response) => {
      const target = String(request.headers['x-amz-target'] ?? '');
      awsRequests.push(`${request.method} ${request.url} ${target}`.trim());
      if (target === 'secretsmanager.GetSecretValue') {
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(CURSOR_SECRET_RESPONSE));
        return;
      }
      // 403 is not retried, so a handler that does call AWS fails fast instead of backing off.
      response.writeHead(403, { 'content-type': 'application/xml' }).end('<Error><Code>AccessDenied</Code><Message>bundle test</Message></Error>');
    });
    await new Promise<void>((resolve) => awsStandIn.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => awsStandIn.close(() => resolve()));
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  /** Copies the function's asset to an isolated directory and invokes it there with `event`. */
  async function invoke(
    service: string,
    event: unknown,
    extraEnv: Record<string, string> = {},
  ): Promise<{ node: string; loadedAtInit: string[]; result: any }> {
    const [logicalId, fn] = functionOf(synth.json, service);
    const isolated = join(workDir, service);
    cpSync(assetDirectoryOf(synth, logicalId), isolated, { recursive: true });
    const eventFile = join(workDir, `${service}-event.json`);
    const resultFile = join(workDir, `${service}-result.json`);
    writeFileSync(eventFile, JSON.stringify(event));

    // The function's own environment from the template; references become placeholder names.
    const templateEnv = fn.Properties!.Environment.Variables as Record<string, unknown>;
    const functionEnv = Object.fromEntries(
      Object.entries(templateEnv).map(([key, value]) => [key, typeof value === 'string' ? value : `bundle-test-${key.toLowerCase()}`]),
    );
    const endpoint = `http://127.0.0.1:${(awsStandIn.address() as AddressInfo).port}`;
    await run(process.execPath, ['--input-type=module', '-e', RUNNER, join(isolated, 'index.mjs'), eventFile, resultFile], {
      cwd: isolated,
      timeout: 30_000,
      env: {
        PATH: process.env.PATH,
        ...functionEnv,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIABUNDLETEST',
        AWS_SECRET_ACCESS_KEY: 'bundle-test-secret',
        AWS_ENDPOINT_URL: endpoint,
        AWS_ENDPOINT_URL_S3: endpoint,
        AWS_EC2_METADATA_DISABLED: 'true',
        POWERTOOLS_METRICS_DISABLED: 'true',
        ...extraEnv,
      },
    });
    return JSON.parse(readFileSync(resultFile, 'utf8'));
  }

  function reportSize(service: string): void {
    const [logicalId] = functionOf(synth.json, service);
    const dir = assetDirectoryOf(synth, logicalId);
    const sizes = readdirSync(dir).map((file) => `${file} ${(statSync(join(dir, file)).size / 1024).toFixed(0)} KiB`);
    console.log(`[bundle size] ${service}: ${sizes.join(', ')}`);
  }

  it('ingest: an S3 test event is acknowledged with no failures and no AWS call', async () => {
    reportSize(INGEST_SERVICE);
    const before = awsRequests.length;
    const { node, loadedAtInit, result } = await invoke(INGEST_SERVICE, SQS_EVENT);
    expect(node.split('.')[0]).toBe('24');
    expect(result).toEqual({ batchItemFailures: [] });
    expect(awsRequests.slice(before)).toEqual([]);
    expectNoFacadeLoads(loadedAtInit);
  });

  it('ingest (control): a real ObjectCreated record does reach AWS through the bundled SDK and is reported as a failed batch item', async () => {
    const before = awsRequests.length;
    const created = {
      Records: [
        {
          eventVersion: '2.1',
          eventSource: 'aws:s3',
          awsRegion: 'us-east-1',
          eventTime: '2026-11-29T10:00:00.000Z',
          eventName: 'ObjectCreated:Put',
          s3: {
            s3SchemaVersion: '1.0',
            configurationId: 'articles',
            bucket: { name: 'accord-articles-dev', arn: 'arn:aws:s3:::accord-articles-dev' },
            object: { key: 'articles/summit.txt', size: 1200, eTag: '0123456789abcdef0123456789abcdef', versionId: 'v1', sequencer: '0065A1B2C3D4E5F601' },
          },
        },
      ],
    };
    const event = { Records: [{ ...SQS_EVENT.Records[0]!, messageId: 'created-1', body: JSON.stringify(created) }] };
    const { result } = await invoke(INGEST_SERVICE, event);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'created-1' }] });
    expect(awsRequests.length).toBeGreaterThan(before);
    // the article's requests, and the analysts' dictionary checked while the article is fetched
    const requests = awsRequests.slice(before);
    expect(requests.some((request) => request.includes('articles/summit.txt'))).toBe(true);
    expect(requests.every((request) => request.includes('articles/summit.txt') || request.includes(DICTIONARY_KEY))).toBe(true);
  });

  /**
   * Importing the bundle loads neither Node's bundled undici nor fs's streams: nothing in the
   * handlers uses them, and only an ES module facade of node:http or node:fs (which reads every
   * export, lazy getters included) would load them. The bundles load built-ins through CommonJS
   * shims instead (infra/node-builtins/aliases.mjs), which saves tens of ms of every cold start.
   */
  function expectNoFacadeLoads(loadedAtInit: string[]): void {
    expect(loadedAtInit.length, 'the runner lists internal modules').toBeGreaterThan(20);
    expect(loadedAtInit.filter((name) => /\/undici\b|internal\/fs\/streams\b/.test(name))).toEqual([]);
  }

  function expectOpenApiDocument(result: any): void {
    expect(result.statusCode).toBe(200);
    const body = JSON.parse(result.isBase64Encoded ? Buffer.from(result.body, 'base64').toString('utf8') : result.body);
    expect(String(body.openapi)).toMatch(/^3\./);
    expect(Object.keys(body.paths ?? {}).length).toBeGreaterThan(0);
  }

  it('API: GET /openapi.json answers 200 with the OpenAPI document, no AWS call (cursor key given directly)', async () => {
    reportSize(API_SERVICE);
    const before = awsRequests.length;
    const { node, loadedAtInit, result } = await invoke(API_SERVICE, OPENAPI_REQUEST, { [ENV.cursorKey]: 'bundle-test-cursor-key' });
    expect(node.split('.')[0]).toBe('24');
    expectOpenApiDocument(result);
    expect(awsRequests.slice(before)).toEqual([]);
    expectNoFacadeLoads(loadedAtInit);
  });

  it('API as deployed: reads the cursor key from Secrets Manager once (bundled client), then answers 200', async () => {
    const before = awsRequests.length;
    const { result } = await invoke(API_SERVICE, OPENAPI_REQUEST);
    expectOpenApiDocument(result);
    expect(awsRequests.slice(before)).toEqual(['POST / secretsmanager.GetSecretValue']);
  });
});
