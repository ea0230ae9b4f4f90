import { App } from 'aws-cdk-lib';
import { parseStage, type StageConfig, stageConfig } from '../stage-config.ts';
import { AccordStack } from './accord-stack.ts';
import { addNagChecks } from './nag-checks.ts';

/**
 * Feature flags the stack relies on, set here rather than in cdk.json so that tests and the CLI
 * build the same app. `serverAccessLogsUseBucketPolicy`: log delivery is granted by bucket policy,
 * which works with ObjectOwnership BUCKET_OWNER_ENFORCED (ACLs disabled).
 */
export const FEATURE_FLAGS = {
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
} as const;

export interface AccordAppOptions {
  /** Extra context, as `-c key=value` would give (stage, alarmEmail, corsOrigins, apiAuth). */
  context?: Record<string, unknown>;
  /** Cloud assembly directory; default: the CLI's, or a temporary directory. */
  outdir?: string;
  /** Register the cdk-nag packs as synth validations (app.ts does; tests run them directly). */
  nag?: boolean;
}

export interface AccordApp {
  app: App;
  stack: AccordStack;
  config: StageConfig;
}

/** The CDK app for one stage, chosen by the `stage` context (default dev). */
export function createAccordApp(options: AccordAppOptions = {}): AccordApp {
  const app = new App({ context: { ...FEATURE_FLAGS, ...options.context }, outdir: options.outdir });
  const context = (key: string): unknown => app.node.tryGetContext(key);
  const config = stageConfig(parseStage(context('stage')), {
    alarmEmail: context('alarmEmail'),
    corsOrigins: context('corsOrigins'),
    apiAuth: context('apiAuth'),
  });
  const stack = new AccordStack(app, { config });
  if (options.nag ?? true) addNagChecks(app);
  return { app, stack, config };
}
