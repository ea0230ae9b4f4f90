/**
 * The API, from the page's own origin: the local stack serves the page beside the API, and
 * `accord explore` forwards these calls to a deployed stage, signing them. The page never holds
 * credentials of any kind.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Query = Record<string, string | undefined> | URLSearchParams;

export function apiPath(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  const entries = query instanceof URLSearchParams ? [...query] : Object.entries(query);
  for (const [name, value] of entries) if (value !== undefined && value !== '') params.set(name, value);
  const text = params.toString();
  return `${path}${text ? `?${text}` : ''}`;
}

export async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch(apiPath(path, query), { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  const text = await response.text();
  if (!response.ok) throw new ApiError(response.status, problemText(response.status, text));
  return JSON.parse(text) as T;
}

/** For routes an older API may not have: null when the route answers 404. */
export async function getIfAvailable<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T | null> {
  try {
    return await getJson<T>(path, query, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** RFC 9457 problem details name the parameter; anything else is summarised. */
function problemText(status: number, body: string): string {
  try {
    const problem = JSON.parse(body) as { title?: string; detail?: string; message?: string };
    const title = problem.title ?? problem.message;
    if (title) return problem.detail ? `${title}: ${problem.detail}` : title;
  } catch {
    // not JSON: a proxy's page or API Gateway's own error
  }
  return `HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
