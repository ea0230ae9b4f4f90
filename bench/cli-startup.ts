/**
 * `npm run bench:cli`: how long the `accord` command takes for `--help` and for extracting one
 * article, as whole processes, against `node -e 0` on the same Node in the same run (machines
 * differ severalfold; the ratio travels better than the milliseconds). The commands run in turn,
 * round by round, so a slow stretch of a shared machine touches each alike.
 *
 *   npm run bench:cli [-- --runs 15]
 *
 * `accord` is node_modules/.bin/accord, the command `npx accord` finds; `npx accord` adds npm's own
 * start-up, measured on the last row.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { freshCliBundle } from '../bin/cli-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 15;
const ARTICLE = 'samples/articles/2026-03-09_lee-state-visit-beijing.txt';
const accord = join(root, 'node_modules', '.bin', 'accord');

const commands: Record<string, [string, string[]]> = {
  'node -e 0 (reference)': [process.execPath, ['-e', '0']],
  'accord --help': [accord, ['--help']],
  'accord extract (one article)': [accord, ['extract', ARTICLE]],
  'npx accord extract (one article)': ['npx', ['--no-install', 'accord', 'extract', ARTICLE]],
};

const times = new Map<string, number[]>(Object.keys(commands).map((name) => [name, []]));
for (let round = -1; round < runs; round++) {
  for (const [name, [file, args]] of Object.entries(commands)) {
    const started = performance.now();
    const run = spawnSync(file, args, { cwd: root, encoding: 'utf8' });
    const ms = performance.now() - started;
    if (run.status !== 0) throw new Error(`${name} exited ${run.status}: ${run.stderr}`);
    // round -1 warms the file cache and is not counted
    if (round >= 0) times.get(name)!.push(ms);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const reference = median(times.get('node -e 0 (reference)')!);
const how = freshCliBundle(root) ? 'the bundle in dist/cli' : 'the TypeScript sources through tsx (no fresh bundle: npm run build:cli)';
console.log(`${runs} runs each, wall time per process, Node ${process.versions.node}; accord ran ${how}`);
for (const [name, values] of times) {
  const m = median(values);
  console.log(`${name.padEnd(34)} median ${Math.round(m).toString().padStart(5)} ms  min ${Math.round(Math.min(...values)).toString().padStart(5)} ms  ${(m / reference).toFixed(1)}× node -e 0`);
}
