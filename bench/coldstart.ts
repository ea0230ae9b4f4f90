/**
 * `npm run bench:coldstart`: cold starts of the bundled Lambda handlers against the local stack.
 * Each handler is bundled as CDK bundles it (infra/constructs/lambda-bundling.ts); each run is a
 * fresh Node 24 process that imports the bundle and serves one event (bench/cold-start-probe.mjs),
 * with the environment the local stack gives the handlers. A hello-world handler bundled the same
 * way is measured in the same rounds: machines differ severalfold in speed, the ratio does not.
 *
 *   npm run bench:coldstart [-- --runs 20] [-- --against DIR]
 *
 * `--against DIR`: a checkout of another version (a git worktree of an earlier commit, say) whose ingest and API
 * handlers are bundled with this tree's options and cold-started in the same rounds, each on a fresh upload of its own;
 * the ratios printed are this tree's medians over theirs, which a machine's changing speed moves much less.
 *
 * Wall times (what Lambda bills and a caller waits) are printed first, then the CPU times of the same
 * spans, which a machine shared with other jobs inflates much less: compare those across runs.
 *
 * The events are the ones the local stack builds: its SQS poller's batches of real S3
 * notifications (one fresh upload per run, so each first event fetches, codes and stores an
 * article) and its HTTP server's API Gateway events. The stack itself only acknowledges them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, SQSBatchResponse } from 'aws-lambda';
import { build } from 'esbuild';
import { ARTICLE_PREFIX } from '../infra/resources.ts';
import { filesLoadedAtInit, lambdaEsbuildOptions } from '../infra/constructs/lambda-bundling.ts';
import { LOCAL_CREDENTIALS } from '../infra/local/local-credentials.ts';
import { waitUntil } from '../infra/local/wait-until.ts';
import { startNotificationStack } from './notification-stack.ts';
import { median, nearestRank } from './sample-statistics.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 20;
const againstArg = process.argv.indexOf('--against');
const againstDir = againstArg >= 0 ? resolve(process.argv[againstArg + 1] ?? '') : null;
const ARTICLE = readFileSync(join(root, 'samples/articles/2026-03-09_lee-state-visit-beijing.txt'));
const API_PATH = '/events?actor=KOR&limit=25';

const work = mkdtempSync(join(tmpdir(), 'accord-coldstart-'));
let apiEvent: APIGatewayProxyEventV2 | undefined;
let env: NodeJS.ProcessEnv = {};
// The fresh processes below are the ingest and the API; the stack only hands over their events.
const {
  stack,
  records: ingestEvents,
  environment,
} = await startNotificationStack(work, (event) => {
  apiEvent = event;
  return Promise.resolve({ statusCode: 204 });
});

try {
  const { endpoints } = stack;
  env = { PATH: process.env.PATH ?? '', ...environment };

  const bundles = {
    hello: await bundle('bench/hello-world-handler.ts', 'hello'),
    ingest: await bundle('functions/ingest/handler.ts', 'ingest'),
    api: await bundle('functions/api/handler.ts', 'api'),
  };
  // (another checkout's handlers, bundled with this tree's options: the code compared, not the bundling)
  const against = againstDir
    ? {
        ingest: await bundle(join(againstDir, 'functions/ingest/handler.ts'), 'against-ingest'),
        api: await bundle(join(againstDir, 'functions/api/handler.ts'), 'against-api'),
      }
    : null;
  // one fresh upload per ingest cold start, this tree's and the other's
  const uploads = against ? 2 * runs : runs;

  const s3 = new S3Client({ endpoint: endpoints.s3Endpoint, region: endpoints.region, forcePathStyle: true, credentials: LOCAL_CREDENTIALS });
  for (let i = 0; i < uploads; i++) {
    const key = `${ARTICLE_PREFIX}2026-03-09_coldstart-${i}.txt`;
    await s3.send(new PutObjectCommand({ Bucket: endpoints.bucket, Key: key, Body: ARTICLE, ContentType: 'text/plain' }));
  }
  s3.destroy();
  await waitUntil(() => ingestEvents.length >= uploads, 60_000, 'the upload notifications');
  await fetch(`${endpoints.apiUrl}${API_PATH}`);
  if (!apiEvent) throw new Error('the local API server built no event');

  const samples = { hello: [] as Sample[], ingest: [] as Sample[], api: [] as Sample[], againstIngest: [] as Sample[], againstApi: [] as Sample[] };
  // Round by round, so a slow stretch of a shared machine touches every handler alike.
  for (let i = 0; i < runs; i++) {
    samples.hello.push(await coldStart(bundles.hello.file, {}));
    samples.ingest.push(await ingestColdStart(bundles.ingest.file, ingestEvents[i]!, `ingest run ${i}`));
    samples.api.push(await apiColdStart(bundles.api.file, apiEvent, `API run ${i}`));
    if (against) {
      samples.againstIngest.push(await ingestColdStart(against.ingest.file, ingestEvents[runs + i]!, `against ingest run ${i}`));
      samples.againstApi.push(await apiColdStart(against.api.file, apiEvent, `against API run ${i}`));
    }
  }

  const node = samples.ingest[0]!.node;
  console.log(`${runs} cold starts per handler, Node ${node}, each a fresh process (init = process start to handler imported)`);
  for (const [name, b] of Object.entries(bundles)) {
    console.log(`bundle ${name}: ${kib(b.bytes)} KiB loaded at init (source maps ${kib(b.mapBytes)} KiB), ${kib(b.chunkBytes)} KiB in chunks loaded on demand`);
  }
  const hello = summary(samples.hello.map((s) => s.initMs));
  for (const name of ['ingest', 'api'] as const) {
    const init = summary(samples[name].map((s) => s.initMs));
    const first = summary(samples[name].map((s) => s.firstEventMs));
    console.log(
      `${name}: init median ${init.median} ms, p90 ${init.p90} ms (${(init.median / hello.median).toFixed(2)}× hello-world); first event median ${first.median} ms, p90 ${first.p90} ms`,
    );
  }
  console.log(`reference: hello-world handler init median ${hello.median} ms, p90 ${hello.p90} ms (nodejs24.x arm64 on Lambda: about 114 ms)`);
  const helloCpu = summary(samples.hello.map((s) => s.initCpuMs));
  for (const name of ['ingest', 'api'] as const) {
    const init = summary(samples[name].map((s) => s.initCpuMs));
    const first = summary(samples[name].map((s) => s.firstEventCpuMs));
    console.log(
      `${name} CPU: init median ${init.median} ms (${(init.median / helloCpu.median).toFixed(2)}× hello-world's ${helloCpu.median} ms); first event median ${first.median} ms`,
    );
  }
  if (against && againstDir) {
    const ratio = (mine: Sample[], theirs: Sample[], key: 'initMs' | 'firstEventMs') =>
      (median(mine.map((x) => x[key])) / median(theirs.map((x) => x[key]))).toFixed(2);
    for (const [name, theirs] of [
      ['ingest', samples.againstIngest],
      ['api', samples.againstApi],
    ] as const) {
      const init = summary(theirs.map((x) => x.initMs));
      const first = summary(theirs.map((x) => x.firstEventMs));
      console.log(
        `${againstDir} ${name} (bundled the same way, same rounds): init median ${init.median} ms, first event median ${first.median} ms; this tree takes ${ratio(samples[name], theirs, 'initMs')}× its init, ${ratio(samples[name], theirs, 'firstEventMs')}× its first event`,
      );
    }
    console.log(`bundle ${againstDir} ingest: ${kib(against.ingest.bytes)} KiB loaded at init`);
  }
  const line = (['ingest', 'api'] as const)
    .map(
      (name) =>
        `${name} init ${summary(samples[name].map((s) => s.initMs)).median} ms, first event ${summary(samples[name].map((s) => s.firstEventMs)).median} ms`,
    )
    .join('; ');
  console.log(`cold start: ${line}`);
} finally {
  await stack.stop();
  rmSync(work, { recursive: true, force: true });
}

interface Sample {
  node: string;
  initMs: number;
  firstEventMs: number;
  /** CPU time (user + system) of the same spans: a machine busy with other jobs stretches wall time, much less CPU time. */
  initCpuMs: number;
  firstEventCpuMs: number;
  result: unknown;
}

