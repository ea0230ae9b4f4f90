/**
 * `npm run bench:cli`: how long the `accord` command takes for `--help` and for extracting one
 * article, as whole processes, against `node -e 0` on the same Node in the same run (machines
 * differ severalfold; the ratio travels better than the milliseconds). The commands run in turn,
 * round by round, so a slow stretch of a shared machine touches each alike. Wall time is what a
 * user waits on an idle machine; CPU time (user + system of the process and all it waited for, from
 * its shell's /proc stat) is what a busy machine cannot inflate.
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
import { median } from './sample-statistics.ts';

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

// The shell runs the command, then prints its own /proc stat: cutime and cstime (fields 16 and 17)
// are the CPU ticks of the children it waited for, the command and everything under it.
const CPU_REPORTING_SHELL = '"$@" >/dev/null || exit $?; cat /proc/$$/stat';
const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

const times = new Map<string, { wallMs: number[]; cpuMs: number[] }>(Object.keys(commands).map((name) => [name, { wallMs: [], cpuMs: [] }]));
for (let round = -1; round < runs; round++) {
  for (const [name, [file, args]] of Object.entries(commands)) {
    const started = performance.now();
    const run = spawnSync('sh', ['-c', CPU_REPORTING_SHELL, 'sh', file, ...args], { cwd: root, encoding: 'utf8' });
    const wallMs = performance.now() - started;
    if (run.status !== 0) throw new Error(`${name} exited ${run.status}: ${run.stderr}`);
    const fields = run.stdout.slice(run.stdout.lastIndexOf(')') + 2).split(' ');
    // fields[0] is stat field 3: cutime (16) and cstime (17) are at 13 and 14
    const cpuMs = ((Number(fields[13]) + Number(fields[14])) / ticksPerSecond) * 1000;
    // round -1 warms the file cache and is not counted
    if (round >= 0) {
      times.get(name)!.wallMs.push(wallMs);
      times.get(name)!.cpuMs.push(cpuMs);
    }
  }
}

const reference = times.get('node -e 0 (reference)')!;
const how = freshCliBundle(root) ? 'the bundle in dist/cli' : 'the TypeScript sources through tsx (no fresh bundle: npm run build:cli)';
console.log(`${runs} runs each, whole processes, Node ${process.versions.node}; accord ran ${how}`);
const ms = (value: number) => `${Math.round(value).toString().padStart(5)} ms`;
for (const [name, { wallMs, cpuMs }] of times) {
  const wall = median(wallMs);
  const cpu = median(cpuMs);
  console.log(
    `${name.padEnd(34)} wall median ${ms(wall)} (min ${ms(Math.min(...wallMs))}, ${(wall / median(reference.wallMs)).toFixed(1)}× node -e 0)` +
      `  CPU median ${ms(cpu)} (${(cpu / median(reference.cpuMs)).toFixed(1)}× node -e 0)`,
  );
}
