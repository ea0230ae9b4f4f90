import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleIdFor } from '../../../shared/model/article.ts';
import { eventItem } from '../../../shared/storage/keys.ts';
import { event as makeEvent, location } from '../../shared/storage/event-fixtures.ts';
import { apiEvent, lambdaContext } from './api-event.ts';

/**
 * The API Lambda in-process, with the DynamoDB document client mocked: routing, validation,
 * the Query each route sends, cursor signing and the mapping of every error to a status.
 */
const ddb = mockClient(DynamoDBDocumentClient);
let handler: (typeof import('../../../functions/api/handler.ts'))['handler'];

const loc = location('articles/handler.txt', '01');
const articleId = articleIdFor(loc.bucket, loc.key);
const events = [1, 2, 3].map((n) => makeEvent(loc, { n, source: 'KOR', target: 'CHN', date: `2025-03-0${n}` }));
const eventItems = events.map((e) => eventItem(e, e.date!));

async function call(method: string, path: string, query?: Record<string, string>, headers?: Record<string, string>) {
  const result = await handler(apiEvent(method, path, query, headers), lambdaContext);
  return { ...result, json: result.body ? JSON.parse(result.body) : undefined };
}

beforeAll(async () => {
  vi.stubEnv('TABLE_NAME', 'accord-events-secret-internal-name');
  vi.stubEnv('CURSOR_KEY', 'handler-test-cursor-key-0123456789');
  vi.stubEnv('CORS_ORIGINS', 'https://app.example, https://other.example');
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
  vi.stubEnv('AWS_REGION', 'us-east-1');
  ({ handler } = await import('../../../functions/api/handler.ts'));
});
afterAll(() => {
  vi.unstubAllEnvs();
  ddb.restore();
});

beforeEach(() => {
  ddb.reset();
  ddb.on(GetCommand).resolves({});
  ddb.on(GetCommand, { Key: { pk: 'CALENDAR', sk: 'MONTHS' } }).resolves({
    Item: { eventMonths: new Set(['2025-03', '2025-02']), articleMonths: new Set(['2025-03']) },
  });
});