/** A bundle as CDK builds it; `bytes` are those a cold start loads (index.mjs and its static imports), `chunks` those it may load later. */
async function bundle(entry: string, name: string): Promise<{ file: string; bytes: number; mapBytes: number; chunkBytes: number }> {
  const outdir = join(work, name);
  const { metafile } = await build({ ...lambdaEsbuildOptions(resolve(root, entry), outdir), metafile: true });
  const outputs = new Map(Object.entries(metafile.outputs).map(([path, output]) => [resolve(path), output]));
  const file = join(outdir, 'index.mjs');
  const atInit = filesLoadedAtInit(metafile, file);
  const size = (paths: Iterable<string>): number => [...paths].reduce((sum, path) => sum + outputs.get(path)!.bytes, 0);
  const chunks = [...outputs.keys()].filter((path) => path.endsWith('.mjs') && !atInit.has(path));
  return { file, bytes: size(atInit), mapBytes: size([...atInit].map((path) => `${path}.map`)), chunkBytes: size(chunks) };
}

/** Asynchronously: the emulators the handler talks to run in this process. */
async function coldStart(bundleFile: string, event: unknown): Promise<Sample> {
  const eventFile = join(work, 'event.json');
  const resultFile = join(work, 'result.json');
  writeFileSync(eventFile, JSON.stringify(event));
  rmSync(resultFile, { force: true });
  const { stderr } = await promisify(execFile)(process.execPath, [join(root, 'bench/cold-start-probe.mjs'), bundleFile, eventFile, resultFile], {
    cwd: work,
    env,
    timeout: 60_000,
  });
  if (stderr) process.stderr.write(stderr);
  return JSON.parse(readFileSync(resultFile, 'utf8')) as Sample;
}

/** One ingest cold start on a fresh upload's notification; a failed record is a broken benchmark, not a slow one. */
async function ingestColdStart(bundleFile: string, record: unknown, what: string): Promise<Sample> {
  const sample = await coldStart(bundleFile, { Records: [record] });
  const batch = sample.result as SQSBatchResponse;
  if (batch.batchItemFailures.length > 0) throw new Error(`${what} failed: ${JSON.stringify(batch)}`);
  return sample;
}

/** One API cold start; it must answer with the events the ingest stored. */
async function apiColdStart(bundleFile: string, event: APIGatewayProxyEventV2, what: string): Promise<Sample> {
  const sample = await coldStart(bundleFile, event);
  const response = sample.result as APIGatewayProxyStructuredResultV2;
  const events = response.statusCode === 200 ? (JSON.parse(String(response.body)) as { items?: unknown[] }).items : undefined;
  if (!events?.length) throw new Error(`${what}: expected events, got ${String(response.statusCode)} ${String(response.body).slice(0, 200)}`);
  return sample;
}

function summary(values: number[]): { median: number; p90: number } {
  return { median: Math.round(median(values)), p90: Math.round(nearestRank(values, 0.9)) };
}

function kib(bytes: number): string {
  return (bytes / 1024).toFixed(0);
}
