import type { DiplomaticEvent } from '../model/diplomatic-event.ts';

/**
 * The analytics table `events`: the API's event fields flattened into columns, defined once.
 * The Parquet writer, the Glue table (Athena) and the local DuckDB view all take their columns from
 * here, so a query runs unchanged on both engines. `month` is not stored in the files: it is the
 * partition (the folder `month=YYYY-MM/`), which both engines add as a column. Inside a month's
 * folder there is one file per day (`YYYY-MM-DD.parquet`), so a change rewrites one day, not the month.
 *
 * Left out on purpose: `evidence.sentence` (up to 2,000 characters per event, most of the bytes an
 * engine would scan; `GET /events/{id}` has it) and `evidence.start`/`end` (offsets into a body
 * the export does not carry).
 */
export type ColumnKind = 'string' | 'date' | 'int' | 'double';

export interface EventColumn {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  value(event: DiplomaticEvent, sortDate: string): string | number | null;
}

const column = (name: string, kind: ColumnKind, nullable: boolean, value: EventColumn['value']): EventColumn => ({ name, kind, nullable, value });

export const EVENT_COLUMNS: readonly EventColumn[] = [
  column('id', 'string', false, (e) => e.id),
  column('article_id', 'string', false, (e) => e.articleId),
  // The sort date (docs/data-model.md): what the API orders and filters by, always a full day.
  column('date', 'date', false, (_e, sortDate) => sortDate),
  // The date as the text gave it (YYYY, YYYY-MM or YYYY-MM-DD), null when it gave none.
  column('event_date', 'string', true, (e) => e.date),
  column('date_text', 'string', true, (e) => e.dateText),
  column('source_text', 'string', false, (e) => e.source.text),
  column('source_country', 'string', false, (e) => e.source.country),
  column('source_role', 'string', true, (e) => e.source.role),
  column('target_text', 'string', true, (e) => e.target?.text ?? null),
  column('target_country', 'string', true, (e) => e.target?.country ?? null),
  column('target_role', 'string', true, (e) => e.target?.role ?? null),
  column('cameo_code', 'string', false, (e) => e.cameo.code),
  column('cameo_root', 'string', false, (e) => e.cameo.root),
  column('cameo_name', 'string', false, (e) => e.cameo.name),
  column('plover_event', 'string', true, (e) => e.plover?.event ?? null),
  column('plover_mode', 'string', true, (e) => e.plover?.mode ?? null),
  column('quad_class', 'int', false, (e) => e.quadClass),
  column('goldstein', 'double', false, (e) => e.goldstein),
  column('modality', 'string', false, (e) => e.modality),
  column('location_text', 'string', true, (e) => e.location?.text ?? null),
  column('location_country', 'string', true, (e) => e.location?.country ?? null),
  column('trigger', 'string', false, (e) => e.evidence.trigger),
  column('mentions', 'int', false, (e) => e.mentions),
  column('confidence', 'double', false, (e) => e.confidence),
  column('extractor', 'string', false, (e) => e.extractor),
];

/** The partition column both engines add from the folder name. */
export const PARTITION_COLUMN = 'month';

/** A month's folder under the export's root (a folder locally, a prefix in S3): the partition both engines read. */
export const monthFolder = (month: string): string => `${PARTITION_COLUMN}=${month}/`;

/** A day's file name inside its month's folder. */
export const dayFileName = (day: string): string => `${day}.parquet`;

/** Where one day's events live under the export's root: `month=YYYY-MM/YYYY-MM-DD.parquet`. */
export const dayFilePath = (day: string): string => `${monthFolder(day.slice(0, 7))}${dayFileName(day)}`;

/** The day a file name inside a month folder holds, or null for any other file (a leftover of the month-per-file layout). */
export function dayOfFileName(name: string): string | null {
  return /^(\d{4}-\d{2}-\d{2})\.parquet$/.exec(name)?.[1] ?? null;
}

/** Column types in Glue (Athena) and DuckDB. */
export const GLUE_TYPE: Record<ColumnKind, string> = { string: 'string', date: 'date', int: 'int', double: 'double' };
export const DUCKDB_TYPE: Record<ColumnKind, string> = { string: 'VARCHAR', date: 'DATE', int: 'INTEGER', double: 'DOUBLE' };

/** An event as the export stores it: the event and its sort date. */
export interface ExportedEvent {
  event: DiplomaticEvent;
  sortDate: string;
}

/** One row of the table as the export writes and reads it: column name → value, `date` as YYYY-MM-DD. */
export type EventRow = Readonly<Record<string, string | number | null>>;

export function eventRow({ event, sortDate }: ExportedEvent): EventRow {
  return Object.fromEntries(EVENT_COLUMNS.map((column) => [column.name, column.value(event, sortDate)]));
}

/** Rows in the order files hold them: by date, then id (stable files, tight row-group statistics on `date`). */
export function byDateAndId(a: EventRow, b: EventRow): number {
  return String(a.date).localeCompare(String(b.date)) || String(a.id).localeCompare(String(b.id));
}
