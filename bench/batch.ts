/**
 * `npm run bench:batch`: one large batch through the whole local stack. A WARC of `--records` HTML
 * responses (pages generated from the benchmark corpus, bench/intake-pages.ts, padded to
 * `--mb` in all) is written to a temporary file with warcio and uploaded from that file in parts
 * (multipart upload); the ingest handler splits it into record objects, and each is ingested as an article
 * (parsed with Readability, coded, stored). Prints the time and records/s to split the batch, the
 * records/s until every article is processed or failed, and the peak RSS of this process (the
 * emulators, the API and the ingest handler's worker threads all live in it; DynamoDB Local is a
 * separate JVM) beside the batch's size and the RSS before the upload, measured in the same run.
 *
 *   npm run bench:batch [-- --mb 100 --records 5000 --gzip --function-timeout 900]
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { CompleteMultipartUploadCommand, CreateMultipartUploadCommand, S3Client, UploadPartCommand } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS } from '../infra/local/local-credentials.ts';
import { startLocalStack } from '../infra/local/local-stack.ts';
import type { BatchSummary } from '../shared/model/batch.ts';
import { corpusStories, warcBytes, warcResponse } from './batch-files.ts';
import { generatePage } from './intake-pages.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const MB = Number(arg('--mb', '100'));
const RECORDS = Number(arg('--records', '5000'));
const GZIP = process.argv.includes('--gzip');
const TIMEOUT_MS = Number(arg('--timeout-minutes', '60')) * 60_000;
/**
 * The ingest function's timeout on the local stack. A split that would outlast it continues in
 * turns, each reading the batch again from its start (docs/batches.md): on this shared 2-core
 * machine, re-reading 100 MB takes most of dev's 60 s, so the default is Lambda's maximum.
 */
const FUNCTION_TIMEOUT_S = Number(arg('--function-timeout', '900'));

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);

async function writeWarc(file: string): Promise<number> {
  const stories = corpusStories();
  const target = Math.floor((MB * 1024 * 1024) / RECORDS);
  function* records() {
    for (let i = 0; i < RECORDS; i++) {
      const html = generatePage(stories[i % stories.length]!, i, stories).html;
      // pad to the record size with a comment, which the page reader drops
      const padded =
        html.length < target - 400
          ? html.replace('</body>', `<!-- ${'archived page padding '.repeat(Math.floor((target - 400 - html.length) / 23))}--></body>`)
          : html;
      yield warcResponse({ url: `https://bench.example/story/${i}`, date: '2026-03-02T10:00:00Z', body: padded });
    }
  }
  await pipeline(warcBytes(records(), GZIP), createWriteStream(file));
  return (await stat(file)).size;
}

/** Multipart, 8 MiB parts read from the file one at a time (the S3 emulator takes at most 11 MiB per request). */
async function upload(s3: S3Client, bucket: string, key: string, file: string, size: number): Promise<void> {
  const PART = 8 * 1024 * 1024;
  const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: 'application/warc' }));
  const handle = await open(file);
  const parts: { ETag: string; PartNumber: number }[] = [];
  try {
    for (let offset = 0, number = 1; offset < size; offset += PART, number++) {
      const buffer = Buffer.alloc(Math.min(PART, size - offset));
      await handle.read(buffer, 0, buffer.length, offset);
      const { ETag } = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: key, UploadId, PartNumber: number, Body: buffer }));
      parts.push({ ETag: ETag!, PartNumber: number });
    }
  } finally {
    await handle.close();
  }
  await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }));
}

const dir = await mkdtemp(join(tmpdir(), 'accord-bench-batch-'));
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
const stack = await startLocalStack({
  dataDir: join(dir, 'stack'),
  persist: true,
  ports: { api: 0, s3sqs: 0, dynamodb: 0 },
  pollWaitSeconds: 1,
  ingestTimeoutSeconds: FUNCTION_TIMEOUT_S,
  visibilityTimeoutSeconds: FUNCTION_TIMEOUT_S * 6,
});
try {
  const file = join(dir, GZIP ? 'bench.warc.gz' : 'bench.warc');
  const size = await writeWarc(file);
  const key = `articles/bench/${GZIP ? 'bench.warc.gz' : 'bench.warc'}`;
  const s3 = new S3Client({ endpoint: stack.endpoints.s3Endpoint, region: stack.endpoints.region, credentials: LOCAL_CREDENTIALS, forcePathStyle: true });
  const rssBefore = process.memoryUsage.rss();
  peakRss = rssBefore;
  console.log(
    `batch: ${RECORDS} HTML records, ${mib(size)} ${GZIP ? 'gzipped' : 'uncompressed'}; ingest timeout ${FUNCTION_TIMEOUT_S} s; RSS before upload ${mib(rssBefore)}`,
  );

  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const started = performance.now();
  await upload(s3, stack.endpoints.bucket, key, file, size);
  const uploaded = performance.now();
  console.log(`upload: ${seconds(uploaded - started)} s`);
  let reported = uploaded;
  let splitAt: number | null = null;
  let last: BatchSummary | undefined;
  for (;;) {
    const response = await fetch(`${stack.endpoints.apiUrl}/batches?key=${encodeURIComponent(key)}`);
    last = response.status === 200 ? ((await response.json()) as BatchSummary) : undefined;
    if (last && last.status !== 'splitting' && splitAt === null) {
      splitAt = performance.now();
      console.log(
        `split: ${last.records} records (${last.counts.skipped} skipped) in ${seconds(splitAt - uploaded)} s = ${(last.records / ((splitAt - uploaded) / 1000)).toFixed(1)} records/s`,
      );
    }
    // a line a minute, so that a run stopped early still says how far it got
    if (last && performance.now() - reported >= 60_000) {
      reported = performance.now();
      console.log(
        `  ${seconds(reported - uploaded)} s: ${last.status}, ${last.records} records, ${last.counts.processed} processed, ${last.counts.failed} failed, ${last.counts.pending} pending; RSS now ${mib(process.memoryUsage.rss())}, peak ${mib(peakRss)}`,
      );
    }
    if (last && last.status !== 'splitting' && last.counts.pending === 0) break;
    if (performance.now() - started > TIMEOUT_MS) throw new Error(`not done after ${TIMEOUT_MS / 60_000} minutes: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  const done = performance.now();
  console.log(
    `ingest: ${last.counts.processed} processed, ${last.counts.failed} failed in ${seconds(done - uploaded)} s = ${((last.counts.processed + last.counts.failed) / ((done - uploaded) / 1000)).toFixed(1)} records/s end to end`,
  );
  console.log(`peak RSS: ${mib(peakRss)} (before upload ${mib(rssBefore)}, +${mib(peakRss - rssBefore)}; batch ${mib(size)})`);
  console.log(`dead letters: ${stack.deadLetterQueueDepth().ready}`);
  s3.destroy();
} finally {
  clearInterval(sampler);
  await stack.stop();
  await rm(dir, { recursive: true, force: true });
}
