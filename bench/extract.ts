/**
 * `npm run bench:extract`: throughput of the rule-based coder on one core, over the generated
 * corpus in bench/corpus/articles (≥ 2,000 sentences; regenerate with bench/corpus/generate.ts),
 * and the cold-start cost of loading the coder with its dictionaries.
 *
 *   npm run bench:extract [-- --seconds 6] [-- --against DIR]
 *
 * `--against DIR`: a checkout of another version (a git worktree of an earlier tag, say) whose coder is bundled the
 * same way and timed in the same alternating rounds, so a change's cost is a ratio this machine's drift cannot move.
 */
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
const seconds = Number(arg('--seconds') ?? 6);

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

type Coder = { extractSync(article: Article): { events: unknown[] } };

/**
 * The coder bundled by esbuild into one file (the deployed bundles add minification and chunks, which change load
 * time, not coding speed) is the headline figure.
 * Through tsx the same source runs with tsx's keepNames wrappers (each inner function created in a
 * hot loop is renamed by a helper call), which the deployed code does not have; it is printed
 * beside it, measured in alternating rounds of the same run.
 */
const work = mkdtempSync(join(tmpdir(), 'accord-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const bundle = join(work, 'coder.mjs');
const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'coder', 'rule-based-extractor.ts');
function bundleCoder(from: string, outfile: string): void {
  const built = spawnSync('npx', ['esbuild', from, '--bundle', '--platform=node', '--format=esm', `--outfile=${outfile}`, '--log-level=error'], {
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`esbuild failed: ${built.stderr.trim()}`);
}
bundleCoder(entry, bundle);
const againstDir = arg('--against');
const againstBundle = join(work, 'against.mjs');
if (againstDir) bundleCoder(join(againstDir, 'shared', 'coder', 'rule-based-extractor.ts'), againstBundle);

// Cold start as in Lambda: the bundle imported by a fresh node process.
const probe = `const t=performance.now();const m=await import(${JSON.stringify(bundle)});new m.RuleBasedExtractor();console.log((performance.now()-t).toFixed(0))`;
const loaded = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
const bundledLoad = loaded.status === 0 ? `${loaded.stdout.trim()} ms` : 'n/a';

const fromSource: Coder = new RuleBasedExtractor();
// first article: includes lazy work such as building the lexicons and the first chrono-node parse
const tFirst = performance.now();
fromSource.extractSync(articles[0]!);
const firstMs = performance.now() - tFirst;
const { RuleBasedExtractor: BundledExtractor } = (await import(pathToFileURL(bundle).href)) as { RuleBasedExtractor: new () => Coder };
type Name = 'bundled' | 'source' | 'against';
const coders: Partial<Record<Name, Coder>> & Record<'bundled' | 'source', Coder> = { bundled: new BundledExtractor(), source: fromSource };
if (againstDir) {
  const { RuleBasedExtractor: Against } = (await import(pathToFileURL(againstBundle).href)) as { RuleBasedExtractor: new () => Coder };
  coders.against = new Against();
  for (const a of articles) coders.against.extractSync(a); // (its warm-up: its events may differ, it is another version)
}

interface Tally {
  passes: number;
  ms: number;
}
const tallies: Record<Name, Tally> = { bundled: { passes: 0, ms: 0 }, source: { passes: 0, ms: 0 }, against: { passes: 0, ms: 0 } };
// warm-up pass, which also checks that the two code every article alike (so one count of events serves both)
const [byBundle, bySource] = [coders.bundled, coders.source].map((coder) => articles.map((a) => coder.extractSync(a).events)) as [unknown[][], unknown[][]];
const differing = articles.filter((_, i) => JSON.stringify(byBundle[i]) !== JSON.stringify(bySource[i]));
if (differing.length > 0) throw new Error(`the bundle and the source code ${differing.length} articles differently, e.g. ${differing[0]!.id}`);
const eventsPerPass = byBundle.reduce((n, events) => n + events.length, 0);
// Alternating rounds: a machine whose speed drifts during the run moves both figures alike.
const ROUNDS = 6;
for (let round = 1; round <= ROUNDS; round++) {
  // (each goes first in every other round)
  const order: Name[] = round % 2 === 1 ? ['bundled', 'source', 'against'] : ['against', 'source', 'bundled'];
  for (const name of order) {
    const coder = coders[name];
    if (!coder) continue;
    const tally = tallies[name];
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < (seconds * 1000) / ROUNDS || tally.passes < round) {
      for (const a of articles) coder.extractSync(a);
      tally.passes++;
      elapsed = performance.now() - start;
    }
    tally.ms += elapsed;
  }
}
const { bundled, source } = tallies;
const sentencesPerSecond = (t: Tally) => (sentencesPerPass * t.passes) / (t.ms / 1000);

console.log(
  `corpus: ${articles.length} articles, ${sentencesPerPass} sentences (bench/corpus/articles); ${bundled.passes} passes bundled and ${source.passes} from source in ${ROUNDS} alternating rounds, ${((bundled.ms + source.ms) / 1000).toFixed(2)} s`,
);
console.log(
  `coder module load (dictionaries built on first use): ${loadMs.toFixed(0)} ms through tsx, ${bundledLoad} bundled (esbuild, fresh node); first article (builds them): ${firstMs.toFixed(1)} ms`,
);
console.log(
  `throughput: ${Math.round(sentencesPerSecond(bundled))} sentences/s, ${Math.round((articles.length * bundled.passes) / (bundled.ms / 1000))} articles/s, ${(eventsPerPass / articles.length).toFixed(1)} events/article (one core, the esbuild bundle)`,
);
console.log(
  `from source through tsx: ${Math.round(sentencesPerSecond(source))} sentences/s (${(sentencesPerSecond(source) / sentencesPerSecond(bundled)).toFixed(2)}× the bundle, same rounds)`,
);
if (againstDir) {
  const against = tallies.against;
  console.log(
    `${againstDir}, bundled the same way: ${Math.round(sentencesPerSecond(against))} sentences/s; this tree's bundle takes ${(against.passes / against.ms / (bundled.passes / bundled.ms)).toFixed(2)}× its time per pass (same rounds)`,
  );
}
