import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RemovalPolicy } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/constructs/project-root.ts';
import { createAccordApp } from '../../infra/stacks/accord-app.ts';
import { INGEST_BATCH_SIZE } from '../../infra/resources.ts';
import { DEFAULT_STAGE, parseStage, STAGE_CONFIGS, STAGES, stageConfig } from '../../infra/stage-config.ts';
import { LOCAL_INGEST_TIMEOUT_SECONDS } from '../../infra/local/local-stack.ts';
import { STAGE_NAMES } from '../../cli/target.ts';

const run = promisify(execFile);

describe('stage selection', () => {
  it('defaults to dev when no stage is given', () => {
    expect(DEFAULT_STAGE).toBe('dev');
    expect(parseStage(undefined)).toBe('dev');
    expect(parseStage('')).toBe('dev');
  });

  it.each(STAGES)('accepts %s', (stage) => {
    expect(parseStage(stage)).toBe(stage);
  });

  it.each(['qa', 'Prod', 'production', 'dev ', 42])('rejects %j with a message naming the valid stages', (value) => {
    expect(() => parseStage(value)).toThrow(/Unknown stage .*dev\|staging\|prod/);
  });

  it('fails before building anything when -c stage is unknown', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'accord-app-'));
    try {
      expect(() => createAccordApp({ context: { stage: 'qa' }, nag: false, outdir })).toThrow(/Unknown stage "qa"/);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('makes `cdk synth -c stage=qa` print one line and exit 1', async () => {
    // The CDK CLI passes -c values to the app in CDK_CONTEXT_JSON.
    const outdir = mkdtempSync(join(tmpdir(), 'accord-app-'));
    try {
      const failure = await run(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'infra', 'app.ts')], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ stage: 'qa' }), CDK_OUTDIR: outdir },
      }).then(
        () => null,
        (error: unknown) => error as { code: number; stderr: string },
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr.trim()).toBe('accord: Unknown stage "qa": use -c stage=dev|staging|prod (default dev).');
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe('per-stage settings', () => {
  it('keeps prod the strictest: retained, recoverable, protected, IAM-only', () => {
    const prod = STAGE_CONFIGS.prod;
    expect(prod.removalPolicy).toBe(RemovalPolicy.RETAIN);
    expect(prod.autoDeleteObjects).toBe(false);
    expect(prod.pointInTimeRecovery).toBe(true);
    expect(prod.deletionProtection).toBe(true);
    expect(prod.apiAuth).toBe('iam');
  });

  it('lets dev be destroyed with its data', () => {
    const dev = STAGE_CONFIGS.dev;
    expect(dev.removalPolicy).toBe(RemovalPolicy.DESTROY);
    expect(dev.autoDeleteObjects).toBe(true);
    expect(dev.pointInTimeRecovery).toBe(false);
    expect(dev.deletionProtection).toBe(false);
  });

  it.each(STAGES)(
    '%s: sane limits (2 MB articles, batch size, SQS maxConcurrency ≥ 2, API timeout < 30 s, extraction budget inside the ingest timeout)',
    (stage) => {
      const config = STAGE_CONFIGS[stage];
      expect(config.stage).toBe(stage);
      expect(config.maxArticleBytes).toBe(2 * 1024 * 1024);
      expect(config.ingest.batchSize).toBe(INGEST_BATCH_SIZE);
      expect(config.ingest.maxConcurrency).toBeGreaterThanOrEqual(2);
      expect(config.ingest.maxConcurrency).toBeLessThanOrEqual(1000);
      // HTTP API integrations time out at 30 s: a longer function timeout would only hide that.
      expect(config.api.timeout.toSeconds()).toBeLessThan(30);
      expect(config.apiThrottle.burstLimit).toBeGreaterThanOrEqual(config.apiThrottle.rateLimit);
      expect(config.alarmEmail).toBeUndefined();
      // an article over budget must be recorded too-complex before Lambda kills the invocation
      expect(config.extractionBudget.maxMs).toBeLessThanOrEqual(config.ingest.timeout.toMilliseconds() / 2);
      expect(config.extractionBudget.maxWork).toBeGreaterThan(0);
    },
  );

  it('scales concurrency and throttling up from dev to prod', () => {
    const [dev, staging, prod] = STAGES.map((stage) => STAGE_CONFIGS[stage]);
    expect(dev!.ingest.maxConcurrency).toBeLessThan(staging!.ingest.maxConcurrency);
    expect(staging!.ingest.maxConcurrency).toBeLessThan(prod!.ingest.maxConcurrency);
    expect(dev!.apiThrottle.rateLimit).toBeLessThan(prod!.apiThrottle.rateLimit);
  });
});

