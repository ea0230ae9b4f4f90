/**
 * The events table, defined once: CDK builds it from this and the local stack creates it
 * from this, so names and key schema cannot drift apart. Only the repository reads keys.
 *
 * Single-table design with overloaded, generic key attributes; what each index means
 * is documented in docs/data-model.md and encoded only in the repository.
 */
export interface IndexDefinition {
  indexName: string;
  partitionKey: string;
  sortKey: string;
}

export interface TableDefinition {
  /** Base name; the deployed table is `${baseName}-${stage}`. */
  baseName: string;
  partitionKey: string;
  sortKey: string;
  globalSecondaryIndexes: readonly IndexDefinition[];
  /** The change stream the analytics export follows (old and new images: a moved event leaves its old month). */
  streamView: 'NEW_AND_OLD_IMAGES';
}

export const EVENTS_TABLE: TableDefinition = {
  baseName: 'accord-events',
  partitionKey: 'pk',
  sortKey: 'sk',
  // Four indexes, all projecting ALL attributes so a page never needs a second fetch: an event item
  // is under 1 KB (event-codec.ts), so a whole entry costs the same one write unit as its keys alone.
  // gsi1: all events / article listing; gsi2: CAMEO root; gsi3: source actor; gsi4: target actor
  // (actor either and dyad merge gsi3 with gsi4). Each partition key carries a month bucket (docs/data-model.md).
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    { indexName: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
  ],
  streamView: 'NEW_AND_OLD_IMAGES',
};
