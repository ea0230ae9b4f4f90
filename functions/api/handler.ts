import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { logger, metrics, tracer } from '../commons/powertools.ts';
import { createApiFromEnv } from './dependencies.ts';
import type { AccordApi } from '../../shared/api/accord-api.ts';
import { internalError, problemResponse } from '../../shared/api/problem.ts';

/**
 * API Lambda behind API Gateway HTTP API (payload 2.0): wiring only. The API is built on the
 * first invocation (the cursor key may come from Secrets Manager) and reused while warm;
 * routing, validation and error mapping live in shared/api.
 */
let api: Promise<AccordApi> | undefined;

async function answer(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  api ??= createApiFromEnv().catch((error: unknown) => {
    api = undefined;
    throw error;
  });
  let result: APIGatewayProxyStructuredResultV2;
  try {
    result = await (await api)(event);
  } catch (error) {
    // Only configuration faults get here (the API maps everything else): no detail to the caller.
    logger.error('the API could not be initialised', { error });
    result = problemResponse(internalError());
  }
  const status = result.statusCode ?? 200;
  metrics.addMetric(status >= 500 ? 'ApiServerErrors' : status >= 400 ? 'ApiClientErrors' : 'ApiRequestsOk', MetricUnit.Count, 1);
  return result;
}

export const handler = middy(answer)
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics, { captureColdStartMetric: true }));
