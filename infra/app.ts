/**
 * CDK entry point (cdk.json: `npx tsx infra/app.ts`). One stack per stage:
 *   npx cdk synth  -c stage=dev|staging|prod
 *   npx cdk deploy -c stage=prod [-c alarmEmail=ops@example.org]
 * cdk-nag (AwsSolutions + Serverless) runs on every synth; any unacknowledged finding fails it.
 */
import { createAccordApp } from './stacks/accord-app.ts';
import { StageConfigError } from './stage-config.ts';

try {
  createAccordApp().app.synth();
} catch (error) {
  // A wrong -c value is a usage error: one line, no stack trace.
  if (!(error instanceof StageConfigError)) throw error;
  console.error(`accord: ${error.message}`);
  process.exitCode = 1;
}
