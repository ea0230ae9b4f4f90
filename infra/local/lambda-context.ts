import type { Context } from 'aws-lambda';

/**
 * The Lambda context a locally invoked handler receives: what Powertools and middy read from it
 * (function name and ARN, memory, request id, remaining time) on the local account 000000000000.
 */
export function localLambdaContext(input: { functionName: string; region: string; awsRequestId: string; timeoutMs: number }): Context {
  const { functionName, awsRequestId } = input;
  const deadline = Date.now() + input.timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${input.region}:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${awsRequestId}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    /* eslint-disable @typescript-eslint/no-deprecated -- aws-lambda's Context type still requires its deprecated callback members */
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
    /* eslint-enable @typescript-eslint/no-deprecated */
  };
}
