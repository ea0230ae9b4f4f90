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

export function buildOpenApiDocument(routes: readonly DocumentedRoute[], serverUrl?: string): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  registry.register('Problem', ProblemSchema);
  for (const route of routes) {
    const request: { query?: never; params?: never } = {};
    if (route.doc.query) request.query = route.doc.query as never;
    if (route.doc.params) request.params = route.doc.params as never;
    const responses: Record<number, ResponseConfig> = { 200: route.doc.ok };
    if (route.doc.errors.includes(400)) responses[400] = problem('A parameter is invalid; `parameter` names it.');
    if (route.doc.errors.includes(404)) responses[404] = problem('No such resource.');
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
        'CAMEO-coded diplomatic events extracted from news articles. Deployed stages require IAM (SigV4) authorization. Errors are RFC 9457 problem details.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
  });
}
