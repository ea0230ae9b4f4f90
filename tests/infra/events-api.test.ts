import { beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_LOG_FIELDS, API_ROUTES, API_SERVICE } from '../../infra/constructs/events-api.ts';
import { STAGES, type StageName } from '../../infra/stage-config.ts';
import { functionOf, onlyResourceOfType, referencedId, resourcesOfType, synthStage, type SynthesizedStage } from './synth-stage.ts';

describe.each(STAGES)('HTTP API on %s', (stage: StageName) => {
  let synth: SynthesizedStage;
  let apiId: string;

  beforeAll(() => {
    synth = synthStage(stage);
    apiId = onlyResourceOfType(synth.json, 'AWS::ApiGatewayV2::Api')[0];
  });

  it('serves exactly the explicit GET and HEAD routes, each signed with SigV4 (AWS_IAM)', () => {
    const routes = resourcesOfType(synth.json, 'AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties!);
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(API_ROUTES.flatMap((path) => [`GET ${path}`, `HEAD ${path}`]).sort());
    for (const route of routes) {
      expect(route.AuthorizationType, route.RouteKey).toBe('AWS_IAM');
      expect(referencedId(route.ApiId)).toBe(apiId);
    }
    // No catch-all route that would reach the Lambda unauthenticated.
    expect(routes.some((r) => r.RouteKey === '$default' || String(r.RouteKey).includes('{proxy+}'))).toBe(false);
  });

  it('integrates every route with the API function (payload v2)', () => {
    const [, integration] = onlyResourceOfType(synth.json, 'AWS::ApiGatewayV2::Integration');
    const [apiFunctionId] = functionOf(synth.json, API_SERVICE);
    expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
    expect(referencedId(integration.Properties!.IntegrationUri)).toBe(apiFunctionId);
    // API Gateway may invoke the function only through a declared route.
    const permissions = resourcesOfType(synth.json, 'AWS::Lambda::Permission');
    // one per route, GET and HEAD of each path
    expect(permissions).toHaveLength(API_ROUTES.length * 2);
    const scopes = permissions.map(([, permission]) => {
      expect(permission.Properties).toMatchObject({ Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com' });
      const parts = permission.Properties!.SourceArn['Fn::Join'][1] as unknown[];
      expect(parts).toContainEqual({ Ref: apiId });
      return parts.at(-1);
    });
    // Each permission is limited to one route path of this API.
    expect(scopes.sort()).toEqual(API_ROUTES.flatMap((path) => [`/*/*${path}`, `/*/*${path}`]).sort());
  });

  it('throttles the default stage at the stage rate and burst', () => {
    const [, apiStage] = onlyResourceOfType(synth.json, 'AWS::ApiGatewayV2::Stage');
    expect(apiStage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: synth.config.apiThrottle.rateLimit,
        ThrottlingBurstLimit: synth.config.apiThrottle.burstLimit,
      },
    });
  });

  it('writes one JSON access log line per request, naming the signing principal, with the stage retention', () => {
    const [, apiStage] = onlyResourceOfType(synth.json, 'AWS::ApiGatewayV2::Stage');
    const settings = apiStage.Properties!.AccessLogSettings;
    expect(JSON.parse(settings.Format)).toEqual(ACCESS_LOG_FIELDS);
    expect(JSON.parse(settings.Format)).toMatchObject({ requestId: '$context.requestId', userArn: '$context.identity.userArn' });
    const logGroup = synth.json.Resources[referencedId(settings.DestinationArn)]!;
    expect(logGroup.Type).toBe('AWS::Logs::LogGroup');
    expect(logGroup.Properties!.RetentionInDays).toBe(synth.config.logRetention);
  });

  it('allows cross-origin calls only from the configured origins', () => {
    const [, api] = onlyResourceOfType(synth.json, 'AWS::ApiGatewayV2::Api');
    if (synth.config.corsOrigins.length === 0) {
      expect(api.Properties!.CorsConfiguration).toBeUndefined();
    } else {
      expect(api.Properties!.CorsConfiguration).toMatchObject({
        AllowOrigins: synth.config.corsOrigins,
        AllowMethods: ['GET', 'OPTIONS'],
        AllowHeaders: expect.arrayContaining(['Authorization', 'X-Amz-Date', 'X-Amz-Security-Token']),
      });
    }
    // The function is told the same origins, from the same configuration.
    const [, apiFunction] = functionOf(synth.json, API_SERVICE);
    expect(apiFunction.Properties!.Environment.Variables.CORS_ORIGINS).toBe(synth.config.corsOrigins.join(','));
  });
});

describe('HTTP API configuration overrides', () => {
  it('takes CORS origins from -c corsOrigins', () => {
    const synth = synthStage('prod', { corsOrigins: 'https://analyst.example.org' });
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: { AllowOrigins: ['https://analyst.example.org'] },
    });
  });

  it('opens the routes in dev only when -c apiAuth=none is given', () => {
    const synth = synthStage('dev', { apiAuth: 'none' });
    const routes = resourcesOfType(synth.json, 'AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties!);
    expect(routes).toHaveLength(API_ROUTES.length * 2);
    for (const route of routes) expect(route.AuthorizationType).toBe('NONE');
  });
});
