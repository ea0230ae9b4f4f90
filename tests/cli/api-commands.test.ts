import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRecord, event } from './fixtures.ts';
import { jsonLines, runAccord } from './run-accord.ts';

/**
 * `accord events`, `articles`, `article` and `upload` run as a user runs them, against a stand-in
 * API and S3 on a free loopback port (the real local stack is covered by the end-to-end tests).
 */
interface Received {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
}

const received: Received[] = [];
let server: Server;
let base: string;
let dataDir: string;

const page1 = [event({ id: 'e1' }), event({ id: 'e2', cameo: { code: '138', root: '13', name: 'Threaten with military force' }, modality: 'asserted' })];
const page2 = [event({ id: 'e3', date: '2026-03-01' })];

function respond(request: Received): { status: number; type: string; body: unknown } {
  const { pathname, searchParams } = request.url;
  if (request.method === 'PUT') return { status: 200, type: 'application/xml', body: '' };
  if (pathname === '/events' && searchParams.get('dyad') === 'bad') {
    return {
      status: 400,
      type: 'application/problem+json',
      body: { type: 'about:blank', title: 'Invalid query parameter', status: 400, detail: 'dyad must be two actor codes such as KOR,CHN' },
    };
  }
  if (pathname === '/events') {
    return searchParams.get('cursor') === 'c2'
      ? { status: 200, type: 'application/json', body: { items: page2 } }
      : { status: 200, type: 'application/json', body: { items: page1, cursor: 'c2' } };
  }
  if (pathname === '/articles')
    return {
      status: 200,
      type: 'application/json',
      body: { items: [articleRecord(), articleRecord({ id: 'a2', status: 'failed', reason: 'The file is binary, not text.' })] },
    };
  if (pathname === '/actors/KOR/summary') {
    return {
      status: 200,
      type: 'application/json',
      body: {
        country: 'KOR',
        from: searchParams.get('from'),
        to: null,
        asSource: { count: 2, averageGoldstein: 1.9 },
        asTarget: { count: 1, averageGoldstein: -4 },
        byRoot: { '04': 2, '13': 1 },
        byQuadClass: { '1': 2, '2': 0, '3': 1, '4': 0 },
        topCounterparts: [{ country: 'CHN', count: 3 }],
      },
    };
  }
  if (pathname === '/articles/a1234') return { status: 200, type: 'application/json', body: { ...articleRecord(), events: page1 } };
  return { status: 404, type: 'application/problem+json', body: { title: 'Not found', status: 404, detail: `no article ${pathname.split('/').pop()}` } };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const request: Received = { method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://127.0.0.1'), headers: req.headers, body };
      received.push(request);
      const answer = respond(request);
      res.writeHead(answer.status, { 'content-type': answer.type, etag: '"e"' });
      res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A local stack "started" in a scratch folder: endpoints.json points at the stand-in server.
  dataDir = mkdtempSync(join(tmpdir(), 'accord-cli-'));
  writeFileSync(
    join(dataDir, 'endpoints.json'),
    JSON.stringify({
      region: 'us-east-1',
      apiUrl: base,
      s3Endpoint: base,
      sqsEndpoint: base,
      dynamodbEndpoint: base,
      bucket: 'accord-articles-local',
      queueUrl: `${base}/q`,
      deadLetterQueueUrl: `${base}/dlq`,
      table: 'accord-events-local',
    }),
  );
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const accord = (args: string[]) => runAccord(args, { ACCORD_DATA_DIR: dataDir, COLUMNS: '200' });

describe('accord events', () => {
  it('passes the filters to GET /events and prints a table with the next cursor', async () => {
    received.length = 0;
    const run = await accord(['events', '--dyad', 'KOR,CHN', '--root', '04', '--from', '2026-03-01', '--limit', '2']);
    expect(run.code).toBe(0);
    expect(received[0]!.url.pathname).toBe('/events');
    expect(Object.fromEntries(received[0]!.url.searchParams)).toEqual({ dyad: 'KOR,CHN', root: '04', from: '2026-03-01', limit: '2' });
    expect(received[0]!.headers.authorization).toBeUndefined();
    expect(run.stdout).toMatch(/^DATE\s+SOURCE\s+CAMEO\s+TARGET\s+MODALITY\s+N\s+EVIDENCE$/m);
    expect(run.stdout).toMatch(/^2026-03-09\s+KOR GOV\s+138 Threaten with military force\s+CHN GOV\s+asserted\s+2\s+Lee arrived/m);
    expect(run.stdout).toContain('2 event(s)');
    expect(run.stdout).toContain('more: add --cursor c2 (or --all)');
  });

  it('prints JSON lines and follows cursors with --json --all', async () => {
    const run = await accord(['events', '--actor', 'KOR', '--json', '--all']);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(run.stderr).not.toContain('next cursor');
  });

  it('prints the problem title and detail of an API error and exits 1', async () => {
    const run = await accord(['events', '--dyad', 'bad']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('accord: API error 400: Invalid query parameter: dyad must be two actor codes such as KOR,CHN');
  });

  it('rejects an unknown modality before calling the API', async () => {
    const run = await accord(['events', '--modality', 'maybe']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Allowed choices are asserted, planned/);
  });

  it('says how to start the local stack when none is running', async () => {
    const run = await runAccord(['events'], { ACCORD_DATA_DIR: mkdtempSync(join(tmpdir(), 'accord-empty-')) });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('accord: no local stack running: start it with `npm start`');
  });
});

describe('accord articles / article', () => {
  it('lists articles with status and failure reasons', async () => {
    const run = await accord(['articles']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/processed\s+3\s+a1234\s+Lee visits Beijing/);
    expect(run.stdout).toMatch(/failed\s+3\s+a2\s+FAILED: The file is binary, not text\./);
  });

  it('shows one article with its events', async () => {
    const run = await accord(['article', 'a1234']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('status:     processed');
    expect(run.stdout).toMatch(/042 Make a visit/);
  });

  it('reports an unknown article as the API’s 404 problem', async () => {
    const run = await accord(['article', 'nope']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('API error 404: Not found: no article nope');
  });
});

describe('accord actor', () => {
  it('prints the summary of GET /actors/{country}/summary with CAMEO root names', async () => {
    const run = await accord(['actor', 'kor', '--from', '2026-01-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^KOR 2026-01-01 to …$/m);
    expect(run.stdout).toContain('as target: 1 event(s), average Goldstein -4.00');
    expect(run.stdout).toMatch(/^ {2}04 \S.*\s2$/m);
    expect(run.stdout).toContain('top counterparts: CHN 3');
  });
});

describe('accord upload', () => {
  it('uploads a folder to the local bucket under articles/, with the published metadata', async () => {
    received.length = 0;
    const run = await accord(['upload', '--published', '2026-02-01', 'samples/articles']);
    expect(run.code).toBe(0);
    const puts = received.filter((r) => r.method === 'PUT');
    expect(puts.length).toBeGreaterThanOrEqual(8);
    expect(puts.map((p) => p.url.pathname)).toContain('/accord-articles-local/articles/2026-03-09_lee-state-visit-beijing.txt');
    for (const put of puts) expect(put.headers['x-amz-meta-published']).toBe('2026-02-01');
    expect(run.stdout).toMatch(
      new RegExp(`^uploaded ${puts.length} of ${puts.length} file\\(s\\), .* to s3://accord-articles-local/articles/ on local stack in `, 'm'),
    );
  });

  it('exits 1 with a clear line when the local stack is not running', async () => {
    const run = await runAccord(['upload', 'samples/articles'], { ACCORD_DATA_DIR: mkdtempSync(join(tmpdir(), 'accord-empty-')) });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('accord: no local stack running: start it with `npm start`');
  });

  it('exits 1 when a path does not exist', async () => {
    const run = await accord(['upload', 'no/such/folder']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('accord: no/such/folder: no such file or directory');
  });
});
