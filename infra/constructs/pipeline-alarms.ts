import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';
import { alarmNamePrefix } from './alarm-topic.ts';

export interface PipelineAlarmsProps {
  config: StageConfig;
  topic: Topic;
  ingestFunction: IFunction;
  ingestQueue: Queue;
  deadLetterQueue: Queue;
  httpApi: HttpApi;
}

export interface AlarmSpec {
  name: string;
  description: string;
  metric: Metric;
  threshold: number;
}

export const ALARM_PERIOD = Duration.minutes(1);

/**
 * The conditions someone must look at, each notifying the stage's topic when it starts and when it
 * ends. Thresholds are "any" except the backlog age, which is per stage: a message older than
 * that means ingest is not keeping up or not running.
 */
export class PipelineAlarms extends Construct {
  readonly alarms: Alarm[];

  constructor(scope: Construct, id: string, props: PipelineAlarmsProps) {
    super(scope, id);
    const { config } = props;
    const specs: AlarmSpec[] = [
      {
        name: 'dlq-not-empty',
        description: 'Articles failed ingest MAX_RECEIVE_COUNT times and wait in the dead-letter queue.',
        metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: ALARM_PERIOD, statistic: 'Maximum' }),
        threshold: 0,
      },
      {
        name: 'ingest-errors',
        description: 'The ingest function failed invocations (whole batches, not single reported records).',
        metric: props.ingestFunction.metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' }),
        threshold: 0,
      },
      {
        name: 'ingest-throttles',
        description: 'Ingest invocations were throttled (account concurrency exhausted or reserved concurrency too low).',
        metric: props.ingestFunction.metricThrottles({ period: ALARM_PERIOD, statistic: 'Sum' }),
        threshold: 0,
      },
      {
        name: 'api-5xx',
        description: 'The API answered with server errors.',
        metric: props.httpApi.metricServerError({ period: ALARM_PERIOD, statistic: 'Sum' }),
        threshold: 0,
      },
      {
        name: 'ingest-backlog-age',
        description: `The oldest ingest message waits longer than ${config.oldestMessageAlarmSeconds} s: ingest is not keeping up.`,
        metric: props.ingestQueue.metricApproximateAgeOfOldestMessage({ period: ALARM_PERIOD, statistic: 'Maximum' }),
        threshold: config.oldestMessageAlarmSeconds,
      },
    ];

    this.alarms = notifyingAlarms(this, config, props.topic, specs);
  }
}

/**
 * Alarms that notify the stage's topic when they start and when they end; "greater than the
 * threshold" over one minute, and no data (no traffic) counts as healthy.
 */
export function notifyingAlarms(scope: Construct, config: StageConfig, topic: Topic, specs: readonly AlarmSpec[]): Alarm[] {
  const action = new SnsAction(topic);
  return specs.map((spec) => {
    const alarm = new Alarm(scope, spec.name, {
      alarmName: `${alarmNamePrefix(config)}${spec.name}`,
      alarmDescription: spec.description,
      metric: spec.metric,
      threshold: spec.threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    return alarm;
  });
}
