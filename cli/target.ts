import type { CloudFormationClient, Output } from '@aws-sdk/client-cloudformation';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { LOCAL_CREDENTIALS as EMULATOR_CREDENTIALS } from '../infra/local/local-credentials.ts';
import { readLocalEndpoints, type LocalEndpoints } from '../infra/local/local-endpoints.ts';
import { STACK_OUTPUTS, stackName } from '../infra/resources.ts';
import type { ApiCredentials } from './sigv4.ts';

/**
 * Where a command sends its requests, resolved once from the command line for every command:
 * - the local stack (default): endpoints written by `npm start`;
 * - any S3-compatible endpoint: `--endpoint URL --bucket NAME [--api-url URL]`;
 * - a deployed stage: `--stage dev|staging|prod`, bucket and API URL from the CloudFormation
 *   stack's outputs, credentials from the default AWS chain, API requests signed with SigV4.
 */
export type TargetKind = 'local' | 'endpoint' | 'aws';

/** What AWS SDK clients need to reach a target (S3, SQS and DynamoDB clients accept it as is). */
export interface ClientSettings {
  region: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  credentials: ApiCredentials;
}

export interface Target {
  kind: TargetKind;
  /** For summary lines: "local stack", "stage prod (eu-west-1)", an endpoint URL. */
  label: string;
  region: string;
  bucket: string | null;
  apiUrl: string | null;
  queueUrl: string | null;
  deadLetterQueueUrl: string | null;
  table: string | null;
  /** A stage's analytics export bucket (`accord export --backfill --stage`); the local stack's export is a folder. */
  exportBucket?: string | null;
  s3: ClientSettings;
  sqs: ClientSettings;
  dynamodb: ClientSettings;
  /** Deployed stages use IAM authorization: API requests must carry a SigV4 signature. */
  signApiRequests: boolean;
  /** What API requests are signed with (and what the clients above use). */
  credentials: ApiCredentials;
}

export interface TargetOptions {
  stage?: string;
  endpoint?: string;
  bucket?: string;
  apiUrl?: string;
  region?: string;
}

/** A target that cannot be resolved; the message is one line telling the user what to do. */
export class TargetError extends Error {
  override readonly name = 'TargetError';
}

/** Mirrors STAGES in infra/stage-config.ts (not imported: that module loads aws-cdk-lib, too slow for a CLI). */
export const STAGE_NAMES = ['dev', 'staging', 'prod'] as const;

/** Region for endpoints that do not care (emulators); S3-compatible stores mostly ignore it. */
const LOCAL_REGION_FALLBACK = 'us-east-1';

export interface TargetDependencies {
  readLocalEndpoints: () => Promise<LocalEndpoints | null>;
  cloudFormation: (config: { region?: string; credentials: ApiCredentials }) => Promise<CloudFormationClient>;
  awsCredentials: () => ApiCredentials;
  env: Record<string, string | undefined>;
}

/** `npm start` writes its endpoints under the repository it runs in; `accord` may run from a subfolder. */
const REPOSITORY_DATA_DIR = join(import.meta.dirname, '..', '.accord', 'local');

async function findLocalEndpoints(env: Record<string, string | undefined>): Promise<LocalEndpoints | null> {
  const found = await readLocalEndpoints();
  if (found !== null || env.ACCORD_DATA_DIR) return found;
  return readLocalEndpoints(REPOSITORY_DATA_DIR);
}

const defaultDependencies: TargetDependencies = {
  readLocalEndpoints: () => findLocalEndpoints(process.env),
  // Loaded on demand: only --stage needs CloudFormation, and the SDK client costs ~80 ms to load.
  cloudFormation: async (config) => new (await import('@aws-sdk/client-cloudformation')).CloudFormationClient(config),
  awsCredentials: () => fromNodeProviderChain(),
  env: process.env,
};

