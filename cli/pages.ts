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
export async function* fetchPages<T>(client: ApiClient, path: string, query: Query, collection: 'events' | 'articles', all: boolean): AsyncGenerator<Page<T>> {
  let cursor = typeof query.cursor === 'string' ? query.cursor : undefined;
  do {
    const page = pageOf<T>(await client.get(path, { ...query, cursor }), collection);
    yield page;
    cursor = page.cursor ?? undefined;
  } while (all && cursor !== undefined);
}

/**
 * Prints a listing: with `json`, one JSON line per item as pages arrive; otherwise the items of every
 * page, formatted once by `table`. Then where to continue, when more pages follow.
 */
export async function printListing<T>(pages: AsyncIterable<Page<T>>, json: boolean, table: (items: T[]) => string): Promise<void> {
  const shown: T[] = [];
  let next: string | null = null;
  for await (const page of pages) {
    if (json) for (const item of page.items) process.stdout.write(`${JSON.stringify(item)}\n`);
    else shown.push(...page.items);
    next = page.cursor;
  }
  if (json) {
    // stdout stays pure JSON lines; the cursor goes to stderr for scripts that page by hand.
    if (next) process.stderr.write(`next cursor: ${next}\n`);
    return;
  }
  process.stdout.write(table(shown));
  if (next) process.stdout.write(`more: add --cursor ${next} (or --all)\n`);
}
