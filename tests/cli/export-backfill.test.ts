import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { localAnalyticsRoot } from '../../infra/local/local-analytics-root.ts';
import { LOCAL_CREDENTIALS } from '../../infra/local/local-credentials.ts';
import { dayOfFileName, monthFolder } from '../../shared/analytics/event-columns.ts';
import { monthsToRebuild, rebuildMonth } from '../../shared/analytics/export-rebuild.ts';
import { decodeEventRows } from '../../shared/analytics/parquet-encoding.ts';
import { s3PartitionStore } from '../../shared/analytics/partition-store.ts';
import { eventsDocumentClient } from '../../shared/storage/document-client.ts';
import { EventMonthReader } from '../../shared/storage/event-months.ts';
import { useLocalStack } from '../support/local-stack.ts';
import { jsonLines, runAccord } from './run-accord.ts';

/**
 * `accord export --backfill` against the local stack: articles ingested for real (DynamoDB Local,
 * fauxqs), the export lost, then rebuilt from the table by the command, and the same rebuild into
 * a bucket of the S3 emulator (what `--stage` does in AWS).
 */
const local = useLocalStack();
const SAMPLES = ['2026-03-09_lee-state-visit-beijing.txt', '2026-05-20_eu-sanctions-belarus.txt', '2026-07-08_trilateral-summit-planned.txt'];

async function apiEventIds(): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const { body } = await local.api<{ items: { id: string }[]; cursor?: string }>(`/events?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    ids.push(...body.items.map((e) => e.id));
    cursor = body.cursor;
  } while (cursor);
  return ids.sort();
}

async function exportedIds(dataDir: string): Promise<string[]> {
  const run = await runAccord(['sql', 'SELECT id FROM events ORDER BY id', '--json', '--data-dir', dataDir]);
  expect(run.stderr).toBe('');
  return jsonLines(run.stdout).map((row) => String(row.id));
}

describe('accord export --backfill', () => {
  it('rebuilds a lost export from the table, month by month, removing leftover files; running it again changes nothing', async () => {
    for (const name of SAMPLES) {
      await local.upload(`articles/backfill/${name}`, await readFile(join(import.meta.dirname, '..', '..', 'samples', 'articles', name)));
    }
    await local.stack.waitForIngestIdle(60_000);
    await local.stack.analytics.drain();
    const ids = await apiEventIds();
    expect(ids.length).toBeGreaterThan(10);
    const { dataDir } = local.stack;
    expect(await exportedIds(dataDir)).toEqual(ids);

    // The export is lost (or the data predates it); a file of the month-per-file layout is left over.
    const root = localAnalyticsRoot(dataDir);
    await rm(root, { recursive: true, force: true });
    await mkdir(join(root, monthFolder('2026-03')), { recursive: true });
    await writeFile(join(root, monthFolder('2026-03'), 'events.parquet'), 'not a day file');
    expect(await exportedIds(dataDir)).toEqual([]);

    const run = await runAccord(['export', '--backfill', '--data-dir', dataDir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const months = lines.filter((line) => /^\[\d+\/\d+\] \d{4}-\d{2}: /.test(line));
    expect(lines[0]).toBe(
      `rebuilding the analytics export of the local stack from table ${local.stack.endpoints.table} into ${root}: ${months.length} month(s)`,
    );
    expect(months.length).toBeGreaterThanOrEqual(3);
    expect(months.find((line) => line.includes(' 2026-03: '))).toMatch(/event\(s\) in \d+ day file\(s\), [\d.]+ (KiB|MiB), 1 stale file\(s\) removed$/);
    expect(lines.at(-1)).toMatch(new RegExp(`^done: ${months.length} month\\(s\\), ${ids.length} event\\(s\\), [\\d.]+ (KiB|MiB)$`));
    expect(await exportedIds(dataDir)).toEqual(ids);

    const again = await runAccord(['export', '--backfill', '--from', '2026-05-01', '--to', '2026-07', '--data-dir', dataDir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(': 2 month(s)\n[1/2] 2026-05: ');
    expect(again.stdout).toContain('\n[2/2] 2026-07: ');
    expect(await exportedIds(dataDir)).toEqual(ids);
  }, 180_000);

  it('says how to start the local stack when none ran in the data folder', async () => {
    const run = await runAccord(['export', '--backfill', '--data-dir', join(local.stack.dataDir, 'nothing-here')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^accord: no local stack has run in .*nothing-here: start it with `npm start`/);
  }, 30_000);

  it('rebuilds into a bucket of the S3 emulator as into the folder (the --stage path)', async () => {
    const bucket = 'accord-analytics-local-backfill';
    await local.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const store = s3PartitionStore(local.s3, bucket, 'events/');
    await store.write(`${monthFolder('2026-03')}events.parquet`, new Uint8Array([1, 2, 3]));
    const dynamodb = new DynamoDBClient({
      endpoint: local.stack.endpoints.dynamodbEndpoint,
      region: local.stack.endpoints.region,
      credentials: LOCAL_CREDENTIALS,
    });
    try {
      const reader = new EventMonthReader(eventsDocumentClient(dynamodb), local.stack.endpoints.table);
      const ids: string[] = [];
      for (const month of await monthsToRebuild(reader)) {
        const report = await rebuildMonth(reader, store, month);
        expect(report.removed).toBe(month === '2026-03' ? 1 : 0);
        const names = await store.list(monthFolder(month));
        expect(names).toHaveLength(report.days);
        for (const name of names) {
          const rows = await decodeEventRows((await store.read(`${monthFolder(month)}${name}`))!);
          expect(new Set(rows.map((r) => r.date))).toEqual(new Set([dayOfFileName(name)]));
          ids.push(...rows.map((r) => String(r.id)));
        }
      }
      expect(ids.sort()).toEqual(await apiEventIds());
      expect(await store.read(`${monthFolder('2026-03')}events.parquet`)).toBeUndefined();
    } finally {
      dynamodb.destroy();
    }
  }, 60_000);
});
