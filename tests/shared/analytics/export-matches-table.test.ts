import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { afterAll, describe, expect, it } from 'vitest';
import { openEventsDatabase } from '../../../shared/analytics/duckdb-events.ts';
import { exportStreamRecords } from '../../../shared/analytics/day-export.ts';
import { dayOfFileName } from '../../../shared/analytics/event-columns.ts';
import { monthsToRebuild, rebuildMonth } from '../../../shared/analytics/export-rebuild.ts';
import { folderPartitionStore } from '../../../shared/analytics/partition-store.ts';
import type { DiplomaticEvent } from '../../../shared/model/diplomatic-event.ts';
import { DynamoEventRepository } from '../../../shared/storage/dynamo-event-repository.ts';
import { EventMonthReader } from '../../../shared/storage/event-months.ts';
import { LOCAL_CREDENTIALS } from '../../../infra/local/local-credentials.ts';
import { seededRandom } from '../../../infra/local/seeded-random.ts';
import { startStreamPoller } from '../../../infra/local/stream-poller.ts';
import { useDynamoDbLocal } from '../../support/dynamodb-local.ts';
import { event, location, processedArticle } from '../storage/event-fixtures.ts';

const dynamo = useDynamoDbLocal();
const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

const COUNTRIES = ['KOR', 'CHN', 'USA', 'RUS', 'FRA', 'IND'];
const CODES = ['042', '036', '057', '112', '190', '0311'];
const MONTHS = ['2025-01', '2025-02', '2025-03', '2026-07'];

/** What both sides are compared on: every exported column that comes from the event, per id. */
const COMPARED = "id, article_id, strftime(date, '%Y-%m-%d') AS date, source_country, target_country, cameo_code, quad_class, goldstein, modality, month";

