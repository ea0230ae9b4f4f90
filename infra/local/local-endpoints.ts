import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where a running local stack listens. `npm start` writes it; the CLI reads it so that
 * `accord upload` and `accord events` find the local stack without flags.
 */
export interface LocalEndpoints {
  region: string;
  apiUrl: string;
  s3Endpoint: string;
  sqsEndpoint: string;
  dynamodbEndpoint: string;
  bucket: string;
  queueUrl: string;
  deadLetterQueueUrl: string;
  table: string;
}

/** Git-ignored folder that holds the local stack's data across restarts. */
export const LOCAL_DATA_DIR = process.env.ACCORD_DATA_DIR ?? join(process.cwd(), '.accord', 'local');
export const LOCAL_REGION = 'us-east-1';
export const LOCAL_STAGE = 'local';
export const DEFAULT_PORTS = { api: 3000, s3sqs: 4566, dynamodb: 8000 } as const;

const endpointsFile = (dataDir: string) => join(dataDir, 'endpoints.json');

export async function writeLocalEndpoints(endpoints: LocalEndpoints, dataDir = LOCAL_DATA_DIR): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFile(endpointsFile(dataDir), `${JSON.stringify(endpoints, null, 2)}\n`);
}

/** The endpoints of the last started local stack, or null when none was started in this folder. */
export async function readLocalEndpoints(dataDir = LOCAL_DATA_DIR): Promise<LocalEndpoints | null> {
  try {
    return JSON.parse(await readFile(endpointsFile(dataDir), 'utf8')) as LocalEndpoints;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
