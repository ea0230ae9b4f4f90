import type { Cell, QueryResult } from '../shared/analytics/duckdb-events.ts';
import { formatTable, type Column } from './table.ts';

/** A query result as `accord sql` prints it: a table for people, CSV or JSON lines for programs. */
export type OutputMode = 'table' | 'csv' | 'json';

export function formatQueryResult(result: QueryResult, mode: OutputMode, width = 160): string {
  if (mode === 'json') {
    return result.rows.map((row) => `${JSON.stringify(Object.fromEntries(result.columns.map((c, i) => [c, row[i] ?? null])))}\n`).join('');
  }
  if (mode === 'csv') return [result.columns, ...result.rows].map((row) => `${row.map(csvField).join(',')}\n`).join('');
  const columns: Column<Cell[]>[] = result.columns.map((header, i) => ({
    header,
    value: (row) => (row[i] === null ? '' : String(row[i])),
    max: 60,
    align: result.rows.some((row) => typeof row[i] === 'number') ? 'right' : 'left',
  }));
  return `${formatTable(columns, result.rows, width)}\n\n${result.rows.length} row(s)\n`;
}

/** RFC 4180: quote a field holding a comma, quote, or line break; double the quotes inside. */
function csvField(cell: Cell | string | undefined): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
