import { Aws } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Subscription, SubscriptionProtocol, Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';
import { acknowledge } from './acknowledge.ts';

/** Alarm names start with this, so the topic can admit exactly this stage's alarms. */
export const alarmNamePrefix = (config: StageConfig): string => `accord-${config.stage}-`;

/**
 * The stage's alarm topic. Encrypted with a customer-managed key because CloudWatch cannot
 * publish to a topic encrypted with the AWS-managed SNS key (its key policy cannot admit CloudWatch).
 */
export class AlarmTopic extends Construct {
  readonly topic: Topic;
  readonly key: Key;

  constructor(scope: Construct, id: string, config: StageConfig) {
    super(scope, id);

    this.key = new Key(this, 'Key', {
      description: `Accord ${config.stage}: encrypts the alarm topic`,
      enableKeyRotation: true,
      removalPolicy: config.removalPolicy,
    });
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublishEncrypted',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'], // in a key policy, "*" means this key
      }),
    );

    this.topic = new Topic(this, 'Topic', {
      topicName: `accord-alarms-${config.stage}`,
      displayName: `Accord ${config.stage} alarms`,
      masterKey: this.key,
      enforceSSL: true,
    });
    // A topic policy replaces the default one, so CloudWatch needs an explicit grant, limited to
    // this account's alarms of this stage.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'StageAlarmsPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:${alarmNamePrefix(config)}*` },
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        },
      }),
    );

    if (config.alarmEmail) {
      const subscription = new Subscription(this, 'EmailSubscription', {
        topic: this.topic,
        protocol: SubscriptionProtocol.EMAIL,
        endpoint: config.alarmEmail,
      });
      acknowledge(subscription, {
        id: 'Serverless-SNSRedrivePolicy',
        reason:
          'An undeliverable alarm email loses a notification, not the alarm: the alarm stays in ALARM state on the dashboard and in CloudWatch, and a DLQ of emails would have no reader.',
      });
    }
  }
}
