import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll } from 'vitest';
import { createAccordApp } from '../../infra/stacks/accord-app.ts';
import type { AccordStack } from '../../infra/stacks/accord-stack.ts';
import type { StageConfig, StageName } from '../../infra/stage-config.ts';
import type { App } from 'aws-cdk-lib';

/**
 * One synthesized stage for template tests. Synthesis bundles both Lambdas with esbuild, so a
 * test file synthesizes each stage once (beforeAll) and shares the result between its tests.
 * The cdk-nag plugins are not registered here: tests run the packs directly to see the findings.
 */
export interface SynthesizedStage {
  app: App;
  stack: AccordStack;
  config: StageConfig;
  template: Template;
  /** The raw template JSON, for assertions that compute over it. */
  json: CfnTemplate;
}

export interface CfnResource {
  Type: string;
  Properties?: Record<string, any>;
  DependsOn?: string | string[];
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Metadata?: Record<string, any>;
}

export interface CfnTemplate {
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, { Value: unknown }>;
}

/**
 * One cloud-assembly directory per test file: CDK caches a staged asset per output directory, so
 * the stages a file synthesizes share one esbuild run per function instead of one per stage.
 * Removed after the file's tests (registered here, so every file that synthesizes cleans up).
 */
let outdir: string | undefined;
afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
  outdir = undefined;
});

export function synthStage(stage: StageName, context: Record<string, unknown> = {}): SynthesizedStage {
  outdir ??= mkdtempSync(join(tmpdir(), 'accord-synth-'));
  const { app, stack, config } = createAccordApp({ context: { stage, ...context }, nag: false, outdir });
  const template = Template.fromStack(stack);
  return { app, stack, config, template, json: template.toJSON() as CfnTemplate };
}

/** Resources of one type as [logicalId, resource] pairs. */
export function resourcesOfType(json: CfnTemplate, type: string): [string, CfnResource][] {
  return Object.entries(json.Resources).filter(([, resource]) => resource.Type === type);
}

export function onlyResourceOfType(json: CfnTemplate, type: string): [string, CfnResource] {
  const found = resourcesOfType(json, type);
  if (found.length !== 1) throw new Error(`expected exactly one ${type}, found ${found.length}`);
  return found[0]!;
}

/** The Lambda function whose POWERTOOLS_SERVICE_NAME is `service` (accord-ingest, accord-api). */
export function functionOf(json: CfnTemplate, service: string): [string, CfnResource] {
  const found = resourcesOfType(json, 'AWS::Lambda::Function').filter(([, fn]) => fn.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === service);
  if (found.length !== 1) throw new Error(`expected one function for ${service}, found ${found.length}`);
  return found[0]!;
}

/** `{ "Fn::GetAtt": [id, "Arn"] }` / `{ Ref: id }` → id. */
export function referencedId(value: unknown): string {
  const v = value as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
  const id = v.Ref ?? v['Fn::GetAtt']?.[0];
  if (!id) throw new Error(`not a Ref/GetAtt: ${JSON.stringify(value)}`);
  return id;
}

/**
 * The directory CDK would zip and upload for a function: `asset.<hash>` in the app's output
 * directory, where the hash is the function's S3 key without `.zip`.
 */
export function assetDirectoryOf(synth: SynthesizedStage, functionLogicalId: string): string {
  const code = synth.json.Resources[functionLogicalId]?.Properties?.Code as { S3Key?: string } | undefined;
  const key = code?.S3Key;
  if (typeof key !== 'string' || !key.endsWith('.zip')) throw new Error(`function ${functionLogicalId} has no asset S3Key`);
  const dir = join(synth.app.outdir, `asset.${key.slice(0, -'.zip'.length)}`);
  if (!existsSync(dir)) throw new Error(`asset directory ${dir} does not exist`);
  return dir;
}

/** The ingest function's SQS event source mapping (the export has a stream mapping besides it). */
export function ingestEventSourceMapping(json: CfnTemplate): [string, CfnResource] {
  const ingestId = resourcesOfType(json, 'AWS::Lambda::Function').find(
    ([, fn]) => fn.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === 'accord-ingest',
  )?.[0];
  const found = resourcesOfType(json, 'AWS::Lambda::EventSourceMapping').filter(([, m]) => m.Properties?.FunctionName?.Ref === ingestId);
  if (found.length !== 1) throw new Error(`expected one event source mapping for ingest, found ${found.length}`);
  return found[0]!;
}
