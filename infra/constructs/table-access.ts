import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { EventsTable } from './events-table.ts';

/**
 * The table permissions, spelled out instead of `grantReadData`/`grantReadWriteData`, which add
 * Scan, stream reads, DescribeTable and an `index/*` wildcard that Accord's code never needs.
 */
// The repository (shared/storage/dynamo-event-repository.ts) issues GetItem and Query to read,
// PutItem and UpdateItem singly, and Put/Update/Delete inside TransactWriteItems, which IAM
// authorizes per contained action. Batch operations and Scan are never used, so never granted.
export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query'] as const;

export const TABLE_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'] as const;

/** Read the table and query each of its indexes (named one by one). */
export function tableReadStatement(table: EventsTable): PolicyStatement {
  return new PolicyStatement({
    actions: [...TABLE_READ_ACTIONS],
    resources: [table.table.tableArn, ...table.indexArns],
  });
}

/** Write items of the table itself; indexes are maintained by DynamoDB and take no writes. */
export function tableWriteStatement(table: EventsTable): PolicyStatement {
  return new PolicyStatement({
    actions: [...TABLE_WRITE_ACTIONS],
    resources: [table.table.tableArn],
  });
}
