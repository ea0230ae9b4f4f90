import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createAccordApi, type AccordApi } from '../../shared/api/accord-api.ts';
import { parseOrigins } from '../../shared/api/cors.ts';
import { CursorSigner } from '../../shared/api/cursor-signer.ts';
import { DynamoEventRepository } from '../../shared/storage/dynamo-event-repository.ts';
import { ENV } from '../commons/environment-names.ts';
import { logger, tracer } from '../commons/powertools.ts';
import { loadCursorKey } from './cursor-key.ts';

/**
 * The API wired from the environment CDK sets (and the local stack sets the same way): table,
 * cursor key, CORS origins. The DynamoDB endpoint comes from the SDK's own configuration
 * (AWS_ENDPOINT_URL_DYNAMODB locally).
 */
export async function createApiFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<AccordApi> {
  const tableName = env[ENV.tableName];
  if (!tableName) throw new Error(`environment variable ${ENV.tableName} is not set`);
  const client = tracer.captureAWSv3Client(new DynamoDBClient({}));
  const documentClient = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return createAccordApi({
    repository: new DynamoEventRepository(documentClient, tableName),
    cursors: new CursorSigner(await loadCursorKey(env)),
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    onError: (error, event) => logger.error('request failed', { error, path: event.rawPath, requestId: event.requestContext?.requestId }),
  });
}
