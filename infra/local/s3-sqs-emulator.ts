import { mkdir } from 'node:fs/promises';
import { Server } from 'node:net';
import { startFauxqs, type FauxqsServer } from 'fauxqs';
import { MAX_RECEIVE_COUNT, type ResourceNames } from '../resources.ts';
import { fixFauxqsVisibilityReset } from './fauxqs-visibility-reset-fix.ts';

/**
 * fauxqs (S3 + SQS emulator, library mode) with the articles bucket, the ingest queue and its
 * DLQ created as the CDK stack creates them: same names, redrive after MAX_RECEIVE_COUNT receives.
 */
export interface S3SqsEmulatorOptions {
  names: ResourceNames;
  region: string;
  visibilityTimeoutSeconds: number;
  /** 0 or omitted: a free port. */
  port?: number;
  /** SQLite persistence there; in memory when omitted. */
  dataDir?: string;
}

export interface QueueDepth {
  ready: number;
  inflight: number;
  delayed: number;
}

export interface S3SqsEmulator {
  /** Direct emulator URL (the local stack fronts it with the notification proxy). */
  endpoint: string;
  port: number;
  queueArn: string;
  deadLetterQueueArn: string;
  /** Enqueue without a network round trip (how the notification proxy delivers). */
  sendMessage(queueName: string, body: string): void;
  depth(queueName: string): QueueDepth;
  /** Bodies of every message in the queue (ready, in flight, delayed), without receiving them. */
  bodies(queueName: string): string[];
  stop(): Promise<void>;
}

const ACCOUNT = '000000000000';

export const queueArnOf = (region: string, name: string): string => `arn:aws:sqs:${region}:${ACCOUNT}:${name}`;

/** Queue URL through a given endpoint; fauxqs resolves queues by name, whatever host and port. */
export const queueUrlOf = (endpoint: string, name: string): string => `${endpoint}/${ACCOUNT}/${name}`;

export async function startS3SqsEmulator(options: S3SqsEmulatorOptions): Promise<S3SqsEmulator> {
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    // Without it, a persisted queue loses every message whose visibility is reset to 0.
    await fixFauxqsVisibilityReset();
  }
  const server = await onLoopback(() =>
    startFauxqs({
      port: options.port ?? 0,
      logger: false,
      defaultRegion: options.region,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    }),
  );
  const { names, region } = options;
  const deadLetterQueueArn = queueArnOf(region, names.deadLetterQueue);
  // Idempotent: on a restart with persisted state, existing resources are kept as they are.
  server.setup({
    queues: [
      { name: names.deadLetterQueue, attributes: { MessageRetentionPeriod: String(14 * 24 * 3600) } },
      {
        name: names.queue,
        attributes: {
          VisibilityTimeout: String(options.visibilityTimeoutSeconds),
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetterQueueArn, maxReceiveCount: MAX_RECEIVE_COUNT }),
        },
      },
    ],
    buckets: [names.bucket],
  });
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    port: server.port,
    queueArn: queueArnOf(region, names.queue),
    deadLetterQueueArn,
    sendMessage: (queueName, body) => {
      server.sendMessage(queueName, body);
    },
    depth: (queueName) => depthOf(server, queueName),
    bodies: (queueName) => {
      const queue = server.inspectQueue(queueName);
      if (!queue) throw new Error(`queue ${queueName} does not exist`);
      const { ready, inflight, delayed } = queue.messages;
      return [...ready, ...inflight.map((entry) => entry.message), ...delayed].map((message) => message.body);
    },
    stop: () => server.stop(),
  };
}

function depthOf(server: FauxqsServer, queueName: string): QueueDepth {
  const queue = server.inspectQueue(queueName);
  if (!queue) throw new Error(`queue ${queueName} does not exist`);
  return {
    ready: queue.messages.ready.length,
    inflight: queue.messages.inflight.length,
    delayed: queue.messages.delayed.length,
  };
}

/**
 * fauxqs always listens on 0.0.0.0; the local stack must stay on loopback. While it starts,
 * a wildcard bind is narrowed to 127.0.0.1 (nothing else in this process binds in that moment).
 */
async function onLoopback<T>(start: () => Promise<T>): Promise<T> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back, and called with .apply(this) meanwhile
  const original = Server.prototype.listen;
  Server.prototype.listen = function (this: Server, ...args: unknown[]) {
    const first = args[0];
    if (typeof first === 'object' && first !== null && (first as { host?: string }).host === '0.0.0.0') {
      args[0] = { ...first, host: '127.0.0.1' };
    }
    return (original as (...a: unknown[]) => Server).apply(this, args);
  } as typeof Server.prototype.listen;
  try {
    return await start();
  } finally {
    Server.prototype.listen = original;
  }
}
