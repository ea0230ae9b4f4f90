import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { TableDefinition } from '../../shared/storage/table-definition.ts';
import type { StageConfig } from '../stage-config.ts';
import { acknowledge } from './acknowledge.ts';

export interface EventsTableProps {
  tableName: string;
  definition: TableDefinition;
  config: StageConfig;
}

/**
 * The single table, built generically from its shared definition: every key attribute is a
 * string, every index projects all attributes. Adding an index to the definition adds it here.
 * A plain AWS::DynamoDB::Table (not TableV2's GlobalTable): one region is all Accord needs, and
 * cdk-nag's backup rule only inspects this resource type.
 */
export class EventsTable extends Construct {
  readonly table: Table;
  /** ARNs of the table's secondary indexes, one per index (no `index/*` wildcard in policies). */
  readonly indexArns: string[];

  constructor(scope: Construct, id: string, props: EventsTableProps) {
    super(scope, id);
    const { definition, config } = props;
    const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

    this.table = new Table(this, 'Table', {
      tableName: props.tableName,
      partitionKey: stringKey(definition.partitionKey),
      sortKey: stringKey(definition.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      // The AWS-managed key (aws/dynamodb): key use is visible in CloudTrail, no key to administer.
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: config.pointInTimeRecovery },
      deletionProtection: config.deletionProtection,
      removalPolicy: config.removalPolicy,
      // The analytics export follows this stream (infra/constructs/analytics-export.ts).
      stream: StreamViewType[definition.streamView],
    });
    for (const index of definition.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
        projectionType: ProjectionType.ALL,
      });
    }
    this.indexArns = definition.globalSecondaryIndexes.map((index) => `${this.table.tableArn}/index/${index.indexName}`);

    if (!config.pointInTimeRecovery) {
      acknowledge(this.table, {
        id: 'AwsSolutions-DDB3',
        reason: `Stage ${config.stage} keeps no backups on purpose: its table holds derived data, rebuilt by re-uploading the articles, and is destroyed with the stack. Staging and prod enable point-in-time recovery.`,
      });
    }
  }
}
