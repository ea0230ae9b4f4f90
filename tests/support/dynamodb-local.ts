import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { ensureEventsTable, startDynamoDbLocal, type DynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import { LOCAL_CREDENTIALS } from '../../infra/local/local-credentials.ts';
import { eventsDocumentClient } from '../../shared/storage/document-client.ts';

/**
 * Vitest helper: one in-memory DynamoDB Local per test file (started in beforeAll, stopped in
 * afterAll), and a fresh events table per call of `newTable()` so tests never see each other's items.
 *
 *   const dynamo = useDynamoDbLocal();
 *   it('…', async () => { const { documentClient, tableName } = await dynamo.newTable(); … });
 */
export interface LocalTable {
  tableName: string;
  client: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
}

export interface DynamoDbLocalFixture {
  /** Valid after beforeAll. */
  readonly endpoint: string;
  client(): DynamoDBClient;
  newTable(prefix?: string): Promise<LocalTable>;
}

export function localDynamoDbClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, maxAttempts: 3 });
}

export function useDynamoDbLocal(): DynamoDbLocalFixture {
  let server: DynamoDbLocal | undefined;
  let client: DynamoDBClient | undefined;

  beforeAll(async () => {
    server = await startDynamoDbLocal();
    client = localDynamoDbClient(server.endpoint);
  });
  afterAll(async () => {
    client?.destroy();
    await server?.stop();
  });

  const started = () => {
    if (!server || !client) throw new Error('DynamoDB Local is not started: call useDynamoDbLocal() at file level');
    return { server, client };
  };

  return {
    get endpoint() {
      return started().server.endpoint;
    },
    client: () => started().client,
    async newTable(prefix = 'events') {
      const { client: raw } = started();
      const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
      await ensureEventsTable(raw, tableName);
      return { tableName, client: raw, documentClient: eventsDocumentClient(raw) };
    },
  };
}
