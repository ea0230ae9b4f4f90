import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { resourceNames } from '../infra/resources.ts';
import { handlerEnvironment } from '../infra/local/handler-environment.ts';
import type { HttpApiHandler } from '../infra/local/http-api-server.ts';
import { LOCAL_STAGE } from '../infra/local/local-endpoints.ts';
import { startLocalStack, type LocalStack } from '../infra/local/local-stack.ts';

/**
 * The local stack as benchmarks that run a handler themselves use it: uploads make real S3
 * notifications, which the stack's poller hands over (into `records`) instead of ingesting them,
 * and `environment` is what the stack gives its handlers (handler-environment.ts).
 */
export interface NotificationStack {
  stack: LocalStack;
  records: SQSRecord[];
  environment: Record<string, string>;
}

export async function startNotificationStack(dataDir: string, apiHandler: HttpApiHandler): Promise<NotificationStack> {
  const records: SQSRecord[] = [];
  const stack = await startLocalStack({
    dataDir,
    persist: false,
    ports: { api: 0, s3sqs: 0, dynamodb: 0 },
    pollWaitSeconds: 1,
    ingestHandler: () => (event: SQSEvent) => {
      records.push(...event.Records);
      return Promise.resolve({ batchItemFailures: [] });
    },
    apiHandler,
  });
  const { endpoints } = stack;
  const environment = handlerEnvironment({
    names: resourceNames(LOCAL_STAGE),
    region: endpoints.region,
    s3Endpoint: endpoints.s3Endpoint,
    sqsEndpoint: endpoints.sqsEndpoint,
    dynamodbEndpoint: endpoints.dynamodbEndpoint,
    cursorKey: 'bench-cursor-key',
    ingestQueueUrl: endpoints.queueUrl,
  });
  return { stack, records, environment };
}
