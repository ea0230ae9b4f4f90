import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ENV } from '../resources.ts';
import type { StageConfig } from '../stage-config.ts';
import { BundledFunction } from './bundled-function.ts';
import type { EventsTable } from './events-table.ts';
import { tableReadStatement } from './table-access.ts';
import { acknowledge } from './acknowledge.ts';

export const API_ENTRY = 'functions/api/handler.ts';
export const API_SERVICE = 'accord-api';

/**
 * Every route the API serves, each for GET and HEAD (GET without the body); anything else is a 404
 * from API Gateway without invoking Lambda.
 */
export const API_ROUTES = [
  '/events',
  '/events/timeline',
  '/events/{id}',
  '/articles',
  '/articles/{id}',
  '/actors',
  '/actors/{country}/summary',
  '/health',
  '/openapi.json',
] as const;

export const API_METHODS = [HttpMethod.GET, HttpMethod.HEAD];

/** Headers a SigV4-signing browser client sends. */
const SIGV4_HEADERS = ['Authorization', 'Content-Type', 'X-Amz-Date', 'X-Amz-Security-Token', 'X-Amz-Content-Sha256'];

/**
 * One JSON object per request (HTTP API context variables). `userArn` and `caller` name the IAM
 * principal that signed the request, so the access log answers "who read what".
 */
export const ACCESS_LOG_FIELDS: Record<string, string> = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  caller: '$context.identity.caller',
  userArn: '$context.identity.userArn',
  routeKey: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
};

export interface EventsApiProps {
  config: StageConfig;
  table: EventsTable;
  cursorSecret: Secret;
  cursorSecretName: string;
}

/** The read API: an HTTP API whose explicit routes all go to one API Lambda that only reads. */
export class EventsApi extends Construct {
  readonly bundled: BundledFunction;
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: EventsApiProps) {
    super(scope, id);
    const { config } = props;

    this.bundled = new BundledFunction(this, 'Handler', {
      entry: API_ENTRY,
      description: `Accord ${config.stage}: read API over the events table`,
      settings: config.api,
      config,
      serviceName: API_SERVICE,
      environment: {
        [ENV.tableName]: props.table.table.tableName,
        [ENV.cursorSecretName]: props.cursorSecretName,
        // API Gateway answers preflight; the function sets the same origins on responses, as it does locally.
        [ENV.corsOrigins]: config.corsOrigins.join(','),
      },
    });
    const fn = this.bundled.function;
    fn.addToRolePolicy(tableReadStatement(props.table));
    props.cursorSecret.grantRead(fn);
    acknowledge(fn, {
      id: 'Serverless-LambdaDLQ',
      reason:
        'API Gateway invokes the function synchronously and returns its errors to the caller (and the 5xx alarm); a function DLQ only receives failed asynchronous invocations, of which there are none.',
    });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `accord-api-${config.stage}`,
      description: `Accord ${config.stage}: diplomatic events`,
      createDefaultStage: false,
      corsPreflight:
        config.corsOrigins.length > 0
          ? {
              allowOrigins: config.corsOrigins,
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.OPTIONS],
              allowHeaders: SIGV4_HEADERS,
              maxAge: Duration.hours(1),
            }
          : undefined,
    });

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: config.logRetention,
      removalPolicy: config.removalPolicy,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: config.apiThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    const integration = new HttpLambdaIntegration('ApiHandler', fn);
    const authorizer: IHttpRouteAuthorizer = config.apiAuth === 'iam' ? new HttpIamAuthorizer() : new HttpNoneAuthorizer();
    for (const path of API_ROUTES) {
      // one route per method (GET and HEAD): each anonymous one carries the acknowledgement
      const routes = this.httpApi.addRoutes({ path, methods: API_METHODS, integration, authorizer });
      if (config.apiAuth !== 'none') continue;
      for (const route of routes) {
        acknowledge(route, {
          id: 'AwsSolutions-APIG4',
          reason:
            'Anonymous access was requested explicitly with -c apiAuth=none, which stage-config.ts accepts for dev only; the dev table holds sample articles, and throttling still applies.',
        });
      }
    }
  }

  /** The invoke URL of the default stage, ending in `/`. */
  get url(): string {
    return this.stage.url;
  }
}
