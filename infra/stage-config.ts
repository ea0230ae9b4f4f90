import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { INGEST_BATCH_SIZE } from './resources.ts';
import { DEFAULT_EXTRACTION_BUDGET, type ExtractionBudget } from '../shared/extractor/extraction-budget.ts';
import { DEFAULT_BATCH_LIMITS } from '../shared/batch/batch-limits.ts';
import type { BatchLimits } from '../shared/batch/batch-splitter.ts';

/**
 * Everything that differs between dev, staging and prod, in one typed place. Constructs take
 * their sizing and safety settings from here and nowhere else, so `cdk diff` between stages is
 * explained by this file alone.
 */
export const STAGES = ['dev', 'staging', 'prod'] as const;
export type StageName = (typeof STAGES)[number];
export const DEFAULT_STAGE: StageName = 'dev';

/** How API callers authenticate: SigV4-signed requests (IAM) or none (dev demos only). */
export type ApiAuthMode = 'iam' | 'none';

export interface FunctionSettings {
  memoryMb: number;
  timeout: Duration;
  /** Reserved concurrency; undefined leaves the function on the account's unreserved pool. */
  reservedConcurrency?: number;
}

export interface StageConfig {
  stage: StageName;
  ingest: FunctionSettings & {
    /** SQS event source `maxConcurrency`: caps parallel ingest invocations (min 2, AWS rule). */
    maxConcurrency: number;
    batchSize: number;
  };
  api: FunctionSettings;
  logRetention: RetentionDays;
  /** Lambda application log level (Powertools reads it too). */
  logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /** Email that receives alarm notifications; undefined creates the topic without a subscription. */
  alarmEmail?: string;
  /** Seconds the oldest ingest message may wait before the backlog alarm fires. */
  oldestMessageAlarmSeconds: number;
  apiThrottle: { rateLimit: number; burstLimit: number };
  apiAuth: ApiAuthMode;
  corsOrigins: string[];
  removalPolicy: RemovalPolicy;
  /** Empty buckets on stack deletion (only meaningful with RemovalPolicy.DESTROY). */
  autoDeleteObjects: boolean;
  pointInTimeRecovery: boolean;
  deletionProtection: boolean;
  /** Articles larger than this are rejected by ingest without being parsed (a batch's lines and pages too). */
  maxArticleBytes: number;
  /**
   * One batch object (JSON Lines, WARC): its stored size (checked before download), what it may
   * expand to once decompressed (a gzip bomb stops there) and how many articles it may hold.
   * Sized so that the ingest function reads a whole batch well within its timeout.
   */
  batch: BatchLimits;
  /**
   * Work and time one article's extraction may take before it is recorded `failed` (too-complex)
   * instead of being retried into the DLQ; its time backstop stays well inside the ingest timeout.
   */
  extractionBudget: ExtractionBudget;
  /** Days an overwritten or deleted article version is kept before S3 expires it. */
  noncurrentVersionDays: number;
  /** Days S3 server access logs are kept. */
  accessLogDays: number;
  /** The analytics export (Parquet per event day) and its Athena workgroup (docs/analytics.md). */
  analytics: {
    /** Reserved concurrency 1: month rewrites run one at a time, so an older read never overwrites a newer one. */
    export: FunctionSettings;
    /** Athena cancels a query of the stage's workgroup that would scan more than this. */
    bytesScannedCutoffPerQuery: number;
    /** The export is stuck when the oldest unexported table change is older than this (stream IteratorAge). */
    iteratorAgeAlarmSeconds: number;
    /** Days Athena's query results are kept. */
    resultDays: number;
  };
}

const MB = 1024 * 1024;
const GB = 1024 * MB;

const BASE: Omit<StageConfig, 'stage'> = {
  ingest: { memoryMb: 1024, timeout: Duration.seconds(60), maxConcurrency: 2, batchSize: INGEST_BATCH_SIZE },
  api: { memoryMb: 512, timeout: Duration.seconds(10) },
  logRetention: RetentionDays.ONE_WEEK,
  logLevel: 'DEBUG',
  oldestMessageAlarmSeconds: 3600,
  apiThrottle: { rateLimit: 10, burstLimit: 20 },
  apiAuth: 'iam',
  corsOrigins: [],
  removalPolicy: RemovalPolicy.DESTROY,
  autoDeleteObjects: true,
  pointInTimeRecovery: false,
  deletionProtection: false,
  maxArticleBytes: 2 * MB,
  batch: DEFAULT_BATCH_LIMITS,
  extractionBudget: DEFAULT_EXTRACTION_BUDGET,
  noncurrentVersionDays: 7,
  accessLogDays: 30,
  analytics: {
    export: { memoryMb: 1024, timeout: Duration.seconds(300), reservedConcurrency: 1 },
    bytesScannedCutoffPerQuery: 1 * GB,
    iteratorAgeAlarmSeconds: 900,
    resultDays: 7,
  },
};

