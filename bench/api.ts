/**
 * `npm run bench:api`: the query API's latency against the DynamoDB Query underneath it.
 *
 * 1. Starts DynamoDB Local (in memory) and loads BENCH_EVENTS (≥ 10,000) generated events through
 *    the repository, i.e. with the real item layout and write path.
 * 2. Serves the real API Lambda handler through the local HTTP API server (loopback, free port).
 * 3. For `GET /events?actor=KOR` and `GET /events?dyad=KOR,CHN`: drives the API with autocannon
 *    (a child process, so the load generator does not share the server's event loop) at
 *    BENCH_CONNECTIONS concurrency for BENCH_SECONDS, then sends the same DynamoDB Query the API
 *    sends for that page straight to DynamoDB Local from BENCH_CONNECTIONS concurrent loops for
 *    the same time, alternating the two in BENCH_ROUNDS rounds. Prints the median requests/s, p50
 *    and p99 of both and the ratio of the p99s.
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
import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
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

/** BENCH_CONNECTIONS loops sending the same Query back to back for `seconds`. */
async function direct(documentClient: DynamoDBDocumentClient, input: QueryCommandInput, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      try {
        await documentClient.send(new QueryCommand(input));
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

/** The first Query the repository sends for this page: exactly what the API handler sends. */
async function firstQueryOf(filter: EventFilter): Promise<QueryCommandInput> {
  // A client of its own: the recording middleware must not slow down the measured client.
  const client = new DynamoDBClient({});
  const recording = eventsDocumentClient(client);
  const seen: QueryCommandInput[] = [];
  recording.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'QueryCommand') seen.push(structuredClone(args.input as QueryCommandInput));
      return next(args);
    },
    { step: 'initialize', name: 'recordQueries' },
  );
  await new DynamoEventRepository(recording, TABLE).queryEvents(filter, { limit: 25 });
  client.destroy();
  if (!seen[0]) throw new Error('the repository sent no Query');
  return seen[0];
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

    const scenarios: { path: string; filter: EventFilter }[] = [
      { path: '/events?actor=KOR', filter: { actor: 'KOR' } },
      { path: '/events?dyad=KOR,CHN', filter: { dyad: ['CHN', 'KOR'] } },
    ];
    for (const scenario of scenarios) {
      const check = await fetch(`${api.url}${scenario.path}`);
      const page = (await check.json()) as { items?: unknown[] };
      if (check.status !== 200 || page.items?.length !== 25)
        throw new Error(`${scenario.path} answered ${check.status} with ${page.items?.length ?? 'no'} items`);
      const input = await firstQueryOf(scenario.filter);

      await autocannon(`${api.url}${scenario.path}`, WARMUP_SECONDS);
      await direct(documentClient, input, WARMUP_SECONDS);
      // Alternate the two, so background load on the machine hits both alike; report the medians.
      const apiRounds: Figures[] = [];
      const directRounds: Figures[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        apiRounds.push(await autocannon(`${api.url}${scenario.path}`, ROUND_SECONDS));
        directRounds.push(await direct(documentClient, input, ROUND_SECONDS));
      }
      const viaApi = medianFigures(apiRounds);
      const straight = medianFigures(directRounds);
      const ratio = viaApi.p99 / straight.p99;
      console.log(
        `GET ${scenario.path.padEnd(22)} API: ${fmt(viaApi.requestsPerSecond, 0).padStart(6)} req/s  p50 ${fmt(viaApi.p50).padStart(5)} ms  p99 ${fmt(viaApi.p99).padStart(5)} ms` +
          ` | direct Query (${input.IndexName ?? 'table'} ${String(input.ExpressionAttributeValues?.[':pk'])}): ${fmt(straight.requestsPerSecond, 0).padStart(6)} req/s  p50 ${fmt(straight.p50).padStart(5)} ms  p99 ${fmt(straight.p99).padStart(5)} ms` +
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
