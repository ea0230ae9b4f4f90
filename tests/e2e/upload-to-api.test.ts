import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdFor, type ArticleRecord } from '../../shared/model/article.ts';
import { type DiplomaticEvent } from '../../shared/model/diplomatic-event.ts';
import { eventually, useLocalStack } from '../support/local-stack.ts';

/**
 * The whole local path, as a user drives it: an article uploaded to S3 shows up as events in
 * `GET /events` over HTTP; deleting the object marks the article deleted and its events vanish.
 */
const local = useLocalStack();

const SAMPLE = '2026-03-09_lee-state-visit-beijing.txt';
const KEY = `articles/e2e/${SAMPLE}`;

interface EventPage {
  items: DiplomaticEvent[];
  cursor?: string;
}
interface ArticleWithEvents {
  article: ArticleRecord;
  events: DiplomaticEvent[];
}

async function eventsOf(articleId: string, query: string): Promise<DiplomaticEvent[]> {
  const { status, body } = await local.api<EventPage>(`/events?${query}&limit=100`);
  expect(status).toBe(200);
  return body.items.filter((event) => event.articleId === articleId);
}

describe('upload → S3 notification → ingest → API', () => {
  it('serves the events of an uploaded article, and forgets them when the object is deleted', async () => {
    const articleId = articleIdFor(local.stack.endpoints.bucket, KEY);
    await local.upload(KEY, await readFile(join(import.meta.dirname, '..', '..', 'samples', 'articles', SAMPLE)), 'text/plain');

    // The article record appears once ingest is done; its events are then served by GET /events.
    const stored = await eventually(
      async () => {
        const { status, body } = await local.api<ArticleWithEvents>(`/articles/${articleId}`);
        return status === 200 ? body : undefined;
      },
      30_000,
      'the uploaded article in GET /articles/{id}',
    );
    expect(stored.article).toMatchObject({ status: 'processed', reason: null });
    expect(stored.article.eventCount).toBeGreaterThan(0);
    const events = await eventually(
      async () => {
        const found = await eventsOf(articleId, 'actor=KOR');
        return found.length > 0 ? found : undefined;
      },
      10_000,
      'events of the uploaded article in GET /events',
    );
    const { status, body } = await local.api<ArticleWithEvents>(`/articles/${articleId}`);
    expect(status).toBe(200);
    expect(body.article).toMatchObject({ id: articleId, key: KEY, status: 'processed', reason: null, publishedAt: '2026-03-09' });
    expect(body.article.eventCount).toBe(body.events.length);
    expect(body.events.map((e) => e.id)).toEqual(expect.arrayContaining(events.map((e) => e.id)));

    await local.remove(KEY);
    const deleted = await eventually(
      async () => {
        const { body: current } = await local.api<ArticleWithEvents>(`/articles/${articleId}`);
        return current.article.status === 'deleted' ? current : undefined;
      },
      30_000,
      'the article to be marked deleted',
    );
    expect(deleted.events).toEqual([]);
    expect(deleted.article.eventCount).toBe(0);
    expect(await eventsOf(articleId, 'actor=KOR')).toEqual([]);
    expect(await eventsOf(articleId, 'actor=CHN')).toEqual([]);
  });
});
