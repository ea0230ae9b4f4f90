import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../../shared/api/openapi.ts';
import { apiRoutes } from '../../../shared/api/routes.ts';

type Json = Record<string, unknown>;

/** Every `$ref` in the document, with the JSON pointer it names. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

function resolvePointer(document: Json, pointer: string): unknown {
  expect(pointer.startsWith('#/')).toBe(true);
  return pointer
    .slice(2)
    .split('/')
    .reduce<unknown>((node, part) => (node as Json | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument(apiRoutes);
  const paths = document.paths as Record<string, Record<string, Json>>;

  it('is OpenAPI 3.1 with the required top-level fields', () => {
    expect(document.openapi).toBe('3.1.0');
    expect((document.info as Json).title).toBe('Accord API');
    expect(typeof (document.info as Json).version).toBe('string');
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('documents the byline and site name of an article as optional', () => {
    const article = (document.components as Json).schemas as Record<string, Json>;
    const properties = article.Article!.properties as Record<string, Json>;
    expect(Object.keys(properties)).toEqual(expect.arrayContaining(['byline', 'siteName']));
    expect(article.Article!.required).not.toContain('byline');
    expect(article.Article!.required).not.toContain('siteName');
  });

  it('describes every route the router serves, and nothing else', () => {
    const documented = Object.entries(paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual(apiRoutes.map((r) => `${r.method} ${r.path}`).sort());
    for (const expected of ['/events', '/events/{id}', '/articles', '/articles/{id}', '/actors/{country}/summary', '/health', '/openapi.json']) {
      expect(paths[expected]?.get).toBeDefined();
    }
  });

  it('gives every operation a unique id, a 200 and a problem+json 500, and declares each path parameter', () => {
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(paths)) {
      for (const operation of Object.values(item)) {
        expect(typeof operation.operationId).toBe('string');
        expect(ids.has(operation.operationId as string)).toBe(false);
        ids.add(operation.operationId as string);
        const responses = operation.responses as Record<string, Json>;
        expect(responses['200']).toBeDefined();
        expect(Object.keys((responses['500'] as Json).content as Json)).toEqual(['application/problem+json']);
        const parameters = (operation.parameters ?? []) as Json[];
        for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
          const declared = parameters.find((p) => p.name === name && p.in === 'path');
          expect(declared, `${path} declares ${name}`).toBeDefined();
          expect(declared?.required).toBe(true);
        }
        for (const parameter of parameters) {
          expect(['query', 'path']).toContain(parameter.in);
          expect(parameter.schema).toBeDefined();
        }
      }
    }
  });

  it('documents every GET /events filter with its constraints, and problem details for 400', () => {
    const operation = paths['/events']!.get!;
    const parameters = operation.parameters as Json[];
    expect(parameters.map((p) => p.name).sort()).toEqual(
      ['actor', 'source', 'target', 'dyad', 'root', 'code', 'quad', 'modality', 'from', 'to', 'limit', 'cursor'].sort(),
    );
    const limit = parameters.find((p) => p.name === 'limit')!.schema as Json;
    expect(limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 25 });
    const quad = parameters.find((p) => p.name === 'quad')!.schema as Json;
    expect(quad.enum).toEqual(['1', '2', '3', '4']);
    const responses = operation.responses as Record<string, Json>;
    expect(Object.keys(responses['400']!.content as Json)).toEqual(['application/problem+json']);
    expect(Object.keys(paths['/events/{id}']!.get!.responses as Json)).toContain('404');
  });

  it('documents the article notes and the stored text limits', () => {
    const article = ((document.components as Json).schemas as Json).Article as Json;
    const properties = article.properties as Record<string, Json>;
    expect(article.required).toContain('notes');
    expect(properties.notes).toMatchObject({ type: 'array', maxItems: 20, items: { type: 'string', maxLength: 500 } });
    expect(JSON.stringify(properties.title)).toContain('"maxLength":1000');
    expect(JSON.stringify(properties.url)).toContain('"maxLength":2048');
  });

  it('names the local server and a deployed stage, and the SigV4 scheme deployed stages require', () => {
    const servers = document.servers as Json[];
    expect(servers.map((s) => s.url)).toEqual(['http://127.0.0.1:3000', 'https://{apiId}.execute-api.{region}.amazonaws.com']);
    expect(Object.keys(servers[1]!.variables as Json).sort()).toEqual(['apiId', 'region']);
    const schemes = (document.components as Json).securitySchemes as Record<string, Json>;
    expect(schemes.sigv4).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization', 'x-amazon-apigateway-authtype': 'awsSigv4' });
    expect(document.security).toEqual([{ sigv4: [] }, {}]);
  });

  it('declares 405 with its Allow header on every operation', () => {
    for (const item of Object.values(paths)) {
      for (const operation of Object.values(item)) {
        const response = (operation.responses as Record<string, Json>)['405']!;
        expect(Object.keys(response.content as Json)).toEqual(['application/problem+json']);
        expect(response.headers).toHaveProperty('Allow');
      }
    }
  });

  it('resolves every $ref inside the document', () => {
    const all = refs(document);
    expect(all.length).toBeGreaterThan(0);
    for (const ref of all) expect(resolvePointer(document, ref), ref).toBeDefined();
    const schemas = (document.components as Json).schemas as Json;
    for (const name of ['DiplomaticEvent', 'EventPage', 'Article', 'ArticlePage', 'ArticleWithEvents', 'ActorSummary', 'Problem', 'Health']) {
      expect(schemas[name], name).toBeDefined();
    }
  });
});
