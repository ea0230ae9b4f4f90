import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_SERVICE } from '../../infra/constructs/events-api.ts';
import { INGEST_SERVICE } from '../../infra/constructs/ingest-function.ts';
import {
  ARTICLE_PREFIX,
  ENV,
  EVENTS_TABLE,
  INGEST_BATCH_SIZE,
  MAX_RECEIVE_COUNT,
  STACK_OUTPUTS,
  stackName,
  VISIBILITY_TIMEOUT_FACTOR,
} from '../../infra/resources.ts';
import { STAGES, type StageName } from '../../infra/stage-config.ts';
import {
  functionOf,
  ingestEventSourceMapping,
  onlyResourceOfType,
  referencedId,
  resourcesOfType,
  synthStage,
  type CfnResource,
  type SynthesizedStage,
} from './synth-stage.ts';

describe.each(STAGES)('pipeline wiring on %s', (stage: StageName) => {
  let synth: SynthesizedStage;
  let ingestId: string;
  let ingest: CfnResource;
  let queueId: string;
  let queue: CfnResource;

  beforeAll(() => {
    synth = synthStage(stage);
    [ingestId, ingest] = functionOf(synth.json, INGEST_SERVICE);
    const mapping = ingestEventSourceMapping(synth.json)[1];
    queueId = referencedId(mapping.Properties!.EventSourceArn);
    queue = synth.json.Resources[queueId]!;
  });

  it('is the stack named by stackName(stage)', () => {
    expect(synth.stack.stackName).toBe(stackName(stage));
  });

  it('notifies the ingest queue of ObjectCreated and ObjectRemoved under articles/ only', () => {
    const buckets = resourcesOfType(synth.json, 'AWS::S3::Bucket').filter(([, b]) => b.Properties?.NotificationConfiguration);
    expect(buckets).toHaveLength(1);
    const [bucketId, bucket] = buckets[0]!;
    const configs = bucket.Properties!.NotificationConfiguration.QueueConfigurations as any[];
    expect(configs.map((c) => c.Event).sort()).toEqual(['s3:ObjectCreated:*', 's3:ObjectRemoved:*']);
    for (const config of configs) {
      expect(referencedId(config.Queue)).toBe(queueId);
      expect(config.Filter).toEqual({ S3Key: { Rules: [{ Name: 'prefix', Value: ARTICLE_PREFIX }] } });
    }
    expect(bucket.Properties!.NotificationConfiguration.LambdaConfigurations).toBeUndefined();
    expect(bucket.Properties!.NotificationConfiguration.TopicConfigurations).toBeUndefined();

    // S3 checks the destination when it saves the configuration: the queue policy must exist first.
    const [policyId, policy] = resourcesOfType(synth.json, 'AWS::SQS::QueuePolicy').find(([, p]) =>
      (p.Properties!.Queues as unknown[]).some((q) => referencedId(q) === queueId),
    )!;
    expect([bucket.DependsOn].flat()).toContain(policyId);
    expect(policy.Properties!.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Condition: expect.objectContaining({ ArnEquals: { 'aws:SourceArn': expect.anything() } }),
      }),
    );
    // No CDK notification custom resource (and its wildcard-permission Lambda) is deployed.
    expect(resourcesOfType(synth.json, 'Custom::S3BucketNotifications')).toEqual([]);
    expect(bucketId).toMatch(/^Articles/);
  });

  it(`redrives to the DLQ after ${MAX_RECEIVE_COUNT} receives (≥ 5)`, () => {
    const redrive = queue.Properties!.RedrivePolicy;
    expect(redrive.maxReceiveCount).toBe(MAX_RECEIVE_COUNT);
    expect(redrive.maxReceiveCount).toBeGreaterThanOrEqual(5);
    const dlq = synth.json.Resources[referencedId(redrive.deadLetterTargetArn)]!;
    expect(dlq.Type).toBe('AWS::SQS::Queue');
    expect(dlq.Properties!.RedrivePolicy).toBeUndefined();
    expect(dlq.Properties!.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });

  it(`keeps messages invisible for at least ${VISIBILITY_TIMEOUT_FACTOR} × the ingest timeout`, () => {
    const timeout = ingest.Properties!.Timeout as number;
    expect(timeout).toBe(synth.config.ingest.timeout.toSeconds());
    expect(queue.Properties!.VisibilityTimeout).toBeGreaterThanOrEqual(VISIBILITY_TIMEOUT_FACTOR * timeout);
    expect(VISIBILITY_TIMEOUT_FACTOR).toBeGreaterThanOrEqual(6);
  });

  it('feeds the ingest function with partial batch failures, the batch size and the stage maxConcurrency', () => {
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: ingestId },
      BatchSize: INGEST_BATCH_SIZE,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: synth.config.ingest.maxConcurrency },
    });
  });

  it.each([INGEST_SERVICE, API_SERVICE])('runs %s on nodejs24.x, arm64, handler index.handler, with the stage sizing', (service) => {
    const [, fn] = functionOf(synth.json, service);
    const settings = service === INGEST_SERVICE ? synth.config.ingest : synth.config.api;
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: settings.memoryMb,
      Timeout: settings.timeout.toSeconds(),
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: { LogFormat: 'JSON', ApplicationLogLevel: synth.config.logLevel },
    });
    const env = fn.Properties!.Environment.Variables;
    // stack traces are source-mapped on demand inside the bundle (infra/lambda-runtime/), not by Node at every cold start
    expect(env).not.toHaveProperty('NODE_OPTIONS');
    expect(env).toMatchObject({
      POWERTOOLS_SERVICE_NAME: service,
      POWERTOOLS_METRICS_NAMESPACE: `Accord/${stage}`,
      POWERTOOLS_LOG_LEVEL: synth.config.logLevel,
      [ENV.stage]: stage,
      [ENV.tableName]: { Ref: expect.any(String) },
    });
    expect(synth.json.Resources[referencedId(env[ENV.tableName])]!.Type).toBe('AWS::DynamoDB::Table');
  });

  it('tells ingest its bucket, prefix and the article size limit; tells the API the cursor secret name', () => {
    const ingestEnv = ingest.Properties!.Environment.Variables;
    expect(ingestEnv[ENV.articlePrefix]).toBe(ARTICLE_PREFIX);
    expect(ingestEnv[ENV.maxArticleBytes]).toBe(String(synth.config.maxArticleBytes));
    expect(ingestEnv[ENV.extractionMaxWork]).toBe(String(synth.config.extractionBudget.maxWork));
    expect(ingestEnv[ENV.extractionMaxMs]).toBe(String(synth.config.extractionBudget.maxMs));
    expect(synth.json.Resources[referencedId(ingestEnv[ENV.bucketName])]!.Type).toBe('AWS::S3::Bucket');
    expect(ingestEnv[ENV.cursorSecretName]).toBeUndefined();

    const apiEnv = functionOf(synth.json, API_SERVICE)[1].Properties!.Environment.Variables;
    const [, secret] = onlyResourceOfType(synth.json, 'AWS::SecretsManager::Secret');
    expect(apiEnv[ENV.cursorSecretName]).toBe(secret.Properties!.Name);
    expect(secret.Properties!.GenerateSecretString).toMatchObject({ PasswordLength: 64 });
    expect(secret.Properties!.SecretString).toBeUndefined();
    expect(apiEnv[ENV.cursorKey]).toBeUndefined();
  });

  it('builds the table from the shared definition: string keys, every index, on demand', () => {
    const [, table] = onlyResourceOfType(synth.json, 'AWS::DynamoDB::Table');
    const keyNames = [
      EVENTS_TABLE.partitionKey,
      EVENTS_TABLE.sortKey,
      ...EVENTS_TABLE.globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
    ];
    expect(table.Properties!.AttributeDefinitions).toEqual(
      expect.arrayContaining([...new Set(keyNames)].map((name) => ({ AttributeName: name, AttributeType: 'S' }))),
    );
    expect(table.Properties!.AttributeDefinitions).toHaveLength(new Set(keyNames).size);
    expect(table.Properties!.KeySchema).toEqual([
      { AttributeName: EVENTS_TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: EVENTS_TABLE.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.Properties!.GlobalSecondaryIndexes).toEqual(
      EVENTS_TABLE.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    expect(table.Properties!.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties!.TableName).toBe(`${EVENTS_TABLE.baseName}-${stage}`);
  });

  it('exports the outputs the CLI reads, under the STACK_OUTPUTS keys', () => {
    expect(Object.keys(synth.json.Outputs ?? {}).sort()).toEqual(Object.values(STACK_OUTPUTS).sort());
    synth.template.hasOutput(STACK_OUTPUTS.apiUrl, {
      Value: { 'Fn::Join': ['', Match.arrayWith(['https://', '.execute-api.', '/'])] },
    });
    const outputs = synth.json.Outputs!;
    const typeOf = (key: string) => synth.json.Resources[referencedId(outputs[key]!.Value)]!.Type;
    expect(typeOf(STACK_OUTPUTS.bucketName)).toBe('AWS::S3::Bucket');
    expect(referencedId(outputs[STACK_OUTPUTS.queueUrl]!.Value)).toBe(queueId);
    expect(typeOf(STACK_OUTPUTS.deadLetterQueueUrl)).toBe('AWS::SQS::Queue');
    expect(typeOf(STACK_OUTPUTS.tableName)).toBe('AWS::DynamoDB::Table');
    expect(typeOf(STACK_OUTPUTS.exportBucketName)).toBe('AWS::S3::Bucket');
    expect(typeOf(STACK_OUTPUTS.exportFunctionName)).toBe('AWS::Lambda::Function');
  });

  it('needs no account or region at synth time (environment-agnostic)', () => {
    expect(synth.stack.environment).toBe('aws://unknown-account/unknown-region');
  });
});
