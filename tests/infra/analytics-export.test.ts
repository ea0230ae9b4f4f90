import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_SERVICE } from '../../infra/constructs/analytics-export.ts';
import { analyticsNames, ENV } from '../../infra/resources.ts';
import { STAGES, type StageName } from '../../infra/stage-config.ts';
import { COMMON_QUESTIONS } from '../../shared/analytics/common-questions.ts';
import { EVENT_COLUMNS, GLUE_TYPE } from '../../shared/analytics/event-columns.ts';
import { functionOf, onlyResourceOfType, referencedId, resourcesOfType, synthStage, type CfnResource, type SynthesizedStage } from './synth-stage.ts';

describe.each(STAGES)('analytics export on %s', (stage: StageName) => {
  let synth: SynthesizedStage;
  let exportFn: [string, CfnResource];
  const names = analyticsNames(stage);
  const bucketNamed = (prefix: string) =>
    resourcesOfType(synth.json, 'AWS::S3::Bucket').find(([, b]) => JSON.stringify(b.Properties?.BucketName ?? '').includes(prefix))!;

  beforeAll(() => {
    synth = synthStage(stage);
    exportFn = functionOf(synth.json, EXPORT_SERVICE);
  });

  it('follows the table stream (old and new images) from the oldest record, one batch at a time, and parks given-up batches in its queue', () => {
    const [, table] = onlyResourceOfType(synth.json, 'AWS::DynamoDB::Table');
    expect(table.Properties!.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
    const [, mapping] = resourcesOfType(synth.json, 'AWS::Lambda::EventSourceMapping').find(([, m]) => m.Properties!.FunctionName.Ref === exportFn[0])!;
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [onlyResourceOfType(synth.json, 'AWS::DynamoDB::Table')[0], 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 10_000,
      MaximumBatchingWindowInSeconds: 300,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      ParallelizationFactor: 1,
    });
    const failures = referencedId(mapping.Properties!.DestinationConfig.OnFailure.Destination);
    expect(synth.json.Resources[failures]!.Type).toBe('AWS::SQS::Queue');
    // one batch at a time: batches are applied to a day's file in stream order
    expect(exportFn[1].Properties!.ReservedConcurrentExecutions).toBe(1);
    expect(exportFn[1].Properties!.Environment.Variables).toMatchObject({
      [ENV.exportBucket]: { Ref: bucketNamed('accord-analytics-')[0] },
      [ENV.exportPrefix]: names.exportPrefix,
    });
  });

  it('catalogs the export as the Glue table `events`: the shared columns, Parquet, months by partition projection (day files inside)', () => {
    const [, database] = onlyResourceOfType(synth.json, 'AWS::Glue::Database');
    expect(database.Properties!.DatabaseInput.Name).toBe(names.database);
    const [, table] = onlyResourceOfType(synth.json, 'AWS::Glue::Table');
    const input = table.Properties!.TableInput;
    expect(input.Name).toBe('events');
    expect(input.StorageDescriptor.Columns).toEqual(EVENT_COLUMNS.map((c) => ({ Name: c.name, Type: GLUE_TYPE[c.kind] })));
    expect(input.PartitionKeys).toEqual([{ Name: 'month', Type: 'string' }]);
    expect(input.StorageDescriptor.SerdeInfo.SerializationLibrary).toBe('org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe');
    expect(input.Parameters).toMatchObject({ 'projection.enabled': 'true', 'projection.month.type': 'date', 'projection.month.format': 'yyyy-MM' });
    expect(JSON.stringify(input.Parameters['storage.location.template'])).toContain('/events/month=${month}/');
  });

  it('has a workgroup that enforces encrypted results in their own bucket and the stage bytes-scanned limit', () => {
    const [, workGroup] = onlyResourceOfType(synth.json, 'AWS::Athena::WorkGroup');
    expect(workGroup.Properties!.Name).toBe(names.workGroup);
    const configuration = workGroup.Properties!.WorkGroupConfiguration;
    expect(configuration).toMatchObject({
      EnforceWorkGroupConfiguration: true,
      PublishCloudWatchMetricsEnabled: true,
      BytesScannedCutoffPerQuery: synth.config.analytics.bytesScannedCutoffPerQuery,
      ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
    });
    const resultsBucket = bucketNamed('accord-athena-results-')[0];
    expect(JSON.stringify(configuration.ResultConfiguration.OutputLocation)).toContain(`"Ref":"${resultsBucket}"`);
    expect(resultsBucket).not.toBe(bucketNamed('accord-analytics-')[0]);
  });

  it('saves the common questions as named queries of the workgroup', () => {
    const saved = resourcesOfType(synth.json, 'AWS::Athena::NamedQuery').map(([, q]) => q.Properties!);
    expect(saved.map((q) => q.Name).sort()).toEqual(COMMON_QUESTIONS.map((q) => q.name).sort());
    for (const query of saved) expect(query).toMatchObject({ Database: names.database, WorkGroup: names.workGroup });
  });

  it('alarms on export errors, a stuck stream and given-up batches', () => {
    const alarms = new Map(resourcesOfType(synth.json, 'AWS::CloudWatch::Alarm').map(([, a]) => [a.Properties!.AlarmName as string, a.Properties!]));
    expect(alarms.get(`accord-${stage}-export-errors`)).toMatchObject({ MetricName: 'Errors', Threshold: 0 });
    expect(alarms.get(`accord-${stage}-export-stuck`)).toMatchObject({
      MetricName: 'IteratorAge',
      Statistic: 'Maximum',
      Threshold: synth.config.analytics.iteratorAgeAlarmSeconds * 1000,
    });
    expect(alarms.get(`accord-${stage}-export-failures`)).toMatchObject({ MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 0 });
  });
});
