import { request } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpApi, type HttpApi } from '../../../infra/local/http-api-server.ts';
import { freePort } from '../../../infra/local/free-port.ts';

describe('startHttpApi', () => {
  const servers: HttpApi[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function serve(handler: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>): Promise<HttpApi> {
    const api = await startHttpApi({ handler, port: 0 });
    servers.push(api);
    return api;
  }

  it('turns a request into an HTTP API v2 event', async () => {
    let seen: APIGatewayProxyEventV2 | undefined;
    const api = await serve(async (event) => {
      seen = event;
      return { statusCode: 200, body: 'ok' };
    });
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${api.url}/events?actor=KOR&root=04&root=05&q=a%20b&flag`, {
      headers: { 'X-Custom': 'One', 'User-Agent': 'tester/1.0', Cookie: 'a=1; b=2' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(seen).toBeDefined();
    const event = seen!;
    expect(event.version).toBe('2.0');
    expect(event.routeKey).toBe('$default');
    expect(event.rawPath).toBe('/events');
    expect(event.rawQueryString).toBe('actor=KOR&root=04&root=05&q=a%20b&flag');
    expect(event.queryStringParameters).toEqual({ actor: 'KOR', root: '04,05', q: 'a b', flag: '' });
    expect(event.headers['x-custom']).toBe('One');
    expect(event.headers.cookie).toBeUndefined();
    expect(event.cookies).toEqual(['a=1', 'b=2']);
    expect(event.requestContext.http.method).toBe('GET');
    expect(event.requestContext.http.path).toBe('/events');
    expect(event.requestContext.http.userAgent).toBe('tester/1.0');
    expect(event.requestContext.http.sourceIp).toMatch(/127\.0\.0\.1/);
    expect(event.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs(event.requestContext.timeEpoch - Date.now())).toBeLessThan(10_000);
    expect(event.body).toBeUndefined();
    expect(event.isBase64Encoded).toBe(false);
  });

  it('hands the path on as sent, dot segments included (no URL resolution)', async () => {
    let seen: APIGatewayProxyEventV2 | undefined;
    const api = await serve(async (event) => {
      seen = event;
      return { statusCode: 204 };
    });
    // fetch() and URL strings would resolve the dots on the client: send the target byte for byte.
    const { hostname, port } = new URL(api.url);
    const path = '/articles/../events/./%2E%2E/a%20b?limit=1';
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const outgoing = request({ hostname, port, path }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      outgoing.once('error', reject);
      outgoing.end();
    });
    expect(status).toBe(204);
    expect(seen?.rawPath).toBe('/articles/../events/./%2E%2E/a%20b');
    expect(seen?.requestContext.http.path).toBe('/articles/../events/./../a b');
    expect(seen?.rawQueryString).toBe('limit=1');
  });

  it('passes text bodies as strings and binary bodies as base64', async () => {
    const bodies: { body?: string; isBase64Encoded: boolean }[] = [];
    const api = await serve(async (event) => {
      bodies.push({ body: event.body, isBase64Encoded: event.isBase64Encoded });
      return { statusCode: 204 };
    });
    await fetch(`${api.url}/x`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    await fetch(`${api.url}/x`, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array([0, 255, 1]) });
    expect(bodies[0]).toEqual({ body: '{"a":1}', isBase64Encoded: false });
    expect(bodies[1]).toEqual({ body: Buffer.from([0, 255, 1]).toString('base64'), isBase64Encoded: true });
  });

  it('writes back status, headers, cookies and base64 bodies', async () => {
    const api = await serve(async (event): Promise<APIGatewayProxyResultV2> =>
      event.rawPath === '/binary'
        ? { statusCode: 200, headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from([1, 2, 3]).toString('base64'), isBase64Encoded: true }
        : { statusCode: 418, headers: { 'Content-Type': 'application/problem+json', 'X-Trace': 't' }, cookies: ['s=1; Path=/'], body: '{"title":"teapot"}' },
    );
    const teapot = await fetch(`${api.url}/tea`);
    expect(teapot.status).toBe(418);
    expect(teapot.headers.get('content-type')).toBe('application/problem+json');
    expect(teapot.headers.get('x-trace')).toBe('t');
    expect(teapot.headers.get('set-cookie')).toBe('s=1; Path=/');
    expect(await teapot.json()).toEqual({ title: 'teapot' });
    const binary = await fetch(`${api.url}/binary`);
    expect(new Uint8Array(await binary.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('listens on a given port', async () => {
    const port = await freePort();
    const api = await startHttpApi({ handler: async () => ({ statusCode: 204 }), port });
    servers.push(api);
    expect(api.url).toBe(`http://127.0.0.1:${port}`);
    expect((await fetch(`${api.url}/health`)).status).toBe(204);
  });

  it('answers a bare object result as 200 JSON, and a throwing handler as API Gateway 500', async () => {
    const api = await serve(async (event) => {
      if (event.rawPath === '/boom') throw new Error('secret internal detail');
      return { hello: 'world' } as unknown as APIGatewayProxyResultV2;
    });
    const ok = await fetch(`${api.url}/`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ hello: 'world' });
    const boom = await fetch(`${api.url}/boom`);
    expect(boom.status).toBe(500);
    const text = await boom.text();
    expect(text).toBe('{"message":"Internal Server Error"}');
    expect(text).not.toContain('secret');
  });
});
