import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { CfnEventSourceMapping } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ARTICLE_PREFIX, BATCH_RECORD_PREFIX, DICTIONARY_KEY, ENV } from '../resources.ts';
import type { StageConfig } from '../stage-config.ts';
import { BundledFunction } from './bundled-function.ts';
import type { EventsTable } from './events-table.ts';
import { tableReadStatement, tableWriteStatement } from './table-access.ts';
import { acknowledge } from './acknowledge.ts';

export const INGEST_ENTRY = 'functions/ingest/handler.ts';
export const INGEST_SERVICE = 'accord-ingest';

export interface IngestFunctionProps {
  config: StageConfig;
  bucket: Bucket;
  queue: Queue;
  table: EventsTable;
}

/**
 * The ingest Lambda: consumes S3 notifications from the queue, reads the named article version,
 * and writes the article record and its events. Failed records are reported one by one
 * (ReportBatchItemFailures) so SQS retries only them and, after MAX_RECEIVE_COUNT, parks them in the DLQ.
 */
export class IngestFunction extends Construct {
  readonly bundled: BundledFunction;
  readonly eventSourceMapping: CfnEventSourceMapping;

  constructor(scope: Construct, id: string, props: IngestFunctionProps) {
    super(scope, id);
    const { config } = props;

    this.bundled = new BundledFunction(this, 'Ingest', {
      entry: INGEST_ENTRY,
      description: `Accord ${config.stage}: S3 article notifications -> diplomatic events in DynamoDB`,
      settings: config.ingest,
      config,
      serviceName: INGEST_SERVICE,
      environment: {
        [ENV.tableName]: props.table.table.tableName,
        [ENV.bucketName]: props.bucket.bucketName,
        [ENV.articlePrefix]: ARTICLE_PREFIX,
        [ENV.maxArticleBytes]: String(config.maxArticleBytes),
        [ENV.batchMaxBytes]: String(config.batch.maxBytes),
        [ENV.batchMaxDecompressedBytes]: String(config.batch.maxDecompressedBytes),
        [ENV.batchMaxRecords]: String(config.batch.maxRecords),
        [ENV.ingestQueueUrl]: props.queue.queueUrl,
        [ENV.extractionMaxWork]: String(config.extractionBudget.maxWork),
        [ENV.extractionMaxMs]: String(config.extractionBudget.maxMs),
      },
    });
    const fn = this.bundled.function;

    // Read exactly the notified version of an article, and nothing outside `articles/`.
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [props.bucket.arnForObjects(`${ARTICLE_PREFIX}*`)],
      }),
    );
    // Batches fan out into one object per article under articles/.batch/, and take them along when deleted.
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:DeleteObject'], resources: [props.bucket.arnForObjects(`${BATCH_RECORD_PREFIX}*`)] }),
    );
    // A batch too long for one invocation continues in the next: one message on its own queue (batch-continuation.ts).
    fn.addToRolePolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [props.queue.queueArn] }));
    // The analysts' dictionary: the current version of exactly one key (HEAD once per batch, GET when its ETag changed).
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [props.bucket.arnForObjects(DICTIONARY_KEY)] }));
    // Without ListBucket, S3 answers a read of a missing key with 403 instead of 404, and ingest
    // would retry an article deleted before it was processed until it reached the DLQ (and could not
    // tell a stage without a dictionary from a denied read). ListBucket reveals key names of this
    // bucket only, which hold nothing but articles and the dictionary.
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.bucket.bucketArn] }));
    const bucketLogicalId = Stack.of(this).getLogicalId(props.bucket.node.defaultChild as CfnBucket);
    acknowledge(this.bundled.role.node.findChild('DefaultPolicy'), {
      id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${ARTICLE_PREFIX}*]`,
      reason:
        'The wildcard is the articles/ prefix of this one bucket: users choose article keys at upload time, so no finer resource exists; reads outside articles/ and writes outside articles/.batch/ stay denied.',
    });
    acknowledge(this.bundled.role.node.findChild('DefaultPolicy'), {
      id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${BATCH_RECORD_PREFIX}*]`,
      reason:
        'The wildcard is the articles/.batch/ folder where batches put one object per article, keyed by a hash of the batch key and the record id: the keys are only known while splitting; no other key can be written or deleted.',
    });
    fn.addToRolePolicy(tableReadStatement(props.table));
    fn.addToRolePolicy(tableWriteStatement(props.table));

    fn.addEventSource(
      new SqsEventSource(props.queue, {
        batchSize: config.ingest.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: config.ingest.maxConcurrency,
      }),
    );
    const mapping = fn.node.findAll().find((child) => child instanceof CfnEventSourceMapping);
    if (!mapping) throw new Error('SqsEventSource created no event source mapping');
    this.eventSourceMapping = mapping;

    acknowledge(this.eventSourceMapping, {
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        'SQS event source mappings take no on-failure destination; failed records return to the queue and its redrive policy moves them to the dead-letter queue after MAX_RECEIVE_COUNT receives.',
    });
    acknowledge(fn, {
      id: 'Serverless-LambdaDLQ',
      reason:
        'The function is only invoked synchronously by the SQS event source mapping, so a function DLQ (async invocations only) would never receive anything; the ingest queue has the dead-letter queue instead.',
    });
  }
}
