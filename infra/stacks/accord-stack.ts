import { Aws, CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AccessLogBucket } from '../constructs/access-log-bucket.ts';
import { AlarmTopic } from '../constructs/alarm-topic.ts';
import { AnalyticsExport } from '../constructs/analytics-export.ts';
import { ArticlesBucket } from '../constructs/articles-bucket.ts';
import { CursorSecret } from '../constructs/cursor-secret.ts';
import { EventsApi } from '../constructs/events-api.ts';
import { EventsTable } from '../constructs/events-table.ts';
import { INGEST_SERVICE, IngestFunction } from '../constructs/ingest-function.ts';
import { IngestQueue } from '../constructs/ingest-queue.ts';
import { PipelineAlarms } from '../constructs/pipeline-alarms.ts';
import { PipelineDashboard } from '../constructs/pipeline-dashboard.ts';
import { analyticsNames, EVENTS_TABLE, resourceNames, STACK_OUTPUTS, stackName } from '../resources.ts';
import type { StageConfig } from '../stage-config.ts';

export interface AccordStackProps extends StackProps {
  config: StageConfig;
}

/**
 * One stage of Accord: articles bucket → S3 notifications → ingest queue (+DLQ) → ingest Lambda →
 * events table → API Lambda behind an HTTP API, with alarms and a dashboard. Environment-agnostic
 * (account and region are deploy-time pseudo parameters), so synth never needs AWS.
 */
export class AccordStack extends Stack {
  readonly config: StageConfig;
  readonly articles: ArticlesBucket;
  readonly ingestQueue: IngestQueue;
  readonly table: EventsTable;
  readonly ingest: IngestFunction;
  readonly api: EventsApi;
  readonly alarmTopic: AlarmTopic;
  readonly alarms: PipelineAlarms;
  readonly analytics: AnalyticsExport;

  constructor(scope: Construct, props: AccordStackProps) {
    const { config, ...stackProps } = props;
    super(scope, stackName(config.stage), {
      description: `Accord (${config.stage}): news articles to CAMEO-coded diplomatic events`,
      ...stackProps,
    });
    this.config = config;
    Tags.of(this).add('project', 'accord');
    Tags.of(this).add('stage', config.stage);

    // Bucket names are global: account and region make them unique per deployment.
    const names = resourceNames(config.stage, `-${Aws.ACCOUNT_ID}-${Aws.REGION}`);

    this.ingestQueue = new IngestQueue(this, 'IngestQueue', {
      queueName: names.queue,
      deadLetterQueueName: names.deadLetterQueue,
      consumerTimeout: config.ingest.timeout,
    });
    const accessLogs = new AccessLogBucket(this, 'AccessLogs', config);
    this.articles = new ArticlesBucket(this, 'Articles', {
      bucketName: names.bucket,
      config,
      accessLogs: accessLogs.bucket,
      notificationQueue: this.ingestQueue.queue,
    });
    this.table = new EventsTable(this, 'Events', { tableName: names.table, definition: EVENTS_TABLE, config });

    this.ingest = new IngestFunction(this, 'Ingest', {
      config,
      bucket: this.articles.bucket,
      queue: this.ingestQueue.queue,
      table: this.table,
    });

    const cursorSecret = new CursorSecret(this, 'CursorSecret', config);
    this.api = new EventsApi(this, 'Api', {
      config,
      table: this.table,
      cursorSecret: cursorSecret.secret,
      cursorSecretName: cursorSecret.secretName,
    });

    this.alarmTopic = new AlarmTopic(this, 'AlarmTopic', config);
    this.alarms = new PipelineAlarms(this, 'Alarms', {
      config,
      topic: this.alarmTopic.topic,
      ingestFunction: this.ingest.bundled.function,
      ingestQueue: this.ingestQueue.queue,
      deadLetterQueue: this.ingestQueue.deadLetterQueue,
      httpApi: this.api.httpApi,
    });
    this.analytics = new AnalyticsExport(this, 'Analytics', {
      config,
      names: analyticsNames(config.stage, `-${Aws.ACCOUNT_ID}-${Aws.REGION}`),
      table: this.table,
      accessLogs: accessLogs.bucket,
      topic: this.alarmTopic.topic,
    });
    new PipelineDashboard(this, 'Dashboard', {
      config,
      ingestFunction: this.ingest.bundled.function,
      ingestServiceName: INGEST_SERVICE,
      apiFunction: this.api.bundled.function,
      ingestQueue: this.ingestQueue.queue,
      deadLetterQueue: this.ingestQueue.deadLetterQueue,
      httpApi: this.api.httpApi,
      alarms: this.alarms.alarms,
    });

    // Output ids are the keys `accord` reads with DescribeStacks (STACK_OUTPUTS).
    new CfnOutput(this, STACK_OUTPUTS.bucketName, { value: this.articles.bucket.bucketName, description: 'Upload articles under articles/' });
    new CfnOutput(this, STACK_OUTPUTS.apiUrl, { value: this.api.url, description: 'API base URL (SigV4, service execute-api)' });
    new CfnOutput(this, STACK_OUTPUTS.queueUrl, { value: this.ingestQueue.queue.queueUrl });
    new CfnOutput(this, STACK_OUTPUTS.deadLetterQueueUrl, { value: this.ingestQueue.deadLetterQueue.queueUrl });
    new CfnOutput(this, STACK_OUTPUTS.tableName, { value: this.table.table.tableName });
    new CfnOutput(this, STACK_OUTPUTS.exportBucketName, {
      value: this.analytics.exportBucket.bucketName,
      description: 'Analytics export (Parquet under events/)',
    });
    new CfnOutput(this, STACK_OUTPUTS.exportFunctionName, {
      value: this.analytics.bundled.function.functionName,
      description: 'Analytics export function (pause its stream mapping during accord export --backfill)',
    });
  }
}
