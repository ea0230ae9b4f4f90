import { ByteWriter, parquetWrite } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import { EVENT_COLUMNS, type ColumnKind } from './event-columns.ts';
import type { MonthEvent } from '../storage/event-months.ts';

/**
 * One month's events as a Parquet file (hyparquet-writer: pure JavaScript, so the export Lambda
 * carries no native binary, and the local stack writes byte-for-byte what AWS writes).
 * Snappy-compressed, one row group per 100,000 rows, column statistics on (engines skip row
 * groups by them).
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

const MS_PER_DAY = 86_400_000;

export async function encodeEventsParquet(events: readonly MonthEvent[]): Promise<Uint8Array> {
  const columnData = EVENT_COLUMNS.map((column) => {
    const values = events.map(({ event, sortDate }) => column.value(event, sortDate));
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
