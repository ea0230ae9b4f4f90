import { beforeEach, describe, expect, it } from 'vitest';
import { createDefaultExtractor } from '../../../shared/extractor/default-extractor.ts';
import { DICTIONARY_KEY } from '../../../shared/dictionary/dictionary-key.ts';
import { IngestService } from '../../../shared/ingest/ingest-service.ts';
import { StoredDictionaryExtractor, type DictionaryLog } from '../../../shared/ingest/stored-dictionary-extractor.ts';
import { decideWrite, outcomeFingerprint } from '../../../shared/storage/write-order.ts';
import { FakeObjectStore, notificationBody, RecordingRepository } from './fakes.ts';

/** The ingest reads the analysts' dictionary from the bucket, caches it per ETag, and never fails an article over it. */
const BUCKET = 'accord-articles-test';
const ARTICLE = 'Hamas condemned Israel on Monday over the strikes, a spokesman said in a statement.';
const DICTIONARY = JSON.stringify({ actors: [{ name: 'Hamas', type: 'organisation', country: 'PSE', role: 'GOV' }] });

class CountingStore extends FakeObjectStore {
  heads = 0;
  override async head(ref: Parameters<FakeObjectStore['head']>[0]) {
    if (ref.key === DICTIONARY_KEY) this.heads++;
    return super.head(ref);
  }
}

interface Logged {
  level: 'info' | 'warn' | 'error';
  message: string;
  details?: Record<string, unknown>;
}

let store: CountingStore;
let logged: Logged[];
let clock: number;
let extractor: StoredDictionaryExtractor;

const log: DictionaryLog = {
  info: (message, details) => logged.push({ level: 'info', message, ...(details ? { details } : {}) }),
  warn: (message, details) => logged.push({ level: 'warn', message, ...(details ? { details } : {}) }),
  error: (message, details) => logged.push({ level: 'error', message, ...(details ? { details } : {}) }),
};
const article = {
  id: 'a1',
  title: null,
  body: ARTICLE,
  url: null,
  source: null,
  publishedAt: '2026-03-02',
  publishedFrom: 'content' as const,
  format: 'txt' as const,
};
const roleOfHamas = async () => (await extractor.extract(article)).events[0]?.source.role;
const dictionaryGets = () => store.gets.filter((key) => key === DICTIONARY_KEY).length;

beforeEach(() => {
  store = new CountingStore();
  logged = [];
  clock = 0;
  extractor = new StoredDictionaryExtractor(store, {
    bucket: BUCKET,
    key: DICTIONARY_KEY,
    build: (dictionary) => createDefaultExtractor(dictionary ? { dictionary } : {}),
    log,
    now: () => clock,
  });
});

