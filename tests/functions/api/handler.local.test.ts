import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHttpApi, type HttpApi } from '../../../infra/local/http-api-server.ts';
import { ArticleSchema } from '../../../shared/api/schemas.ts';
import { DynamoEventRepository } from '../../../shared/storage/dynamo-event-repository.ts';
import { LOCAL_CREDENTIALS } from '../../../infra/local/local-credentials.ts';
import { useDynamoDbLocal } from '../../support/dynamodb-local.ts';
import { event, location, processedArticle } from '../../shared/storage/event-fixtures.ts';

/**
 * The deployed handler, unchanged, behind the local HTTP API server and in front of DynamoDB Local:
 * what `npm start` serves and what curl sees.
 */
const dynamo = useDynamoDbLocal();
let server: HttpApi;
const loc = location('articles/local-api.txt', '01');
const events = Array.from({ length: 5 }, (_, n) => event(loc, { n, source: 'KOR', target: n % 2 ? 'CHN' : 'USA', date: `2025-0${1 + n}-15` }));
const failed = location('articles/empty.txt', '01');

beforeAll(async () => {
  const { tableName, client } = await dynamo.newTable();
  const repository = new DynamoEventRepository(DynamoDBDocumentClient.from(client), tableName);
  await repository.saveProcessed(processedArticle(loc, { title: 'T'.repeat(5_000), notes: ['a line of 90,000 characters was split'] }), events);
  await repository.saveFailed(failed, 'the object is empty');

  vi.stubEnv('TABLE_NAME', tableName);
  vi.stubEnv('AWS_ENDPOINT_URL_DYNAMODB', dynamo.endpoint);
  vi.stubEnv('AWS_REGION', 'us-east-1');
  vi.stubEnv('AWS_ACCESS_KEY_ID', LOCAL_CREDENTIALS.accessKeyId);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', LOCAL_CREDENTIALS.secretAccessKey);
  vi.stubEnv('CURSOR_KEY', 'local-api-test-cursor-key-0123456789');
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
  const { handler } = await import('../../../functions/api/handler.ts');
  server = await startHttpApi({ handler, port: 0 });
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- beforeAll may have failed before assigning it
  await server?.close();
  vi.unstubAllEnvs();
});

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, any> };
};

