/**
 * `npm run bench:extract`: throughput of the rule-based coder on one core, over the generated
 * corpus in bench/corpus/articles (≥ 2,000 sentences; regenerate with bench/corpus/generate.ts),
 * and the cold-start cost of loading the coder with its dictionaries.
 *
 *   npm run bench:extract [-- --seconds 5]
 */
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../shared/model/article.ts';

// Measured first, before anything else imports the coder: module load (the lexicons are built on first use, in the first article).
const t0 = performance.now();
const { RuleBasedExtractor } = await import('../shared/coder/rule-based-extractor.ts');
const { splitSentences } = await import('../shared/coder/text/sentence-splitter.ts');
const loadMs = performance.now() - t0;

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const seconds = Number(arg('--seconds') ?? 3);

const dir = join(dirname(fileURLToPath(import.meta.url)), 'corpus', 'articles');
const articles: Article[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const [title = '', ...rest] = text.split('\n');
    const body = rest.join('\n').replace(/\n+Leave a Reply\s*$/, '\n');
    return { id: `bench-${f}`, title, body, url: null, source: null, publishedAt: f.slice(0, 10), publishedFrom: 'filename', format: 'txt' } satisfies Article;
  });
const sentencesPerPass = articles.reduce((n, a) => n + splitSentences(a.body).length, 0);

const extractor = new RuleBasedExtractor();
// first article: includes lazy work such as building the lexicons and the first chrono-node parse
const tFirst = performance.now();
extractor.extractSync(articles[0]!);
const firstMs = performance.now() - tFirst;
for (const a of articles) extractor.extractSync(a); // warm-up pass

let passes = 0;
let events = 0;
const start = performance.now();
let elapsed = 0;
while (elapsed < seconds * 1000 || passes < 3) {
  for (const a of articles) events += extractor.extractSync(a).events.length;
  passes++;
  elapsed = performance.now() - start;
}
const secs = elapsed / 1000;
// Cold start as in Lambda: the coder bundled by esbuild, imported by a fresh node process.
function bundledLoadMs(): string {
  const work = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  try {
    const out = join(work, 'coder.mjs');
    const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'coder', 'rule-based-extractor.ts');
    const b = spawnSync('npx', ['esbuild', entry, '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`, '--log-level=error'], {
      encoding: 'utf8',
    });
    if (b.status !== 0) return `n/a (esbuild: ${b.stderr.trim().slice(0, 80)})`;
    const probe = `const t=performance.now();const m=await import(${JSON.stringify(out)});new m.RuleBasedExtractor();console.log((performance.now()-t).toFixed(0))`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    return r.status === 0 ? `${r.stdout.trim()} ms` : 'n/a';
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

console.log(`corpus: ${articles.length} articles, ${sentencesPerPass} sentences (bench/corpus/articles), ${passes} passes in ${secs.toFixed(2)} s`);
console.log(
  `coder module load (dictionaries built on first use): ${loadMs.toFixed(0)} ms through tsx, ${bundledLoadMs()} bundled (esbuild, fresh node); first article (builds them): ${firstMs.toFixed(1)} ms`,
);
console.log(
  `throughput: ${Math.round((sentencesPerPass * passes) / secs)} sentences/s, ${Math.round((articles.length * passes) / secs)} articles/s, ${(events / passes / articles.length).toFixed(1)} events/article (one core)`,
);
