import { parquetReadObjects } from 'hyparquet';
import type { SchemaElement } from 'hyparquet';
import { ByteWriter, parquetWrite } from 'hyparquet-writer';
import { EVENT_COLUMNS, type ColumnKind, type EventRow } from './event-columns.ts';
import { MS_PER_DAY } from '../model/calendar-years.ts';

/**
 * One day's rows as a Parquet file and back (hyparquet-writer and hyparquet: pure JavaScript, so
 * the export Lambda carries no native binary, and the local stack writes byte-for-byte what AWS
 * writes). Snappy-compressed, one row group per 100,000 rows, column statistics on (engines skip
 * row groups by them). Reading back is what lets the export apply a batch of changes to a day's
 * file instead of reading the day from the table again.
 */
const PHYSICAL: Record<ColumnKind, Omit<SchemaElement, 'name' | 'repetition_type'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  date: { type: 'INT32', converted_type: 'DATE' },
  int: { type: 'INT32' },
  double: { type: 'DOUBLE' },
};

const SCHEMA: SchemaElement[] = [
  { name: 'root', num_children: EVENT_COLUMNS.length },
  ...EVENT_COLUMNS.map((column) => ({
    name: column.name,
    ...PHYSICAL[column.kind],
    repetition_type: column.nullable ? ('OPTIONAL' as const) : ('REQUIRED' as const),
  })),
];

export async function encodeEventRows(rows: readonly EventRow[]): Promise<Uint8Array> {
  const columnData = EVENT_COLUMNS.map((column) => {
    const values = rows.map((row) => row[column.name] ?? null);
    // A Parquet DATE is days since 1970-01-01.
    const data = column.kind === 'date' ? values.map((v) => (v === null ? null : Date.parse(`${String(v)}T00:00:00Z`) / MS_PER_DAY)) : values;
    // Ids never repeat: a dictionary cannot pay off, and trying one costs most of the encoding time.
    return { name: column.name, data, nullable: column.nullable, ...(column.name === 'id' ? { encoding: 'PLAIN' as const } : {}) };
  });
  const writer = new ByteWriter();
  // Synchronous with the built-in Snappy; a Promise only with asynchronous compressors.
  await parquetWrite({ writer, columnData, schema: SCHEMA, rowGroupSize: 100_000, createdBy: 'accord analytics export' });
  return new Uint8Array(writer.getBuffer());
}

/** The rows of a file this module wrote, with the same values `eventRow` gives (dates as YYYY-MM-DD). */
export async function decodeEventRows(parquet: Uint8Array): Promise<EventRow[]> {
  const file = parquet.buffer.slice(parquet.byteOffset, parquet.byteOffset + parquet.byteLength) as ArrayBuffer;
  const rows = await parquetReadObjects({ file, columns: EVENT_COLUMNS.map((c) => c.name) });
  const dates = EVENT_COLUMNS.filter((c) => c.kind === 'date').map((c) => c.name);
  for (const row of rows) {
    for (const name of dates) {
      const value: unknown = row[name];
      if (value instanceof Date) row[name] = value.toISOString().slice(0, 10);
    }
  }
  return rows as EventRow[];
}