/** Adds --stage, --endpoint, --bucket, --api-url and --region to a command. */
export function addTargetOptions(command: Command): Command {
  return command
    .addOption(new Option('--stage <stage>', 'deployed stage on AWS (bucket and API from the stack outputs)').choices(STAGE_NAMES))
    .option('--endpoint <url>', 'any S3-compatible endpoint instead of the local stack (with --bucket)')
    .option('--bucket <name>', 'articles bucket (overrides the target’s)')
    .option('--api-url <url>', 'API base URL (overrides the target’s)')
    .option('--region <region>', 'AWS region (default: AWS_REGION or your AWS profile)');
}

export async function resolveTarget(options: TargetOptions, dependencies: TargetDependencies = defaultDependencies): Promise<Target> {
  if (options.stage !== undefined && options.endpoint !== undefined) {
    throw new TargetError('use either --stage (AWS) or --endpoint (an S3-compatible endpoint), not both');
  }
  if (options.stage !== undefined) return awsTarget(options.stage, options, dependencies);
  if (options.endpoint !== undefined) return endpointTarget(options.endpoint, options, dependencies);
  return localTarget(options, dependencies);
}

async function localTarget(options: TargetOptions, dependencies: TargetDependencies): Promise<Target> {
  const local = await dependencies.readLocalEndpoints();
  if (local === null) {
    // `--api-url` alone is enough for the API commands (a tunnel, a test server).
    if (options.apiUrl !== undefined) return apiOnlyTarget(options.apiUrl, dependencies);
    throw new TargetError('no local stack running: start it with `npm start`');
  }
  const emulator = (endpoint: string): ClientSettings => ({ region: local.region, endpoint, credentials: EMULATOR_CREDENTIALS });
  return {
    kind: 'local',
    label: 'local stack',
    region: local.region,
    bucket: options.bucket ?? local.bucket,
    apiUrl: options.apiUrl ?? local.apiUrl,
    queueUrl: local.queueUrl,
    deadLetterQueueUrl: local.deadLetterQueueUrl,
    table: local.table,
    s3: { ...emulator(local.s3Endpoint), forcePathStyle: true },
    sqs: emulator(local.sqsEndpoint),
    dynamodb: emulator(local.dynamodbEndpoint),
    signApiRequests: false,
    credentials: EMULATOR_CREDENTIALS,
  };
}

