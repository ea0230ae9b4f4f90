// Line and branch coverage per folder, from the json-summary that `vitest run --coverage` writes:
// one row per top-level source folder and per folder of shared/ (`npm run coverage` prints it last).
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

interface Counts {
  total: number;
  covered: number;
}
type FileSummary = Record<'lines' | 'branches', Counts>;

const root = resolve(import.meta.dirname, '..');
const summaryPath = resolve(root, process.argv[2] ?? 'coverage/coverage-summary.json');
const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as Record<string, FileSummary>;

/** The folders a file counts towards: its top-level folder and, inside shared/, its subfolder. */
function foldersOf(path: string): string[] {
  const parts = path.split('/');
  if (parts.length < 2) return [];
  const top = `${parts[0]!}/`;
  return parts[0] === 'shared' && parts.length > 2 ? [top, `${top}${parts[1]!}/`] : [top];
}

const rows = new Map<string, FileSummary & { files: number }>();
for (const [file, counts] of Object.entries(summary)) {
  if (file === 'total') continue;
  for (const folder of foldersOf(relative(root, file))) {
    const row = rows.get(folder) ?? { files: 0, lines: { total: 0, covered: 0 }, branches: { total: 0, covered: 0 } };
    row.files++;
    for (const kind of ['lines', 'branches'] as const) {
      row[kind].total += counts[kind].total;
      row[kind].covered += counts[kind].covered;
    }
    rows.set(folder, row);
  }
}

const percent = ({ total, covered }: Counts) => (total === 0 ? '-' : `${((100 * covered) / total).toFixed(1)} %`);
console.log(`\n${'folder'.padEnd(24)}${'files'.padStart(6)}${'lines'.padStart(10)}${'branches'.padStart(10)}`);
for (const [folder, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${folder.padEnd(24)}${String(row.files).padStart(6)}${percent(row.lines).padStart(10)}${percent(row.branches).padStart(10)}`);
}
