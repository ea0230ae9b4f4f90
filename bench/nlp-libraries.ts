/**
 * `npm run bench:nlp`: why the coder tokenizes and splits sentences itself.
 *
 * Runs, over the same corpus as `bench:extract`, the work an NLP library would do for the coder
 * (sentence splitting, tokens, part-of-speech tags) with wink-nlp (its bundled English model) and
 * with compromise, beside the coder's own splitter and tokenizer and the whole coder. Prints
 * sentences/s for each, and how often each library's sentence boundaries agree with the coder's.
 * The coder's whole budget is ≥ 2,000 sentences/s; a preprocessing step has to be far faster.
 *
 *   npm run bench:nlp [-- --seconds 2]
 */
import { performance } from 'node:perf_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';
import { splitSentences } from '../shared/coder/text/sentence-splitter.ts';
import { tokenize } from '../shared/coder/text/tokenizer.ts';
import { RuleBasedExtractor } from '../shared/coder/rule-based-extractor.ts';
import type { Article } from '../shared/model/article.ts';

const secondsArg = process.argv.indexOf('--seconds');
const seconds = secondsArg >= 0 ? Number(process.argv[secondsArg + 1]) : 2;

const dir = join(dirname(fileURLToPath(import.meta.url)), 'corpus', 'articles');
const bodies = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, body: readFileSync(join(dir, f), 'utf8').split('\n').slice(1).join('\n') }));
const sentencesPerPass = bodies.reduce((n, b) => n + splitSentences(b.body).length, 0);

/** Runs `pass` over the corpus for at least `seconds` (and 2 passes) and returns sentences/s. */
function throughput(pass: () => void): number {
  pass(); // warm-up
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000 || passes < 2) {
    pass();
    passes++;
    elapsed = performance.now() - start;
  }
  return (passes * sentencesPerPass) / (elapsed / 1000);
}

const wink = winkNLP(model);
const its = wink.its;
const extractor = new RuleBasedExtractor();
const articles: Article[] = bodies.map(({ name, body }) => ({
  id: `bench-${name}`,
  title: null,
  body,
  url: null,
  source: null,
  publishedAt: name.slice(0, 10),
  publishedFrom: 'filename',
  format: 'txt',
}));

const rows: [string, number][] = [
  [
    'coder: sentences + tokens (own)',
    throughput(() => {
      for (const { body } of bodies) for (const s of splitSentences(body)) tokenize(s.text);
    }),
  ],
  [
    'wink-nlp: sentences + tokens + POS',
    throughput(() => {
      for (const { body } of bodies) {
        const doc = wink.readDoc(body);
        // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's its.* are plain selector functions that wink calls unbound by design
        doc.sentences().each((s: { tokens(): { out(f: unknown): unknown } }) => s.tokens().out(its.pos));
      }
    }),
  ],
  [
    'compromise: sentences + terms + tags',
    throughput(() => {
      for (const { body } of bodies) nlp(body).sentences().json();
    }),
  ],
  [
    'whole coder (for scale)',
    throughput(() => {
      for (const a of articles) extractor.extractSync(a);
    }),
  ],
];

// Do the libraries find the same sentences? (boundary agreement on the corpus)
let winkSame = 0;
let compromiseSame = 0;
let total = 0;
for (const { body } of bodies) {
  const own = splitSentences(body).map((s) => s.text.trim());
  const ownSet = new Set(own);
  total += own.length;
  winkSame += wink
    .readDoc(body)
    .sentences()
    .out()
    .filter((s) => ownSet.has(s.trim())).length;
  compromiseSame += (nlp(body).sentences().out('array') as string[]).filter((s) => ownSet.has(s.trim())).length;
}

console.log(`corpus: ${bodies.length} articles, ${sentencesPerPass} sentences (bench/corpus/articles), ≥ ${seconds} s per row, one core`);
for (const [name, rate] of rows) console.log(`${name.padEnd(38)} ${Math.round(rate).toString().padStart(8)} sentences/s`);
console.log(
  `sentence boundaries equal to the coder's: wink-nlp ${((100 * winkSame) / total).toFixed(1)} %, compromise ${((100 * compromiseSame) / total).toFixed(1)} %`,
);
