import { Aws } from 'aws-cdk-lib';
import { CfnNamedQuery, CfnWorkGroup } from 'aws-cdk-lib/aws-athena';
import { CfnDatabase, CfnTable } from 'aws-cdk-lib/aws-glue';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { COMMON_QUESTIONS } from '../../shared/analytics/common-questions.ts';
import { EVENT_COLUMNS, GLUE_TYPE, PARTITION_COLUMN } from '../../shared/analytics/event-columns.ts';
import type { analyticsNames } from '../resources.ts';
import type { StageConfig } from '../stage-config.ts';

export interface AnalyticsCatalogProps {
  config: StageConfig;
  names: ReturnType<typeof analyticsNames>;
  exportBucket: Bucket;
  resultsBucket: Bucket;
}

/**
 * What Athena needs to read the export: the Glue database and table `events` (columns from
 * shared/analytics/event-columns.ts, partitions by projection, so no crawler and no partition
 * registration), the stage's workgroup (enforced result location, SSE-S3 results, a bytes-scanned
 * limit per query, CloudWatch metrics) and the common questions as saved queries.
 */
export class AnalyticsCatalog extends Construct {
  readonly workGroup: CfnWorkGroup;
  readonly table: CfnTable;

  constructor(scope: Construct, id: string, props: AnalyticsCatalogProps) {
    super(scope, id);
    const { config, names } = props;
    const database = new CfnDatabase(this, 'Database', {
      catalogId: Aws.ACCOUNT_ID,
      databaseInput: { name: names.database, description: `Accord ${config.stage}: the analytics copy of the events table` },
    });
    const location = `s3://${props.exportBucket.bucketName}/${names.exportPrefix}`;
    this.table = new CfnTable(this, 'Table', {
      catalogId: Aws.ACCOUNT_ID,
      databaseName: names.database,
      tableInput: {
        name: names.table,
        description: 'One row per event (docs/analytics.md); partition month = the month of the sort date',
        tableType: 'EXTERNAL_TABLE',
        partitionKeys: [{ name: PARTITION_COLUMN, type: 'string' }],
        parameters: {
          classification: 'parquet',
          'projection.enabled': 'true',
          [`projection.${PARTITION_COLUMN}.type`]: 'date',
          [`projection.${PARTITION_COLUMN}.format`]: 'yyyy-MM',
          [`projection.${PARTITION_COLUMN}.interval`]: '1',
          [`projection.${PARTITION_COLUMN}.interval.unit`]: 'MONTHS',
          // Events are dated from the text; a year before 1900 is all but always a quotation of history (docs/analytics.md).
          [`projection.${PARTITION_COLUMN}.range`]: '1900-01,NOW+1YEARS',
          'storage.location.template': `${location}${PARTITION_COLUMN}=\${${PARTITION_COLUMN}}/`,
        },
        storageDescriptor: {
          location,
          columns: EVENT_COLUMNS.map((column) => ({ name: column.name, type: GLUE_TYPE[column.kind] })),
          inputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
          serdeInfo: { serializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe' },
        },
      },
    });
    this.table.node.addDependency(database);

    this.workGroup = new CfnWorkGroup(this, 'WorkGroup', {
      name: names.workGroup,
      description: `Accord ${config.stage}: SQL over the events export`,
      // Dev stacks are destroyed with their query history; staging and prod keep the workgroup on delete.
      recursiveDeleteOption: config.autoDeleteObjects,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: config.analytics.bytesScannedCutoffPerQuery,
        engineVersion: { selectedEngineVersion: 'AUTO' },
        resultConfiguration: {
          outputLocation: `s3://${props.resultsBucket.bucketName}/results/`,
          encryptionConfiguration: { encryptionOption: 'SSE_S3' },
        },
      },
    });

    for (const question of COMMON_QUESTIONS) {
      const saved = new CfnNamedQuery(this, `Query-${question.name}`, {
        name: question.name,
        description: question.description,
        database: names.database,
        workGroup: names.workGroup,
        queryString: question.sql,
      });
      saved.node.addDependency(this.workGroup);
    }
  }
}
