import { join } from 'node:path';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, Runtime, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { FunctionSettings, StageConfig } from '../stage-config.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { acknowledge } from './acknowledge.ts';
import { LAMBDA_BUNDLING } from './lambda-bundling.ts';

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
 * esbuild (no Docker) with the AWS SDK inside the bundle, minified ESM with source maps (mapped
 * when a stack trace is formatted: infra/lambda-runtime/source-mapped-stacks.mjs), active
 * tracing, JSON logs to its own log group with the stage's retention, and its own role that starts
 * with nothing but permission to write to that log group.
 */
export class BundledFunction extends Construct {
  readonly function: NodejsFunction;
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

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(PROJECT_ROOT, props.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
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
      awsSdkConnectionReuse: false,
      environment: {
        ...props.environment,
        STAGE: config.stage,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        // Per-stage namespace: stages sharing an account must not mix their figures.
        POWERTOOLS_METRICS_NAMESPACE: metricsNamespace(config),
        POWERTOOLS_LOG_LEVEL: config.logLevel,
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: LAMBDA_BUNDLING.target,
        mainFields: [...LAMBDA_BUNDLING.mainFields],
        banner: LAMBDA_BUNDLING.banner,
        minify: LAMBDA_BUNDLING.minify,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: LAMBDA_BUNDLING.sourcesContent,
        inject: [...LAMBDA_BUNDLING.inject],
        // NodejsFunction has no `alias` property; its esbuildArgs pass each as `--alias:name=path`.
        esbuildArgs: { '--alias': Object.entries(LAMBDA_BUNDLING.alias).map(([name, path]) => `${name}=${path}`) },
        // The SDK goes into the bundle: the pinned version is the tested one, and
        // tree-shaking keeps only the clients the function uses.
        bundleAwsSDK: true,
        externalModules: [],
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
