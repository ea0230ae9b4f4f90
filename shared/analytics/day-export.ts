import { eventChangesOf, type EventChange, type StreamRecordImages } from '../storage/event-months.ts';
import { byDateAndId, dayFilePath, eventRow, type EventRow } from './event-columns.ts';
import { decodeEventRows, encodeEventRows } from './parquet-encoding.ts';
import type { PartitionStore } from './partition-store.ts';

/**
 * The analytics export, driven by the table's stream: each batch of stream records is applied to
 * the files of the days it touched (`month=YYYY-MM/YYYY-MM-DD.parquet`). A day's file is read back,
 * the batch's changes are laid over it in record order (the new image of an event replaces its row,
 * a removal or a move to another day drops it) and the day is written again; an emptied day's file
 * is deleted. The table is not read at all: the stream's images carry every event whole.
 *
 * Why this is exact: the stream delivers every change of an item once or more, in order, and the
 * export function runs one batch at a time (reserved concurrency 1), so each day's file ends as the
 * last change of each of its events left it. A batch applied twice (a retry, a replay from the
 * stream's start on the local stack) changes nothing more: the same images land in the same rows.
 * What it cannot repair on its own is a batch the event source gave up on (the failures queue):
 * the operator rebuilds from the table then (export-rebuild.ts, `accord export --backfill`).
 *
 * Why per day: a rewrite costs the size of the file it rewrites, and a 5-minute window of news
 * touches today's and a few recent days' files, not a month's (docs/cost.md).
 */
export interface DayExportReport {
  day: string;
  /** Rows in the day's file before the batch. */
  rowsBefore: number;
  /** Rows after (0: the file was deleted). */
  events: number;
  bytes: number;
}

/** Apply one day's changes (in record order) to its file. */
export async function applyToDay(store: PartitionStore, day: string, changes: readonly EventChange[]): Promise<DayExportReport> {
  const path = dayFilePath(day);
  const existing = await store.read(path);
  const rows = new Map<string, EventRow>(existing ? (await decodeEventRows(existing)).map((row) => [String(row.id), row]) : []);
  const rowsBefore = rows.size;
  for (const change of changes) {
    if (change.day !== day) continue;
    if (change.event) rows.set(change.eventId, eventRow(change.event));
    else rows.delete(change.eventId);
  }
  if (rows.size === 0) {
    if (existing) await store.remove(path);
    return { day, rowsBefore, events: 0, bytes: 0 };
  }
  const parquet = await encodeEventRows([...rows.values()].sort(byDateAndId));
  await store.write(path, parquet);
  return { day, rowsBefore, events: rows.size, bytes: parquet.byteLength };
}

/** Apply a batch of stream records to every day it touched; the days in ascending order. */
export async function exportStreamRecords(store: PartitionStore, records: readonly StreamRecordImages[]): Promise<DayExportReport[]> {
  const changes = eventChangesOf(records);
  const days = [...new Set(changes.map((change) => change.day))].sort();
  const reports: DayExportReport[] = [];
  for (const day of days) reports.push(await applyToDay(store, day, changes));
  return reports;
}
