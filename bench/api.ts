/**
 * `npm run bench:api`: the query API's latency against the DynamoDB reads underneath it.
 *
 * 1. Starts DynamoDB Local (in memory) and loads BENCH_EVENTS (≥ 10,000) generated events through
 *    the repository, i.e. with the real item layout and write path.
 * 2. Serves the real API Lambda handler through the local HTTP API server (loopback, free port).
 * 3. For each route below: drives the API with autocannon (a child process, so the load generator
 *    does not share the server's event loop) at BENCH_CONNECTIONS concurrency for BENCH_SECONDS,
 *    then makes the repository call the handler makes for that request (the same filter, page
 *    size and range: its Queries, the two it merges for an actor or a dyad, every Query of a
 *    summary) straight against DynamoDB Local from BENCH_CONNECTIONS concurrent loops for the
 *    same time, alternating the two in BENCH_ROUNDS rounds. Prints the median requests/s, p50 and
 *    p99 of both and the ratio of the p99s: what the API adds (HTTP, handler, validation, cursor
 *    signing, JSON) over the reads themselves.
 *
 * A benchmark, not a test: figures depend on the machine (DynamoDB Local, the API and the load
 * generator share its cores). Everything is bounded in time and stays on 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureEventsTable, startDynamoDbLocal } from '../infra/local/dynamodb-local.ts';
import { startHttpApi } from '../infra/local/http-api-server.ts';
import { useLocalApiEnvironment } from './local-api-environment.ts';
import { articleIdFor } from '../shared/model/article.ts';
import { quadClassOfRoot, type DiplomaticEvent } from '../shared/model/diplomatic-event.ts';
import { eventsDocumentClient } from '../shared/storage/document-client.ts';
import { DynamoEventRepository } from '../shared/storage/dynamo-event-repository.ts';
import type { EventFilter } from '../shared/storage/event-repository.ts';
import { seededRandom } from '../infra/local/seeded-random.ts';

const EVENTS = Math.max(10_000, Number(process.env.BENCH_EVENTS ?? 10_000));
/** Measuring time per side and scenario, in seconds. */
const SECONDS = Math.max(3, Number(process.env.BENCH_SECONDS ?? 15));
const CONNECTIONS = Math.max(1, Number(process.env.BENCH_CONNECTIONS ?? 10));
/** Each side's measuring time is split into this many alternating rounds. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const WARMUP_SECONDS = 3;
const ROUND_SECONDS = Math.max(1, Math.round(SECONDS / ROUNDS));
const EVENTS_PER_ARTICLE = 10;
const TABLE = 'accord-events-bench';

// Actors weighted roughly like world news: a few very frequent, a long tail.
const COUNTRIES = ['USA', 'CHN', 'KOR', 'RUS', 'JPN', 'PRK', 'UKR', 'GBR', 'FRA', 'DEU', 'IND', 'IRN', 'ISR', 'TUR', 'BRA', 'UNO', 'EUR', 'NATO'];
const WEIGHTS = [14, 12, 10, 9, 7, 6, 6, 5, 5, 5, 4, 4, 4, 3, 2, 3, 3, 2];
const CODES = ['010', '020', '036', '042', '043', '046', '051', '057', '061', '070', '090', '111', '112', '120', '130', '138', '141', '163', '173', '190'];
const MODALITIES = ['asserted', 'planned', 'reported_intent', 'negated', 'hypothetical'] as const;

function weighted(rand: () => number): string {
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  let pick = rand() * total;
  for (let i = 0; i < COUNTRIES.length; i++) {
    pick -= WEIGHTS[i]!;
    if (pick < 0) return COUNTRIES[i]!;
  }
  return COUNTRIES[0]!;
}

function generatedArticle(n: number, rand: () => number) {
  const location = { bucket: 'accord-articles-bench', key: `articles/bench-${n}.txt`, versionId: null, etag: null, sequencer: '01' };
  const articleId = articleIdFor(location.bucket, location.key);
  const month = 1 + (n % 12);
  const day = 1 + Math.floor(rand() * 28);
  const publishedAt = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const events: DiplomaticEvent[] = [];
  for (let i = 0; i < EVENTS_PER_ARTICLE; i++) {
    const source = weighted(rand);
    let target: string | null = rand() < 0.1 ? null : weighted(rand);
    if (target === source && rand() < 0.7) target = null;
    // Every article mentions the KOR–CHN dyad once, so that query has data in every bucket.
    const [s, t] = i === 0 ? ['KOR', 'CHN'] : [source, target];
    const code = CODES[Math.floor(rand() * CODES.length)]!;
    const root = code.slice(0, 2);
    events.push({
      id: `${articleId}-e${String(i).padStart(3, '0')}`,
      articleId,
      date: rand() < 0.3 ? null : `2025-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      dateText: null,
      source: { text: `${s} officials`, country: s, role: 'GOV' },
      target: t ? { text: `the ${t} government`, country: t, role: 'GOV' } : null,
      cameo: { code, root, name: `CAMEO ${code}` },
      plover: null,
      quadClass: quadClassOfRoot(root),
      goldstein: Math.round((rand() * 20 - 10) * 10) / 10,
      modality: MODALITIES[Math.floor(rand() * MODALITIES.length)]!,
      location: null,
      evidence: {
        sentence: `Officials of ${s} met their counterparts from ${t ?? 'several countries'} on Tuesday to discuss trade, security and the situation in the region, the ministry said in a statement.`,
        start: i * 200,
        end: i * 200 + 160,
        trigger: 'met',
      },
      mentions: 1 + Math.floor(rand() * 3),
      confidence: Math.round(rand() * 100) / 100,
      extractor: 'rules/1.0.0',
    });
  }
  const article = { location, title: `Bench article ${n}`, url: null, publishedAt, extractor: 'rules/1.0.0', contentHash: articleId.padEnd(64, '0') };
  return { article, events };
}

async function load(repository: DynamoEventRepository): Promise<number> {
  // Seeded, so every run loads the same data.
  const rand = seededRandom(42);
  const articles = Math.ceil(EVENTS / EVENTS_PER_ARTICLE);
  let next = 0;
  let stored = 0;
  const worker = async () => {
    while (next < articles) {
      const { article, events } = generatedArticle(next++, rand);
      await repository.saveProcessed(article, events);
      stored += events.length;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return stored;
}

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const run = promisify(execFile);
const require = createRequire(import.meta.url);

async function autocannon(url: string, seconds: number): Promise<Figures> {
  const cli = join(dirname(require.resolve('autocannon/package.json')), 'autocannon.js');
  const { stdout } = await run(process.execPath, [cli, '-c', String(CONNECTIONS), '-d', String(seconds), '-j', url], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: (seconds + 30) * 1000,
  });
  const result = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** BENCH_CONNECTIONS loops making the same repository call back to back for `seconds`. */