describe('API handler on the local stack', () => {
  it('pages GET /events?actor=KOR newest first with signed cursors', async () => {
    const seen: string[] = [];
    let path = '/events?actor=KOR&limit=2';
    for (let i = 0; i < 5 && path; i++) {
      const { status, body } = await get(path);
      expect(status).toBe(200);
      seen.push(...body.items.map((e: { id: string }) => e.id));
      path = body.cursor ? `/events?actor=KOR&limit=2&cursor=${encodeURIComponent(body.cursor)}` : '';
    }
    expect(seen).toEqual(events.map((e) => e.id).reverse());
  });

  it('answers the dyad, single event, article and summary routes', async () => {
    const dyad = await get('/events?dyad=CHN,KOR');
    expect(dyad.body.items.map((e: { id: string }) => e.id)).toEqual([events[3]!.id, events[1]!.id]);
    expect((await get(`/events/${events[2]!.id}`)).body).toEqual(events[2]);
    const article = await get(`/articles/${events[0]!.articleId}`);
    expect(article.body.article.eventCount).toBe(5);
    expect(ArticleSchema.parse(article.body.article).notes).toEqual([
      'a line of 90,000 characters was split',
      'title truncated to 1,000 characters (was 5,000)',
    ]);
    expect(article.body.events).toHaveLength(5);
    const list = await get('/articles');
    expect(list.body.items.map((a: { status: string }) => a.status).sort()).toEqual(['failed', 'processed']);
    const failedRecord: { id: string } = list.body.items.find((a: { status: string }) => a.status === 'failed');
    expect((await get(`/articles/${failedRecord.id}`)).body.article.reason).toBe('the object is empty');
    const summary = await get('/actors/KOR/summary?from=2025-01-01&to=2025-12-31');
    expect(summary.body.asSource.count).toBe(5);
    expect(summary.body.topCounterparts).toEqual([
      { country: 'USA', count: 3 },
      { country: 'CHN', count: 2 },
    ]);
  });

  it('answers the timeline and the actor suggestions', async () => {
    const timeline = await get('/events/timeline?actor=KOR&from=2025-02-01&to=2025-04-30');
    expect(timeline.status).toBe(200);
    expect(timeline.body).toEqual({
      interval: 'day',
      buckets: ['2025-02-15', '2025-03-15', '2025-04-15'].map((period) => ({
        period,
        total: 1,
        byQuad: { '1': 1, '2': 0, '3': 0, '4': 0 },
        meanGoldstein: 1.9,
      })),
    });
    expect((await get('/events/timeline?interval=week&target=CHN')).body.buckets.map((b: { period: string }) => b.period)).toEqual([
      '2025-02-10',
      '2025-04-14',
    ]);
    expect((await get('/actors')).body).toEqual({
      items: [
        { actor: 'KOR', events: 5 },
        { actor: 'USA', events: 3 },
        { actor: 'CHN', events: 2 },
      ],
    });
    expect((await get('/actors?prefix=u')).body).toEqual({ items: [{ actor: 'USA', events: 3 }] });
    const first = await get('/actors?limit=2');
    expect(first.body.items.map((i: { actor: string }) => i.actor)).toEqual(['KOR', 'USA']);
    expect((await get(`/actors?limit=2&cursor=${String(first.body.cursor)}`)).body).toEqual({ items: [{ actor: 'CHN', events: 2 }] });
    expect((await get(`/actors?limit=2&prefix=K&cursor=${String(first.body.cursor)}`)).body.parameter).toBe('cursor');
    expect((await get('/actors?prefix=KOREA')).body.parameter).toBe('prefix');
  });

  it('returns problem details for bad input and unknown ids', async () => {
    const bad = await get('/events?limit=500');
    expect(bad.status).toBe(400);
    expect(bad.type).toBe('application/problem+json');
    expect(bad.body.parameter).toBe('limit');
    expect((await get('/events/a0000000000000000000f-e1')).status).toBe(404);
    expect((await get('/openapi.json')).body.openapi).toBe('3.1.0');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'foo'])(
    'an unknown parameter named %s is a 400 naming it, on every route',
    async (name) => {
      for (const path of ['/events', '/events/timeline', '/actors', '/health', `/events/${events[0]!.id}`, '/openapi.json']) {
        const { status, type, body } = await get(`${path}?${name}=1`);
        expect({ path, status, type, parameter: body.parameter, detail: body.detail }).toEqual({
          path,
          status: 400,
          type: 'application/problem+json',
          parameter: name,
          detail: `Unknown parameter "${name}".`,
        });
      }
    },
  );

  it('answers HEAD like GET, without a body', async () => {
    for (const path of ['/events?actor=KOR', '/health', '/nope', '/events?limit=0']) {
      const [head, got] = await Promise.all([fetch(`${server.url}${path}`, { method: 'HEAD' }), fetch(`${server.url}${path}`)]);
      expect(head.status, path).toBe(got.status);
      expect(head.headers.get('content-type'), path).toBe(got.headers.get('content-type'));
      expect(await head.text(), path).toBe('');
      const body = await got.text();
      expect(body.length, path).toBeGreaterThan(0);
      expect(head.headers.get('content-length'), path).toBe(String(Buffer.byteLength(body)));
    }
    const post = await fetch(`${server.url}/events`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each([
    '/events?limit=1e2',
    '/events?limit=0x10',
    '/events?limit=%20%2050',
    '/events?limit=+50',
    '/events?limit=50%20',
    '/events?limit=-1',
    '/events?limit=5.0',
    '/events?limit=',
    '/events?limit=%EF%BC%95',
    '/events?limit=0',
    '/events?limit=00000000000000000000101',
    '/articles?limit=0b11',
    '/articles?limit=Infinity',
  ])('%s is a 400 naming limit: integers are plain decimal digits, within range', async (path) => {
    const { status, type, body } = await get(path);
    expect({ status, type, parameter: body.parameter }).toEqual({ status: 400, type: 'application/problem+json', parameter: 'limit' });
    expect(body.detail).toMatch(/^Parameter "limit" must /);
  });

  it('reads plain decimal limits, leading zeros included', async () => {
    for (const [path, count] of [
      ['/events?limit=2', 2],
      ['/events?limit=0003', 3],
      ['/articles?limit=1', 1],
    ] as const) {
      const { status, body } = await get(path);
      expect({ path, status, items: body.items.length }).toEqual({ path, status: 200, items: count });
    }
  });
});
