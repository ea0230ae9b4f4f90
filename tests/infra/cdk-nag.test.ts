import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CfnResource, Validations } from 'aws-cdk-lib';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, API_ROUTES } from '../../infra/constructs/events-api.ts';
import { createAccordApp } from '../../infra/stacks/accord-app.ts';
import { nagPacks } from '../../infra/stacks/nag-checks.ts';
import { STAGES, type StageName } from '../../infra/stage-config.ts';
import { synthStage, type SynthesizedStage } from './synth-stage.ts';

/** Every unacknowledged finding of both packs (errors and warnings) as "rule @ construct path". */
function findings(scope: IConstruct): string[] {
  return nagPacks().flatMap((pack) =>
    pack
      .validateScope(scope)
      .violations.flatMap((violation) =>
        violation.violatingResources.map((resource) => `${violation.severity} ${violation.ruleName} @ ${resource.constructPath}`),
      ),
  );
}

/** Every finding, acknowledged or not, as "rule @ construct path" (the packs told to ignore acknowledgements). */
function rawFindings(scope: IConstruct): Set<string> {
  return new Set(
    nagPacks().flatMap((pack) => {
      // Test-only: the pack's private acknowledgement lookup, switched off.
      (pack as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
      return pack
        .validateScope(scope)
        .violations.flatMap((violation) => violation.violatingResources.map((resource) => `${violation.ruleName} @ ${resource.constructPath}`));
    }),
  );
}

/** All acknowledgements recorded in the tree: rule id → reason, with the construct path. */
function acknowledgements(scope: IConstruct): { construct: IConstruct; path: string; id: string; reason: string }[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          construct,
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe.each(STAGES)('cdk-nag on %s', (stage: StageName) => {
  let synth: SynthesizedStage;
  beforeAll(() => {
    synth = synthStage(stage);
  });

  it('has zero unacknowledged AwsSolutions and Serverless findings, errors and warnings alike', () => {
    expect(findings(synth.app)).toEqual([]);
  });

  it('acknowledges each finding on the CloudFormation resource it concerns, never on a parent construct', () => {
    const acks = acknowledgements(synth.app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(CfnResource.isCfnResource(ack.construct), `${ack.id} acknowledged at ${ack.path}`).toBe(true);
    }
  });

  it('acknowledges only findings that exist (no stale acknowledgements)', () => {
    const raw = rawFindings(synth.app);
    const stale = acknowledgements(synth.app).filter((ack) => !raw.has(`${ack.id} @ ${ack.path}`));
    expect(stale.map((ack) => `${ack.id} @ ${ack.path}`)).toEqual([]);
  });

  it('gives every acknowledgement a reason that explains the case', () => {
    for (const ack of acknowledgements(synth.app)) {
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(80);
    }
  });
});

describe('cdk-nag variants', () => {
  it('stays clean with an alarm email subscription', () => {
    const synth = synthStage('prod', { alarmEmail: 'ops@example.org' });
    expect(findings(synth.app)).toEqual([]);
  });

  it('stays clean in dev with -c apiAuth=none, where each anonymous route carries the acknowledgement', () => {
    const synth = synthStage('dev', { apiAuth: 'none' });
    expect(findings(synth.app)).toEqual([]);
    // one acknowledgement per route: every path, for each method it answers (GET and HEAD)
    const routeAcks = acknowledgements(synth.app).filter((ack) => ack.id === 'AwsSolutions-APIG4');
    expect(routeAcks.map((ack) => ack.path).sort()).toEqual(
      API_ROUTES.flatMap((path) =>
        API_METHODS.map((method) => `Accord-dev/Api/HttpApi/${method}--${path.replace(/^\//, '').replaceAll('/', '--')}/Resource`),
      ).sort(),
    );
  });
});

describe('synth fails on findings (the plugins app.ts registers)', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'accord-nag-'));
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('fails on an error-level finding', () => {
    const { app, stack } = createAccordApp({ context: { stage: 'dev' }, outdir });
    new Queue(stack, 'UnencryptedExtra', { encryption: QueueEncryption.UNENCRYPTED });
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS/);
  });

  it('fails on a warning-level finding too', () => {
    const { app, stack } = createAccordApp({ context: { stage: 'dev' }, outdir });
    // A log group without retention is only a warning in the Serverless pack.
    new CfnLogGroup(stack, 'ForeverLogs', {});
    expect(() => app.synth()).toThrow(/Serverless-CloudWatchLogGroupRetentionPeriod/);
  });

  it('passes for the stack as built', () => {
    const { app } = createAccordApp({ context: { stage: 'prod' }, outdir });
    expect(() => app.synth()).not.toThrow();
  });
});
