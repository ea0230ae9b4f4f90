import { beforeAll, describe, expect, it } from 'vitest';
import { API_SERVICE } from '../../infra/constructs/events-api.ts';
import { INGEST_SERVICE } from '../../infra/constructs/ingest-function.ts';
import { MAX_RECEIVE_COUNT } from '../../infra/resources.ts';
import { STAGES, type StageName } from '../../infra/stage-config.ts';
import {
  functionOf,
  ingestEventSourceMapping,
  onlyResourceOfType,
  referencedId,
  resourcesOfType,
  synthStage,
  type CfnResource,
  type SynthesizedStage,
} from './synth-stage.ts';

describe.each(STAGES)('observability on %s', (stage: StageName) => {
  let synth: SynthesizedStage;
  let topicId: string;
  let alarms: Map<string, CfnResource>;

  beforeAll(() => {
    synth = synthStage(stage);
    topicId = onlyResourceOfType(synth.json, 'AWS::SNS::Topic')[0];
    alarms = new Map(resourcesOfType(synth.json, 'AWS::CloudWatch::Alarm').map(([, a]) => [a.Properties!.AlarmName as string, a]));
  });

  const alarm = (suffix: string) => {
    const found = alarms.get(`accord-${stage}-${suffix}`);
    if (!found) throw new Error(`no alarm accord-${stage}-${suffix} (have ${[...alarms.keys()].join(', ')})`);
    return found.Properties!;
  };
  const dimension = (props: Record<string, any>, name: string) => (props.Dimensions as { Name: string; Value: unknown }[]).find((d) => d.Name === name)?.Value;

  it('has the eight alarms, each notifying the stage topic when it fires and when it clears', () => {
    expect([...alarms.keys()].sort()).toEqual(
      ['api-5xx', 'dlq-not-empty', 'export-errors', 'export-failures', 'export-stuck', 'ingest-backlog-age', 'ingest-errors', 'ingest-throttles'].map(
        (s) => `accord-${stage}-${s}`,
      ),
    );
    for (const [name, a] of alarms) {
      expect(a.Properties!.AlarmActions, name).toEqual([{ Ref: topicId }]);
      expect(a.Properties!.OKActions, name).toEqual([{ Ref: topicId }]);
      expect(a.Properties!.TreatMissingData, name).toBe('notBreaching');
      expect(a.Properties!.ComparisonOperator, name).toBe('GreaterThanThreshold');
    }
  });

  it(`fires when the DLQ is not empty (after ${MAX_RECEIVE_COUNT} failed receives)`, () => {
    const props = alarm('dlq-not-empty');
    expect(props).toMatchObject({ Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 0 });
    const dlqId = referencedId(ingestEventSourceMapping(synth.json)[1].Properties!.EventSourceArn);
    const queue = synth.json.Resources[dlqId]!;
    const dlq = referencedId(queue.Properties!.RedrivePolicy.deadLetterTargetArn);
    expect(dimension(props, 'QueueName')).toEqual({ 'Fn::GetAtt': [dlq, 'QueueName'] });
  });

  it('fires on ingest errors and throttles, for the ingest function', () => {
    const [ingestId] = functionOf(synth.json, INGEST_SERVICE);
    for (const [suffix, metric] of [
      ['ingest-errors', 'Errors'],
      ['ingest-throttles', 'Throttles'],
    ] as const) {
      const props = alarm(suffix);
      expect(props).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: metric, Threshold: 0, Statistic: 'Sum' });
      expect(dimension(props, 'FunctionName')).toEqual({ Ref: ingestId });
    }
  });

  it('fires on API 5xx', () => {
    const props = alarm('api-5xx');
    expect(props).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: '5xx', Threshold: 0 });
    expect(dimension(props, 'ApiId')).toEqual({ Ref: onlyResourceOfType(synth.json, 'AWS::ApiGatewayV2::Api')[0] });
  });

  it('fires when the oldest ingest message is older than the stage limit', () => {
    const props = alarm('ingest-backlog-age');
    expect(props).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateAgeOfOldestMessage',
      Threshold: synth.config.oldestMessageAlarmSeconds,
    });
    const queueId = referencedId(ingestEventSourceMapping(synth.json)[1].Properties!.EventSourceArn);
    expect(dimension(props, 'QueueName')).toEqual({ 'Fn::GetAtt': [queueId, 'QueueName'] });
  });

  it('encrypts the alarm topic with a rotated key CloudWatch may use, and admits only TLS and this stage’s alarms', () => {
    const [, topic] = onlyResourceOfType(synth.json, 'AWS::SNS::Topic');
    const [keyId, key] = onlyResourceOfType(synth.json, 'AWS::KMS::Key');
    expect(topic.Properties!.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    expect(key.Properties!.EnableKeyRotation).toBe(true);
    expect(key.Properties!.KeyPolicy.Statement).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      }),
    );
    const [, policy] = onlyResourceOfType(synth.json, 'AWS::SNS::TopicPolicy');
    const statements = policy.Properties!.PolicyDocument.Statement;
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    const publish = statements.find((s: any) => s.Effect === 'Allow');
    expect(publish).toMatchObject({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish' });
    expect(JSON.stringify(publish.Condition)).toContain(`:alarm:accord-${stage}-*`);
  });

  it('subscribes nobody unless an alarm email is configured', () => {
    expect(resourcesOfType(synth.json, 'AWS::SNS::Subscription')).toEqual([]);
  });

  it('traces both functions (active X-Ray) and keeps their logs for the stage retention', () => {
    for (const service of [INGEST_SERVICE, API_SERVICE]) {
      const [, fn] = functionOf(synth.json, service);
      expect(fn.Properties!.TracingConfig).toEqual({ Mode: 'Active' });
      const logGroup = synth.json.Resources[referencedId(fn.Properties!.LoggingConfig.LogGroup)]!;
      expect(logGroup.Properties!.RetentionInDays).toBe(synth.config.logRetention);
    }
    for (const [id, logGroup] of resourcesOfType(synth.json, 'AWS::Logs::LogGroup')) {
      expect(logGroup.Properties!.RetentionInDays, id).toBe(synth.config.logRetention);
    }
  });

  it('has a dashboard for the stage showing the ingest metrics, queues, functions and API', () => {
    const [, dashboard] = onlyResourceOfType(synth.json, 'AWS::CloudWatch::Dashboard');
    expect(dashboard.Properties!.DashboardName).toBe(`accord-${stage}`);
    const body = JSON.stringify(dashboard.Properties!.DashboardBody);
    for (const metric of ['ArticlesProcessed', 'ArticlesFailed', 'EventsExtracted', 'ExtractionMs', 'ApproximateAgeOfOldestMessage', '5xx', 'Throttles']) {
      expect(body).toContain(metric);
    }
    expect(body).toContain(`Accord/${stage}`);
    expect(body).toContain(INGEST_SERVICE);
  });
});

describe('alarm email', () => {
  it('subscribes the configured address to the stage topic', () => {
    const synth = synthStage('staging', { alarmEmail: 'oncall@example.org' });
    const [topicId] = onlyResourceOfType(synth.json, 'AWS::SNS::Topic');
    synth.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.org',
      TopicArn: { Ref: topicId },
    });
  });
});
