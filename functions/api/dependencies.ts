import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAccordApi, type AccordApi } from '../../shared/api/accord-api.ts';
import { parseOrigins } from '../../shared/api/cors.ts';
import { CursorSigner } from '../../shared/api/cursor-signer.ts';
import { eventsDocumentClient } from '../../shared/storage/document-client.ts';
import { DynamoEventRepository } from '../../shared/storage/dynamo-event-repository.ts';
import { ENV } from '../commons/environment-names.ts';
import { requiredEnvironment } from '../commons/required-environment.ts';
import { logger, tracer } from '../commons/powertools.ts';
import { loadCursorKey } from './cursor-key.ts';

/**
 * The API wired from the environment CDK sets (and the local stack sets the same way): table,
 * cursor key, CORS origins. The DynamoDB endpoint comes from the SDK's own configuration
 * (AWS_ENDPOINT_URL_DYNAMODB locally).
 */
export async function createApiFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<AccordApi> {
  const tableName = requiredEnvironment(env, ENV.tableName);
  const client = tracer.captureAWSv3Client(new DynamoDBClient({}));
  return createAccordApi({
    repository: new DynamoEventRepository(eventsDocumentClient(client), tableName),
    cursors: new CursorSigner(await loadCursorKey(env)),
    corsOrigins: parseOrigins(env[ENV.corsOrigins]),
    onError: (error, event) => logger.error('request failed', { error, path: event.rawPath, requestId: event.requestContext.requestId }),
  });
}
