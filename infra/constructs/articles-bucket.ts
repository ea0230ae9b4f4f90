import { Aws, Duration, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { CfnQueuePolicy, type Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ARTICLE_PREFIX } from '../resources.ts';
import type { StageConfig } from '../stage-config.ts';

export interface ArticlesBucketProps {
  bucketName: string;
  config: StageConfig;
  accessLogs: Bucket;
  /** Receives ObjectCreated and ObjectRemoved notifications for keys under ARTICLE_PREFIX. */
  notificationQueue: Queue;
}

/** The S3 events that reach ingest: every new version, and every delete (delete markers included). */
export const NOTIFIED_EVENTS = ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] as const;

/**
 * Where users drop articles. Versioned, so ingest reads exactly the version a notification names
 * and an overwritten article stays recoverable for `noncurrentVersionDays`.
 *
 * Notifications are set on the bucket resource itself rather than through CDK's
 * `addEventNotification`, which deploys a custom-resource Lambda with a wildcard
 * `s3:PutBucketNotification` role. The circular reference that custom resource exists to break
 * (queue policy names the bucket, bucket validates the queue policy) is avoided by deriving the
 * bucket ARN from its name.
 */
export class ArticlesBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: ArticlesBucketProps) {
    super(scope, id);
    const { config } = props;

    this.bucket = new Bucket(this, 'Bucket', {
      bucketName: props.bucketName,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'articles-bucket/',
      lifecycleRules: [
        {
          id: 'expire-old-article-versions',
          noncurrentVersionExpiration: Duration.days(config.noncurrentVersionDays),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: config.removalPolicy,
      autoDeleteObjects: config.autoDeleteObjects,
    });

    const bucketArn = Stack.of(this).formatArn({ service: 's3', region: '', account: '', resource: props.bucketName });
    const queue = props.notificationQueue;
    queue.addToResourcePolicy(
      new PolicyStatement({
        sid: 'ArticleNotificationsFromS3',
        principals: [new ServicePrincipal('s3.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [queue.queueArn],
        conditions: {
          ArnEquals: { 'aws:SourceArn': bucketArn },
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        },
      }),
    );

    const cfnBucket = this.bucket.node.defaultChild as CfnBucket;
    cfnBucket.notificationConfiguration = {
      queueConfigurations: NOTIFIED_EVENTS.map((event) => ({
        event,
        queue: queue.queueArn,
        filter: { s3Key: { rules: [{ name: 'prefix', value: ARTICLE_PREFIX }] } },
      })),
    };
    // S3 sends a test message while saving the configuration: the queue policy must exist first.
    const queuePolicy = queue.node.tryFindChild('Policy')?.node.defaultChild;
    if (!(queuePolicy instanceof CfnQueuePolicy)) throw new Error('The notification queue has no queue policy to depend on');
    cfnBucket.addResourceDependency(queuePolicy, 'S3 validates the notification destination when it saves the configuration');
  }
}
