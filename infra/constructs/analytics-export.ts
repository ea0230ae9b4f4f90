import { Duration, Stack } from 'aws-cdk-lib';
import type { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV, type analyticsNames } from '../resources.ts';
import type { StageConfig } from '../stage-config.ts';
import { acknowledge } from './acknowledge.ts';
import { AnalyticsCatalog } from './analytics-catalog.ts';
import { BundledFunction } from './bundled-function.ts';
import type { EventsTable } from './events-table.ts';
import { ALARM_PERIOD, notifyingAlarms } from './pipeline-alarms.ts';

export const EXPORT_ENTRY = 'functions/export/handler.ts';
export const EXPORT_SERVICE = 'accord-export';

export interface AnalyticsExportProps {
  config: StageConfig;
  names: ReturnType<typeof analyticsNames>;
  table: EventsTable;
  accessLogs: Bucket;
  topic: Topic;
}

/**
 * The analytics copy of a stage (docs/analytics.md): the table's stream drives the export
 * function, which applies each batch to the Parquet file of every day it touched in the export bucket;
 * Athena reads it through the catalog. A batch that keeps failing is retried (halved each time) and
 * then described in the failure queue; alarms fire on errors, on a stuck stream and on that queue.
 */
export class AnalyticsExport extends Construct {
  readonly exportBucket: Bucket;
  readonly resultsBucket: Bucket;
  readonly bundled: BundledFunction;
  readonly failures: Queue;
  readonly catalog: AnalyticsCatalog;
  readonly alarms: Alarm[];

  constructor(scope: Construct, id: string, props: AnalyticsExportProps) {
    super(scope, id);
    const { config, names } = props;
    const bucket = (bucketId: string, bucketName: string, extra: { logPrefix: string; expireDays?: number }) =>
      new Bucket(this, bucketId, {
        bucketName,
        encryption: BucketEncryption.S3_MANAGED,
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
        enforceSSL: true,
        serverAccessLogsBucket: props.accessLogs,
        serverAccessLogsPrefix: extra.logPrefix,
        ...(extra.expireDays ? { lifecycleRules: [{ id: 'expire-results', expiration: Duration.days(extra.expireDays) }] } : {}),
        removalPolicy: config.removalPolicy,
        autoDeleteObjects: config.autoDeleteObjects,
      });
    // Derived data, rebuilt from the table at any time: no versioning.
    this.exportBucket = bucket('ExportBucket', names.exportBucket, { logPrefix: 'analytics-export/' });
    this.resultsBucket = bucket('ResultsBucket', names.resultsBucket, { logPrefix: 'athena-results/', expireDays: config.analytics.resultDays });

    this.bundled = new BundledFunction(this, 'Export', {
      entry: EXPORT_ENTRY,
      description: `Accord ${config.stage}: events table stream -> Parquet per event day for Athena`,
      settings: config.analytics.export,
      config,
      serviceName: EXPORT_SERVICE,
      environment: {
        [ENV.exportBucket]: this.exportBucket.bucketName,
        [ENV.exportPrefix]: names.exportPrefix,
      },
    });
    const fn = this.bundled.function;
    // The table is not read: the stream's images carry the events (shared/analytics/day-export.ts).
    // A day's file is read back, changed and written again; listing (only under the prefix) is what
    // makes S3 answer a missing day with 404 rather than 403.
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        resources: [this.exportBucket.arnForObjects(`${names.exportPrefix}*`)],
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [this.exportBucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': `${names.exportPrefix}*` } },
      }),
    );

    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const isFailureDestination =
      'This queue is itself the on-failure destination of the export (a dead-letter queue by role); its depth raises an alarm, and the operator rebuilds the export from the table (accord export --backfill).';
    acknowledge(this.failures, { id: 'Serverless-SQSRedrivePolicy', reason: isFailureDestination }, { id: 'AwsSolutions-SQS3', reason: isFailureDestination });
    fn.addEventSource(
      new DynamoEventSource(props.table.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        // The most Lambda allows: a batch then ends at the 6 MB payload limit (about 3,500 records of
        // event items) or the window, not at a record count, so fewer batches rewrite the same days.
        batchSize: 10_000,
        // Collect changes for the longest window Lambda allows: each rewrite reads and writes a whole
        // day's file, so under a steady trickle of articles the cost is proportional to rewrites (docs/cost.md).
        maxBatchingWindow: Duration.seconds(300),
        bisectBatchOnError: true,
        retryAttempts: 10,
        onFailure: new SqsDlq(this.failures),
        parallelizationFactor: 1,
      }),
    );

    const policy = this.bundled.role.node.findChild('DefaultPolicy');
    const stack = Stack.of(this);
    acknowledge(policy, {
      id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(this.exportBucket.node.defaultChild as CfnBucket)}.Arn>/${names.exportPrefix}*]`,
      reason: 'The export reads and writes one object per event day under events/; days are data, so the prefix is the narrowest resource.',
    });
    acknowledge(fn, {
      id: 'Serverless-LambdaDLQ',
      reason:
        'The function is invoked only synchronously by its stream event source mapping, whose on-failure destination is the failures queue; a function DLQ (async invocations only) would never receive anything.',
    });

    this.catalog = new AnalyticsCatalog(this, 'Catalog', { config, names, exportBucket: this.exportBucket, resultsBucket: this.resultsBucket });

    this.alarms = notifyingAlarms(this, config, props.topic, [
      {
        name: 'export-errors',
        description: 'The analytics export failed batches (they are retried, halved, and then described in the failures queue).',
        metric: fn.metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' }),
        threshold: 0,
      },
      {
        name: 'export-stuck',
        description: `Table changes older than ${config.analytics.iteratorAgeAlarmSeconds} s are not exported yet: the export is stuck or cannot keep up.`,
        metric: fn.metric('IteratorAge', { period: ALARM_PERIOD, statistic: 'Maximum' }),
        threshold: config.analytics.iteratorAgeAlarmSeconds * 1000,
      },
      {
        name: 'export-failures',
        description: 'Batches of table changes the export gave up on: their days are stale until rebuilt with accord export --backfill.',
        metric: this.failures.metricApproximateNumberOfMessagesVisible({ period: ALARM_PERIOD, statistic: 'Maximum' }),
        threshold: 0,
      },
    ]);
  }
}