function endpointTarget(endpoint: string, options: TargetOptions, dependencies: TargetDependencies): Target {
  if (!/^https?:\/\//.test(endpoint)) throw new TargetError(`--endpoint must be an http(s) URL, got "${endpoint}"`);
  const region = requestedRegion(options, dependencies.env) ?? LOCAL_REGION_FALLBACK;
  // Real S3-compatible stores (MinIO, …) need real keys; emulators accept anything.
  const credentials = dependencies.env.AWS_ACCESS_KEY_ID ? dependencies.awsCredentials() : EMULATOR_CREDENTIALS;
  const settings: ClientSettings = { region, endpoint, credentials };
  return {
    kind: 'endpoint',
    label: endpoint,
    region,
    bucket: options.bucket ?? null,
    apiUrl: options.apiUrl ?? null,
    queueUrl: null,
    deadLetterQueueUrl: null,
    table: null,
    s3: { ...settings, forcePathStyle: true },
    sqs: settings,
    dynamodb: settings,
    signApiRequests: false,
    credentials,
  };
}

/** Only an API, no bucket or queues: what `--api-url` names when no local stack was started. */
function apiOnlyTarget(apiUrl: string, dependencies: TargetDependencies): Target {
  const settings: ClientSettings = { region: dependencies.env.AWS_REGION ?? LOCAL_REGION_FALLBACK, credentials: EMULATOR_CREDENTIALS };
  return {
    kind: 'endpoint',
    label: apiUrl,
    region: settings.region,
    bucket: null,
    apiUrl,
    queueUrl: null,
    deadLetterQueueUrl: null,
    table: null,
    s3: settings,
    sqs: settings,
    dynamodb: settings,
    signApiRequests: false,
    credentials: EMULATOR_CREDENTIALS,
  };
}

async function awsTarget(stage: string, options: TargetOptions, dependencies: TargetDependencies): Promise<Target> {
  if (!(STAGE_NAMES as readonly string[]).includes(stage)) {
    throw new TargetError(`unknown stage "${stage}": use one of ${STAGE_NAMES.join(', ')}`);
  }
  const credentials = dependencies.awsCredentials();
  const requested = requestedRegion(options, dependencies.env);
  const cloudFormation = await dependencies.cloudFormation({ ...(requested ? { region: requested } : {}), credentials });
  const name = stackName(stage);
  let region: string;
  let outputs: Output[];
  try {
    region = await cloudFormation.config.region();
    const { DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
    const response = await cloudFormation.send(new DescribeStacksCommand({ StackName: name }));
    outputs = response.Stacks?.[0]?.Outputs ?? [];
  } catch (error) {
    throw explainAwsError(error, name, stage, requested);
  }
  const output = (key: string): string | null => outputs.find((o) => o.OutputKey === key)?.OutputValue ?? null;
  const apiUrl = options.apiUrl ?? output(STACK_OUTPUTS.apiUrl);
  const bucket = options.bucket ?? output(STACK_OUTPUTS.bucketName);
  if (bucket === null && apiUrl === null) {
    throw new TargetError(
      `stack ${name} has no ${STACK_OUTPUTS.bucketName} or ${STACK_OUTPUTS.apiUrl} output: redeploy it with \`npx cdk deploy -c stage=${stage}\``,
    );
  }
  const settings: ClientSettings = { region, credentials };
  return {
    kind: 'aws',
    label: `stage ${stage} (${region})`,
    region: (apiUrl && regionOfApiUrl(apiUrl)) ?? region,
    bucket,
    apiUrl,
    queueUrl: output(STACK_OUTPUTS.queueUrl),
    deadLetterQueueUrl: output(STACK_OUTPUTS.deadLetterQueueUrl),
    table: output(STACK_OUTPUTS.tableName),
    exportBucket: output(STACK_OUTPUTS.exportBucketName),
    s3: settings,
    sqs: settings,
    dynamodb: settings,
    signApiRequests: true,
    credentials,
  };
}

/** --region, else the region the AWS CLI and SDKs would take from the environment; undefined: the profile's. */
function requestedRegion(options: TargetOptions, env: TargetDependencies['env']): string | undefined {
  return options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
}

/** "https://abc123.execute-api.eu-west-1.amazonaws.com/" → "eu-west-1": the region requests are signed for. */
export function regionOfApiUrl(apiUrl: string): string | null {
  try {
    return /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(new URL(apiUrl).hostname)?.[1] ?? null;
  } catch {
    return null;
  }
}

function explainAwsError(error: unknown, name: string, stage: string, region: string | undefined): TargetError {
  const { name: errorName = '', message = '' } = (error ?? {}) as { name?: string; message?: string };
  if (/does not exist/i.test(message)) {
    return new TargetError(`stack ${name} not found${region ? ` in ${region}` : ''}: deploy it with \`npx cdk deploy -c stage=${stage}\` or pass --region`);
  }
  if (/region is missing/i.test(message)) return new TargetError('no AWS region set: pass --region or set AWS_REGION');
  if (errorName === 'CredentialsProviderError' || /credential/i.test(message)) {
    return new TargetError('no AWS credentials found: configure them with `aws configure`, AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY');
  }
  return new TargetError(`cannot read stack ${name}: ${message || errorName}`);
}

/** The bucket, or a one-line explanation of how to name one. */
export function requireBucket(target: Target): string {
  if (target.bucket) return target.bucket;
  throw new TargetError(`no articles bucket for ${target.label}: pass --bucket NAME`);
}

export function requireApiUrl(target: Target): string {
  if (target.apiUrl) return target.apiUrl;
  throw new TargetError(`no API URL for ${target.label}: pass --api-url URL`);
}
