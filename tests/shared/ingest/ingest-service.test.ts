import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { IngestService } from '../../../shared/ingest/ingest-service.ts';
import { ExtractionBudgetExceededError } from '../../../shared/extractor/extraction-budget.ts';
import { articleIdFor } from '../../../shared/model/article.ts';
import { FakeObjectStore, notificationBody, RecordingRepository, sampleEvent, StubExtractor } from './fakes.ts';

const BUCKET = 'accord-articles-test';
const ARTICLE =
  'France and Germany agreed on Friday to deepen their defence cooperation, the two governments said ' +
  'after a meeting in Paris. The ministers also discussed the situation in the region and said that ' +
  'they would meet again before the end of the year.';

let store: FakeObjectStore;
let repository: RecordingRepository;
let extractor: StubExtractor;
let service: IngestService;

const created = (key: string, eTag = 'etag-1', size = ARTICLE.length) =>
  notificationBody('ObjectCreated:Put', key, { eTag, size, sequencer: '0000000000000000A1' }, BUCKET);

beforeEach(() => {
  store = new FakeObjectStore();
  repository = new RecordingRepository();
  extractor = new StubExtractor((articleId) => ({ events: [sampleEvent(articleId, 1), sampleEvent(articleId, 2)] }));
  service = new IngestService(store, repository, extractor, { maxArticleBytes: 1000, articlePrefix: 'articles/' });
});

