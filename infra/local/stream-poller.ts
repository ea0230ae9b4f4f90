import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type DynamoDBStreamsClient,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';

/**
 * Follows the events table's stream on DynamoDB Local the way Lambda's DynamoDB event source does
 * in AWS: reads every shard from its oldest record, hands the records to `handler` in batches, and
 * hands a failed batch over again on the next round (records are never skipped). On a restart the
 * stream is read again from its oldest record; the export applies each change's image in order, so
 * reading a change again ends in the same files.
 */
export interface StreamPollerOptions {
  dynamodb: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  tableName: string;
  handler(records: StreamRecord[]): Promise<void>;
  intervalMs?: number;
  onError?(error: unknown): void;
}

export interface StreamPoller {
  /** Resolves once every record written so far has been handled. */
  drain(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export function startStreamPoller(options: StreamPollerOptions): StreamPoller {
  const { dynamodb, streams, tableName } = options;
  const iterators = new Map<string, string>();
  const closedShards = new Set<string>();
  let pending: StreamRecord[] = [];
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);

  /** One round; resolves to the number of records handled (or still pending after a failure). */
  const round = async (): Promise<number> => {
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
    const streamArn = Table?.LatestStreamArn;
    if (!streamArn) return 0;
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId!;
      if (closedShards.has(shardId)) continue;
      let iterator = iterators.get(shardId);
      if (!iterator) {
        const started = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
        iterator = started.ShardIterator;
      }
      while (iterator) {
        const result = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        pending.push(...(result.Records ?? []));
        iterator = result.NextShardIterator;
        if ((result.Records ?? []).length === 0) break;
      }
      if (iterator) iterators.set(shardId, iterator);
      else {
        iterators.delete(shardId);
        closedShards.add(shardId);
      }
    }
    const batch = pending;
    if (batch.length === 0) return 0;
    await options.handler(batch);
    pending = [];
    return batch.length;
  };

  const next = (): Promise<number> => {
    running = running.then(round, round).catch((error: unknown) => {
      options.onError?.(error);
      return pending.length;
    });
    return running;
  };

  const timer = setInterval(() => {
    if (!stopped) void next();
  }, options.intervalMs ?? 500);

  return {
    async drain(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while ((await next()) > 0) {
        if (Date.now() > deadline) throw new Error(`analytics export: stream not drained after ${timeoutMs} ms`);
      }
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