function randomEvents(random: () => number, key: string, sequencer: string, count: number): DiplomaticEvent[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, n) => {
    const month = pick(MONTHS);
    return event(location(key, sequencer), {
      n,
      source: pick(COUNTRIES),
      target: random() < 0.2 ? null : pick(COUNTRIES),
      code: pick(CODES),
      // some events give no date: they take the article's publication date (2025-03-10)
      date: random() < 0.15 ? null : `${month}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
      goldstein: Math.round((random() * 20 - 10) * 10) / 10,
    });
  });
}

describe('the analytics export follows the table', () => {
  it('holds exactly the events of the table after random inserts, re-extractions, failures and deletes', async () => {
    const { client, documentClient, tableName } = await dynamo.newTable();
    const repository = new DynamoEventRepository(documentClient, tableName);
    const root = await mkdtemp(join(tmpdir(), 'accord-export-'));
    folders.push(root);
    const streams = new DynamoDBStreamsClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
    const poller = startStreamPoller({
      dynamodb: client,
      streams,
      tableName,
      intervalMs: 200,
      handler: async (records) => {
        await exportStreamRecords(folderPartitionStore(root), records);
      },
    });

    const random = seededRandom(13);
    const live = new Map<string, number>(); // key → last sequencer
    let sequencer = 1;
    const seq = () => (sequencer++).toString(16).padStart(8, '0');
    try {
      for (let step = 0; step < 120; step++) {
        const roll = random();
        const keys = [...live.keys()];
        const key = roll < 0.45 || keys.length === 0 ? `articles/a${step}.txt` : keys[Math.floor(random() * keys.length)]!;
        const s = seq();
        if (roll < 0.7 || keys.length === 0) {
          // a new article, or a re-extraction of one: a different set of events, some moved to other months
          await repository.saveProcessed(
            processedArticle(location(key, s), { extractor: `rules/${step}` }),
            randomEvents(random, key, s, Math.floor(random() * 6)),
          );
          live.set(key, step);
        } else if (roll < 0.8) {
          await repository.saveFailed(location(key, s), 'not English');
        } else {
          await repository.saveDeleted(location(key, s));
          live.delete(key);
        }
        if (step % 40 === 39) await poller.drain(); // exports interleave with writes, as in a running stack
      }
      // A month whose only article is deleted must lose its file, not keep its last events.
      const lonely = 'articles/only-one-in-2024-12.txt';
      const created = seq();
      await repository.saveProcessed(processedArticle(location(lonely, created)), [
        event(location(lonely, created), { n: 0, source: 'KOR', date: '2024-12-24' }),
      ]);
      await poller.drain();
      await repository.saveDeleted(location(lonely, seq()));
      await poller.drain();

      const fromTable: Record<string, unknown>[] = [];
      let cursor: string | undefined;
      do {
        const page = await repository.queryEvents({}, { limit: 100, ...(cursor ? { cursor } : {}) });
        for (const e of page.items) fromTable.push(await tableRow(e, repository));
        cursor = page.cursor;
      } while (cursor);

      fromTable.sort((a, b) => String(a.id).localeCompare(String(b.id)));
      expect(fromTable.length).toBeGreaterThan(50);
      expect(await exportedRows(root)).toEqual(fromTable);
      await expectOneDayPerFile(root);

      // The backfill rebuilds the same export from the table alone: into an empty folder (data from
      // before the export existed, or a lost export), and over the stream's folder with a leftover
      // file of the month-per-file layout, which it removes.
      const reader = new EventMonthReader(documentClient, tableName);
      const rebuilt = await mkdtemp(join(tmpdir(), 'accord-rebuilt-'));
      folders.push(rebuilt);
      for (const month of await monthsToRebuild(reader)) await rebuildMonth(reader, folderPartitionStore(rebuilt), month);
      expect(await exportedRows(rebuilt)).toEqual(fromTable);
      const [firstMonth] = await monthsToRebuild(reader, { fromMonth: '2025-01' });
      await writeFile(join(root, `month=${firstMonth}`, 'events.parquet'), await readFileOfADay(root, firstMonth!));
      const reports = [];
      for (const month of await monthsToRebuild(reader)) reports.push(await rebuildMonth(reader, folderPartitionStore(root), month));
      expect(reports.find((r) => r.month === firstMonth)?.removed).toBe(1);
      expect(reports.find((r) => r.month === '2024-12')).toMatchObject({ days: 0, events: 0 });
      expect(await exportedRows(root)).toEqual(fromTable);
      await expectOneDayPerFile(root);
    } finally {
      await poller.stop();
      streams.destroy();
    }
  }, 120_000);
});

async function exportedRows(root: string): Promise<Record<string, unknown>[]> {
  const database = await openEventsDatabase(root);
  try {
    const exported = await database.query(`SELECT ${COMPARED} FROM events ORDER BY id`);
    return exported.rows.map((row) => Object.fromEntries(exported.columns.map((c, i) => [c, row[i]])));
  } finally {
    database.close();
  }
}

/** Every file is `month=M/D.parquet` and holds the events of day D only; no file is empty. */
async function expectOneDayPerFile(root: string): Promise<void> {
  const database = await openEventsDatabase(root);
  try {
    const perFile = await database.query(
      `SELECT filename, count(*) AS n, count(DISTINCT date) AS days, strftime(min(date), '%Y-%m-%d') AS day, min(month) AS month FROM read_parquet('${root}/*/*.parquet', filename = true, hive_partitioning = true) GROUP BY 1`,
    );
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.parquet'));
    expect(perFile.rows.length).toBe(files.length);
    for (const [filename, n, days, day, month] of perFile.rows) {
      expect(dayOfFileName(String(filename).split('/').pop()!)).toBe(day);
      expect(String(filename)).toContain(`/month=${String(month)}/`);
      expect(String(day).slice(0, 7)).toBe(month);
      expect(days).toBe(1);
      expect(n).toBeGreaterThan(0);
    }
  } finally {
    database.close();
  }
}

/** The bytes of one day file of a month (to plant as a leftover month file: its rows would be counted twice). */
async function readFileOfADay(root: string, month: string): Promise<Buffer> {
  const [name] = await readdir(join(root, `month=${month}`));
  return readFile(join(root, `month=${month}`, name!));
}

/** The API's view of an event in the export's columns; the sort date is the article's date when the event has none. */
async function tableRow(e: DiplomaticEvent, repository: DynamoEventRepository): Promise<Record<string, unknown>> {
  const date = e.date?.length === 10 ? e.date : ((await repository.getArticle(e.articleId))?.publishedAt ?? '');
  return {
    id: e.id,
    article_id: e.articleId,
    date,
    source_country: e.source.country,
    target_country: e.target?.country ?? null,
    cameo_code: e.cameo.code,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    modality: e.modality,
    month: date.slice(0, 7),
  };
}
