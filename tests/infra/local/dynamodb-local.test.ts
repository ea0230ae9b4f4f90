import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, ListTablesCommand, PutItemCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureEventsTable, startDynamoDbLocal, type DynamoDbLocal } from '../../../infra/local/dynamodb-local.ts';
import { EVENTS_TABLE } from '../../../shared/storage/table-definition.ts';
import { localDynamoDbClient } from '../../support/dynamodb-local.ts';

describe('startDynamoDbLocal', () => {
  const started: DynamoDbLocal[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.stop()));
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('starts on a free port, answers DynamoDB calls and creates the events table with every index', async () => {
    const local = await startDynamoDbLocal();
    started.push(local);
    expect(local.port).toBeGreaterThan(0);
    expect(local.endpoint).toBe(`http://127.0.0.1:${local.port}`);

    const client = localDynamoDbClient(local.endpoint);
    await ensureEventsTable(client, 'accord-events-test');
    // Idempotent: a second call finds the table and leaves it alone.
    await ensureEventsTable(client, 'accord-events-test');
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'accord-events-test' }));
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(Table?.KeySchema).toEqual([
      { AttributeName: EVENTS_TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: EVENTS_TABLE.sortKey, KeyType: 'RANGE' },
    ]);
    expect((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).sort()).toEqual(EVENTS_TABLE.globalSecondaryIndexes.map((i) => i.indexName).sort());
    client.destroy();
  });

  it('keeps data across restarts when given a data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'accord-ddb-'));
    dirs.push(dataDir);
    const first = await startDynamoDbLocal({ dataDir });
    let client = localDynamoDbClient(first.endpoint);
    await ensureEventsTable(client, 'persisted');
    await client.send(new PutItemCommand({ TableName: 'persisted', Item: { pk: { S: 'p' }, sk: { S: 's' }, v: { S: 'kept' } } }));
    client.destroy();
    await first.stop();

    const second = await startDynamoDbLocal({ dataDir });
    started.push(second);
    client = localDynamoDbClient(second.endpoint);
    const tables = await client.send(new ListTablesCommand({}));
    expect(tables.TableNames).toContain('persisted');
    const { Item } = await client.send(new GetItemCommand({ TableName: 'persisted', Key: { pk: { S: 'p' }, sk: { S: 's' } } }));
    expect(Item?.v?.S).toBe('kept');
    client.destroy();
  });

  it('listens on 127.0.0.1 only, like the rest of the local stack', async () => {
    const local = await startDynamoDbLocal();
    started.push(local);
    expect(await reachable('127.0.0.1', local.port)).toBe(true);
    // 127.0.0.2 is loopback too on Linux, but not the bound address: a wildcard listener answers
    // there, so this probe needs no network. The machine's own addresses are probed as well.
    const others = ['127.0.0.2', ...Object.values(networkInterfaces()).flatMap((list) => (list ?? []).filter((a) => !a.internal).map((a) => a.address))];
    for (const address of others) expect({ address, reachable: await reachable(address, local.port) }).toEqual({ address, reachable: false });
  });

  it('says in one line what to install when Java is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(startDynamoDbLocal()).rejects.toThrow('DynamoDB Local needs Java 17+: install it (e.g. `apt-get install openjdk-17-jre-headless`)');
    } finally {
      process.env.PATH = path;
    }
  });

  it('stop is idempotent and frees the port', async () => {
    const local = await startDynamoDbLocal();
    await local.stop();
    await local.stop();
    await expect(fetch(local.endpoint)).rejects.toThrow();
  });
});

/** Whether a TCP connection to address:port is accepted (refused, unreachable or silent: false). */
function reachable(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}
