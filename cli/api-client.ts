import { signApiRequest } from './sigv4.ts';
import type { Target } from './target.ts';
import { requireApiUrl } from './target.ts';

/**
 * An error response of the API. The API answers errors with RFC 9457 problem details
 * (`application/problem+json`: type, title, status, detail); other bodies are summarised.
 */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | null,
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }
}

/** The API cannot be reached at all (connection refused, DNS, timeout). */
export class ApiUnreachable extends Error {
  override readonly name = 'ApiUnreachable';
}

export type Query = Record<string, string | number | undefined>;

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
}

export function createApiClient(target: Target, fetchImpl: typeof fetch = fetch): ApiClient {
  const base = requireApiUrl(target);
  return {
    async get<T>(path: string, query: Query = {}): Promise<T> {
      const url = apiUrl(base, path, query);
      const headers: Record<string, string> = { accept: 'application/json' };
      const sent = target.signApiRequests
        ? await signApiRequest({ method: 'GET', url, headers }, { credentials: target.credentials, region: target.region })
        : headers;
      let response: Response;
      try {
        response = await fetchImpl(url, { method: 'GET', headers: sent, signal: AbortSignal.timeout(30_000) });
      } catch (error) {
        const hint = target.kind === 'local' ? ': is the local stack running? start it with `npm start`' : '';
        throw new ApiUnreachable(`cannot reach the API at ${url.origin}${hint} (${causeOf(error)})`);
      }
      const text = await response.text();
      if (!response.ok) throw problemOf(response.status, response.statusText, text);
      try {
        return JSON.parse(text) as T;
      } catch {
        throw new ApiProblem(response.status, 'The API returned a response that is not JSON', text.slice(0, 200) || null);
      }
    },
  };
}

/** Base URL (with or without a stage path and trailing slash) + route + non-empty query parameters. */
export function apiUrl(base: string, path: string, query: Query = {}): URL {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url;
}

export function problemOf(status: number, statusText: string, body: string): ApiProblem {
  try {
    const problem = JSON.parse(body) as { title?: unknown; detail?: unknown; message?: unknown };
    const title = typeof problem.title === 'string' ? problem.title : typeof problem.message === 'string' ? problem.message : null;
    if (title !== null) return new ApiProblem(status, title, typeof problem.detail === 'string' ? problem.detail : null);
  } catch {
    // Not JSON: API Gateway's own errors or a proxy's HTML page; summarised below.
  }
  const hint = status === 403 ? ' (check your AWS credentials and that they may invoke this API)' : '';
  return new ApiProblem(status, `HTTP ${status} ${statusText}`.trim() + hint, body.trim().slice(0, 200) || null);
}

function causeOf(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
