import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLE_PREFIX, ENV, type ResourceNames } from '../resources.ts';
import { LOCAL_CREDENTIALS } from './local-credentials.ts';
import { LOCAL_STAGE } from './local-endpoints.ts';

/**
 * The environment the handlers get, the same variables CDK sets on the Lambdas, plus what points
 * the AWS SDK at the emulators (AWS_ENDPOINT_URL_<SERVICE>, read by every v3 client) and dummy
 * credentials so no real ones are ever picked up. It must be in process.env BEFORE a handler
 * module is imported: handlers build their clients once, at import, like a Lambda cold start.
 */
export interface HandlerEnvironmentInput {
  names: ResourceNames;
  region: string;
  s3Endpoint: string;
  sqsEndpoint: string;
  dynamodbEndpoint: string;
  maxArticleBytes?: number;
  cursorKey: string;
}

export function handlerEnvironment(input: HandlerEnvironmentInput): Record<string, string> {
  return {
    AWS_REGION: input.region,
    AWS_DEFAULT_REGION: input.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_S3: input.s3Endpoint,
    AWS_ENDPOINT_URL_SQS: input.sqsEndpoint,
    AWS_ENDPOINT_URL_DYNAMODB: input.dynamodbEndpoint,
    [ENV.tableName]: input.names.table,
    [ENV.bucketName]: input.names.bucket,
    [ENV.articlePrefix]: ARTICLE_PREFIX,
    ...(input.maxArticleBytes ? { [ENV.maxArticleBytes]: String(input.maxArticleBytes) } : {}),
    [ENV.cursorKey]: input.cursorKey,
    [ENV.stage]: LOCAL_STAGE,
    // Browser front ends on this machine: CORS_ORIGINS=http://localhost:5173 npm start
    [ENV.corsOrigins]: process.env[ENV.corsOrigins] ?? '',
    POWERTOOLS_SERVICE_NAME: 'accord-local',
    // EMF metric lines and X-Ray segments mean nothing without CloudWatch; logs stay, at WARN unless asked.
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_TRACE_ENABLED: 'false',
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
  };
}

/** Applies the environment; returns a function that restores what was there before. */
export function applyEnvironment(env: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- process.env is a record by Node's design; deleting a key is how a variable is unset
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * The key that signs API pagination cursors, kept in the data folder so cursors stay valid
 * across restarts; a fresh random one for a stack without persistence.
 */
export async function localCursorKey(dataDir: string, persist: boolean): Promise<string> {
  if (!persist) return randomBytes(32).toString('hex');
  const file = join(dataDir, 'cursor-key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32).toString('hex');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  return key;
}
