import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccordApi, type AccordApi } from '../../../shared/api/accord-api.ts';
import { CursorSigner } from '../../../shared/api/cursor-signer.ts';
import { DynamoEventRepository } from '../../../shared/storage/dynamo-event-repository.ts';
import { apiEvent } from '../../functions/api/api-event.ts';
import { useDynamoDbLocal } from '../../support/dynamodb-local.ts';
import { event, location, processedArticle } from '../storage/event-fixtures.ts';

/**
 * Property: no client input produces a 5xx. Random paths, methods and query strings (valid-looking
 * and hostile values, known and unknown names, mutated cursors) go through the real API and
 * repository against DynamoDB Local, so DynamoDB's own validation is part of what is tested.
 */
const dynamo = useDynamoDbLocal();
let api: AccordApi;
let realCursor: string;
let articleId: string;
let eventId: string;
const unexpected: unknown[] = [];

beforeAll(async () => {
  const { documentClient, tableName } = await dynamo.newTable();
  const repository = new DynamoEventRepository(documentClient, tableName);
  const loc = location('articles/property.txt', '01');
  const events = Array.from({ length: 6 }, (_, n) =>
    event(loc, { n, source: n % 2 ? 'KOR' : 'CHN', target: n % 3 ? 'JPN' : 'KOR', code: n % 2 ? '042' : '190', date: `2025-0${1 + (n % 3)}-1${n}` }),
  );
  await repository.saveProcessed(processedArticle(loc), events);
  articleId = events[0]!.articleId;
  eventId = events[0]!.id;
  api = createAccordApi({
    repository,
    cursors: new CursorSigner('property-test-cursor-key-0123456789'),
    corsOrigins: ['https://app.example'],
    onError: (error) => unexpected.push(error),
  });
  const page = JSON.parse((await api(apiEvent('GET', '/events', { limit: '1' }))).body ?? '{}') as { cursor: string };
  realCursor = page.cursor;
});

const PARAMETER_NAMES = ['actor', 'source', 'target', 'dyad', 'root', 'code', 'quad', 'modality', 'from', 'to', 'limit', 'cursor', 'interval', 'prefix'];

function valueFor(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('KOR', 'CHN', 'kor', 'KOR,CHN', 'CHN,KOR,JPN', '04', '042', '0421', '20', '21', '00', '1', '4', '5', 'asserted', 'planned', 'x'),
    fc.constantFrom('2025-01-01', '2025-02-30', '2025-13-01', '0000-00-00', '9999-12-31', '-1', '0', '100', '101', '1e2', 'NaN', 'Infinity', ''),
    fc.constantFrom('__proto__', 'constructor', '%00', '\u0000', '😀', 'a'.repeat(5000), '{"p":"x"}', 'abc.def'),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constant('CURSOR'),
    fc.constant('MUTATED_CURSOR'),
  );
}

// Often no query at all: routes without parameters reject every name, so those reach their handler only so.
const queryArbitrary = fc.oneof(
  fc.constant({}),
  fc.dictionary(
    fc.oneof(fc.constantFrom(...PARAMETER_NAMES), fc.constantFrom('__proto__', 'constructor', 'toString', 'foo'), fc.string({ maxLength: 10 })),
    valueFor(),
    { maxKeys: 5 },
  ),
);

const pathArbitrary = fc.oneof(
  fc.constantFrom(
    '/events',
    '/articles',
    '/health',
    '/openapi.json',
    '/',
    '',
    '/events/',
    '//events',
    '/EVENTS',
    '/actors',
    '/actors/KOR',
    '/actors/KOR/summary/x',
    '/events/timeline',
  ),
  fc.string({ maxLength: 30 }).map((s) => `/events/${s}`),
  fc.string({ maxLength: 30 }).map((s) => `/articles/${encodeURIComponent(s)}`),
  fc.string({ maxLength: 8 }).map((s) => `/actors/${s}/summary`),
  fc.constantFrom('/events/%E0%A4%A', '/articles/%', '/events/a%2Fb', '/events/EVENT_ID', '/articles/ARTICLE_ID', `/events/${'a'.repeat(300)}`),
  fc.string({ maxLength: 50 }).map((s) => `/${s}`),
);

describe('API property', () => {
  it('random paths, methods and query strings never produce a 5xx', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'),
        pathArbitrary,
        queryArbitrary,
        async (method, rawPath, rawQuery) => {
          const path = rawPath.replace('EVENT_ID', eventId).replace('ARTICLE_ID', articleId);
          const query = Object.fromEntries(
            Object.entries(rawQuery).map(([k, v]) => [
              k,
              v === 'CURSOR' ? realCursor : v === 'MUTATED_CURSOR' ? `${realCursor.slice(0, 10)}x${realCursor.slice(11)}` : v,
            ]),
          );
          const response = await api(apiEvent(method, path, query, { origin: 'https://app.example' }));
          statuses.set(response.statusCode ?? 200, (statuses.get(response.statusCode ?? 200) ?? 0) + 1);
          expect(response.statusCode).toBeLessThan(500);
          if (response.body) JSON.parse(response.body);
          if (method === 'HEAD') expect(response.body).toBeUndefined();
          else if ((response.statusCode ?? 200) >= 400) {
            expect(response.headers?.['content-type']).toBe('application/problem+json');
            expect(response.body).not.toMatch(/gsi\d|ART#|Exception|\.ts:/);
          }
        },
      ),
      // A fixed seed keeps the coverage checks below deterministic; FC_SEED explores other inputs.
      { numRuns: 400, seed: Number(process.env.FC_SEED ?? 20261129) },
    );
    expect(unexpected).toEqual([]);
    // The inputs reach the repository too, not only the validators.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(10);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(10);
  });
});