describe('StoredDictionaryExtractor', () => {
  it('codes with the built-ins when the bucket has no dictionary', async () => {
    expect(await roleOfHamas()).toBe('REB');
    expect((await extractor.extract(article)).version).toBe('rules/1.24.0');
    expect(logged.filter((l) => l.level !== 'info')).toEqual([]);
  });

  it('reads the dictionary object and stamps its version on the result', async () => {
    store.put(DICTIONARY_KEY, DICTIONARY, 'd1');
    await extractor.refresh();
    expect(await roleOfHamas()).toBe('GOV');
    expect(extractor.dictionaryVersion).toMatch(/^dict\/sha256:/);
    expect((await extractor.extract(article)).version).toMatch(/^rules\/1\.24\.0\+dict\.[0-9a-f]{12}$/);
  });

  it('costs one HEAD per refresh and reads the object only when its ETag changes', async () => {
    store.put(DICTIONARY_KEY, DICTIONARY, 'd1');
    await Promise.all([extractor.refresh(), extractor.refresh(), extractor.refresh()]);
    await extractor.refresh();
    expect(store.heads).toBe(2);
    expect(dictionaryGets()).toBe(1);
    // articles between refreshes: no request at all while the check is fresh
    for (let i = 0; i < 5; i++) await extractor.extract(article);
    expect(store.heads).toBe(2);

    store.put(DICTIONARY_KEY, JSON.stringify({ actors: [] }), 'd2');
    await extractor.refresh();
    expect(dictionaryGets()).toBe(2);
    expect(await roleOfHamas()).toBe('REB');
  });

  it('checks again by itself once the last check is older than maxAgeMs', async () => {
    await extractor.extract(article);
    store.put(DICTIONARY_KEY, DICTIONARY, 'd1');
    clock = 59_000;
    expect(await roleOfHamas()).toBe('REB');
    clock = 60_000;
    expect(await roleOfHamas()).toBe('GOV');
  });

  it('goes back to the built-ins when the object is deleted', async () => {
    store.put(DICTIONARY_KEY, DICTIONARY, 'd1');
    await extractor.refresh();
    store.objects.delete(DICTIONARY_KEY);
    await extractor.refresh();
    expect(await roleOfHamas()).toBe('REB');
  });

  it('logs bad entries once per object version and applies the rest', async () => {
    store.put(
      DICTIONARY_KEY,
      `{"actors": [\n  {"name": "Hamas", "type": "organisation", "country": "PSE", "role": "GOV"},\n  {"name": "X", "country": "QQQ", "role": "GOV"}\n]}`,
      'd1',
    );
    await extractor.refresh();
    await extractor.refresh();
    expect(await roleOfHamas()).toBe('GOV');
    const warnings = logged.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.details?.problems).toEqual([expect.stringMatching(new RegExp(`^${DICTIONARY_KEY}:3: actors\\[1\\] \\("X"\\): country`))]);
  });

  it('ignores a dictionary that is not JSON at all (logged once), coding with the built-ins', async () => {
    store.put(DICTIONARY_KEY, '{"actors": [ {"name": "Hamas",', 'd1');
    await extractor.refresh();
    await extractor.refresh();
    expect(await roleOfHamas()).toBe('REB');
    expect(logged.filter((l) => l.level === 'error')).toEqual([expect.objectContaining({ message: expect.stringMatching(/not a usable dictionary/) })]);
    expect(dictionaryGets()).toBe(1);
  });

  it('keeps the loaded dictionary when S3 cannot be reached, and never throws', async () => {
    store.put(DICTIONARY_KEY, DICTIONARY, 'd1');
    await extractor.refresh();
    store.failWith = Object.assign(new Error('slow down'), { name: 'SlowDown' });
    await expect(extractor.refresh()).resolves.toBeUndefined();
    store.failWith = null;
    expect(await roleOfHamas()).toBe('GOV');
    expect(logged.some((l) => l.level === 'warn' && /could not check the dictionary/.test(l.message))).toBe(true);
  });
});

