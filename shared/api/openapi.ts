import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig } from '@asteasolutions/zod-to-openapi';
import type { DocumentedRoute } from './routes.ts';
import { ProblemSchema } from './schemas.ts';

/**
 * The OpenAPI 3.1 document, generated from the routes' own zod schemas (the ones that validate
 * requests), so the document cannot drift from what the API accepts.
 */
const problem = (description: string): ResponseConfig => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** Deployed stages sit behind API Gateway with IAM authorization: requests are signed with SigV4. */
const SIGV4 = 'sigv4';

export function buildOpenApiDocument(routes: readonly DocumentedRoute[]): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  registry.register('Problem', ProblemSchema);
  registry.registerComponent('securitySchemes', SIGV4, {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description:
      'AWS Signature Version 4 (IAM authorization, service `execute-api`), required by every deployed stage: sign each request with credentials allowed `execute-api:Invoke` on the stage (`accord events --stage`, `curl --aws-sigv4`). The local server takes unsigned requests.',
    'x-amazon-apigateway-authtype': 'awsSigv4',
  } as never);
  for (const route of routes) {
    const request: { query?: never; params?: never } = {};
    if (route.doc.query) request.query = route.doc.query as never;
    if (route.doc.params) request.params = route.doc.params as never;
    const responses: Record<number, ResponseConfig> = { 200: route.doc.ok };
    // Every route can answer 400: one without parameters rejects any it is given.
    responses[400] = problem(
      route.doc.query || route.doc.params
        ? 'A parameter is invalid or unknown; `parameter` names it.'
        : 'The route takes no parameters; `parameter` names the one given.',
    );
    if (route.doc.errors.includes(404)) responses[404] = problem('No such resource.');
    responses[405] = {
      ...problem(
        'The path exists, but not for this method: every route answers GET and HEAD only. (Deployed stages: API Gateway answers 404 to a method it has no route for.)',
      ),
      headers: { Allow: { description: 'The methods this path answers: `GET, HEAD`.', schema: { type: 'string' } } },
    };
    responses[500] = problem('The server failed; no detail is disclosed.');
    registry.registerPath({
      method: route.method.toLowerCase() as 'get',
      path: route.path,
      operationId: route.doc.operationId,
      summary: route.doc.summary,
      ...(route.doc.description ? { description: route.doc.description } : {}),
      request,
      responses,
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Accord API',
      version: '1.0.0',
      description:
        'CAMEO-coded diplomatic events extracted from news articles. Deployed stages require IAM (SigV4) authorization. Errors are RFC 9457 problem details. Every GET route answers HEAD with the same status and headers and no body.',
    },
    servers: [
      { url: 'http://127.0.0.1:3000', description: 'The local stack (`npm start`; its port is `PORT`).' },
      {
        url: 'https://{apiId}.execute-api.{region}.amazonaws.com',
        description: 'A deployed stage: the `ApiUrl` output of its stack (docs/deploy.md). Requests must be signed with SigV4.',
        variables: {
          apiId: { default: 'abcdef1234', description: 'The HTTP API id of the stage.' },
          region: { default: 'us-east-1', description: 'The AWS region the stage is deployed in.' },
        },
      },
    ],
    // Signed in deployed stages; the empty requirement is the local server, which takes unsigned requests.
    security: [{ [SIGV4]: [] }, {}],
  });
}
