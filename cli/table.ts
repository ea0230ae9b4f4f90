/**
 * Plain-text tables for the terminal: fixed columns take their natural width (capped),
 * the one flexible column takes what is left of the terminal and is cut with an ellipsis.
 */
export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  /** Cap on the natural width. */
  max?: number;
  /** Takes the remaining width (one per table). */
  flexible?: boolean;
  align?: 'left' | 'right';
}

const GAP = '  ';
const MIN_FLEXIBLE = 20;

export function formatTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[], totalWidth = 120): string {
  const cells = rows.map((row) => columns.map((column) => singleLine(column.value(row))));
  const widths = columns.map((column, i) =>
    Math.min(column.max ?? Number.POSITIVE_INFINITY, Math.max(column.header.length, ...cells.map((row) => row[i]!.length))),
  );
  const flexible = columns.findIndex((column) => column.flexible);
  if (flexible >= 0) {
    const fixed = widths.reduce((sum, width, i) => (i === flexible ? sum : sum + width), 0) + GAP.length * (columns.length - 1);
    widths[flexible] = Math.max(MIN_FLEXIBLE, Math.min(widths[flexible]!, totalWidth - fixed));
  }
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => pad(truncate(value, widths[i]!), widths[i]!, columns[i]!.align ?? 'left'))
      .join(GAP)
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function truncate(text: string, width: number): string {
  if (text.length <= width) return text;
  return width <= 1 ? text.slice(0, width) : `${text.slice(0, width - 1)}\u2026`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  return align === 'right' ? text.padStart(width) : text.padEnd(width);
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
