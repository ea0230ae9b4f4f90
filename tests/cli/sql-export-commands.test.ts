import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEventsDatabase } from '../../shared/analytics/duckdb-events.ts';
import { rebuildMonth } from '../../shared/analytics/export-rebuild.ts';
import { folderPartitionStore } from '../../shared/analytics/partition-store.ts';
import { localAnalyticsRoot } from '../../infra/local/local-analytics-root.ts';
import type { MonthEvent } from '../../shared/storage/event-months.ts';
import { event, location } from '../shared/storage/event-fixtures.ts';
import { jsonLines, runAccord } from './run-accord.ts';

/** A local data folder whose export holds five events in two months, written by the export code. */
const dataDir = mkdtempSync(join(tmpdir(), 'accord-sql-'));
const loc = location('articles/summit.txt', '01');
const EVENTS: MonthEvent[] = [
  { event: event(loc, { n: 1, source: 'KOR', target: 'CHN', code: '042', date: '2026-03-02', goldstein: 1.9 }), sortDate: '2026-03-02' },
  { event: event(loc, { n: 2, source: 'CHN', target: 'KOR', code: '036', date: '2026-03-04', goldstein: 4 }), sortDate: '2026-03-04' },
  { event: event(loc, { n: 3, source: 'KOR', target: 'USA', code: '112', date: '2026-03-05', goldstein: -2 }), sortDate: '2026-03-05' },
  { event: event(loc, { n: 4, source: 'USA', target: 'CHN', code: '0311', date: '2026-04-01', goldstein: 5.2 }), sortDate: '2026-04-01' },
  { event: event(loc, { n: 5, source: 'RUS', target: null, code: '190', date: '2026-04-09', goldstein: -10 }), sortDate: '2026-04-09' },
];

beforeAll(async () => {
  const store = folderPartitionStore(localAnalyticsRoot(dataDir));
  const reader = { eventsOfMonth: async (month: string) => EVENTS.filter((e) => e.sortDate.startsWith(month)) };
  await rebuildMonth(reader, store, '2026-03');
  await rebuildMonth(reader, store, '2026-04');
});

describe('npx accord sql (local DuckDB)', () => {
  it('prints a table by default, and the same rows as CSV and as JSON lines', async () => {
    const sql = 'SELECT source_country, count(*) AS events, round(avg(goldstein), 2) AS goldstein FROM events GROUP BY 1 ORDER BY 1';
    const table = await runAccord(['sql', sql, '--data-dir', dataDir]);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n').slice(0, 2)).toEqual(['source_country  events  goldstein', '--------------  ------  ---------']);
    expect(table.stdout).toContain('KOR                  2      -0.05');
    expect(table.stdout).toContain('4 row(s)');

    const csv = await runAccord(['sql', sql, '--data-dir', dataDir, '--csv']);
    expect(csv.stdout).toBe('source_country,events,goldstein\nCHN,1,4\nKOR,2,-0.05\nRUS,1,-10\nUSA,1,5.2\n');

    const json = await runAccord(['sql', sql, '--data-dir', dataDir, '--json']);
    expect(jsonLines(json.stdout)[1]).toEqual({ source_country: 'KOR', events: 2, goldstein: -0.05 });
  }, 60_000);

  it('has the partition column `month` and the sort date as a DATE', async () => {
    const run = await runAccord([
      'sql',
      'SELECT month, min(date) AS first, typeof(min(date)) AS type FROM events GROUP BY 1 ORDER BY 1',
      '--data-dir',
      dataDir,
      '--json',
    ]);
    expect(jsonLines(run.stdout)).toEqual([
      { month: '2026-03', first: '2026-03-02', type: 'DATE' },
      { month: '2026-04', first: '2026-04-01', type: 'DATE' },
    ]);
  }, 30_000);

  it('answers over an empty export with the same columns, and reports a bad query on one line', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'accord-sql-empty-'));
    const count = await runAccord(['sql', 'SELECT count(*) AS n, count(cameo_root) AS roots FROM events', '--data-dir', empty, '--csv']);
    expect(count.stdout).toBe('n,roots\n0,0\n');
    const bad = await runAccord(['sql', 'SELECT nope FROM events', '--data-dir', dataDir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^accord: .*nope/);
  }, 30_000);
});

describe('npx accord export', () => {
  it('writes the filtered events as Parquet, CSV and JSON lines', async () => {
    const out = mkdtempSync(join(tmpdir(), 'accord-export-out-'));
    const parquet = await runAccord(['export', '--format', 'parquet', '--actor', 'KOR', '--out', join(out, 'kor.parquet'), '--data-dir', dataDir]);
    expect(parquet.stdout).toBe(`3 event(s) written to ${join(out, 'kor.parquet')} (parquet)\n`);
    const database = await openEventsDatabase(join(out, 'none'));
    try {
      const read = await database.query(`SELECT id, target_country FROM read_parquet('${join(out, 'kor.parquet')}') ORDER BY id`);
      expect(read.rows.map((r) => r[1])).toEqual(['CHN', 'KOR', 'USA']);
    } finally {
      database.close();
    }

    await runAccord(['export', '--format', 'csv', '--from', '2026-03-03', '--to', '2026-04-01', '--out', join(out, 'part.csv'), '--data-dir', dataDir]);
    const lines = readFileSync(join(out, 'part.csv'), 'utf8').trim().split('\n');
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['id', 'article_id', 'date']);
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(['2026-03-04', '2026-03-05', '2026-04-01']);

    await runAccord(['export', '--format', 'jsonl', '--dyad', 'CHN,KOR', '--out', join(out, 'dyad.jsonl'), '--data-dir', dataDir]);
    expect(jsonLines(readFileSync(join(out, 'dyad.jsonl'), 'utf8')).map((e) => e.cameo_code)).toEqual(['042', '036']);
  }, 60_000);

  it('refuses a malformed filter before reading anything', async () => {
    const run = await runAccord(['export', '--actor', "KOR' OR 1=1 --", '--out', '/tmp/never.parquet', '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--actor must be a country or organisation code');
  }, 30_000);

  it('needs --out, or --backfill without file options and row filters', async () => {
    const noOut = await runAccord(['export', '--data-dir', dataDir]);
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toBe('accord: --out FILE is required (or --backfill to rebuild the export)\n');
    const filtered = await runAccord(['export', '--backfill', '--actor', 'KOR', '--data-dir', dataDir]);
    expect(filtered.stderr).toBe('accord: --backfill rebuilds whole months: it takes --from/--to, not --actor\n');
    const month = await runAccord(['export', '--backfill', '--from', 'March', '--data-dir', dataDir]);
    expect(month.stderr).toBe('accord: --from must be YYYY-MM or YYYY-MM-DD, got "March"\n');
    const stage = await runAccord(['export', '--stage', 'prod', '--out', '/tmp/never.parquet']);
    expect(stage.stderr).toBe('accord: --stage goes with --backfill; to query a stage, use `accord sql --stage`\n');
  }, 60_000);
});
