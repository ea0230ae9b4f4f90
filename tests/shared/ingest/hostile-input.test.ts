import { describe, expect, it } from 'vitest';
import { IngestService } from '../../../shared/ingest/ingest-service.ts';
import { MAX_ARTICLE_BYTES_DEFAULT } from '../../../shared/article/index.ts';
import { createDefaultExtractor } from '../../../shared/extractor/default-extractor.ts';
import type { Extractor } from '../../../shared/extractor/extractor.ts';
import { articleIdFor } from '../../../shared/model/article.ts';
import { DiplomaticEventSchema } from '../../../shared/model/diplomatic-event.ts';
import { DynamoEventRepository } from '../../../shared/storage/dynamo-event-repository.ts';
import { useDynamoDbLocal } from '../../support/dynamodb-local.ts';
import { FakeObjectStore, notificationBody, sampleEvent, StubExtractor } from './fakes.ts';

/**
 * Issue "Hostile input", limits: articles that used to fail every DynamoDB write (and so were
 * retried for half an hour into the DLQ, with no article record) end in a known state at the
 * first try, through the real parser and a real table.
 */
const dynamo = useDynamoDbLocal();
const BUCKET = 'accord-articles-test';
const TREATY = 'France and Germany signed a defence treaty in Paris on Friday, the two governments said.';

async function ingest(key: string, body: string, extractor: Extractor, metadata?: Record<string, string>) {
  const { documentClient, tableName } = await dynamo.newTable();
  const repository = new DynamoEventRepository(documentClient, tableName, { calendarTtlMs: 0 });
  const store = new FakeObjectStore();
  store.put(key, body, 'etag-1', undefined, metadata);
  const service = new IngestService(store, repository, extractor, { maxArticleBytes: MAX_ARTICLE_BYTES_DEFAULT, articlePrefix: 'articles/' });
  const [outcome] = await service.ingestMessage(notificationBody('ObjectCreated:Put', key, { eTag: 'etag-1', size: body.length }, BUCKET));
  const articleId = articleIdFor(BUCKET, key);
  return { outcome, record: await repository.getArticle(articleId), events: await repository.eventsOfArticle(articleId) };
}

describe('ingest of hostile input into DynamoDB Local', () => {
  it('stores a JSON article with a 500 KB title, the title cut with a note', async () => {
    const body = JSON.stringify({ title: 'Treaty '.repeat(75_000), url: `https://news.example/${'p'.repeat(500_000)}`, body: TREATY });
    const { outcome, record, events } = await ingest('articles/giant-title.json', body, createDefaultExtractor());
    expect(outcome).toMatchObject({ status: 'processed', write: 'written' });
    expect(record?.title).toHaveLength(1_000);
    expect(record?.url).toHaveLength(2_048);
    expect(record?.notes).toEqual(['title truncated to 1,000 characters (was 524,999)', 'URL truncated to 2,048 characters (was 500,021)']);
    expect(events.length).toBeGreaterThan(0);
  });

  it('stores the event of a 1 MB single-sentence article, its evidence cut', async () => {
    let sentence = 'France and Germany signed a defence treaty in Paris on Friday';
    while (sentence.length < 1_000_000) sentence += ', and the ministers of both countries praised the talks';
    sentence += '.';
    // The coder takes the whole line as the evidence sentence (and minutes to do so): stand in for it.
    const coder = new StubExtractor((articleId) => {
      const event = sampleEvent(articleId);
      return { events: [{ ...event, evidence: { ...event.evidence, sentence, end: sentence.length } }] };
    });
    const { outcome, record, events } = await ingest('articles/one-line.txt', sentence, coder);
    expect(outcome).toMatchObject({ status: 'processed', write: 'written', eventCount: 1 });
    // parsing notes the run-on paragraph it split; storage notes the evidence it cut
    expect(record?.notes).toContain('evidence sentence of 1 event truncated to 2,000 characters');
    expect(record?.notes.some((n) => n.startsWith('Paragraph 1 (1,000,017 characters'))).toBe(true);
    expect(events[0]?.evidence).toMatchObject({ start: 0, end: sentence.length });
    expect(events[0]?.evidence.sentence).toHaveLength(2_000);
  });

  it('records an article the database refuses as failed at the first try, with the reason', async () => {
    // A sort key over DynamoDB's 1,024 bytes: refused with a ValidationException on every try.
    const coder = new StubExtractor((articleId) => ({ events: [{ ...sampleEvent(articleId), id: `${articleId}-${'e'.repeat(1_100)}` }] }));
    const { outcome, record, events } = await ingest('articles/refused.txt', TREATY, coder);
    expect(outcome).toMatchObject({ status: 'failed', write: 'written' });
    expect(record).toMatchObject({ status: 'failed', eventCount: 0, reason: outcome?.reason });
    // DynamoDB cancels the transaction and names the refused item's reason.
    expect(record?.reason).toMatch(/^The database refused to store this article \(ValidationError: .*1024 bytes.*\); retrying the same file cannot succeed/);
    expect(events).toEqual([]);
  });

  it('records events the data model rejects as failed, not retried', async () => {
    const coder = new StubExtractor((articleId) => ({ events: [{ ...sampleEvent(articleId), date: '10000' }] }));
    const { outcome, record } = await ingest('articles/bad-event.txt', TREATY, coder);
    expect(outcome?.status).toBe('failed');
    expect(record?.reason).toMatch(/^The extractor produced an event the data model rejects \(UnstorableEventError: .*date/);
  });

  it('stores an article dated "May 5, 10000" under its upload date', async () => {
    const body = JSON.stringify({ title: 'Treaty', publishedAt: 'May 5, 10000', body: TREATY });
    const { outcome, record } = await ingest('articles/far-future.json', body, createDefaultExtractor());
    expect(outcome).toMatchObject({ status: 'processed', write: 'written' });
    expect(record?.publishedAt).toBe('2026-05-01');
  });

  it('stores "next year" in an article published 9999-12-31 (S3 metadata) without an event date past 9999', async () => {
    const body = 'France and Germany will sign a defence treaty next year, the two governments said in Paris.';
    const { outcome, record, events } = await ingest('articles/last-day.txt', body, createDefaultExtractor(), { published: '9999-12-31' });
    expect(outcome).toMatchObject({ status: 'processed', write: 'written' });
    expect(record?.publishedAt).toBe('9999-12-31');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(DiplomaticEventSchema.parse(event).date).toBeNull();
  });
});
