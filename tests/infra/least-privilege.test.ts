import { readdir, readFile } from 'node:fs/promises';
import { join as joinPath } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/constructs/project-root.ts';
import { TABLE_READ_ACTIONS, TABLE_WRITE_ACTIONS } from '../../infra/constructs/table-access.ts';
import { API_SERVICE } from '../../infra/constructs/events-api.ts';
import { INGEST_SERVICE } from '../../infra/constructs/ingest-function.ts';
import { EXPORT_SERVICE } from '../../infra/constructs/analytics-export.ts';
import { analyticsNames, ARTICLE_PREFIX, BATCH_RECORD_PREFIX, DICTIONARY_KEY, EVENTS_TABLE } from '../../infra/resources.ts';
import { STAGES, type StageName } from '../../infra/stage-config.ts';
import { functionOf, ingestEventSourceMapping, onlyResourceOfType, referencedId, resourcesOfType, synthStage, type SynthesizedStage } from './synth-stage.ts';

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const join = (...parts: unknown[]) => ({ 'Fn::Join': ['', parts] });
const sorted = (statements: Statement[]) =>
  statements.map((s) => ({ ...s, Action: [s.Action].flat().sort() })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe.each(STAGES)('IAM least privilege on %s', (stage: StageName) => {
  let synth: SynthesizedStage;
  let bucketId: string;
  let tableId: string;
  let queueId: string;
  let secretId: string;

  /** The statements granted to a function's role: its inline policies and every attached AWS::IAM::Policy. */
  function statementsOf(service: string): { roleId: string; statements: Statement[] } {
    const [, fn] = functionOf(synth.json, service);
    const roleId = referencedId(fn.Properties!.Role);
    const role = synth.json.Resources[roleId]!;
    expect(role.Properties!.ManagedPolicyArns ?? []).toEqual([]);
    expect(role.Properties!.Policies ?? []).toEqual([]);
    expect(role.Properties!.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
    ]);
    const policies = resourcesOfType(synth.json, 'AWS::IAM::Policy').filter(([, p]) =>
      (p.Properties!.Roles as unknown[]).some((r) => referencedId(r) === roleId),
    );
    return { roleId, statements: policies.flatMap(([, p]) => p.Properties!.PolicyDocument.Statement as Statement[]) };
  }

  const tableAndIndexes = () => [arn(tableId), ...EVENTS_TABLE.globalSecondaryIndexes.map((i) => join(arn(tableId), `/index/${i.indexName}`))];
  const ownLogGroup = (service: string) => arn(referencedId(functionOf(synth.json, service)[1].Properties!.LoggingConfig.LogGroup));
  const xray = { Effect: 'Allow', Action: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], Resource: '*' };

  beforeAll(() => {
    synth = synthStage(stage);
    bucketId = resourcesOfType(synth.json, 'AWS::S3::Bucket').find(([, b]) => b.Properties?.NotificationConfiguration)![0];
    tableId = onlyResourceOfType(synth.json, 'AWS::DynamoDB::Table')[0];
    queueId = referencedId(ingestEventSourceMapping(synth.json)[1].Properties!.EventSourceArn);
    secretId = onlyResourceOfType(synth.json, 'AWS::SecretsManager::Secret')[0];
  });

  it('ingest: reads articles/* and the dictionary key of its bucket, writes and deletes batch records in articles/.batch/*, consumes its queue, reads and writes its table, nothing else', () => {
    const { statements } = statementsOf(INGEST_SERVICE);
    expect(sorted(statements)).toEqual(
      sorted([
        { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: ownLogGroup(INGEST_SERVICE) },
        xray,
        { Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: join(arn(bucketId), `/${ARTICLE_PREFIX}*`) },
        // batches fan out into one object per article, and take them along when deleted (docs/batches.md)
        { Effect: 'Allow', Action: ['s3:DeleteObject', 's3:PutObject'], Resource: join(arn(bucketId), `/${BATCH_RECORD_PREFIX}*`) },
        // the analysts' dictionary: one key, its current version only, no wildcard
        { Effect: 'Allow', Action: 's3:GetObject', Resource: join(arn(bucketId), `/${DICTIONARY_KEY}`) },
        // 404 instead of 403 for an article deleted before it was read (see ingest-function.ts).
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: arn(bucketId) },
        {
          Effect: 'Allow',
          Action: ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'],
          Resource: arn(queueId),
        },
        // a batch split that runs out of time puts its continuation on the same queue
        { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arn(queueId) },
        { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: tableAndIndexes() },
        {
          Effect: 'Allow',
          Action: ['dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
          Resource: arn(tableId),
        },
      ]),
    );
  });

  it('API: reads the table and the cursor secret, nothing else', () => {
    const { statements } = statementsOf(API_SERVICE);
    expect(sorted(statements)).toEqual(
      sorted([
        { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: ownLogGroup(API_SERVICE) },
        xray,
        { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: tableAndIndexes() },
        { Effect: 'Allow', Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], Resource: { Ref: secretId } },
      ]),
    );
  });

  it('export: reads the table stream (not the table), reads and writes events/* of its bucket, reports failures to its queue, nothing else', () => {
    const { statements } = statementsOf(EXPORT_SERVICE);
    const exportBucketId = resourcesOfType(synth.json, 'AWS::S3::Bucket').find(([, b]) =>
      JSON.stringify(b.Properties?.BucketName ?? '').includes('accord-analytics-'),
    )![0];
    const failuresId = resourcesOfType(synth.json, 'AWS::SQS::Queue').find(([id]) => id.startsWith('AnalyticsFailures'))![0];
    expect(sorted(statements)).toEqual(
      sorted([
        { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: ownLogGroup(EXPORT_SERVICE) },
        xray,
        {
          Effect: 'Allow',
          Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
          Resource: join(arn(exportBucketId), `/${analyticsNames(stage).exportPrefix}*`),
        },
        // listing only under the prefix: what makes S3 answer a day without a file with 404, not 403
        {
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: arn(exportBucketId),
          Condition: { StringLike: { 's3:prefix': `${analyticsNames(stage).exportPrefix}*` } },
        },
        // the stream event source: ListStreams has no resource-level permission; the reads name the stream
        { Effect: 'Allow', Action: 'dynamodb:ListStreams', Resource: '*' },
        {
          Effect: 'Allow',
          Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
          Resource: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
        },
        { Effect: 'Allow', Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'], Resource: arn(failuresId) },
      ]),
    );
  });

  it('grants no wildcard action anywhere, and resource "*" only for the X-Ray actions', () => {
    const documents = [
      ...resourcesOfType(synth.json, 'AWS::IAM::Policy').map(([, p]) => p.Properties!.PolicyDocument),
      ...resourcesOfType(synth.json, 'AWS::IAM::Role').flatMap(([, r]) => (r.Properties!.Policies ?? []).map((p: any) => p.PolicyDocument)),
    ];
    const statements: Statement[] = documents.flatMap((d) => d.Statement);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements.filter((s) => s.Effect === 'Allow')) {
      for (const action of [statement.Action].flat()) expect(action).not.toMatch(/(^\*$|:\*$)/);
      if ([statement.Resource].flat().includes('*')) {
        // X-Ray's two actions and DynamoDB's ListStreams support no resource-level permissions
        expect([statement.Action].flat().every((action) => action.startsWith('xray:') || action === 'dynamodb:ListStreams')).toBe(true);
      }
    }
  });

  it('has no other Lambda roles than the three functions (plus the dev-only bucket auto-delete provider)', () => {
    const functionRoles = [INGEST_SERVICE, API_SERVICE, EXPORT_SERVICE].map((service) => statementsOf(service).roleId);
    const others = resourcesOfType(synth.json, 'AWS::IAM::Role')
      .map(([id]) => id)
      .filter((id) => !functionRoles.includes(id));
    if (synth.config.autoDeleteObjects) {
      expect(others).toEqual([expect.stringMatching(/^CustomS3AutoDeleteObjectsCustomResourceProviderRole/)]);
    } else {
      expect(others).toEqual([]);
    }
  });

  it('lets only S3 (this account, this bucket) send to the ingest queue, and only over TLS', () => {
    const [, policy] = resourcesOfType(synth.json, 'AWS::SQS::QueuePolicy').find(([, p]) =>
      (p.Properties!.Queues as unknown[]).some((q) => referencedId(q) === queueId),
    )!;
    const statements = policy.Properties!.PolicyDocument.Statement as (Statement & { Principal: unknown })[];
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0]).toMatchObject({
      Principal: { Service: 's3.amazonaws.com' },
      Action: 'sqs:SendMessage',
      Resource: arn(queueId),
      Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
    });
    expect(JSON.stringify(allows[0]!.Condition)).toContain(`accord-articles-${stage}-`);
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
  });
});