describe('IngestService', () => {
  it('stores the extracted events of a created article, keyed on the notified version', async () => {
    store.put('articles/summit.txt', ARTICLE, 'etag-1');
    const [outcome] = await service.ingestMessage(created('articles/summit.txt'));

    const articleId = articleIdFor(BUCKET, 'articles/summit.txt');
    expect(outcome).toMatchObject({ status: 'processed', write: 'written', eventCount: 2, articleId, reason: null });
    expect(outcome?.extractionMs).toBeGreaterThanOrEqual(0);
    expect(repository.calls).toHaveLength(1);
    const call = repository.calls[0];
    if (call?.method !== 'saveProcessed') throw new Error(`expected saveProcessed, got ${call?.method}`);
    expect(call.article).toMatchObject({
      location: { bucket: BUCKET, key: 'articles/summit.txt', etag: 'etag-1', sequencer: '0000000000000000A1', versionId: null },
      extractor: 'stub/1.0.0',
      contentHash: createHash('sha256').update(ARTICLE).digest('hex'),
    });
    expect(call.events.map((e) => e.id)).toEqual([`${articleId}-e1`, `${articleId}-e2`]);
  });

  it('stores the byline and site name of an HTML page with the article, and nothing for a text file', async () => {
    const page =
      '<html lang="en"><head><title>Defence pact | Meridian Times</title><meta property="og:site_name" content="Meridian Times"><meta name="author" content="Amina Diallo"></head>' +
      `<body><nav><a href="/">Home</a></nav><article><h1>Defence pact</h1><p>${ARTICLE}</p></article></body></html>`;
    service = new IngestService(store, repository, extractor, { maxArticleBytes: 100_000, articlePrefix: 'articles/' });
    store.put('articles/pact.html', page, 'etag-1');
    store.put('articles/summit.txt', ARTICLE, 'etag-1');
    await service.ingestMessage(created('articles/pact.html', 'etag-1', page.length));
    await service.ingestMessage(created('articles/summit.txt'));
    const [html, text] = repository.calls;
    if (html?.method !== 'saveProcessed' || text?.method !== 'saveProcessed') throw new Error('expected two saveProcessed calls');
    expect(html.article).toMatchObject({ title: 'Defence pact', byline: 'Amina Diallo', siteName: 'Meridian Times' });
    expect(text.article).not.toHaveProperty('byline');
    expect(text.article).not.toHaveProperty('siteName');
  });

  it('keeps the reason when the extractor finds nothing for a reason', async () => {
    extractor = new StubExtractor(() => ({ events: [], skippedReason: 'no diplomatic events found' }));
    service = new IngestService(store, repository, extractor, { maxArticleBytes: 1000, articlePrefix: 'articles/' });
    store.put('articles/quiet.txt', ARTICLE, 'etag-1');
    const [outcome] = await service.ingestMessage(created('articles/quiet.txt'));
    expect(outcome).toMatchObject({ status: 'processed', eventCount: 0, reason: 'no diplomatic events found' });
    const [call] = repository.calls;
    expect(call?.method === 'saveProcessed' && call.article.reason).toBe('no diplomatic events found');
  });

  it('records an article that exhausts the extraction budget as failed (too-complex), without retrying it', async () => {
    const tooComplex = new ExtractionBudgetExceededError('too-complex: the article needs more than 10 units of extraction work (stopped at sentence 1)');
    const overBudget = { version: 'stub/1.0.0', extract: async () => Promise.reject(tooComplex) };
    service = new IngestService(store, repository, overBudget, { maxArticleBytes: 1000, articlePrefix: 'articles/' });
    store.put('articles/dense.txt', ARTICLE, 'etag-1');
    const [outcome] = await service.ingestMessage(created('articles/dense.txt'));
    expect(outcome).toMatchObject({ status: 'failed', write: 'written', reason: tooComplex.reason });
    expect(repository.calls).toEqual([expect.objectContaining({ method: 'saveFailed', reason: expect.stringMatching(/^too-complex/) })]);
  });

  it('records a key outside the article prefix as failed without reading it', async () => {
    store.put('uploads/summit.txt', ARTICLE, 'etag-1');
    const [outcome] = await service.ingestMessage(created('uploads/summit.txt'));
    expect(outcome?.status).toBe('failed');
    expect(outcome?.reason).toMatch(/articles\//);
    expect(repository.calls).toEqual([expect.objectContaining({ method: 'saveFailed', reason: outcome?.reason })]);
    expect(store.gets).toEqual([]);
  });

  it('rejects an oversized object from its HEAD, before downloading it', async () => {
    store.put('articles/huge.txt', 'x'.repeat(1001), 'etag-1');
    const [outcome] = await service.ingestMessage(created('articles/huge.txt'));
    expect(outcome?.status).toBe('failed');
    expect(outcome?.reason).toMatch(/limit/);
    expect(store.gets).toEqual([]);
  });

  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['binary', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), /binary/],
    ['invalid UTF-8', Uint8Array.from([0x41, 0x42, 0xc3, 0x28, 0x43]), /UTF-8/],
  ])('records %s content as failed with a reason', async (_kind, body, reason) => {
    store.put('articles/bad.txt', body, 'etag-1');
    const [outcome] = await service.ingestMessage(created('articles/bad.txt', 'etag-1', body.length));
    expect(outcome?.status).toBe('failed');
    expect(outcome?.reason).toMatch(reason);
    expect(repository.calls[0]).toMatchObject({ method: 'saveFailed', location: { key: 'articles/bad.txt', etag: 'etag-1' } });
    expect(extractor.seen).toEqual([]);
  });

  it('records malformed JSON and non-English text as failed', async () => {
    store.put('articles/broken.json', '{"title": "Summit", "body": ', 'etag-1');
    store.put(
      'articles/fr.txt',
      'La France et l’Allemagne ont convenu vendredi de renforcer leur coopération en matière de défense, ont déclaré les deux gouvernements.',
      'etag-2',
    );
    const [json] = await service.ingestMessage(created('articles/broken.json'));
    const [french] = await service.ingestMessage(created('articles/fr.txt', 'etag-2'));
    expect(json?.status).toBe('failed');
    expect(french).toMatchObject({ status: 'failed', reason: expect.stringMatching(/English/) });
  });

  it('treats a version that is no longer the object as superseded and writes nothing', async () => {
    store.put('articles/summit.txt', ARTICLE, 'etag-2');
    const [overwritten] = await service.ingestMessage(created('articles/summit.txt', 'etag-1'));
    const [gone] = await service.ingestMessage(created('articles/deleted-since.txt'));
    expect(overwritten?.status).toBe('superseded');
    expect(gone?.status).toBe('superseded');
    expect(repository.calls).toEqual([]);
  });

  it('marks a removed object deleted', async () => {
    const [outcome] = await service.ingestMessage(notificationBody('ObjectRemoved:Delete', 'articles/summit.txt', {}, BUCKET));
    expect(outcome).toMatchObject({ status: 'deleted', write: 'written' });
    expect(repository.calls).toEqual([
      {
        method: 'saveDeleted',
        location: { bucket: BUCKET, key: 'articles/summit.txt', versionId: null, etag: null, sequencer: '0055AED6DCD90281E5' },
      },
    ]);
  });

  it('passes the repository verdict on duplicates and stale notifications through', async () => {
    store.put('articles/summit.txt', ARTICLE, 'etag-1');
    repository.outcome = 'duplicate';
    const [outcome] = await service.ingestMessage(created('articles/summit.txt'));
    expect(outcome).toMatchObject({ status: 'processed', write: 'duplicate' });
  });

  it('throws transient storage faults so that the record is retried', async () => {
    store.put('articles/summit.txt', ARTICLE, 'etag-1');
    store.failWith = Object.assign(new Error('Slow Down'), { name: 'SlowDown', $metadata: { httpStatusCode: 503 } });
    await expect(service.ingestMessage(created('articles/summit.txt'))).rejects.toMatchObject({ name: 'SlowDown' });
    expect(repository.calls).toEqual([]);
  });

  it('records the article failed at once when the database refuses it for what it contains', async () => {
    store.put('articles/summit.txt', ARTICLE, 'etag-1');
    const refused = Object.assign(new Error('Item size has exceeded the maximum allowed size'), {
      name: 'ValidationException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
    });
    const refusing = new (class extends RecordingRepository {
      override async saveProcessed(): Promise<never> {
        throw refused;
      }
    })();
    service = new IngestService(store, refusing, extractor, { maxArticleBytes: 1000, articlePrefix: 'articles/' });
    const [outcome] = await service.ingestMessage(created('articles/summit.txt'));
    expect(outcome).toMatchObject({ status: 'failed', write: 'written' });
    expect(outcome?.reason).toMatch(/refused.*ValidationException: Item size has exceeded.*not retried/);
    expect(refusing.calls).toEqual([expect.objectContaining({ method: 'saveFailed', reason: outcome?.reason })]);
  });

  it('still throws an unexpected failure for retry', async () => {
    store.put('articles/summit.txt', ARTICLE, 'etag-1');
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
    const denying = new (class extends RecordingRepository {
      override async saveProcessed(): Promise<never> {
        throw denied;
      }
    })();
    service = new IngestService(store, denying, extractor, { maxArticleBytes: 1000, articlePrefix: 'articles/' });
    await expect(service.ingestMessage(created('articles/summit.txt'))).rejects.toBe(denied);
    expect(denying.calls).toEqual([]);
  });

  it('hands the parser’s and the extractor’s notes to the repository', async () => {
    extractor = new StubExtractor((articleId) => ({ events: [sampleEvent(articleId)], notes: ['coder note'] }));
    service = new IngestService(store, repository, extractor, { maxArticleBytes: 1000, articlePrefix: 'articles/' });
    store.put('articles/summit.txt', ARTICLE, 'etag-1');
    await service.ingestMessage(created('articles/summit.txt'));
    const [call] = repository.calls;
    expect(call?.method === 'saveProcessed' && call.article.notes).toEqual(['coder note']);
  });

  it('ignores the S3 test event', async () => {
    expect(await service.ingestMessage(JSON.stringify({ Event: 's3:TestEvent', Service: 'Amazon S3' }))).toEqual([]);
  });
});
