/**
 * Time of the parsers and the sentence splitter on the hostile inputs of the "Hostile input"
 * issue, one run each (before the fix these took seconds to minutes; see the commit messages).
 *
 *   npx tsx bench/hostile-input.ts
 */
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../shared/article/index.ts';
import { parseJsonArticle } from '../shared/article/json-article.ts';
import { parseMarkdown } from '../shared/article/markdown.ts';
import { splitSentences } from '../shared/coder/text/sentence-splitter.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const cases: [string, () => unknown][] = [
  ['md: "## Heading" + 4,000 spaces + "x"', () => parseMarkdown(`## Heading${' '.repeat(4_000)}x`)],
  ['md: a line of 100,000 spaces + "x"', () => parseMarkdown(`${' '.repeat(100_000)}x`)],
  ['split: a sentence + 100 KB of "." + "x"', () => splitSentences(`A sentence. ${'.'.repeat(100_000)}x`)],
  ['split: a sentence + 100 KB of "!" + " x"', () => splitSentences(`A sentence. ${'!'.repeat(100_000)} x`)],
  ...['[a ', '**a ', '~~a ', '__a ', '![a ', '<a ', '<http: ', '[a]('].map((unit): [string, () => unknown] => [
    `md: ${JSON.stringify(unit)} x 53,000 on one line`,
    () => parseMarkdown(unit.repeat(53_000)),
  ]),
  ['json: body of "<p " x 53,000 (160 KB)', () => parseJsonArticle(JSON.stringify({ body: '<p '.repeat(53_000) }))],
  [
    'html: 100 <meta> tags with an 8 KB attribute name',
    () => parseArticle({ bucket: 'b', key: 'x.html', body: bytes(`${`<meta ${'a'.repeat(8_000)}>`.repeat(100)}<p>Envoys met.</p>`) }),
  ],
  ['txt: one 500 KB line without punctuation', () => parseArticle({ bucket: 'b', key: 'x.txt', body: bytes('word '.repeat(100_000)) })],
  ['split: 2 MB of lower-case glued lines', () => splitSentences('and the envoys met again in the capital. '.repeat(50_000))],
];
for (const [name, run] of cases) {
  const start = performance.now();
  // parseArticle and parseJsonArticle are asynchronous (an HTML page waits for the DOM's module)
  await run();
  console.log(`${name.padEnd(52)} ${(performance.now() - start).toFixed(1).padStart(8)} ms`);
}