export const STAGE_CONFIGS: Readonly<Record<StageName, StageConfig>> = {
  dev: { ...BASE, stage: 'dev', corsOrigins: ['http://localhost:3000'] },
  staging: {
    ...BASE,
    stage: 'staging',
    ingest: { ...BASE.ingest, maxConcurrency: 5 },
    logRetention: RetentionDays.ONE_MONTH,
    logLevel: 'INFO',
    oldestMessageAlarmSeconds: 1800,
    apiThrottle: { rateLimit: 50, burstLimit: 100 },
    removalPolicy: RemovalPolicy.RETAIN,
    autoDeleteObjects: false,
    pointInTimeRecovery: true,
    noncurrentVersionDays: 30,
    accessLogDays: 90,
    analytics: { ...BASE.analytics, bytesScannedCutoffPerQuery: 10 * GB, resultDays: 30 },
  },
  prod: {
    ...BASE,
    stage: 'prod',
    ingest: { ...BASE.ingest, memoryMb: 1769, timeout: Duration.seconds(120), maxConcurrency: 20 },
    batch: { ...BASE.batch, maxBytes: 512 * MB, maxDecompressedBytes: 2048 * MB, maxRecords: 50_000 },
    api: { ...BASE.api, memoryMb: 1024 },
    logRetention: RetentionDays.THREE_MONTHS,
    logLevel: 'INFO',
    oldestMessageAlarmSeconds: 900,
    apiThrottle: { rateLimit: 200, burstLimit: 400 },
    removalPolicy: RemovalPolicy.RETAIN,
    autoDeleteObjects: false,
    pointInTimeRecovery: true,
    deletionProtection: true,
    noncurrentVersionDays: 90,
    accessLogDays: 365,
    analytics: { ...BASE.analytics, bytesScannedCutoffPerQuery: 100 * GB, iteratorAgeAlarmSeconds: 600, resultDays: 30 },
  },
};

/** A stage or context value that cannot be deployed; its message is the whole explanation. */
export class StageConfigError extends Error {
  override readonly name = 'StageConfigError';
}

export function isStageName(value: unknown): value is StageName {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** The stage named by `-c stage=…`; undefined means the default stage. */
export function parseStage(value: unknown): StageName {
  if (value === undefined || value === null || value === '') return DEFAULT_STAGE;
  if (!isStageName(value)) {
    throw new StageConfigError(`Unknown stage "${shown(value)}": use -c stage=${STAGES.join('|')} (default ${DEFAULT_STAGE}).`);
  }
  return value;
}

/** A context value as the message quotes it: `-c` gives strings; cdk.json may give any JSON value. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Optional per-deployment overrides read from CDK context (`-c alarmEmail=… -c corsOrigins=a,b -c apiAuth=none`). */
export interface StageOverrides {
  alarmEmail?: unknown;
  corsOrigins?: unknown;
  apiAuth?: unknown;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The configuration of a stage with context overrides applied and validated. */
export function stageConfig(stage: StageName, overrides: StageOverrides = {}): StageConfig {
  const config: StageConfig = { ...STAGE_CONFIGS[stage] };
  if (overrides.alarmEmail !== undefined && overrides.alarmEmail !== '') {
    if (typeof overrides.alarmEmail !== 'string' || !EMAIL.test(overrides.alarmEmail)) {
      throw new StageConfigError(`alarmEmail "${shown(overrides.alarmEmail)}" is not an email address.`);
    }
    config.alarmEmail = overrides.alarmEmail;
  }
  if (overrides.corsOrigins !== undefined && overrides.corsOrigins !== '') {
    config.corsOrigins = parseOrigins(overrides.corsOrigins);
  }
  if (overrides.apiAuth !== undefined && overrides.apiAuth !== '') {
    if (overrides.apiAuth !== 'iam' && overrides.apiAuth !== 'none') {
      throw new StageConfigError(`apiAuth "${shown(overrides.apiAuth)}" is not one of iam|none.`);
    }
    config.apiAuth = overrides.apiAuth;
  }
  // Anonymous access is a dev convenience; staging and prod hold real data.
  if (config.apiAuth !== 'iam' && stage !== 'dev') {
    throw new StageConfigError(`apiAuth=${config.apiAuth} is only allowed in dev; ${stage} requires IAM (SigV4) authorization.`);
  }
  return config;
}

function parseOrigins(value: unknown): string[] {
  const list = Array.isArray(value) ? value : String(value).split(',');
  const origins = list.map((origin) => String(origin).trim()).filter((origin) => origin.length > 0);
  for (const origin of origins) {
    // No '*': a signed API should name the browser origins it trusts.
    if (!/^https?:\/\/[^/\s*]+$/.test(origin)) {
      throw new StageConfigError(`CORS origin "${origin}" must look like https://host[:port] (no path, no wildcard).`);
    }
  }
  return origins;
}
