import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';

/** A minimal API Gateway HTTP API (v2) event for in-process handler tests. */
export function apiEvent(method: string, path: string, query?: Record<string, string>, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  const rawQueryString = query ? new URLSearchParams(query).toString() : '';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString,
    headers,
    ...(query && Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'test.local',
      domainPrefix: 'test',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: 'req-1',
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
  };
}

export const lambdaContext = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'accord-api-test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:accord-api-test',
  memoryLimitInMB: '512',
  awsRequestId: 'req-1',
  logGroupName: '/aws/lambda/accord-api-test',
  logStreamName: 'test',
  getRemainingTimeInMillis: () => 10_000,
  /* eslint-disable @typescript-eslint/no-deprecated -- aws-lambda's Context type still requires its deprecated callback members */
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
  /* eslint-enable @typescript-eslint/no-deprecated */
} satisfies Context;
