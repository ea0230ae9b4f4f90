import type { ApiClient, Query } from './api-client.ts';

export interface Page<T> {
  items: T[];
  cursor: string | null;
}

/**
 * A list response as a page. The API returns `{ items, cursor }`; `events`/`articles` and
 * `nextCursor` are accepted too so the CLI does not break on a renamed field.
 */
export function pageOf<T>(body: unknown, collection: 'events' | 'articles'): Page<T> {
  const record = (body ?? {}) as Record<string, unknown>;
  const items = [record.items, record[collection], record.data].find(Array.isArray) as T[] | undefined;
  if (items === undefined) throw new Error(`the API response has no list of ${collection}`);
  const cursor = [record.cursor, record.nextCursor].find((c) => typeof c === 'string' && c.length > 0) as string | undefined;
  return { items, cursor: cursor ?? null };
}

/** Yields pages, following cursors when `all` is set. */
export async function* fetchPages<T>(
  client: ApiClient,
  path: string,
  query: Query,
  collection: 'events' | 'articles',
  all: boolean,
): AsyncGenerator<Page<T>> {
  let cursor = typeof query.cursor === 'string' ? query.cursor : undefined;
  do {
    const page = pageOf<T>(await client.get(path, { ...query, cursor }), collection);
    yield page;
    cursor = page.cursor ?? undefined;
  } while (all && cursor !== undefined);
}
