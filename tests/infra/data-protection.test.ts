import { beforeAll, describe, expect, it } from 'vitest';
import { STAGES, type StageName } from '../../infra/stage-config.ts';
import { onlyResourceOfType, referencedId, resourcesOfType, synthStage, type CfnResource, type SynthesizedStage } from './synth-stage.ts';

/** What each stage must do with its data; the config is tested separately, this pins the template. */
const EXPECTED: Record<StageName, { deletionPolicy: string; pitr: boolean; deletionProtection: boolean; autoDelete: boolean }> = {
  dev: { deletionPolicy: 'Delete', pitr: false, deletionProtection: false, autoDelete: true },
  staging: { deletionPolicy: 'Retain', pitr: true, deletionProtection: false, autoDelete: false },
  prod: { deletionPolicy: 'Retain', pitr: true, deletionProtection: true, autoDelete: false },
};

const TLS_ONLY = expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });

describe.each(STAGES)('data at rest and in transit on %s', (stage: StageName) => {
  const expected = EXPECTED[stage];
  let synth: SynthesizedStage;
  let articles: [string, CfnResource];
  let accessLogs: [string, CfnResource];

  beforeAll(() => {
    synth = synthStage(stage);
    const buckets = resourcesOfType(synth.json, 'AWS::S3::Bucket');
    // articles, access logs, the analytics export and Athena's results (the last two: tests/infra/analytics-export.test.ts)
    expect(buckets).toHaveLength(4);
    articles = buckets.find(([, b]) => b.Properties?.NotificationConfiguration)!;
    accessLogs = buckets.find(([, b]) => !b.Properties?.LoggingConfiguration)!;
  });

  const bucketPolicyOf = (bucketId: string) =>
    resourcesOfType(synth.json, 'AWS::S3::BucketPolicy').find(([, p]) => referencedId(p.Properties!.Bucket) === bucketId)![1];

  it('articles bucket: private, encrypted, TLS only, versioned, old versions expire, access logs to the log bucket', () => {
    const [id, bucket] = articles;
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LoggingConfiguration: { DestinationBucketName: { Ref: accessLogs[0] }, LogFilePrefix: 'articles-bucket/' },
    });
    expect(bucket.Properties!.LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({
        Status: 'Enabled',
        NoncurrentVersionExpiration: { NoncurrentDays: synth.config.noncurrentVersionDays },
      }),
    );
    expect(bucketPolicyOf(id).Properties!.PolicyDocument.Statement).toContainEqual(TLS_ONLY);
  });

  it('access log bucket: private, encrypted, TLS only, writable by the S3 logging service, logs expire', () => {
    const [id, bucket] = accessLogs;
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LifecycleConfiguration: { Rules: [expect.objectContaining({ ExpirationInDays: synth.config.accessLogDays, Status: 'Enabled' })] },
    });
    const statements = bucketPolicyOf(id).Properties!.PolicyDocument.Statement;
    expect(statements).toContainEqual(TLS_ONLY);
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject' }));
  });

  it('queues: SSE and TLS only, for the ingest queue, the DLQ and the export failures queue', () => {
    const queues = resourcesOfType(synth.json, 'AWS::SQS::Queue');
    expect(queues).toHaveLength(3);
    for (const [id, queue] of queues) {
      expect(queue.Properties!.SqsManagedSseEnabled).toBe(true);
      const policy = resourcesOfType(synth.json, 'AWS::SQS::QueuePolicy').find(([, p]) =>
        (p.Properties!.Queues as unknown[]).some((q) => referencedId(q) === id),
      );
      expect(policy, `queue ${id} has a policy`).toBeDefined();
      expect(policy![1].Properties!.PolicyDocument.Statement).toContainEqual(TLS_ONLY);
    }
  });

  it(`table: encrypted, point-in-time recovery ${expected.pitr ? 'on' : 'off'}, deletion protection ${expected.deletionProtection ? 'on' : 'off'}`, () => {
    const [, table] = onlyResourceOfType(synth.json, 'AWS::DynamoDB::Table');
    expect(table.Properties!.SSESpecification).toEqual({ SSEEnabled: true });
    expect(table.Properties!.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: expected.pitr });
    expect(table.Properties!.DeletionProtectionEnabled ?? false).toBe(expected.deletionProtection);
  });

  it(`removal policy: stateful resources are ${expected.deletionPolicy === 'Delete' ? 'destroyed' : 'retained'} with the stack`, () => {
    const stateful = [
      'AWS::S3::Bucket',
      'AWS::DynamoDB::Table',
      'AWS::SQS::Queue',
      'AWS::Logs::LogGroup',
      'AWS::SecretsManager::Secret',
      'AWS::KMS::Key',
    ].flatMap((type) => resourcesOfType(synth.json, type));
    // 4 buckets, table, 3 queues, 4 log groups, secret, alarm key.
    expect(stateful).toHaveLength(14);
    for (const [id, resource] of stateful) {
      // Queues carry transient messages only: CDK's default (Delete) is right in every stage.
      const want = resource.Type === 'AWS::SQS::Queue' ? 'Delete' : expected.deletionPolicy;
      expect(resource.DeletionPolicy, id).toBe(want);
      expect(resource.UpdateReplacePolicy, id).toBe(want);
    }
  });

  it(`${expected.autoDelete ? 'empties' : 'never empties'} buckets on stack deletion`, () => {
    expect(resourcesOfType(synth.json, 'Custom::S3AutoDeleteObjects')).toHaveLength(expected.autoDelete ? 4 : 0);
  });

  it('cursor secret: generated by Secrets Manager, never in the template', () => {
    const [, secret] = onlyResourceOfType(synth.json, 'AWS::SecretsManager::Secret');
    expect(secret.Properties!.GenerateSecretString).toEqual({ ExcludePunctuation: true, PasswordLength: 64 });
    expect(secret.Properties!.SecretString).toBeUndefined();
  });
});
