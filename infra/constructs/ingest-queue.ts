import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { MAX_RECEIVE_COUNT, VISIBILITY_TIMEOUT_FACTOR } from '../resources.ts';
import { acknowledge } from './acknowledge.ts';

export interface IngestQueueProps {
  queueName: string;
  deadLetterQueueName: string;
  /** Timeout of the function that consumes the queue; the visibility timeout is derived from it. */
  consumerTimeout: Duration;
}

/**
 * The ingest queue and its dead-letter queue. SSE-SQS (not KMS) because S3 event notifications
 * cannot publish to a queue encrypted with the AWS-managed SQS KMS key, and a customer key would
 * add cost and a key policy for no extra protection here.
 */
export class IngestQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: IngestQueueProps) {
    super(scope, id);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      queueName: props.deadLetterQueueName,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The maximum: failed articles wait two weeks for someone to look at them.
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.deadLetterQueue, {
      id: 'Serverless-SQSRedrivePolicy',
      reason:
        'This queue is itself the dead-letter queue of the ingest queue; messages here are inspected and redriven by an operator, and its depth raises an alarm.',
    });

    this.queue = new Queue(this, 'Queue', {
      queueName: props.queueName,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Lambda's rule: a message must stay invisible for longer than every retry of a batch can take.
      visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
  }
}
