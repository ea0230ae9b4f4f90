import { describe, expect, it } from 'vitest';
import { collect, warcBytes, warcResponse } from '../../../bench/batch-files.ts';
import type { BatchContinuation } from '../../../shared/batch/batch-continuation.ts';
import { BatchSplitter } from '../../../shared/batch/batch-splitter.ts';
import type { RecordStore } from '../../../shared/batch/record-store.ts';
import { RECORD_DIGEST_METADATA } from '../../../shared/batch/record-store.ts';
import type { ArticleLocation } from '../../../shared/model/article.ts';
import type { BatchState } from '../../../shared/model/batch.ts';
import type { WriteOutcome } from '../../../shared/storage/event-repository.ts';
import { compareVersions } from '../../../shared/storage/write-order.ts';
import { FakeObjectStore } from '../ingest/fakes.ts';

const BUCKET = 'accord-articles-test';

/** A bucket of record objects in memory, counting writes. */
class MemoryRecords implements RecordStore {
  readonly objects = new Map<string, { body: Uint8Array; metadata: Record<string, string> }>();
  puts = 0;
  constructor(private readonly batches: FakeObjectStore) {}
  async stream(ref: { key: string }) {
    const body = this.batches.objects.get(ref.key)?.body;
    if (!body) return null;
    return (async function* () {
      for (let i = 0; i < body.length; i += 7) yield body.subarray(i, i + 7);
    })();
  }
  async recordDigest(_bucket: string, key: string) {
    return this.objects.get(key)?.metadata[RECORD_DIGEST_METADATA] ?? null;
  }
  async putRecord(_bucket: string, key: string, body: Uint8Array, _type: string, metadata: Record<string, string>) {
    this.puts++;
    this.objects.set(key, { body, metadata });
  }
  async *listKeys(_bucket: string, prefix: string) {
    for (const key of [...this.objects.keys()].sort()) if (key.startsWith(prefix)) yield key;
  }
  async deleteKeys(_bucket: string, keys: readonly string[]) {
    for (const key of keys) this.objects.delete(key);
  }
}

/** saveBatch with the repository's ordering rule: an older version is stale. */
class MemoryBatches {
  readonly states: BatchState[] = [];
  async saveBatch(state: BatchState): Promise<WriteOutcome> {
    const current = this.states.at(-1);
    if (current && compareVersions(state.location, current.location) === 'older') return 'stale';
    this.states.push(state);
    return 'written';
  }
}

function setup(limits = { maxBytes: 1_000_000, maxDecompressedBytes: 1_000_000, maxRecords: 1_000 }) {
  const objects = new FakeObjectStore();
  const records = new MemoryRecords(objects);
  const batches = new MemoryBatches();
  const continuations: BatchContinuation[] = [];
  const splitter = new BatchSplitter(objects, records, batches, {
    limits,
    maxArticleBytes: 200,
    articlePrefix: 'articles/',
    concurrency: 3,
    progressEvery: 4,
    continuations: { send: async (c) => void continuations.push(c) },
  });
  return { objects, records, batches, continuations, splitter };
}

const location = (key: string, sequencer: string, etag: string): ArticleLocation => ({ bucket: BUCKET, key, versionId: null, etag, sequencer });
const lines = (n: number, from = 1) => Array.from({ length: n }, (_, i) => JSON.stringify({ body: `Article ${i + from}.` })).join('\n');

describe('BatchSplitter', () => {
  it('writes one record object per line, and nothing when the same version is split again', async () => {
    const { objects, records, batches, splitter } = setup();
    objects.put('articles/a.jsonl', `${lines(9)}\n\n{broken`, 'v1');
    const first = await splitter.split(location('articles/a.jsonl', '01', 'v1'));
    expect(first).toMatchObject({ status: 'split', records: 10, written: 10, removed: 0 });
    expect(records.objects.size).toBe(10);
    expect(batches.states.at(-1)).toMatchObject({ status: 'split', records: 10, skipped: 0 });
    const again = await splitter.split(location('articles/a.jsonl', '01', 'v1'));
    expect(again).toMatchObject({ status: 'split', records: 10, written: 0 });
    expect(records.puts).toBe(10);
  });

  it('hands the rest to a continuation before its time runs out; the turns write each record once', async () => {
    const { objects, records, continuations, splitter, batches } = setup();
    const file = await collect(
      warcBytes(
        Array.from({ length: 12 }, (_, i) =>
          warcResponse({
            url: `https://x.example/${i}`,
            date: '2026-01-01T00:00:00Z',
            body: i % 4 === 3 ? 'png' : `<p>Page ${i}</p>`,
            ...(i % 4 === 3 ? { contentType: 'image/png' } : {}),
          }),
        ),
        true,
      ),
    );
    objects.put('articles/c.warc.gz', file, 'w1');
    // each turn writes one record unconditionally, then asks the clock, which says stop on its fifth answer
    const clock = () => {
      let calls = 0;
      return () => (++calls > 4 ? 1_000 : 60_000);
    };
    let outcome = await splitter.split(location('articles/c.warc.gz', '01', 'w1'), { remainingMs: clock() });
    let turns = 1;
    while (outcome.continuedAt !== undefined) {
      const continuation = continuations.at(-1)!;
      outcome = await splitter.split(continuation.location, { continuation, remainingMs: clock() });
      turns++;
    }
    expect(turns).toBe(2);
    expect(outcome).toMatchObject({ status: 'split', records: 9 });
    expect(batches.states.at(-1)).toMatchObject({ status: 'split', records: 9, skipped: 3 });
    expect(records.puts).toBe(9);
    expect(records.objects.size).toBe(9);
  });

  it('deletes the records a new version no longer has, and all of them when the batch is deleted', async () => {
    const { objects, records, splitter } = setup();
    objects.put('articles/b.ndjson', lines(6), 'v1');
    await splitter.split(location('articles/b.ndjson', '01', 'v1'));
    objects.put('articles/b.ndjson', lines(4), 'v2');
    expect(await splitter.split(location('articles/b.ndjson', '02', 'v2'))).toMatchObject({ status: 'split', records: 4, written: 0, removed: 2 });
    // a late notification of the first version changes nothing
    expect(await splitter.split(location('articles/b.ndjson', '01', 'v2'))).toMatchObject({ status: 'superseded' });
    expect(await splitter.remove(location('articles/b.ndjson', '03', 'v2'))).toMatchObject({ status: 'deleted', removed: 4 });
    expect(records.objects.size).toBe(0);
  });

  it('refuses a batch over its limits, keeping what was written before', async () => {
    const { objects, records, splitter, batches } = setup({ maxBytes: 1_000_000, maxDecompressedBytes: 1_000_000, maxRecords: 3 });
    objects.put('articles/d.jsonl', lines(5), 'v1');
    const outcome = await splitter.split(location('articles/d.jsonl', '01', 'v1'));
    expect(outcome).toMatchObject({ status: 'failed', records: 3 });
    expect(batches.states.at(-1)!.reason).toMatch(/more than 3 articles/);
    expect(records.objects.size).toBe(3);
    const small = setup({ maxBytes: 100, maxDecompressedBytes: 1_000_000, maxRecords: 1_000 });
    small.objects.put('articles/e.jsonl', lines(50), 'v1');
    expect(await small.splitter.split(location('articles/e.jsonl', '01', 'v1'))).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/over the 100 bytes limit for one batch/),
    });
    expect(small.records.puts).toBe(0);
  });
});
