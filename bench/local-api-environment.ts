import { ENV } from '../functions/commons/environment-names.ts';
import { LOCAL_CREDENTIALS } from '../infra/local/local-credentials.ts';

/** The environment the API handler reads, pointed at a DynamoDB Local table, with Powertools quiet: for benchmarks that serve the real handler. */
export function useLocalApiEnvironment(table: string, dynamodbEndpoint: string): void {
  Object.assign(process.env, {
    [ENV.tableName]: table,
    AWS_ENDPOINT_URL_DYNAMODB: dynamodbEndpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    [ENV.cursorKey]: 'bench-cursor-key-0123456789abcdef',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    POWERTOOLS_TRACE_ENABLED: 'false',
  });
}