describe('table grants match what the repository calls', () => {
  /** DynamoDB document-client command → the IAM action it needs. */
  const ACTION_OF: Record<string, string> = {
    GetCommand: 'dynamodb:GetItem',
    QueryCommand: 'dynamodb:Query',
    PutCommand: 'dynamodb:PutItem',
    UpdateCommand: 'dynamodb:UpdateItem',
    DeleteCommand: 'dynamodb:DeleteItem',
    BatchGetCommand: 'dynamodb:BatchGetItem',
    BatchWriteCommand: 'dynamodb:BatchWriteItem',
    ScanCommand: 'dynamodb:Scan',
    TransactGetCommand: 'dynamodb:GetItem',
  };
  /** Items of TransactWriteItems are authorized as their own actions. */
  const TRANSACT_ITEM_ACTION: Record<string, string> = {
    Put: 'dynamodb:PutItem',
    Update: 'dynamodb:UpdateItem',
    Delete: 'dynamodb:DeleteItem',
    ConditionCheck: 'dynamodb:ConditionCheckItem',
  };

  it('grants ingest every action the storage code uses (and the API the read ones)', async () => {
    const dir = joinPath(PROJECT_ROOT, 'shared', 'storage');
    const sources = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.ts')).map((f) => readFile(joinPath(dir, f), 'utf8')));
    const used = new Set<string>();
    for (const source of sources) {
      for (const [, command] of source.matchAll(/new (\w+Command)\(/g)) {
        if (command === 'TransactWriteCommand') continue;
        const action = ACTION_OF[command!];
        expect(action, `unmapped DynamoDB command ${command}`).toBeDefined();
        used.add(action!);
      }
      if (source.includes('TransactWriteCommand')) {
        for (const [, kind] of source.matchAll(/\{\s*(Put|Update|Delete|ConditionCheck):\s*\{/g)) used.add(TRANSACT_ITEM_ACTION[kind!]!);
      }
    }
    expect(used.size).toBeGreaterThan(0);
    const granted = new Set<string>([...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS]);
    for (const action of used) expect(granted.has(action), `ingest needs ${action}`).toBe(true);
    expect(used.has('dynamodb:Scan')).toBe(false);
    // The API is granted exactly the read actions; every one of them is in use.
    for (const action of TABLE_READ_ACTIONS) expect(used.has(action)).toBe(true);
  });
});
