import type { EventMonthReader } from '../storage/event-months.ts';
import { byDateAndId, dayFileName, dayFilePath, eventRow, monthFolder, type EventRow } from './event-columns.ts';
import { encodeEventRows } from './parquet-encoding.ts';
import type { PartitionStore } from './partition-store.ts';

/**
 * The export rebuilt from the table, month by month (`accord export --backfill`): for a stage or a
 * local data folder that held events before the export existed, after a batch the stream export
 * gave up on, or after a loss. Walks the months the month calendar knows (one small item) and reads
 * each with one paginated Query of its all-events bucket; never a Scan. Each month's day files are
 * written from that read, and every other file in the month's folder (an emptied day, a file of the
 * old one-file-per-month layout) is deleted, so a month is a function of the table: running it again
 * changes nothing, and a run stopped halfway is finished by running it again (from the month it
 * stopped at, with `from`).
 */
export interface MonthRebuildReport {
  month: string;
  days: number;
  events: number;
  bytes: number;
  /** Files deleted from the month's folder: days without events now, leftovers of another layout. */
  removed: number;
}

export interface RebuildRange {
  /** First and last month (YYYY-MM) to rebuild; both optional. */
  fromMonth?: string;
  toMonth?: string;
}

export async function rebuildMonth(reader: Pick<EventMonthReader, 'eventsOfMonth'>, store: PartitionStore, month: string): Promise<MonthRebuildReport> {
  const byDay = new Map<string, EventRow[]>();
  for (const event of await reader.eventsOfMonth(month)) {
    const rows = byDay.get(event.sortDate) ?? [];
    rows.push(eventRow(event));
    byDay.set(event.sortDate, rows);
  }
  let bytes = 0;
  let events = 0;
  for (const [day, rows] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    const parquet = await encodeEventRows(rows.sort(byDateAndId));
    await store.write(dayFilePath(day), parquet);
    bytes += parquet.byteLength;
    events += rows.length;
  }
  const kept = new Set([...byDay.keys()].map(dayFileName));
  const stale = (await store.list(monthFolder(month))).filter((name) => name.endsWith('.parquet') && !kept.has(name));
  for (const name of stale) await store.remove(`${monthFolder(month)}${name}`);
  return { month, days: byDay.size, events, bytes, removed: stale.length };
}

/** The months a rebuild walks: every month the calendar knows, within the range, oldest first. */
export async function monthsToRebuild(reader: Pick<EventMonthReader, 'eventMonths'>, range: RebuildRange = {}): Promise<string[]> {
  return (await reader.eventMonths()).filter(
    (m) => (range.fromMonth === undefined || m >= range.fromMonth) && (range.toMonth === undefined || m <= range.toMonth),
  );
}