async function direct(call: () => Promise<unknown>, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      try {
        await call();
        latencies.push(performance.now() - started);
      } catch {
        errors++;
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { requestsPerSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors };
}

function medianFigures(rounds: Figures[]): Figures {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? NaN;
  };
  return {
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

async function main(): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  let api: Awaited<ReturnType<typeof startHttpApi>> | undefined;
  try {
    useLocalApiEnvironment(TABLE, dynamo.endpoint);
    const client = new DynamoDBClient({});
    await ensureEventsTable(client, TABLE);
    const documentClient = eventsDocumentClient(client);

    const loadStarted = performance.now();
    const stored = await load(new DynamoEventRepository(documentClient, TABLE));
    console.log(
      `loaded ${stored} events (${Math.ceil(stored / EVENTS_PER_ARTICLE)} articles) in ${fmt((performance.now() - loadStarted) / 1000)} s into DynamoDB Local ${dynamo.endpoint}`,
    );

    const { handler } = await import('../functions/api/handler.ts');
    api = await startHttpApi({ handler, port: 0 });
    console.log(
      `API on ${api.url}; ${CONNECTIONS} connections; per scenario and side ${WARMUP_SECONDS} s warm-up, then ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s (medians shown)`,
    );

    // The repository the reference loops call: the handler's own settings (2 s calendar cache).
    const repository = new DynamoEventRepository(documentClient, TABLE);
    const page = { limit: 25 };
    const events = (filter: EventFilter) => () => repository.queryEvents(filter, page);
    const scenarios: { path: string; call: () => Promise<unknown>; reads: string; items?: number }[] = [
      { path: '/events?actor=KOR', call: events({ actor: 'KOR' }), reads: 'gsi3 SRC#KOR + gsi4 TGT#KOR, merged', items: 25 },
      { path: '/events?dyad=KOR,CHN', call: events({ dyad: ['CHN', 'KOR'] }), reads: 'gsi3 SRC#CHN + gsi4 TGT#CHN, filtered and merged', items: 25 },
      { path: '/events?from=2025-03-01&to=2025-04-15', call: events({ from: '2025-03-01', to: '2025-04-15' }), reads: 'gsi1 EV#, dated range', items: 25 },
      { path: '/articles', call: () => repository.listArticles(page), reads: 'gsi1 ARTICLES#', items: 25 },
      // the filter bar's suggestions: every actor counter, summed over the counter shards
      { path: '/actors?limit=25', call: () => repository.listActors('', page), reads: 'the actor counters', items: 18 },
      {
        path: '/actors/KOR/summary?from=2025-10-01',
        call: () => repository.actorSummary('KOR', { from: '2025-10-01' }),
        reads: 'every KOR entry since 2025-10-01 on gsi3 and gsi4',
      },
    ];
    for (const scenario of scenarios) {
      const check = await fetch(`${api.url}${scenario.path}`);
      const body = (await check.json()) as { items?: unknown[] };
      if (check.status !== 200 || (scenario.items !== undefined && body.items?.length !== scenario.items))
        throw new Error(`${scenario.path} answered ${check.status} with ${body.items?.length ?? 'no'} items`);

      await autocannon(`${api.url}${scenario.path}`, WARMUP_SECONDS);
      await direct(scenario.call, WARMUP_SECONDS);
      // Alternate the two, so background load on the machine hits both alike; report the medians.
      const apiRounds: Figures[] = [];
      const directRounds: Figures[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        apiRounds.push(await autocannon(`${api.url}${scenario.path}`, ROUND_SECONDS));
        directRounds.push(await direct(scenario.call, ROUND_SECONDS));
      }
      const viaApi = medianFigures(apiRounds);
      const straight = medianFigures(directRounds);
      const ratio = viaApi.p99 / straight.p99;
      console.log(
        `GET ${scenario.path.padEnd(40)} API: ${fmt(viaApi.requestsPerSecond, 0).padStart(6)} req/s  p50 ${fmt(viaApi.p50).padStart(5)} ms  p99 ${fmt(viaApi.p99).padStart(5)} ms` +
          ` | repository (${scenario.reads}): ${fmt(straight.requestsPerSecond, 0).padStart(6)} req/s  p50 ${fmt(straight.p50).padStart(5)} ms  p99 ${fmt(straight.p99).padStart(5)} ms` +
          ` | p99 ratio ${fmt(ratio, 2)} (goal ≤ 1.5)${viaApi.errors + straight.errors > 0 ? ` | errors api=${viaApi.errors} direct=${straight.errors}` : ''}`,
      );
    }
    client.destroy();
  } finally {
    await api?.close();
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
