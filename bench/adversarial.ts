/**
 * `npm run bench:adversarial`: parse + extract of generated hostile inputs (bench/adversarial-inputs.ts)
 * in every format, each timed against ordinary articles (samples/articles) measured in the same run.
 * Prints the worst time-per-KB ratio and the input shape that produced it, and the totals. The goal
 * is a worst ratio of at most 3: hostile input costs what news costs, per KB.
 *
 *   npm run bench:adversarial [-- --count 10000 --max-kb 200 --seed 1 --formats txt,md,html,json]
 */
import fc from 'fast-check';
import { describeShape, FORMATS, inputShapes, ordinaryArticles, renderShape, type InputShape } from './adversarial-inputs.ts';
import { bestMs, msPerKb, type Verdict } from './ingest-cost.ts';
import { RuleBasedExtractor } from '../shared/coder/rule-based-extractor.ts';
import type { ArticleFormat } from '../shared/article/index.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const count = Number(arg('--count') ?? 10_000);
const maxKb = Number(arg('--max-kb') ?? 200);
const seed = Number(arg('--seed') ?? 1);
const formats = (arg('--formats')?.split(',') ?? [...FORMATS]) as ArticleFormat[];
// The slowest inputs are timed again, best of this many, so that one disturbed run is not the verdict.
const RECHECK = 20;
const RECHECK_RUNS = 3;

const extractor = new RuleBasedExtractor();
const ordinary = ordinaryArticles();
await msPerKb(ordinary, extractor, 1); // warm-up: lexicons, the date parser, JIT
const baseline = await msPerKb(ordinary, extractor, 5);

interface Measured {
  shape: InputShape;
  kb: number;
  ms: number;
  verdict: Verdict;
  ratio: number;
}

const shapes = fc.sample(inputShapes(256, maxKb * 1024, formats), { numRuns: count, seed });
const measured: Measured[] = [];
const verdicts: Record<Verdict, number> = { coded: 0, rejected: 0, 'too-complex': 0 };
let totalMs = 0;
let totalKb = 0;
const started = performance.now();
for (const [i, shape] of shapes.entries()) {
  const file = renderShape(shape);
  const kb = file.body.length / 1024;
  const { ms, verdict } = await bestMs(file, extractor, 1);
  measured.push({ shape, kb, ms, verdict, ratio: ms / kb / baseline });
  verdicts[verdict]++;
  totalMs += ms;
  totalKb += kb;
  if ((i + 1) % 1000 === 0)
    console.error(`  ${i + 1}/${shapes.length} inputs, ${(totalKb / 1024).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// only inputs of at least 4 KB count for the worst ratio: below that, fixed costs (a title, one
// date) dominate the time per KB of any text, hostile or not
const ranked = measured.filter((m) => m.kb >= 4).sort((a, b) => b.ratio - a.ratio);
for (const m of ranked.slice(0, RECHECK)) {
  const again = await bestMs(renderShape(m.shape), extractor, RECHECK_RUNS);
  m.ms = Math.min(m.ms, again.ms);
  m.ratio = m.ms / m.kb / baseline;
}
ranked.sort((a, b) => b.ratio - a.ratio);
const worst = ranked[0];
const ratios = ranked.map((m) => m.ratio).sort((a, b) => a - b);
const quantile = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))] ?? 0;

console.log(`Hostile input, parse + extract (${formats.join(', ')}; seed ${seed})
  ordinary articles        ${ordinary.length} samples, ${baseline.toFixed(3)} ms/KB (best of 5)
  inputs                   ${measured.length}, 256 B – ${maxKb} KB (log-uniform), ${(totalKb / 1024).toFixed(1)} MB in ${(totalMs / 1000).toFixed(1)} s of parse + extract
  outcomes                 ${verdicts.coded} coded, ${verdicts.rejected} rejected as not an article, ${verdicts['too-complex']} too-complex
  time per KB vs ordinary  median ${quantile(0.5).toFixed(2)}×, p99 ${quantile(0.99).toFixed(2)}×, worst ${worst ? worst.ratio.toFixed(2) : '-'}× (goal ≤ 3×; inputs ≥ 4 KB)
  worst input              ${worst ? `${describeShape(worst.shape)}: ${worst.ms.toFixed(1)} ms (${worst.verdict})` : '-'}`);
console.log('  next worst:');
for (const m of ranked.slice(1, 6)) console.log(`    ${m.ratio.toFixed(2)}×  ${describeShape(m.shape)}: ${m.ms.toFixed(1)} ms (${m.verdict})`);
