/**
 * `npm run bench:analytics`: the analytics export against paging the API.
 *
 * 1. Generates BENCH_ANALYTICS_EVENTS (default 1,000,000) seeded events over 24 months in memory and
 *    writes the whole export (shared/analytics/export-rebuild.ts, what `accord export --backfill`
 *    does: a day file per day, Parquet encoding and the folder store; the month reads come from
 *    memory, so DynamoDB's Query time is not in this figure). Prints the export time and the
 *    Parquet bytes per million events.
 * 1b. The stream export's unit of work, which sets its cost (docs/cost.md): one batch of
 *    BENCH_ANALYTICS_BATCH (default 1,000) changed events applied to a day file of
 *    BENCH_ANALYTICS_DAY (default 100,000) events (shared/analytics/day-export.ts: read the file
 *    back, lay the changes over it, encode and write it). Prints the rows it rewrote per second.
 * 2. Runs the dyad-week aggregate (shared/analytics/common-questions.ts) in embedded DuckDB over
 *    all of them (median of 3).
 * 3. Paging a million events through the local API does not fit this 2-core machine's time, so a
 *    sample of BENCH_ANALYTICS_SAMPLE (default 2,000) events from the same generator is written to
 *    DynamoDB Local through the repository, exported through the real path (EventMonthReader →
 *    Parquet), and the same answer is computed by paging `GET /events?limit=100` of the real API
 *    handler on loopback. Both answers are compared, and the paging time is extrapolated linearly
 *    to the full count (a lower bound: pages deeper in the index cost no less).
 *
 * A benchmark, not a test: the figures depend on the machine. Everything stays on 127.0.0.1.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureEventsTable, startDynamoDbLocal } from '../infra/local/dynamodb-local.ts';
import { startHttpApi } from '../infra/local/http-api-server.ts';
import { useLocalApiEnvironment } from './local-api-environment.ts';
import { seededRandom } from '../infra/local/seeded-random.ts';
import { DYAD_WEEKS } from '../shared/analytics/common-questions.ts';
import { openEventsDatabase, type QueryResult } from '../shared/analytics/duckdb-events.ts';
import { applyToDay } from '../shared/analytics/day-export.ts';
import { monthsToRebuild, rebuildMonth } from '../shared/analytics/export-rebuild.ts';
import { folderPartitionStore } from '../shared/analytics/partition-store.ts';
import { articleIdFor } from '../shared/model/article.ts';
import { quadClassOfRoot, type DiplomaticEvent } from '../shared/model/diplomatic-event.ts';
import { eventsDocumentClient } from '../shared/storage/document-client.ts';
import { DynamoEventRepository } from '../shared/storage/dynamo-event-repository.ts';
import { EventMonthReader, type EventChange, type MonthEvent } from '../shared/storage/event-months.ts';

const TOTAL = Number(process.env.BENCH_ANALYTICS_EVENTS ?? 1_000_000);
const SAMPLE = Number(process.env.BENCH_ANALYTICS_SAMPLE ?? 2_000);
const DAY = Number(process.env.BENCH_ANALYTICS_DAY ?? 100_000);
const BATCH = Number(process.env.BENCH_ANALYTICS_BATCH ?? 1_000);
const EVENTS_PER_ARTICLE = 10;
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const COUNTRIES = ['USA', 'CHN', 'RUS', 'KOR', 'JPN', 'UKR', 'GBR', 'FRA', 'DEU', 'IND', 'IRN', 'ISR', 'TUR', 'BRA', 'PRK', 'UNO', 'EUR', 'NATO', 'EGY', 'SAU'];
const CODES = ['010', '020', '036', '042', '043', '046', '051', '057', '061', '070', '090', '111', '112', '120', '130', '138', '141', '163', '173', '190'];
const MODALITIES = ['asserted', 'planned', 'reported_intent', 'negated', 'hypothetical'] as const;

/** Articles of ten events each; every event has a full date, so its sort date is its date. */
function* generatedArticles(count: number, seed: number): Generator<{ key: string; events: DiplomaticEvent[] }> {
  const rand = seededRandom(seed);
  // a long tail: the first countries appear far more often
  const country = () => COUNTRIES[Math.floor(COUNTRIES.length * rand() ** 2)]!;
  for (let n = 0; n * EVENTS_PER_ARTICLE < count; n++) {
    const key = `articles/analytics-${n}.txt`;
    const articleId = articleIdFor('accord-articles-bench', key);
    const month = MONTHS[Math.floor(rand() * MONTHS.length)]!;
    const events: DiplomaticEvent[] = [];
    for (let i = 0; i < EVENTS_PER_ARTICLE && n * EVENTS_PER_ARTICLE + i < count; i++) {
      const source = country();
      const target = rand() < 0.15 ? null : country();
      const code = CODES[Math.floor(rand() * CODES.length)]!;
      events.push({
        id: `${articleId}-e${String(i).padStart(3, '0')}`,
        articleId,
        date: `${month}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
        dateText: null,
        source: { text: `${source} officials`, country: source, role: rand() < 0.7 ? 'GOV' : null },
        target: target ? { text: `${target} government`, country: target, role: 'GOV' } : null,
        cameo: { code, root: code.slice(0, 2), name: `CAMEO ${code}` },
        plover: null,
        quadClass: quadClassOfRoot(code.slice(0, 2)),
        goldstein: Math.round((rand() * 20 - 10) * 10) / 10,
        modality: MODALITIES[Math.floor(rand() ** 3 * MODALITIES.length)]!,
        location: null,
        evidence: { sentence: `Officials of ${source} met ${target ?? 'others'}.`, start: i * 100, end: i * 100 + 40, trigger: 'met' },
        mentions: 1 + Math.floor(rand() * 3),
        confidence: Math.round(rand() * 100) / 100,
        extractor: 'rules/bench',
      });
    }
    yield { key, events };
  }
}

async function folderBytes(root: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function timedQuery(root: string, sql: string, runs: number): Promise<{ ms: number; result: QueryResult }> {
  const database = await openEventsDatabase(root);
  try {
    const times: number[] = [];
    let result: QueryResult = { columns: [], rows: [] };
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      result = await database.query(sql);
      times.push(performance.now() - started);
    }
    return { ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)]!, result };
  } finally {
    database.close();
  }
}

/** Monday of the event's week, as DuckDB's and Trino's date_trunc('week', …) give it. */
function weekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** The dyad-week aggregate of events as the API returns them: key → [count, Goldstein sum]. */
function dyadWeeks(events: Iterable<DiplomaticEvent>): Map<string, [number, number]> {
  const groups = new Map<string, [number, number]>();
  for (const e of events) {
    if (!e.target || e.target.country === e.source.country) continue;
    const [a, b] = [e.source.country, e.target.country].sort();
    const key = `${String(a)}|${String(b)}|${weekOf(e.date!)}`;
    const group = groups.get(key) ?? [0, 0];
    group[0]++;
    group[1] += e.goldstein;
    groups.set(key, group);
  }
  return groups;
}

function sameAnswer(paged: Map<string, [number, number]>, sql: QueryResult): boolean {
  if (paged.size !== sql.rows.length) return false;
  return sql.rows.every(([a, b, week, events, mean]) => {
    const group = paged.get(`${String(a)}|${String(b)}|${String(week).slice(0, 10)}`);
    return group !== undefined && group[0] === events && Math.abs(group[1] / group[0] - Number(mean)) <= 0.005 + 1e-9;
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function exportMillion(scratch: string): Promise<{ root: string; duckMs: number; groups: number }> {
  const byMonth = new Map<string, MonthEvent[]>();
  const generated = performance.now();
  for (const { events } of generatedArticles(TOTAL, 13)) {
    for (const event of events) {
      const month = event.date!.slice(0, 7);
      const list = byMonth.get(month) ?? [];
      list.push({ event, sortDate: event.date! });
      byMonth.set(month, list);
    }
  }
  console.log(`generated ${TOTAL.toLocaleString('en-US')} events over ${byMonth.size} months in ${seconds(performance.now() - generated)}`);

  const root = join(scratch, 'full');
  const store = folderPartitionStore(root);
  const reader = { eventsOfMonth: (month: string) => Promise.resolve(byMonth.get(month) ?? []) };
  const started = performance.now();
  let files = 0;
  for (const month of [...byMonth.keys()].sort()) files += (await rebuildMonth(reader, store, month)).days;
  const exportMs = performance.now() - started;
  const bytes = await folderBytes(root);
  console.log(
    `export (Parquet encoding + writing every day file; month reads from memory): ${seconds(exportMs)}, ${Math.round(TOTAL / (exportMs / 1000)).toLocaleString('en-US')} events/s`,
  );
  console.log(
    `Parquet: ${bytes.toLocaleString('en-US')} bytes in ${files} day files = ${(((bytes / TOTAL) * 1e6) / 1024 / 1024).toFixed(1)} MiB per million events (${(bytes / TOTAL).toFixed(1)} bytes/event)`,
  );
  await dayUpdate(scratch, [...byMonth.values()].flat());
  byMonth.clear();

  const { ms, result } = await timedQuery(root, DYAD_WEEKS.sql, 3);
  console.log(
    `DuckDB dyad-week aggregate over ${TOTAL.toLocaleString('en-US')} events: ${ms.toFixed(0)} ms (median of 3), ${result.rows.length.toLocaleString('en-US')} groups`,
  );
  return { root, duckMs: ms, groups: result.rows.length };
}

/** One stream batch applied to a big day file: what a window of the export costs in Lambda time. */
async function dayUpdate(scratch: string, events: MonthEvent[]): Promise<void> {
  const day = '2026-03-04';
  const store = folderPartitionStore(join(scratch, 'day'));
  const dayEvents = events.slice(0, DAY).map(({ event }) => ({ event: { ...event, date: day }, sortDate: day }));
  await rebuildMonth({ eventsOfMonth: () => Promise.resolve(dayEvents) }, store, day.slice(0, 7));
  // Half of the batch changes events already in the file (a re-extraction), half adds new ones.
  const changes: EventChange[] = events.slice(DAY - BATCH / 2, DAY + BATCH / 2).map(({ event }) => ({
    day,
    eventId: event.id,
    event: { event: { ...event, date: day, goldstein: -event.goldstein }, sortDate: day },
  }));
  const runs: number[] = [];
  let report = { rowsBefore: 0, events: 0 };
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    report = await applyToDay(store, day, changes);
    runs.push(performance.now() - started);
  }
  const ms = runs.sort((a, b) => a - b)[1]!;
  console.log(
    `stream export, one batch of ${BATCH.toLocaleString('en-US')} changes applied to a day file of ${report.rowsBefore.toLocaleString('en-US')} events (read back, apply, encode, write): ${ms.toFixed(0)} ms (median of 3) = ${Math.round(report.rowsBefore / (ms / 1000)).toLocaleString('en-US')} rows rewritten/s`,
  );
}

async function pageSample(scratch: string, duckMs: number): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  let api: Awaited<ReturnType<typeof startHttpApi>> | undefined;
  try {
    const table = 'accord-events-analytics-bench';
    useLocalApiEnvironment(table, dynamo.endpoint);
    const client = new DynamoDBClient({});
    await ensureEventsTable(client, table);
    const documentClient = eventsDocumentClient(client);
    const repository = new DynamoEventRepository(documentClient, table);
    const loaded = performance.now();
    const articles = [...generatedArticles(SAMPLE, 13)];
    let next = 0;
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        while (next < articles.length) {
          const { key, events } = articles[next++]!;
          const location = { bucket: 'accord-articles-bench', key, versionId: null, etag: null, sequencer: '01' };
          await repository.saveProcessed({ location, title: key, url: null, publishedAt: null, extractor: 'rules/bench', contentHash: 'b'.repeat(64) }, events);
        }
      }),
    );
    console.log(
      `\nsample: ${SAMPLE.toLocaleString('en-US')} events (same generator) written to DynamoDB Local through the repository in ${seconds(performance.now() - loaded)}`,
    );

    const root = join(scratch, 'sample');
    const exported = performance.now();
    const reader = new EventMonthReader(documentClient, table);
    for (const month of await monthsToRebuild(reader)) await rebuildMonth(reader, folderPartitionStore(root), month);
    const sampleExportMs = performance.now() - exported;
    console.log(`sample backfill through the real path (Query per month on DynamoDB Local → day files): ${seconds(sampleExportMs)}`);
    const duck = await timedQuery(root, DYAD_WEEKS.sql, 3);

    const { handler } = await import('../functions/api/handler.ts');
    api = await startHttpApi({ handler, port: 0 });
    const paged: DiplomaticEvent[] = [];
    const started = performance.now();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const url = `${api.url}/events?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`GET /events: ${response.status} ${await response.text()}`);
      const page = (await response.json()) as { items: DiplomaticEvent[]; cursor?: string };
      paged.push(...page.items);
      cursor = page.cursor;
      pages++;
    } while (cursor);
    const answer = dyadWeeks(paged);
    const pagingMs = performance.now() - started;
    const extrapolated = (pagingMs * TOTAL) / paged.length;
    console.log(
      `paging GET /events?limit=100: ${paged.length.toLocaleString('en-US')} events in ${pages} pages, ${seconds(pagingMs)} (aggregate in JS included)`,
    );
    console.log(
      `DuckDB on the sample's export: ${duck.ms.toFixed(1)} ms; same answer as paging: ${sameAnswer(answer, duck.result) ? 'yes' : 'NO'} (${answer.size} groups)`,
    );
    console.log(`paging ${TOTAL.toLocaleString('en-US')} events, extrapolated linearly from the sample: ${seconds(extrapolated)}`);
    console.log(
      `ratio, paging the API (extrapolated) / DuckDB over the export, ${TOTAL.toLocaleString('en-US')} events: ${Math.round(extrapolated / duckMs).toLocaleString('en-US')}x`,
    );
    client.destroy();
  } finally {
    await api?.close();
    await dynamo.stop();
  }
}

async function main(): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'accord-bench-analytics-'));
  try {
    const { duckMs } = await exportMillion(scratch);
    await pageSample(scratch, duckMs);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
