import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { localLambdaContext } from './lambda-context.ts';
import type { SqsLambdaHandler } from './sqs-poller.ts';
import type { InvocationRequest, InvocationResult, LambdaWorkerData } from './lambda-worker-protocol.ts';

/**
 * One local Lambda execution environment on its own thread (this file is plain enough for Node's
 * own type stripping; everything it imports later goes through tsx): imports the handler module once (its
 * cold start, reading the environment the local stack set) and runs one invocation at a time, so
 * its CPU work never blocks the thread that serves the API and the emulators.
 */
const { modulePath, exportName } = workerData as LambdaWorkerData;
const port = parentPort;
if (!port) throw new Error('lambda-worker.ts runs as a worker thread only');

// Node strips types natively but not all of TypeScript (parameter properties, enums) and a worker
// does not inherit the parent's loader hooks: tsx compiles the handler and its imports, as `npm start` does.
register();
const handlerModule = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>;
const exported = handlerModule[exportName];
if (typeof exported !== 'function') throw new Error(`${modulePath} exports no function named ${exportName}`);
const handler = exported as SqsLambdaHandler;

port.on('message', (request: InvocationRequest) => {
  void invoke(request).then((result) => port.postMessage(result));
});
port.postMessage({ kind: 'ready' } satisfies InvocationResult);

async function invoke(request: InvocationRequest): Promise<InvocationResult> {
  const context = localLambdaContext(request.context);
  try {
    const response = await handler(request.event, context);
    return { kind: 'response', id: request.id, response: response ?? undefined };
  } catch (error) {
    return {
      kind: 'error',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
      name: error instanceof Error ? error.name : 'Error',
    };
  }
}
