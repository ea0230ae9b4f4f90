import { join } from 'node:path';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { AssetHashType, DockerImage, type BundlingOptions } from 'aws-cdk-lib';
import { ApplicationLogLevel, Architecture, Code, Function as LambdaFunction, LoggingFormat, Runtime, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { FunctionSettings, StageConfig } from '../stage-config.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { acknowledge } from './acknowledge.ts';
import { bundleLambda } from './lambda-bundling.ts';

export interface BundledFunctionProps {
  /** Entry file relative to the repository root, exporting `handler`. */
  entry: string;
  description: string;
  settings: FunctionSettings;
  config: StageConfig;
  /** POWERTOOLS_SERVICE_NAME, also the `service` dimension of the function's custom metrics. */
  serviceName: string;
  environment: Record<string, string>;
}

/**
 * A Lambda function as every Accord function is built: Node 24 on arm64, bundled locally by
 * esbuild (no Docker) with the AWS SDK inside the bundle, minified ESM split into index.mjs and the
 * chunks only some inputs load (infra/constructs/lambda-bundling.ts), with source maps (mapped
 * when a stack trace is formatted: infra/lambda-runtime/source-mapped-stacks.mjs), active
 * tracing, JSON logs to its own log group with the stage's retention, and its own role that starts
 * with nothing but permission to write to that log group.
 */
export class BundledFunction extends Construct {
  readonly function: LambdaFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    super(scope, id);
    const { config, settings } = props;

    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: config.logRetention,
      removalPolicy: config.removalPolicy,
    });

    // An explicit role instead of the default one: the default attaches the managed
    // AWSLambdaBasicExecutionRole, which may write to every log group in the account.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.serviceName} (${config.stage}): writes its own log group; further grants are explicit`,
    });
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    const entry = join(PROJECT_ROOT, props.entry);
    const bundling: BundlingOptions & { readonly entry: string } = {
      // CDK caches a bundled asset by its options (as JSON): the entry keeps two functions' apart.
      entry: props.entry,
      // never pulled: local bundling always succeeds or throws
      image: DockerImage.fromRegistry('accord-bundles-locally'),
      local: {
        tryBundle(outputDir) {
          bundleLambda(entry, outputDir);
          return true;
        },
      },
    };
    this.function = new LambdaFunction(this, 'Function', {
      // Not NodejsFunction: it bundles into one file, and the chunks are what keep HTML and batch
      // parsers out of every cold start. esbuild runs in this process (no Docker); the asset's hash
      // is that of the bundle, so an unchanged bundle is not uploaded again.
      code: Code.fromAsset(PROJECT_ROOT, { assetHashType: AssetHashType.OUTPUT, bundling }),
      // index.mjs's `handler`: the bundle's entry file (lambdaEsbuildOptions)
      handler: 'index.handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: settings.memoryMb,
      timeout: settings.timeout,
      reservedConcurrentExecutions: settings.reservedConcurrency,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel[config.logLevel],
      systemLogLevelV2: SystemLogLevel.WARN,
      tracing: Tracing.ACTIVE,
      environment: {
        ...props.environment,
        STAGE: config.stage,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        // Per-stage namespace: stages sharing an account must not mix their figures.
        POWERTOOLS_METRICS_NAMESPACE: metricsNamespace(config),
        POWERTOOLS_LOG_LEVEL: config.logLevel,
      },
    });

    // Active tracing makes CDK grant xray:PutTraceSegments/PutTelemetryRecords on "*":
    // X-Ray has no resource-level permissions for these actions, so "*" is the only valid resource.
    const defaultPolicy = this.role.node.tryFindChild('DefaultPolicy');
    if (defaultPolicy) {
      acknowledge(defaultPolicy, {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Only the X-Ray actions PutTraceSegments/PutTelemetryRecords use "*": X-Ray supports no resource-level permissions for them; every other statement names its resource.',
      });
    }
  }
}

export const metricsNamespace = (config: StageConfig): string => `Accord/${config.stage}`;