describe('ingest with the stored dictionary', () => {
  const created = (key: string, eTag: string) => notificationBody('ObjectCreated:Put', key, { eTag, size: ARTICLE.length, sequencer: '00A1' }, BUCKET);

  it('stores the dictionary version with the extractor version on the article record, checked once per batch', async () => {
    const repository = new RecordingRepository();
    const service = new IngestService(store, repository, extractor, { maxArticleBytes: 10_000, articlePrefix: 'articles/' });
    store.put('articles/hamas.txt', ARTICLE, 'a1');

    service.beginBatch();
    await service.ingestMessage(created('articles/hamas.txt', 'a1'));
    store.put(DICTIONARY_KEY, DICTIONARY, 'd1');
    service.beginBatch();
    await service.ingestMessage(created('articles/hamas.txt', 'a1'));

    const saved = repository.calls.flatMap((call) => (call.method === 'saveProcessed' ? [call] : []));
    expect(saved.map((call) => call.article.extractor)).toEqual([
      'rules/1.24.0',
      `rules/1.24.0+dict.${extractor.dictionaryVersion!.slice('dict/sha256:'.length)}`,
    ]);
    expect(saved.map((call) => call.events[0]?.source.role)).toEqual(['REB', 'GOV']);
    expect(saved[1]!.events.every((e) => e.extractor === saved[1]!.article.extractor)).toBe(true);
    expect(store.heads).toBe(2);
    // a batch with nothing to code (a deletion) costs no request for the dictionary
    service.beginBatch();
    await service.ingestMessage(notificationBody('ObjectRemoved:Delete', 'articles/hamas.txt', {}, BUCKET));
    expect(store.heads).toBe(2);
  });

  it('expire() makes the next extraction check again, without I/O of its own', async () => {
    await extractor.extract(article);
    expect(store.heads).toBe(1);
    extractor.expire();
    expect(store.heads).toBe(1);
    store.put(DICTIONARY_KEY, DICTIONARY, 'd1');
    expect(await roleOfHamas()).toBe('GOV');
    expect(store.heads).toBe(2);
  });

  it('checks the dictionary while the article is downloaded, not after it: one HEAD, awaited by the extraction', async () => {
    const order: string[] = [];
    class OrderedStore extends CountingStore {
      override async head(ref: Parameters<FakeObjectStore['head']>[0]) {
        order.push(`head ${ref.key}`);
        return super.head(ref);
      }
      override async get(ref: Parameters<FakeObjectStore['get']>[0]) {
        order.push(`get ${ref.key}`);
        // (the dictionary's body arrives after the article's: the extraction must still wait for it)
        if (ref.key === DICTIONARY_KEY) await new Promise((resolve) => setTimeout(resolve, 20));
        return super.get(ref);
      }
    }
    store = new OrderedStore();
    extractor = new StoredDictionaryExtractor(store, {
      bucket: BUCKET,
      key: DICTIONARY_KEY,
      build: (d) => createDefaultExtractor(d ? { dictionary: d } : {}),
      log,
      now: () => clock,
    });
    const repository = new RecordingRepository();
    const service = new IngestService(store, repository, extractor, { maxArticleBytes: 10_000, articlePrefix: 'articles/' });
    store.put('articles/hamas.txt', ARTICLE, 'a1');
    store.put(DICTIONARY_KEY, DICTIONARY, 'd1');

    service.beginBatch();
    await service.ingestMessage(created('articles/hamas.txt', 'a1'));

    expect(order).toEqual([`head ${DICTIONARY_KEY}`, 'head articles/hamas.txt', `get ${DICTIONARY_KEY}`, 'get articles/hamas.txt']);
    expect(store.heads).toBe(1);
    const saved = repository.calls.flatMap((call) => (call.method === 'saveProcessed' ? [call] : []));
    expect(saved[0]!.events[0]?.source.role).toBe('GOV');
    // checked for this batch: the next article of the batch starts no other check
    await service.ingestMessage(created('articles/hamas.txt', 'a1'));
    expect(store.heads).toBe(1);
  });

  it('a dictionary change makes a reprocessed, unchanged object a new outcome, not a duplicate', () => {
    const stored = { versionId: null, etag: 'a1', sequencer: '00A1', complete: true };
    const outcome = (extractorVersion: string) => outcomeFingerprint({ status: 'processed', extractor: extractorVersion, contentHash: 'h', reason: null });
    const location = { bucket: BUCKET, key: 'articles/hamas.txt', versionId: null, etag: 'a1', sequencer: '00A1' };
    expect(decideWrite({ ...stored, fingerprint: outcome('rules/1.1.0') }, location, outcome('rules/1.1.0'))).toBe('duplicate');
    expect(decideWrite({ ...stored, fingerprint: outcome('rules/1.1.0') }, location, outcome('rules/1.1.0+dict.0123456789ab'))).toBe('apply');
    expect(decideWrite({ ...stored, fingerprint: outcome('rules/1.1.0+dict.0123456789ab') }, location, outcome('rules/1.1.0+dict.ba9876543210'))).toBe('apply');
  });
});
