import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';

/** Messages between a local Lambda worker thread (lambda-worker.ts) and its pool (lambda-worker-pool.ts). */
export interface LambdaWorkerData {
  /** Absolute path of the handler module. */
  modulePath: string;
  exportName: string;
}

export interface InvocationRequest {
  id: number;
  event: SQSEvent;
  /** What the worker needs to build the Lambda context (functions do not cross threads). */
  context: { functionName: string; region: string; awsRequestId: string; timeoutMs: number };
}

export type InvocationResult =
  { kind: 'ready' } | { kind: 'response'; id: number; response: SQSBatchResponse | undefined } | { kind: 'error'; id: number; name: string; message: string };
