import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DICTIONARY_KEY, INGEST_BATCH_SIZE, resourceNames, VISIBILITY_TIMEOUT_FACTOR } from '../resources.ts';
import { decodeS3EventKey } from '../../shared/ingest/s3-event-notification.ts';
import { putLocalDictionary } from './local-dictionary.ts';
import { ensureEventsTable, startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local.ts';
import { startHttpApi, type HttpApi, type HttpApiHandler } from './http-api-server.ts';
import { DEFAULT_PORTS, LOCAL_DATA_DIR, LOCAL_REGION, LOCAL_STAGE, writeLocalEndpoints, type LocalEndpoints } from './local-endpoints.ts';
import { applyEnvironment, handlerEnvironment, localCursorKey } from './handler-environment.ts';
import { LOCAL_CREDENTIALS } from './local-credentials.ts';
import { queueUrlOf, startS3SqsEmulator, type QueueDepth, type S3SqsEmulator } from './s3-sqs-emulator.ts';
import { startS3NotificationProxy, type S3NotificationProxy } from './s3-notification-proxy.ts';
import { s3NotificationMessageBody } from './s3-notification-format.ts';
import { startFaultInjectionProxy, type FaultInjectionProxy, type FaultInjector } from './fault-injection-proxy.ts';
import { startSqsPoller, type BatchReport, type SqsLambdaHandler, type SqsPoller } from './sqs-poller.ts';
import { waitUntil } from './wait-until.ts';
import { startLambdaWorkerPool } from './lambda-worker-pool.ts';
import { startLocalAnalytics, type LocalAnalytics } from './local-analytics.ts';
import { explorerSite } from '../../web/server/explorer-site.ts';
import { explorerUpload } from './explorer-upload.ts';
import { articleTextRoute } from '../../web/server/article-text.ts';

/**
 * The whole pipeline on loopback, composable: `npm start` runs it with the default ports and
 * persistence, tests run it on free ports in a temporary folder.
 *
 *   S3 client ──► notification proxy ──► fauxqs S3
 *                       │ (S3 event JSON)
 *                       ▼
 *                 fauxqs SQS ingest queue ──► poller ──► ingest handler ──► DynamoDB Local
 *                       │ maxReceiveCount                                        ▲
 *                       ▼                                                        │
 *                      DLQ                          HTTP API server ──► API handler
 *
 * The handlers are the deployed modules, configured through the environment CDK sets. They
 * build their clients at import, so one process runs one local stack at a time (a restarted
 * stack in the same process must keep its ports). The ingest handler runs on worker threads
 * (lambda-worker-pool.ts), with the function timeout enforced as Lambda does: coding an article
 * never blocks the API and the emulators, which share this thread.
 */
export interface LocalStackPorts {
  /** API; 0 = free port. */
  api?: number;
  /** S3 and SQS endpoint (the notification proxy in front of fauxqs); 0 = free port. */
  s3sqs?: number;
  dynamodb?: number;
}

export interface LocalStackOptions {
  dataDir?: string;
  /** Omitted ports take DEFAULT_PORTS; 0 picks a free one. */
  ports?: LocalStackPorts;
  /** Keep data in dataDir across restarts (default true). */
  persist?: boolean;
  /** Ingest queue visibility timeout; default VISIBILITY_TIMEOUT_FACTOR × the ingest function timeout. */
  visibilityTimeoutSeconds?: number;
  maxArticleBytes?: number;
  /** Parallel ingest invocations (the event source's maximum concurrency). */
  ingestConcurrency?: number;
  /** The ingest function timeout, enforced on each invocation; default LOCAL_INGEST_TIMEOUT_SECONDS. */
  ingestTimeoutSeconds?: number;
  /** Long-poll wait of the poller, seconds. */
  pollWaitSeconds?: number;
  /** Replace the ingest handler (tests inject faults through this). */
  ingestHandler?(deployed: SqsLambdaHandler): SqsLambdaHandler;
  /** Serve this instead of functions/api/handler.ts (tests of ingest alone). */
  apiHandler?: HttpApiHandler;
  /** Sees every S3 notification body the bridge puts on the ingest queue (tests redeliver them). */
  onNotification?(body: string): void;
  onBatch?: (report: BatchReport) => void;
  /**
   * Put fault-injecting proxies between the handlers and S3 / DynamoDB (reliability tests).
   * Uploads and test clients talk to the emulators directly; only handler traffic is disturbed.
   */
  faults?: FaultInjector;
  /**
   * An analysts' dictionary (the file's bytes) to put into the bucket at DICTIONARY_KEY before
   * ingest starts; the ingest handler reads it from there, as in AWS. Omitted: the bucket keeps
   * whatever dictionary it has (a persisted one from an earlier start, or none).
   */
  dictionary?: Uint8Array;
}

export interface LocalStack {
  endpoints: LocalEndpoints;
  dataDir: string;
  /** Put a raw message on the ingest queue (e.g. redeliver a notification). */
  sendToIngestQueue(body: string): void;
  ingestQueueDepth(): QueueDepth;
  deadLetterQueueDepth(): QueueDepth;
  /** Bodies of the messages in the DLQ, without receiving them. */
  deadLetterBodies(): string[];
  /** Resolves once the ingest queue is empty (nothing ready, delayed or in flight). */
  waitForIngestIdle(timeoutMs?: number): Promise<void>;
  /** The fault proxies, when `faults` was given (for their counters). */
  faultProxies: { s3: FaultInjectionProxy; dynamodb: FaultInjectionProxy } | null;
  /** The analytics export (Parquet under dataDir/analytics), fed by the table's stream. */
  analytics: LocalAnalytics;
  stop(): Promise<void>;
}

/** The ingest Lambda's timeout in the dev stage (infra/stage-config.ts); the queue waits 6× that. */
export const LOCAL_INGEST_TIMEOUT_SECONDS = 60;

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const dataDir = options.dataDir ?? LOCAL_DATA_DIR;
  const persist = options.persist ?? true;
  const ports = { ...DEFAULT_PORTS, ...options.ports };
  const names = resourceNames(LOCAL_STAGE);
  const region = LOCAL_REGION;
  const cleanup: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup.length = 0;
  };

  try {
    // The JVM of DynamoDB Local takes seconds to start: bring up the rest meanwhile.
    const startDynamo = async (): Promise<DynamoDbLocal> => {
      const dynamo = await startDynamoDbLocal({
        port: ports.dynamodb,
        ...(persist ? { dataDir: join(dataDir, 'dynamodb') } : {}),
      });
      cleanup.push(() => dynamo.stop());
      const dynamoClient = new DynamoDBClient({ endpoint: dynamo.endpoint, region, credentials: LOCAL_CREDENTIALS });
      try {
        await ensureEventsTable(dynamoClient, names.table);
      } finally {
        dynamoClient.destroy();
      }
      return dynamo;
    };
    const startS3Sqs = async (): Promise<{ emulator: S3SqsEmulator; proxy: S3NotificationProxy }> => {
      const emulator = await startS3SqsEmulator({
        names,
        region,
        visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? LOCAL_INGEST_TIMEOUT_SECONDS * VISIBILITY_TIMEOUT_FACTOR,
        ...(persist ? { dataDir: join(dataDir, 'fauxqs') } : {}),
      });
      cleanup.push(() => emulator.stop());
      const proxy = await startS3NotificationProxy({
        upstream: emulator.endpoint,
        region,
        port: ports.s3sqs,
        // Local only: no key filter, so objects outside the prefix reach ingest and are recorded
        // as failed (in AWS the notification's prefix filter keeps them away).
        notify: (record) => {
          // the dictionary is configuration, not an article: no notification (in AWS the prefix filter keeps it away)
          if (record.s3.bucket.name === names.bucket && decodeS3EventKey(record.s3.object.key) === DICTIONARY_KEY) return;
          const body = s3NotificationMessageBody(record);
          emulator.sendMessage(names.queue, body);
          options.onNotification?.(body);
        },
      });
      cleanup.push(() => proxy.close());
      return { emulator, proxy };
    };
    const [dynamoStarted, s3SqsStarted] = await Promise.allSettled([startDynamo(), startS3Sqs()]);
    if (dynamoStarted.status === 'rejected' || s3SqsStarted.status === 'rejected') {
      const failures = [dynamoStarted, s3SqsStarted].flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
      // A port in use says most about what is wrong (another stack running): report that one first.
      throw failures.find((error) => (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE') ?? failures[0];
    }
    const dynamo = dynamoStarted.value;
    const { emulator, proxy } = s3SqsStarted.value;
    if (options.dictionary) await putLocalDictionary({ endpoint: emulator.endpoint, region, bucket: names.bucket }, options.dictionary);

    let faultProxies: LocalStack['faultProxies'] = null;
    if (options.faults) {
      const s3Faults = await startFaultInjectionProxy({ service: 's3', upstream: proxy.url, injector: options.faults });
      cleanup.push(() => s3Faults.close());
      const dynamoFaults = await startFaultInjectionProxy({ service: 'dynamodb', upstream: dynamo.endpoint, injector: options.faults });
      cleanup.push(() => dynamoFaults.close());
      faultProxies = { s3: s3Faults, dynamodb: dynamoFaults };
    }

    const restoreEnv = applyEnvironment(
      handlerEnvironment({
        names,
        region,
        s3Endpoint: faultProxies?.s3.url ?? proxy.url,
        sqsEndpoint: proxy.url,
        dynamodbEndpoint: faultProxies?.dynamodb.url ?? dynamo.endpoint,
        cursorKey: await localCursorKey(dataDir, persist),
        ingestQueueUrl: queueUrlOf(proxy.url, names.queue),
        ...(options.maxArticleBytes ? { maxArticleBytes: options.maxArticleBytes } : {}),
      }),
    );
    cleanup.push(restoreEnv);

    // Imported only now: like a cold start, the handlers read the environment set above.
    const ingestPool = startLambdaWorkerPool({
      modulePath: fileURLToPath(new URL('../../functions/ingest/handler.ts', import.meta.url)),
      timeoutMs: (options.ingestTimeoutSeconds ?? LOCAL_INGEST_TIMEOUT_SECONDS) * 1000,
    });
    cleanup.push(() => ingestPool.close());
    // one environment started now, so the first upload does not wait for a cold start
    await ingestPool.warm();
    const ingest = ingestPool.handler;
    const api = options.apiHandler ?? (await import('../../functions/api/handler.ts')).handler;

    const queueUrl = queueUrlOf(proxy.url, names.queue);
    const deadLetterQueueUrl = queueUrlOf(proxy.url, names.deadLetterQueue);
    const sqs = new SQSClient({ endpoint: proxy.url, region, credentials: LOCAL_CREDENTIALS });
    cleanup.push(() => sqs.destroy());
    const poller: SqsPoller = startSqsPoller({
      sqs,
      queueUrl,
      queueArn: emulator.queueArn,
      region,
      handler: options.ingestHandler ? options.ingestHandler(ingest) : ingest,
      batchSize: INGEST_BATCH_SIZE,
      waitTimeSeconds: options.pollWaitSeconds ?? 2,
      concurrency: options.ingestConcurrency ?? 2,
      functionName: `accord-ingest-${LOCAL_STAGE}`,
      timeoutMs: (options.ingestTimeoutSeconds ?? LOCAL_INGEST_TIMEOUT_SECONDS) * 1000,
      ...(options.onBatch ? { onBatch: options.onBatch } : {}),
      onError: (error) => console.error('ingest poller:', error instanceof Error ? error.message : error),
    });
    cleanup.push(() => poller.stop());

    const analytics = startLocalAnalytics({ dynamodbEndpoint: dynamo.endpoint, region, tableName: names.table, dataDir });
    cleanup.push(() => analytics.stop());

    // The explorer page at the API's root; its uploads go through the notification proxy like any other.
    const explorerS3 = new S3Client({ endpoint: proxy.url, region, credentials: LOCAL_CREDENTIALS, forcePathStyle: true });
    cleanup.push(() => explorerS3.destroy());
    const site = explorerSite({
      config: { target: 'local stack', upload: true },
      upload: explorerUpload({ s3: explorerS3, bucket: names.bucket }),
      articleText: articleTextRoute({ s3: explorerS3, bucket: names.bucket }),
    });
    const http: HttpApi = await startHttpApi({ handler: api, port: ports.api, host: '127.0.0.1', site });
    cleanup.push(() => http.close());

    const endpoints: LocalEndpoints = {
      region,
      apiUrl: http.url,
      s3Endpoint: proxy.url,
      sqsEndpoint: proxy.url,
      dynamodbEndpoint: dynamo.endpoint,
      bucket: names.bucket,
      queueUrl,
      deadLetterQueueUrl,
      table: names.table,
    };
    await writeLocalEndpoints(endpoints, dataDir);

    const ingestQueueDepth = () => emulator.depth(names.queue);
    return {
      endpoints,
      dataDir,
      sendToIngestQueue: (body) => emulator.sendMessage(names.queue, body),
      ingestQueueDepth,
      deadLetterQueueDepth: () => emulator.depth(names.deadLetterQueue),
      deadLetterBodies: () => emulator.bodies(names.deadLetterQueue),
      waitForIngestIdle: (timeoutMs = 60_000) => waitUntil(() => messageCount(ingestQueueDepth()) === 0, timeoutMs, 'ingest queue to drain'),
      faultProxies,
      analytics,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Messages in a queue, whatever their state (ready, in flight, delayed). */
export function messageCount(depth: QueueDepth): number {
  return depth.ready + depth.inflight + depth.delayed;
}
