import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExploreServer, type ExploreServer } from '../../cli/explore-server.ts';
import type { Target } from '../../cli/target.ts';
import { referenceSignature } from './sigv4-reference.ts';

/**
 * `accord explore` against a stand-in for API Gateway: a real HTTP server on loopback that, like
 * IAM authorization, answers 403 unless the request carries a well-formed SigV4 signature — and
 * here also one that verifies with the caller's secret key.
 */
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'SESSION-TOKEN' };
const REGION = 'eu-west-1';
const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/(\d{8})\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
  verified: boolean;
}
const seen: Seen[] = [];
let upstream: Server;
let upstreamUrl: string;
let explorer: ExploreServer;

function verify(path: string, headers: IncomingHttpHeaders): boolean {
  const match = AUTHORIZATION.exec(headers.authorization ?? '');
  if (!match || !/^\d{8}T\d{6}Z$/.test(String(headers['x-amz-date'])) || headers['x-amz-security-token'] !== credentials.sessionToken) return false;
  const signed = Object.fromEntries(match[2]!.split(';').map((name) => [name, String(headers[name] ?? '')]));
  return referenceSignature(new URL(path, `http://${headers.host}`), signed, REGION, credentials.secretAccessKey) === match[3];
}

function target(apiUrl: string): Target {
  const settings = { region: REGION, credentials };
  return {
    kind: 'aws',
    label: 'stage prod (eu-west-1)',
    region: REGION,
    bucket: 'accord-articles-prod',
    apiUrl,
    queueUrl: null,
    deadLetterQueueUrl: null,
    table: null,
    s3: settings,
    sqs: settings,
    dynamodb: settings,
    signApiRequests: true,
    credentials,
  };
}

beforeAll(async () => {
  upstream = createServer((request, response) => {
    const path = request.url ?? '/';
    const verified = verify(path, request.headers);
    seen.push({ path, headers: request.headers, verified });
    response.writeHead(verified ? 200 : 403, { 'content-type': 'application/json' });
    response.end(verified ? JSON.stringify({ items: [], path }) : '{"message":"Forbidden"}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  explorer = await startExploreServer({ target: target(`${upstreamUrl}/prod/`), port: 0 });
});

afterAll(async () => {
  // (both are unset when beforeAll failed before starting them)
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
  await explorer?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
  await new Promise((resolve) => upstream?.close(resolve));
});

/** A raw request, so the test can send the Host and Origin headers a browser page of another site would. */
function rawGet(path: string, headers: Record<string, string>): Promise<number> {
  const { port } = new URL(explorer.url);
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('accord explore', () => {
  it('forwards the page’s API calls to the stage path, signed with SigV4 that verifies', async () => {
    seen.length = 0;
    const response = await fetch(`${explorer.url}/events?dyad=KOR%2CCHN&limit=5`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ items: [], path: '/prod/events?dyad=KOR%2CCHN&limit=5' });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.authorization).toMatch(AUTHORIZATION);
    expect(seen[0]!.verified).toBe(true);
  });

  it('serves the explorer page itself and its configuration, without calling the API', async () => {
    seen.length = 0;
    const page = await fetch(`${explorer.url}/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('/explorer/app.js');
    const config = await (await fetch(`${explorer.url}/explorer/config.json`)).json();
    expect(config).toEqual({ target: 'stage prod (eu-west-1)', upload: false });
    const script = await fetch(`${explorer.url}/explorer/app.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(1000);
    expect((await fetch(`${explorer.url}/explorer/missing.js`)).status).toBe(404);
    expect((await fetch(`${explorer.url}/`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect(seen).toHaveLength(0);
  });

  it('refuses what is not a read from its own page: other hosts, other origins, writes, uploads', async () => {
    seen.length = 0;
    expect(await rawGet('/events', { host: 'attacker.example:3001' })).toBe(403);
    expect(await rawGet('/events', { host: new URL(explorer.url).host, origin: 'https://attacker.example' })).toBe(403);
    expect((await fetch(`${explorer.url}/events`, { method: 'POST', body: '{}' })).status).toBe(405);
    expect((await fetch(`${explorer.url}/explorer/upload?name=a.txt`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect(seen).toHaveLength(0);
  });

  it('answers 502 with the reason when the API cannot be reached', async () => {
    const unreachable = await startExploreServer({ target: target('http://127.0.0.1:9/'), port: 0 });
    try {
      const response = await fetch(`${unreachable.url}/health`);
      expect(response.status).toBe(502);
      expect(((await response.json()) as { title: string }).title).toContain('Cannot reach the API at http://127.0.0.1:9');
    } finally {
      await unreachable.close();
    }
  });
});
