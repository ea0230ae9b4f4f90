import * as z from 'zod/mini';
import type { DocumentedRoute } from './routes.ts';
import { apiDocs, ProblemSchema } from './schemas.ts';

/**
 * The OpenAPI 3.1 document, generated from the routes' own zod schemas (the ones that validate
 * requests) by zod's JSON Schema generator, so the document cannot drift from what the API accepts.
 * Schemas with an `id` in apiDocs are components, referenced by `$ref`; requests are described as
 * the API reads them (`io: 'input'`: a parameter with a default is not required).
 */
type JsonObject = Record<string, unknown>;

const COMPONENTS = '#/components/schemas/';

/** Deployed stages sit behind API Gateway with IAM authorization: requests are signed with SigV4. */
const SIGV4 = 'sigv4';

const JSON_SCHEMA_OPTIONS = {
  metadata: apiDocs,
  io: 'input',
  target: 'draft-2020-12',
  // A schema documented with its own `type` is described as that, not as what it parses: a limit is
  // an integer to the caller, though the API reads it from a string of decimal digits.
  override: ({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: JsonObject }) => {
    const doc = apiDocs.get(zodSchema);
    if (!doc?.type) return;
    const { id: _id, ...documented } = doc;
    for (const key of Object.keys(jsonSchema)) Reflect.deleteProperty(jsonSchema, key);
    Object.assign(jsonSchema, documented);
  },
} as const;

/** JSON Schema of one zod schema, without the `$schema` and `$id` keys that OpenAPI does not want inside a document. */
function jsonSchemaOf(schema: z.core.$ZodType): JsonObject {
  const { $schema: _schema, $id: _id, ...rest } = z.toJSONSchema(schema, JSON_SCHEMA_OPTIONS) as JsonObject;
  return rest;
}

function componentSchemas(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(apiDocs, { ...JSON_SCHEMA_OPTIONS, uri: (id) => `${COMPONENTS}${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonObject;
      return [id, rest];
    }),
  );
}

/** A reference to the component of a named schema, else the schema inline. */
function schemaOrRef(schema: z.ZodMiniType | JsonObject): JsonObject {
  if (!(schema instanceof z.ZodMiniType)) return schema;
  const id = apiDocs.get(schema)?.id;
  return id ? { $ref: `${COMPONENTS}${id}` } : jsonSchemaOf(schema);
}

/** One parameter per property of a query or path object, in the order the object declares them. */
function parametersOf(schema: z.ZodMiniType | undefined, location: 'query' | 'path'): JsonObject[] {
  if (!schema) return [];
  const object = jsonSchemaOf(schema) as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    schema: property,
    required: location === 'path' || (object.required ?? []).includes(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    name,
    in: location,
  }));
}

const problem = (description: string): JsonObject => ({
  description,
  content: { 'application/problem+json': { schema: schemaOrRef(ProblemSchema) } },
});

export function buildOpenApiDocument(routes: readonly DocumentedRoute[]): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    const responses: Record<number, JsonObject> = {
      200: { description: route.doc.ok.description, content: { 'application/json': { schema: schemaOrRef(route.doc.ok.schema) } } },
    };
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
    const parameters = [...parametersOf(route.doc.params, 'path'), ...parametersOf(route.doc.query, 'query')];
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.doc.operationId,
      summary: route.doc.summary,
      ...(route.doc.description ? { description: route.doc.description } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      responses,
    };
  }
  return {
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
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        [SIGV4]: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description:
            'AWS Signature Version 4 (IAM authorization, service `execute-api`), required by every deployed stage: sign each request with credentials allowed `execute-api:Invoke` on the stage (`accord events --stage`, `curl --aws-sigv4`). The local server takes unsigned requests.',
          'x-amazon-apigateway-authtype': 'awsSigv4',
        },
      },
    },
    paths,
  };
}
