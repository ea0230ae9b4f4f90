import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { SqsLambdaHandler } from './sqs-poller.ts';
import type { InvocationRequest, InvocationResult, LambdaWorkerData } from './lambda-worker-protocol.ts';

/**
 * Local Lambda execution environments on worker threads, as Lambda runs them: each invocation gets
 * an environment of its own (reused warm when one is idle, a cold start otherwise), and an
 * invocation that outlives the function timeout is killed with its environment, counts as failed
 * (its messages come back after the visibility timeout) and the next one gets a fresh environment.
 * The thread of the API server and the emulators only passes messages, so coding an article never
 * makes /health or S3 wait.
 */
export interface LambdaWorkerPoolOptions {
  /** Absolute path of the handler module (TypeScript: loaded through tsx). */
  modulePath: string;
  exportName?: string;
  /** The function timeout, ms. */
  timeoutMs: number;
}

export interface LambdaWorkerPool {
  handler: SqsLambdaHandler;
  /** Environments started so far (cold starts, including replacements of killed ones). */
  readonly coldStarts: number;
  /** Invocations killed at the timeout. */
  readonly timeouts: number;
  /** Starts an idle environment ahead of the first invocation (its cold start), and waits for it. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/** What Lambda reports for an invocation killed at the timeout. */
export class LambdaTimeoutError extends Error {
  override readonly name = 'LambdaTimeoutError';
}

/** An error the handler threw inside the worker, rebuilt on this side. */
export class LambdaInvocationError extends Error {}

const WORKER_ENTRY = fileURLToPath(new URL('./lambda-worker.ts', import.meta.url));

interface Environment {
  worker: Worker;
  ready: Promise<void>;
}

export function startLambdaWorkerPool(options: LambdaWorkerPoolOptions): LambdaWorkerPool {
  const idle: Environment[] = [];
  const busy = new Set<Environment>();
  let coldStarts = 0;
  let timeouts = 0;
  let nextId = 1;
  let closed = false;

  const start = (): Environment => {
    coldStarts++;
    const worker = new Worker(WORKER_ENTRY, {
      workerData: { modulePath: options.modulePath, exportName: options.exportName ?? 'handler' } satisfies LambdaWorkerData,
      // the handlers read the environment the local stack applied before the pool started them
      env: { ...process.env },
    });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: InvocationResult) => {
        if (message.kind !== 'ready') return;
        worker.off('error', reject);
        worker.off('message', onMessage);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    // an uncaught error kills the environment; the 'exit' that follows fails the invocation
    worker.on('error', () => undefined);
    // (an environment abandoned at its init timeout may still fail to start: nobody awaits it then)
    ready.catch(() => undefined);
    return { worker, ready };
  };

  const invoke = (environment: Environment, event: SQSEvent, context: Context, deadline: number): Promise<SQSBatchResponse | undefined> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const { worker } = environment;
      const timer = setTimeout(
        () => {
          cleanup();
          timeouts++;
          // Lambda freezes nothing here: the environment is gone with everything it was doing
          void worker.terminate();
          reject(new LambdaTimeoutError(`Task timed out after ${(options.timeoutMs / 1000).toFixed(2)} seconds`));
        },
        Math.max(0, deadline - Date.now()),
      );
      const onMessage = (message: InvocationResult) => {
        if (message.kind === 'ready' || message.id !== id) return;
        cleanup();
        if (message.kind === 'response') resolve(message.response);
        else reject(Object.assign(new LambdaInvocationError(message.message), { name: message.name }));
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new LambdaInvocationError(`the execution environment exited (code ${code}) during the invocation`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      const request: InvocationRequest = {
        id,
        event,
        context: {
          functionName: context.functionName,
          region: context.invokedFunctionArn.split(':')[3] ?? '',
          awsRequestId: context.awsRequestId,
          timeoutMs: Math.max(0, deadline - Date.now()),
        },
      };
      worker.postMessage(request);
    });

  const handler: SqsLambdaHandler = async (event, context) => {
    if (closed) throw new Error('the local Lambda pool is closed');
    // the timeout runs from the invocation, cold start included, as in Lambda
    const deadline = Date.now() + options.timeoutMs;
    const environment = idle.pop() ?? start();
    busy.add(environment);
    let healthy = false;
    try {
      await Promise.race([
        environment.ready,
        new Promise((_, reject) =>
          setTimeout(() => reject(new LambdaTimeoutError(`Init timed out after ${options.timeoutMs} ms`)), Math.max(0, deadline - Date.now())).unref(),
        ),
      ]);
      const response = await invoke(environment, event, context, deadline);
      healthy = true;
      return response;
    } catch (error) {
      // an error the handler returned leaves its environment usable; a timeout or crash does not
      healthy = error instanceof LambdaInvocationError && !/exited/.test(error.message);
      throw error;
    } finally {
      busy.delete(environment);
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- close() may have run while the invocation was awaited
      if (healthy && !closed) idle.push(environment);
      else void environment.worker.terminate();
    }
  };

  return {
    handler,
    get coldStarts() {
      return coldStarts;
    },
    get timeouts() {
      return timeouts;
    },
    async warm() {
      const environment = start();
      idle.push(environment);
      await environment.ready;
    },
    async close() {
      closed = true;
      await Promise.all([...idle, ...busy].map((e) => e.worker.terminate()));
      idle.length = 0;
    },
  };
}
