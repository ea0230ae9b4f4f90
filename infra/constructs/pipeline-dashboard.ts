import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { AlarmStatusWidget, type Alarm, Dashboard, GraphWidget, Metric, TextWidget } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';
import { metricsNamespace } from './bundled-function.ts';

export interface PipelineDashboardProps {
  config: StageConfig;
  ingestFunction: IFunction;
  ingestServiceName: string;
  apiFunction: IFunction;
  ingestQueue: Queue;
  deadLetterQueue: Queue;
  httpApi: HttpApi;
  alarms: Alarm[];
}

/** Custom metrics the ingest function emits with Powertools Metrics (EMF). */
export const INGEST_METRICS = ['ArticlesProcessed', 'ArticlesFailed', 'EventsExtracted'] as const;

const PERIOD = Duration.minutes(5);

/** One screen per stage: alarms, the ingest flow from queue to events, and the API. */
export class PipelineDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: PipelineDashboardProps) {
    super(scope, id);
    const { config } = props;
    const custom = (metricName: string, statistic: string) =>
      new Metric({
        namespace: metricsNamespace(config),
        metricName,
        dimensionsMap: { service: props.ingestServiceName },
        statistic,
        period: PERIOD,
      });

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `accord-${config.stage}`,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new TextWidget({ markdown: `# Accord ${config.stage}\nS3 \`articles/\` → SQS → ingest Lambda → DynamoDB → API`, width: 24, height: 2 }),
    );
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: props.alarms, width: 24, height: 3 }));
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Articles',
        left: INGEST_METRICS.map((name) => custom(name, 'Sum')),
        width: 8,
      }),
      new GraphWidget({
        title: 'Extraction time per article (ms)',
        left: [custom('ExtractionMs', 'p50'), custom('ExtractionMs', 'p99')],
        width: 8,
      }),
      new GraphWidget({
        title: 'Ingest queue',
        left: [
          props.ingestQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD }),
          props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, label: 'DLQ visible' }),
        ],
        right: [props.ingestQueue.metricApproximateAgeOfOldestMessage({ period: PERIOD })],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Ingest function',
        left: [
          props.ingestFunction.metricInvocations({ period: PERIOD }),
          props.ingestFunction.metricErrors({ period: PERIOD }),
          props.ingestFunction.metricThrottles({ period: PERIOD }),
        ],
        right: [props.ingestFunction.metricDuration({ period: PERIOD, statistic: 'p99' })],
        width: 8,
      }),
      new GraphWidget({
        title: 'API requests',
        left: [
          props.httpApi.metricCount({ period: PERIOD }),
          props.httpApi.metricClientError({ period: PERIOD }),
          props.httpApi.metricServerError({ period: PERIOD }),
        ],
        width: 8,
      }),
      new GraphWidget({
        title: 'API latency (ms)',
        left: [props.httpApi.metricLatency({ period: PERIOD, statistic: 'p50' }), props.httpApi.metricLatency({ period: PERIOD, statistic: 'p99' })],
        right: [props.apiFunction.metricDuration({ period: PERIOD, statistic: 'p99' })],
        width: 8,
      }),
    );
  }
}
