import { describe, expect, it } from 'vitest';
import { ApiProblem, ApiUnreachable, apiUrl, createApiClient, problemOf } from '../../cli/api-client.ts';
import { fetchPages, pageOf } from '../../cli/pages.ts';
import { awsTarget as target } from './fixtures.ts';

/** A fetch that records requests and answers from a function. */
function fakeFetch(answer: (url: URL) => Response) {
  const requests: { url: URL; headers: Record<string, string> }[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    requests.push({ url, headers: init?.headers as Record<string, string> });
    return answer(url);
  }) as typeof fetch;
  return { fetchImpl, requests };
}

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('apiUrl', () => {
  it('joins base, route and the non-empty query parameters', () => {
    expect(apiUrl('https://x.org/', 'events', { actor: 'KOR', limit: 10, to: undefined, from: '' }).href).toBe('https://x.org/events?actor=KOR&limit=10');
    expect(apiUrl('https://x.org/prod', '/events').href).toBe('https://x.org/prod/events');
  });
});

describe('createApiClient', () => {
  it('signs requests to deployed stages with SigV4 for execute-api', async () => {
    const { fetchImpl, requests } = fakeFetch(() => json({ items: [] }));
    await createApiClient(target(), fetchImpl).get('events', { dyad: 'KOR,CHN' });
    expect(requests[0]!.url.href).toBe('https://abc.execute-api.eu-west-1.amazonaws.com/events?dyad=KOR%2CCHN');
    expect(requests[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/execute-api\/aws4_request, /);
  });

  it('does not sign requests to the local stack', async () => {
    const { fetchImpl, requests } = fakeFetch(() => json({ items: [] }));
    await createApiClient(target({ kind: 'local', signApiRequests: false, apiUrl: 'http://127.0.0.1:3000' }), fetchImpl).get('events');
    expect(requests[0]!.headers.authorization).toBeUndefined();
  });

  it('turns problem+json errors into ApiProblem with title and detail', async () => {
    const { fetchImpl } = fakeFetch(() =>
      json(
        { type: 'about:blank', title: 'Invalid query parameter', status: 400, detail: 'dyad must be two actor codes, e.g. KOR,CHN' },
        400,
        'application/problem+json',
      ),
    );
    const error = await createApiClient(target(), fetchImpl)
      .get('events', { dyad: 'KOR' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).message).toBe('Invalid query parameter: dyad must be two actor codes, e.g. KOR,CHN');
    expect((error as ApiProblem).status).toBe(400);
  });

  it('explains an unreachable local stack', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    }) as typeof fetch;
    const error = await createApiClient(target({ kind: 'local', signApiRequests: false, apiUrl: 'http://127.0.0.1:3000' }), fetchImpl)
      .get('events')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiUnreachable);
    expect((error as Error).message).toBe(
      'cannot reach the API at http://127.0.0.1:3000: is the local stack running? start it with `npm start` (ECONNREFUSED)',
    );
  });
});

describe('problemOf', () => {
  it('summarises non-problem bodies, with a hint on 403', () => {
    expect(problemOf(403, 'Forbidden', '{"message":"Forbidden"}').message).toBe('Forbidden');
    expect(problemOf(403, 'Forbidden', '<html>denied</html>').message).toMatch(/^HTTP 403 Forbidden \(check your AWS credentials.*\): <html>denied<\/html>$/);
    expect(problemOf(502, 'Bad Gateway', '').message).toBe('HTTP 502 Bad Gateway');
  });
});

describe('pages', () => {
  it('reads { items, cursor } and tolerates events/nextCursor', () => {
    expect(pageOf({ items: [1], cursor: 'c' }, 'events')).toEqual({ items: [1], cursor: 'c' });
    expect(pageOf({ events: [2], nextCursor: 'd' }, 'events')).toEqual({ items: [2], cursor: 'd' });
    expect(pageOf({ items: [] }, 'events')).toEqual({ items: [], cursor: null });
    expect(() => pageOf({ nothing: true }, 'articles')).toThrow(/no list of articles/);
  });

  it('follows cursors to the last page only with --all', async () => {
    const { fetchImpl, requests } = fakeFetch((url) => {
      const cursor = url.searchParams.get('cursor');
      return json(cursor === null ? { items: [1, 2], cursor: 'p2' } : cursor === 'p2' ? { items: [3], cursor: 'p3' } : { items: [4] });
    });
    const client = createApiClient(target(), fetchImpl);
    const all: number[] = [];
    for await (const page of fetchPages<number>(client, 'events', { actor: 'KOR' }, 'events', true)) all.push(...page.items);
    expect(all).toEqual([1, 2, 3, 4]);
    expect(requests.map((r) => r.url.search)).toEqual(['?actor=KOR', '?actor=KOR&cursor=p2', '?actor=KOR&cursor=p3']);

    const first: number[] = [];
    for await (const page of fetchPages<number>(client, 'events', {}, 'events', false)) first.push(...page.items);
    expect(first).toEqual([1, 2]);
  });
});
