import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { exportStreamRecords } from '../../shared/analytics/day-export.ts';
import { folderPartitionStore } from '../../shared/analytics/partition-store.ts';
import { localAnalyticsRoot } from './local-analytics-root.ts';
import { LOCAL_CREDENTIALS } from './local-credentials.ts';
import { startStreamPoller, type StreamPoller } from './stream-poller.ts';

export interface LocalAnalytics {
  root: string;
  /** Resolves once every table change so far is in the export. */
  drain(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** The export Lambda's work on the local stack: the table's stream drives the same export code into a folder. */
export function startLocalAnalytics(options: { dynamodbEndpoint: string; region: string; tableName: string; dataDir: string }): LocalAnalytics {
  const client = { endpoint: options.dynamodbEndpoint, region: options.region, credentials: LOCAL_CREDENTIALS };
  const dynamodb = new DynamoDBClient(client);
  const streams = new DynamoDBStreamsClient(client);
  const root = localAnalyticsRoot(options.dataDir);
  const store = folderPartitionStore(root);
  const poller: StreamPoller = startStreamPoller({
    dynamodb,
    streams,
    tableName: options.tableName,
    handler: async (records) => {
      await exportStreamRecords(store, records);
    },
    onError: (error) => console.error('analytics export:', error instanceof Error ? error.message : error),
  });
  return {
    root,
    drain: (timeoutMs) => poller.drain(timeoutMs),
    async stop() {
      await poller.stop();
      streams.destroy();
      dynamodb.destroy();
    },
  };
}
