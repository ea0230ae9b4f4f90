import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { InvalidCursorError } from '../storage/bucket-position.ts';
import type { EventRepository } from '../storage/event-repository.ts';
import { corsHeaders, preflight } from './cors.ts';
import { InvalidSignedCursorError, type CursorSigner } from './cursor-signer.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { badParameter, internalError, problemResponse, ProblemError } from './problem.ts';
import { matchRoute } from './router.ts';
import { apiRoutes, parse, type ApiContext } from './routes.ts';
import { NoQuerySchema } from './schemas.ts';

/**
 * The HTTP API as a plain function from an API Gateway v2 event to a v2 result: routing,
 * validation and error mapping. Transport- and AWS-free apart from the event shape, so the Lambda
 * handler, the local HTTP server and the tests all run this same code.
 *
 * Error policy: bad input → 400 problem naming the parameter; unknown path or id → 404; a known
 * path with another method → 405; anything unexpected → a generic 500 (logged via onError).
 */
export interface AccordApiDependencies {
  repository: EventRepository;
  cursors: CursorSigner;
  /** Allowed browser origins; `*` allows any. Empty: no CORS headers. */
  corsOrigins?: readonly string[];
  onError?: (error: unknown, event: APIGatewayProxyEventV2) => void;
}

export type AccordApi = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export function createAccordApi(dependencies: AccordApiDependencies): AccordApi {
  let document: unknown;
  const openApiDocument = () => (document ??= buildOpenApiDocument(apiRoutes));
  const origins = dependencies.corsOrigins ?? [];

  return async (event) => {
    const method = event.requestContext.http.method.toUpperCase();
    const cors = corsHeaders(origins, event.headers.origin);
    try {
      if (method === 'OPTIONS' && cors) return preflight(cors);
      // HEAD is GET without the body (RFC 9110 §9.3.2).
      const head = method === 'HEAD';
      const { route, params } = matchRoute(apiRoutes, head ? 'GET' : method, event.rawPath);
      // Own properties only, so names such as __proto__ or constructor are plain (unknown) keys.
      const query = Object.fromEntries(Object.entries(event.queryStringParameters ?? {}).map(([k, v]) => [k, v ?? '']));
      // A route that documents no query parameters takes none: any name gets the unknown-parameter 400.
      if (!route.doc.query) parse(NoQuerySchema, query);
      const context: ApiContext = { repository: dependencies.repository, cursors: dependencies.cursors, query, openApiDocument };
      const result = await route.handle(context, params);
      const response = {
        statusCode: result.status,
        headers: { 'content-type': 'application/json', ...result.headers, ...cors },
        body: JSON.stringify(result.body),
      };
      return head ? withoutBody(response) : response;
    } catch (error) {
      const response = problemResponse(toProblem(error, event, dependencies.onError), cors ?? {});
      return method === 'HEAD' ? withoutBody(response) : response;
    }
  };
}

/** The answer to HEAD: GET's status and headers, its length in content-length, no body. */
function withoutBody({ body, ...response }: APIGatewayProxyStructuredResultV2): APIGatewayProxyStructuredResultV2 {
  return { ...response, headers: { ...response.headers, 'content-length': String(Buffer.byteLength(body ?? '')) } };
}

function toProblem(error: unknown, event: APIGatewayProxyEventV2, onError: AccordApiDependencies['onError']): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof InvalidSignedCursorError || error instanceof InvalidCursorError) {
    return badParameter('cursor', 'Parameter "cursor" is not a cursor issued for this query.');
  }
  onError?.(error, event);
  return internalError();
}
