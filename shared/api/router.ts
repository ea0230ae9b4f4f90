import { methodNotAllowed, notFound } from './problem.ts';

/**
 * A small path router: `/events/{id}` style patterns, exact segments otherwise. It tells 404
 * (no such path) from 405 (path exists, method does not) and hands decoded path parameters on.
 * Every GET route answers HEAD too (the API drops the body), so 405 names both in `Allow`.
 */
export interface Route<C> {
  method: 'GET';
  /** OpenAPI-style pattern, e.g. `/actors/{country}/summary`. */
  path: string;
  handle(context: C, params: Record<string, string>): Promise<RouteResult>;
}

export interface RouteResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface RouteMatch<R> {
  route: R;
  params: Record<string, string>;
}

export function matchRoute<C, R extends Route<C>>(routes: readonly R[], method: string, rawPath: string): RouteMatch<R> {
  const segments = splitPath(rawPath);
  if (segments === null) throw notFound('No resource at this path.');
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPattern(route.path, segments);
    if (params === null) continue;
    if (route.method === method) return { route, params };
    allowed.push(route.method, 'HEAD');
  }
  if (allowed.length > 0) throw methodNotAllowed(method, [...new Set(allowed)]);
  throw notFound('No resource at this path.');
}

/** Decoded segments; a trailing slash is tolerated; undecodable escapes name no resource. */
function splitPath(rawPath: string): string[] | null {
  const trimmed = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
  if (!trimmed.startsWith('/')) return null;
  const parts = trimmed.slice(1).split('/');
  try {
    return parts.map((part) => decodeURIComponent(part));
  } catch {
    return null;
  }
}

function matchPattern(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const expected = pattern.slice(1).split('/');
  if (expected.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < expected.length; i++) {
    const part = expected[i]!;
    const actual = segments[i]!;
    if (part.startsWith('{') && part.endsWith('}')) {
      if (actual === '') return null;
      params[part.slice(1, -1)] = actual;
    } else if (part !== actual) {
      return null;
    }
  }
  return params;
}
