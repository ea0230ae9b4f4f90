import type { EventChange, EventMonthReader, MonthEvent, StreamRecordImages } from '../storage/event-months.ts';
import { eventChangesOf } from '../storage/event-months.ts';
import { encodeEventsParquet } from './parquet-encoding.ts';
import type { PartitionStore } from './partition-store.ts';

/**
 * The analytics export: each month partition is rewritten whole from a Query of that month, so a
 * partition always equals what the table held when it was read (inserts, re-extractions and
 * deletes alike), and rewriting twice is harmless. Driven by the table's stream: a batch of stream
 * records names the months it touched, and only those are rewritten (never a scan of the table).
 *
 * The month is read from the all-events index, which DynamoDB maintains asynchronously. The batch's
 * own records are laid over what the Query returned, so a partition is never older than the
 * records that triggered its rewrite, even if the index lags them.
 */
export interface MonthExportReport {
  month: string;
  events: number;
  bytes: number;
}

export async function exportMonth(
  reader: Pick<EventMonthReader, 'eventsOfMonth'>,
  store: PartitionStore,
  month: string,
  overlay: readonly EventChange[] = [],
): Promise<MonthExportReport> {
  const byId = new Map<string, MonthEvent>((await reader.eventsOfMonth(month)).map((e) => [e.event.id, e]));
  for (const change of overlay) {
    if (change.month !== month) continue;
    if (change.event) byId.set(change.eventId, change.event);
    else byId.delete(change.eventId);
  }
  const events = [...byId.values()].sort((a, b) => a.sortDate.localeCompare(b.sortDate) || a.event.id.localeCompare(b.event.id));
  if (events.length === 0) {
    await store.remove(month);
    return { month, events: 0, bytes: 0 };
  }
  const parquet = await encodeEventsParquet(events);
  await store.put(month, parquet);
  return { month, events: events.length, bytes: parquet.byteLength };
}

/** Rewrite every month the stream records touched; the months in ascending order. */
export async function exportStreamRecords(
  reader: Pick<EventMonthReader, 'eventsOfMonth'>,
  store: PartitionStore,
  records: readonly StreamRecordImages[],
): Promise<MonthExportReport[]> {
  const changes = eventChangesOf(records);
  const months = [...new Set(changes.map((change) => change.month))].sort();
  const reports: MonthExportReport[] = [];
  for (const month of months) reports.push(await exportMonth(reader, store, month, changes));
  return reports;
}

/** Rewrite every month the table knows (first export of an existing table, or a rebuild). */
export async function exportAllMonths(reader: Pick<EventMonthReader, 'eventsOfMonth' | 'eventMonths'>, store: PartitionStore): Promise<MonthExportReport[]> {
  const reports: MonthExportReport[] = [];
  for (const month of await reader.eventMonths()) reports.push(await exportMonth(reader, store, month));
  return reports;
}
