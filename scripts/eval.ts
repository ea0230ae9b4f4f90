/**
 * `npm run eval`: scores the coder with the project's evaluation kit in ../shared/eval (outside the
 * repository; a user's checkout may not have it). Runs `npx accord extract` — the contract the
 * scorers are defined on — over the dev articles and the PLOVER gold-standard sentences, then over
 * the project's own article sets `eval/tuning` and `eval/holdout` with the kit's score.mjs, and
 * prints each scorer's summary lines, with root presence (scripts/root-presence.ts) and date agreement (scripts/date-agreement.ts);
 * last the passage bank (eval/passages, scripts/passage-bank.ts), each passage scored as an article.
 *
 *   npm run eval                                  all yardsticks
 *   npm run eval -- --verbose                     per-item misses and extras as well
 *   ACCORD_EVAL_SKIP_HOLDOUT=1 npm run eval       leave eval/holdout and every eval/holdout-N unscored (while tuning: keep them unseen)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dateAgreement, formatDateAgreement, type DateAgreement } from './date-agreement.ts';
import { formatRootPresence, rootPresence } from './root-presence.ts';
import { readPassages, writePassages } from './passage-bank.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ACCORD_EVAL_KIT points elsewhere (another checkout of the kit); default ../shared/eval from the repo root
const kit = process.env.ACCORD_EVAL_KIT ? resolve(process.env.ACCORD_EVAL_KIT) : resolve(repo, '..', 'shared', 'eval');
const verbose = process.argv.includes('--verbose');

if (!existsSync(kit)) {
  console.log(`eval: the evaluation kit is not here (${kit} does not exist), so nothing was scored.`);
  console.log('eval: it lives outside the repository; place it at ../shared/eval relative to the repo root to run both yardsticks.');
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'accord-eval-'));
const node = process.execPath;

function run(cmd: string, args: string[], outFile?: string): string {
  const r = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0 && !outFile) throw new Error(`${cmd} ${args.slice(0, 2).join(' ')} … exited ${r.status ?? `on ${String(r.signal)}`}: ${r.stderr}`);
  if (outFile) writeFileSync(outFile, r.stdout);
  return r.stdout;
}

function extract(files: string[], outFile: string): void {
  // the CLI contract that is evaluated: one JSON line per file
  const r = spawnSync('npx', ['accord', 'extract', ...files], { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (!r.stdout.trim()) throw new Error(`npx accord extract printed nothing (exit ${r.status ?? `on ${String(r.signal)}`}): ${r.stderr}`);
  writeFileSync(outFile, r.stdout);
}

function summary(output: string, pattern: RegExp): string {
  const lines = output.split('\n').filter((l) => l.trim());
  return (verbose ? lines : lines.filter((l) => pattern.test(l))).join('\n');
}

try {
  // 1. dev articles, article-level root F1
  const devDir = join(kit, 'dev');
  const devFiles = readdirSync(devDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(devDir, f));
  const devOut = join(work, 'dev.jsonl');
  extract(devFiles, devOut);
  const dev = run(node, [join(kit, 'score.mjs'), '--gold', devDir, '--pred', devOut, ...(verbose ? ['--verbose'] : [])]);
  console.log(`== dev articles (${devFiles.length}), score.mjs`);
  console.log(summary(dev, /^(code level|root level|articles with no)/));

  // 2. PLOVER gold-standard sentences, class macro F1
  const gsr = join(kit, 'gsr', 'PLOVER_GSR_CAMEO.json');
  const gsrDir = join(work, 'gsr');
  run(node, [join(kit, 'plover_score.mjs'), 'prepare', '--gsr', gsr, '--out', gsrDir]);
  const gsrFiles = readdirSync(gsrDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(gsrDir, f));
  const gsrOut = join(work, 'gsr.jsonl');
  extract(gsrFiles, gsrOut);
  const score = run(node, [join(kit, 'plover_score.mjs'), 'score', '--gsr', gsr, '--pred', gsrOut, ...(verbose ? ['--verbose'] : [])]);
  console.log(`== PLOVER GSR sentences (${gsrFiles.length}), plover_score.mjs`);
  console.log(summary(score, /sentences|^[A-Z]+ +tp/));

  // 3. the project's own article sets, same scorer and extract contract as the dev articles
  const skipHoldout = ['1', 'true', 'yes'].includes((process.env.ACCORD_EVAL_SKIP_HOLDOUT ?? '').toLowerCase());
  // the held-out sets are small one by one: their root-level counts summed are the steadier figure
  const heldOutCounts = { tp: 0, fp: 0, fn: 0, sets: 0 };
  const heldOutDates: DateAgreement = { exact: 0, coarser: 0, unstated: 0, missing: 0, wrong: 0, undated: 0 };
  // every eval/holdout, eval/holdout-N there is, in the order they were written
  const heldOutSets = readdirSync(join(repo, 'eval'))
    .filter((d) => /^holdout(-\d+)?$/.test(d))
    .sort((a, b) => Number(a.split('-')[1] ?? 1) - Number(b.split('-')[1] ?? 1));
  for (const set of ['tuning', ...heldOutSets]) {
    const heldOut = set !== 'tuning';
    if (heldOut && skipHoldout) {
      console.log(`== eval/${set}: skipped (ACCORD_EVAL_SKIP_HOLDOUT is set)`);
      continue;
    }
    const dir = join(repo, 'eval', set);
    if (!existsSync(dir)) {
      console.log(`== eval/${set}: not present, not scored`);
      continue;
    }
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(dir, f));
    const out = join(work, `${set}.jsonl`);
    extract(files, out);
    const scored = run(node, [join(kit, 'score.mjs'), '--gold', dir, '--pred', out, ...(verbose && !heldOut ? ['--verbose'] : [])]);
    console.log(`== eval/${set} articles (${files.length}), score.mjs`);
    // held-out sets print only their summary even with --verbose: their misses must not steer tuning
    console.log(
      heldOut
        ? scored
            .split('\n')
            .filter((l) => /^(code level|root level|articles with no)/.test(l))
            .join('\n')
        : summary(scored, /^(code level|root level|articles with no)/),
    );
    console.log(formatRootPresence(rootPresence(dir, out)));
    const dates = dateAgreement(dir, out);
    console.log(formatDateAgreement(dates));
    if (heldOut) for (const verdict of Object.keys(heldOutDates) as (keyof DateAgreement)[]) heldOutDates[verdict] += dates[verdict];
    const counts = /^root level:.*\(tp (\d+), fp (\d+), fn (\d+)\)/m.exec(scored);
    if (heldOut && !counts) console.warn(`eval/${set}: no root-level counts in score.mjs's output; left out of the summed figure`);
    if (heldOut && counts) {
      heldOutCounts.tp += Number(counts[1]);
      heldOutCounts.fp += Number(counts[2]);
      heldOutCounts.fn += Number(counts[3]);
      heldOutCounts.sets++;
    }
  }
  if (heldOutCounts.sets > 1) {
    const { tp, fp, fn, sets } = heldOutCounts;
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    console.log(
      `== all ${sets} held-out sets, root level summed: P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
    console.log(formatDateAgreement(heldOutDates));
  }
  // 4. the passage bank: short passages of consultations, intentions and cooperation, each scored as an article
  const bank = join(repo, 'eval', 'passages', 'bank.jsonl');
  if (existsSync(bank)) {
    const passages = readPassages(bank);
    const dir = join(work, 'passages');
    const files = writePassages(passages, dir);
    const out = join(work, 'passages.jsonl');
    extract(files, out);
    const scored = run(node, [join(kit, 'score.mjs'), '--gold', dir, '--pred', out, ...(verbose ? ['--verbose'] : [])]);
    console.log(`== eval/passages (${passages.length} passages, tuned on), score.mjs`);
    console.log(summary(scored, /^(code level|root level|articles with no)/));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
