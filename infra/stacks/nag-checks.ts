import { type App, type IPolicyValidationContext, type IPolicyValidationPlugin, type PolicyValidationPluginReport, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, type NagPack, ServerlessChecks } from 'cdk-nag';

/** The rule packs every Accord stage must pass: AWS Solutions and Serverless. */
export function nagPacks(app?: App): NagPack[] {
  // Writing acknowledgements into the template's Metadata leaves an audit trail next to each resource.
  const props = { writeSuppressionsToCloudFormation: app !== undefined };
  return [new AwsSolutionsChecks(app, props), new ServerlessChecks(app, props)];
}

/**
 * cdk-nag fails the synth on errors only; warnings (missing PITR, tracing, log retention…) would
 * pass silently. Accord treats every unacknowledged finding as a failure.
 */
class EveryFindingFails implements IPolicyValidationPlugin {
  readonly name: string;
  readonly version?: string;

  constructor(private readonly pack: NagPack) {
    this.name = pack.name;
    this.version = pack.version;
  }

  validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const report = this.pack.validate(context);
    return { ...report, success: report.violations.length === 0 };
  }
}

/** Run both packs on `cdk synth`; any unacknowledged finding fails it. */
export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(...nagPacks(app).map((pack) => new EveryFindingFails(pack)));
}