describe('context overrides', () => {
  it('takes an alarm email and CORS origins', () => {
    const config = stageConfig('prod', { alarmEmail: 'ops@example.org', corsOrigins: 'https://a.example.org, https://b.example.org:8443' });
    expect(config.alarmEmail).toBe('ops@example.org');
    expect(config.corsOrigins).toEqual(['https://a.example.org', 'https://b.example.org:8443']);
    // The shared defaults are not mutated.
    expect(STAGE_CONFIGS.prod.alarmEmail).toBeUndefined();
    expect(STAGE_CONFIGS.prod.corsOrigins).toEqual([]);
  });

  it('rejects a malformed email, wildcard or path origins', () => {
    expect(() => stageConfig('dev', { alarmEmail: 'not-an-email' })).toThrow(/not an email/);
    expect(() => stageConfig('dev', { corsOrigins: '*' })).toThrow(/no wildcard/);
    expect(() => stageConfig('dev', { corsOrigins: 'https://a.example.org/app' })).toThrow(/no path/);
  });

  it('allows anonymous API access in dev only', () => {
    expect(stageConfig('dev', { apiAuth: 'none' }).apiAuth).toBe('none');
    expect(() => stageConfig('staging', { apiAuth: 'none' })).toThrow(/only allowed in dev/);
    expect(() => stageConfig('prod', { apiAuth: 'none' })).toThrow(/only allowed in dev/);
    expect(() => stageConfig('dev', { apiAuth: 'cognito' })).toThrow(/iam\|none/);
  });
});

describe('constants mirrored where aws-cdk-lib is too slow to load', () => {
  it('the CLI offers exactly the stages and the local stack uses the dev ingest timeout', () => {
    expect(STAGE_NAMES).toEqual(STAGES);
    expect(LOCAL_INGEST_TIMEOUT_SECONDS).toBe(STAGE_CONFIGS.dev.ingest.timeout.toSeconds());
  });
});

describe('docs/deploy.md stage table', () => {
  /** Cells of the row whose first cell starts with `label`, one per stage (dev, staging, prod). */
  function row(markdown: string, label: string): string[] {
    const line = markdown.split('\n').find((l) => l.startsWith(`| ${label}`));
    if (!line) throw new Error(`docs/deploy.md has no row "${label}"`);
    return line
      .split('|')
      .slice(2, 5)
      .map((cell) => cell.trim());
  }

  it('matches infra/stage-config.ts', async () => {
    const markdown = await readFile(join(PROJECT_ROOT, 'docs', 'deploy.md'), 'utf8');
    const configs = STAGES.map((stage) => STAGE_CONFIGS[stage]);
    const onOff = (value: boolean) => (value ? 'on' : 'off');
    expect(row(markdown, 'ingest memory / timeout').map((cell) => cell.replace(/ \(1 vCPU\)/, ''))).toEqual(
      configs.map((c) => `${c.ingest.memoryMb} MB / ${c.ingest.timeout.toSeconds()} s`),
    );
    expect(row(markdown, 'ingest max concurrency')).toEqual(configs.map((c) => String(c.ingest.maxConcurrency)));
    expect(row(markdown, 'API memory / timeout')).toEqual(configs.map((c) => `${c.api.memoryMb} MB / ${c.api.timeout.toSeconds()} s`));
    expect(row(markdown, 'API throttling')).toEqual(configs.map((c) => `${c.apiThrottle.rateLimit} / ${c.apiThrottle.burstLimit}`));
    expect(row(markdown, 'log level')).toEqual(configs.map((c) => c.logLevel));
    expect(row(markdown, 'DynamoDB point-in-time recovery')).toEqual(configs.map((c) => onOff(c.pointInTimeRecovery)));
    expect(row(markdown, 'DynamoDB deletion protection')).toEqual(configs.map((c) => onOff(c.deletionProtection)));
    expect(row(markdown, 'old article versions kept')).toEqual(configs.map((c) => `${c.noncurrentVersionDays} days`));
  });
});