describe('API handler', () => {
  it('GET /events?actor=KOR queries the source and the target index, newest bucket first, and merges them', async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });
    ddb.on(QueryCommand, { IndexName: 'gsi3', ExpressionAttributeValues: { ':pk': 'SRC#KOR#2025-03' } }).resolves({ Items: eventItems.slice().reverse() });
    const response = await call('GET', '/events', { actor: 'KOR' });
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toBe('application/json');
    expect(response.json.items.map((e: { id: string }) => e.id)).toEqual(events.map((e) => e.id).reverse());
    expect(response.json.cursor).toBeUndefined();
    const queries = ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
    expect(queries[0]).toMatchObject({
      TableName: 'accord-events-secret-internal-name',
      IndexName: 'gsi3',
      ScanIndexForward: false,
      Limit: 26,
      ExpressionAttributeValues: { ':pk': 'SRC#KOR#2025-03' },
    });
    // the target stream leaves out what the source stream has (a domestic event)
    expect(queries[1]).toMatchObject({ IndexName: 'gsi4', Limit: 26, ExpressionAttributeValues: { ':pk': 'TGT#KOR#2025-03', ':f0': 'KOR' } });
    // The March bucket was not full, so the walk went on to February.
    expect(queries.slice(2).map((q) => q.ExpressionAttributeValues?.[':pk'])).toEqual(['SRC#KOR#2025-02', 'TGT#KOR#2025-02']);
  });

  it('dyad and other filters pick the most selective index and filter the rest', async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });
    await call('GET', '/events', { dyad: 'KOR,CHN', modality: 'planned', from: '2025-03-01', to: '2025-03-31' });
    const inputs = ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
    // one actor of the dyad as source with the other as target, and the other way round
    expect(inputs.map((input) => `${input.IndexName} ${String(input.ExpressionAttributeValues?.[':pk'])}`).sort()).toEqual([
      'gsi3 SRC#CHN#2025-03',
      'gsi4 TGT#CHN#2025-03',
    ]);
    for (const input of inputs) {
      expect(input.KeyConditionExpression).toContain('BETWEEN');
      expect(input.FilterExpression).toContain('AND');
      expect(Object.values(input.ExpressionAttributeValues ?? {})).toEqual(expect.arrayContaining(['KOR', 'planned']));
    }
    // from/to limit the walk to March: one Query per stream only.
    expect(inputs).toHaveLength(2);
  });

  it('signs cursors, accepts them for the same query and rejects tampered or foreign ones', async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });
    ddb.on(QueryCommand, { IndexName: 'gsi3' }).resolves({ Items: eventItems.slice().reverse() });
    const first = await call('GET', '/events', { actor: 'KOR', limit: '2' });
    expect(first.statusCode).toBe(200);
    expect(first.json.items).toHaveLength(2);
    const cursor: string = first.json.cursor;
    expect(cursor).toMatch(/^[\w-]+\.[\w-]+$/);

    ddb.resetHistory();
    const second = await call('GET', '/events', { actor: 'KOR', limit: '2', cursor });
    expect(second.statusCode).toBe(200);
    // each stream resumes below the sort key of the last event returned
    const resumed = ddb.commandCalls(QueryCommand)[0]!.args[0].input;
    expect(resumed).toMatchObject({
      KeyConditionExpression: '#pk = :pk AND #sk <= :to',
      ExpressionAttributeValues: { ':pk': 'SRC#KOR#2025-03', ':to': eventItems[1]!.gsi3sk },
    });

    const tampered = `${cursor.slice(0, -2)}${cursor.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [tampered, 'abc.def', `${Buffer.from('{"p":"x"}').toString('base64url')}.${cursor.split('.')[1]}`]) {
      const response = await call('GET', '/events', { actor: 'KOR', cursor: bad });
      expect(response.statusCode).toBe(400);
      expect(response.json.parameter).toBe('cursor');
    }
    const foreign = await call('GET', '/events', { actor: 'CHN', limit: '2', cursor });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json.parameter).toBe('cursor');
  });

  it.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: '101' }, 'limit'],
    [{ limit: 'ten' }, 'limit'],
    [{ limit: '2.5' }, 'limit'],
    [{ limit: '1e2' }, 'limit'],
    [{ limit: '0x10' }, 'limit'],
    [{ limit: '  50' }, 'limit'],
    [{ limit: '' }, 'limit'],
    [{ actor: 'kor' }, 'actor'],
    [{ dyad: 'KOR' }, 'dyad'],
    [{ dyad: 'KOR,CHN,JPN' }, 'dyad'],
    [{ root: '21' }, 'root'],
    [{ code: '9' }, 'code'],
    [{ quad: '5' }, 'quad'],
    [{ modality: 'maybe' }, 'modality'],
    [{ from: '2025-02-30' }, 'from'],
    [{ from: '2025-03-02', to: '2025-03-01' }, 'to'],
    [{ colour: 'blue' }, 'colour'],
    [{ actor: 'KOR,CHN' }, 'actor'],
  ])('GET /events with %o is a 400 problem naming %s', async (query, parameter) => {
    const response = await call('GET', '/events', query);
    expect(response.statusCode).toBe(400);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
    expect(response.json).toMatchObject({ status: 400, title: 'Invalid request parameter', parameter });
    expect(response.json.type).toBe('urn:accord:problem:invalid-parameter');
    expect(response.json.detail).toContain(parameter);
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
  });

  it('GET /events/{id}: the event, or 404', async () => {
    ddb.on(GetCommand, { Key: { pk: `ART#${articleId}`, sk: `EVT#${events[0]!.id}` } }).resolves({ Item: eventItems[0] });
    const found = await call('GET', `/events/${events[0]!.id}`);
    expect(found.statusCode).toBe(200);
    expect(found.json).toEqual(events[0]);
    const missing = await call('GET', `/events/${articleId}-e999`);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers?.['content-type']).toBe('application/problem+json');
    expect((await call('GET', '/events/has%20space')).statusCode).toBe(400);
  });

  it('GET /articles/{id}: the record with status and events, or 404', async () => {
    ddb.on(GetCommand, { Key: { pk: `ART#${articleId}`, sk: 'ARTICLE' } }).resolves({
      Item: { id: articleId, bucket: loc.bucket, key: loc.key, status: 'failed', reason: 'the object is empty', eventCount: 0, createdAt: 't', updatedAt: 't' },
    });
    ddb.on(QueryCommand).resolves({ Items: [] });
    const response = await call('GET', `/articles/${articleId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json.article).toMatchObject({ id: articleId, status: 'failed', reason: 'the object is empty' });
    expect(response.json.events).toEqual([]);
    expect((await call('GET', '/articles/a0000000000000000000f')).statusCode).toBe(404);
  });

  it('GET /articles/{id}: byline and site name of an HTML article, absent on a record stored without them', async () => {
    const record = { id: articleId, bucket: loc.bucket, key: loc.key, status: 'processed', eventCount: 0, createdAt: 't', updatedAt: 't' };
    ddb
      .on(GetCommand, { Key: { pk: `ART#${articleId}`, sk: 'ARTICLE' } })
      .resolves({ Item: { ...record, byline: 'Amina Diallo, Li Wei', siteName: 'Meridian Times' } });
    ddb.on(QueryCommand).resolves({ Items: [] });
    expect((await call('GET', `/articles/${articleId}`)).json.article).toMatchObject({ byline: 'Amina Diallo, Li Wei', siteName: 'Meridian Times' });
    ddb.on(GetCommand, { Key: { pk: `ART#${articleId}`, sk: 'ARTICLE' } }).resolves({ Item: record });
    const older = (await call('GET', `/articles/${articleId}`)).json.article;
    expect(older).toMatchObject({ id: articleId, status: 'processed' });
    expect(older).not.toHaveProperty('byline');
    expect(older).not.toHaveProperty('siteName');
  });

  it('GET /events/timeline counts per week on the index GET /events would use, projecting three attributes', async () => {
    ddb
      .on(QueryCommand)
      .resolvesOnce({
        Items: [
          { d: '2025-03-08', q: 1, gs: 3 },
          { d: '2025-03-03', q: 4, gs: -9 },
        ],
        ScannedCount: 2,
      })
      .resolves({ Items: [], ScannedCount: 0 });
    const response = await call('GET', '/events/timeline', { dyad: 'KOR,CHN', interval: 'week', from: '2025-02-01' });
    expect(response.statusCode).toBe(200);
    expect(response.json).toEqual({
      interval: 'week',
      buckets: [{ period: '2025-03-03', total: 2, byQuad: { '1': 1, '2': 0, '3': 0, '4': 1 }, meanGoldstein: -3 }],
    });
    const queries = ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
    expect(queries.map((q) => q.ExpressionAttributeValues?.[':pk'])).toEqual(['SRC#CHN#2025-03', 'TGT#CHN#2025-03', 'SRC#CHN#2025-02', 'TGT#CHN#2025-02']);
    expect(queries[0]).toMatchObject({ IndexName: 'gsi3', ProjectionExpression: '#d, #q, #gs', Limit: 10_000 });
    expect((await call('GET', '/events/timeline', { limit: '5' })).json.parameter).toBe('limit');
    expect((await call('GET', '/events/timeline', { interval: 'month' })).json.parameter).toBe('interval');
  });

  it('GET /actors/{country}/summary aggregates the actor’s source and target entries', async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });
    ddb
      .on(QueryCommand, { IndexName: 'gsi3', ExpressionAttributeValues: { ':pk': 'SRC#KOR#2025-03' } })
      .resolves({ Items: [{ s: 'KOR', tg: 'CHN', r: '04', q: 1, gs: 2 }] });
    ddb
      .on(QueryCommand, { IndexName: 'gsi4', ExpressionAttributeValues: { ':pk': 'TGT#KOR#2025-03' } })
      .resolves({ Items: [{ s: 'JPN', tg: 'KOR', r: '19', q: 4, gs: -10 }] });
    const response = await call('GET', '/actors/KOR/summary', { from: '2025-01-01' });
    expect(response.statusCode).toBe(200);
    expect(response.json).toMatchObject({
      country: 'KOR',
      from: '2025-01-01',
      asSource: { count: 1, averageGoldstein: 2 },
      asTarget: { count: 1, averageGoldstein: -10 },
      byRoot: { '04': 1, '19': 1 },
      byQuadClass: { '1': 1, '2': 0, '3': 0, '4': 1 },
    });
    expect(response.json.topCounterparts.map((c: { country: string }) => c.country).sort()).toEqual(['CHN', 'JPN']);
    expect((await call('GET', '/actors/korea/summary')).json.parameter).toBe('country');
  });

  it('health, OpenAPI, unknown routes (404) and wrong methods (405)', async () => {
    expect((await call('GET', '/health')).json).toEqual({ status: 'ok' });
    const openapi = await call('GET', '/openapi.json');
    expect(openapi.json.openapi).toBe('3.1.0');
    const unknown = await call('GET', '/nope');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers?.['content-type']).toBe('application/problem+json');
    const post = await call('POST', '/events');
    expect(post.statusCode).toBe(405);
    expect(post.headers?.allow).toBe('GET, HEAD');
    const head = await call('HEAD', '/health');
    expect(head.statusCode).toBe(200);
    expect(head.headers?.['content-type']).toBe('application/json');
    expect(head.body).toBeUndefined();
    expect((await call('DELETE', '/articles/x')).statusCode).toBe(405);
  });

  it('maps a DynamoDB failure to a generic 500 that leaks nothing', async () => {
    const failure = Object.assign(new Error('Requested resource not found: Table: accord-events-secret-internal-name not found'), {
      name: 'ResourceNotFoundException',
    });
    ddb.on(QueryCommand).rejects(failure);
    const response = await call('GET', '/events', { actor: 'KOR' });
    expect(response.statusCode).toBe(500);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
    expect(response.json).toMatchObject({ status: 500, title: 'Internal server error' });
    expect(response.body).not.toMatch(/secret-internal|ResourceNotFound|gsi|at .*\.ts/);
  });

  it('adds CORS headers for configured origins only, and answers preflight', async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });
    const allowed = await call('GET', '/events', undefined, { origin: 'https://app.example' });
    expect(allowed.headers?.['access-control-allow-origin']).toBe('https://app.example');
    const other = await call('GET', '/events', undefined, { origin: 'https://evil.example' });
    expect(other.headers?.['access-control-allow-origin']).toBeUndefined();
    const preflight = await call('OPTIONS', '/events', undefined, { origin: 'https://other.example' });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers?.['access-control-allow-methods']).toContain('GET');
  });
});
