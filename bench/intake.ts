/**
 * `npm run bench:intake`: saved news pages in, events out. Throughput of parse-and-code for HTML
 * pages (Readability over linkedom, then the rule-based coder) against Accord's own linear HTML
 * parser in the same run, and how much of each extraction is the story: body precision and recall
 * over word counts, against the story paragraphs the generated page was built around
 * (bench/intake-pages.ts; nothing is downloaded).
 *
 *   npm run bench:intake [-- --seconds 5]
 */
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../shared/article/index.ts';
import { parseHtml } from '../shared/article/html.ts';
import { parsePageDocument } from '../shared/article/page-dom.ts';
import { measurePage } from '../shared/article/page-bounds.ts';
import { RuleBasedExtractor } from '../shared/coder/rule-based-extractor.ts';
import type { Article } from '../shared/model/article.ts';
import { generatePage, type CorpusStory } from './intake-pages.ts';
import { corpusStories } from './batch-files.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const seconds = Number(arg('--seconds') ?? 3);

const stories: CorpusStory[] = corpusStories();
const pages = stories.map((story, index) => generatePage(story, index, stories));
const encoded = pages.map((page) => new TextEncoder().encode(page.html));

// parseArticle is asynchronous (an HTML page waits for the DOM's module, loaded on first use)
type Parse = (body: Uint8Array, index: number) => Article | Promise<Article>;
const readability: Parse = (body, index) => parseArticle({ bucket: 'bench', key: `articles/page-${index}.html`, body });
/** Accord's HTML parser before this change, alone (it is now the fallback). */
const linear: Parse = (body, index) => {
  const content = parseHtml(new TextDecoder().decode(body));
  return {
    id: `page-${index}`,
    title: content.title,
    body: content.body,
    url: content.url,
    source: content.source,
    publishedAt: content.publishedAt ?? '2026-01-01',
    publishedFrom: 'content',
    format: 'html',
  };
};

const extractor = new RuleBasedExtractor();

async function throughput(parse: Parse, code: boolean): Promise<{ perSecond: number; events: number }> {
  for (let i = 0; i < encoded.length; i++) await parse(encoded[i]!, i); // warm-up
  let done = 0;
  let events = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000 || done < encoded.length) {
    const i = done % encoded.length;
    const article = await parse(encoded[i]!, i);
    if (code) events += extractor.extractSync(article).events.length;
    done++;
  }
  return { perSecond: done / ((performance.now() - start) / 1000), events: events / done };
}

/** Precision and recall of the extracted body's words against the story's (multisets of lower-cased words). */
function bodyScores(extracted: string, story: readonly string[]): { precision: number; recall: number } {
  const count = (text: string) => {
    const words = new Map<string, number>();
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) words.set(word, (words.get(word) ?? 0) + 1);
    return words;
  };
  const got = count(extracted);
  const want = count(story.join('\n'));
  let common = 0;
  for (const [word, n] of got) common += Math.min(n, want.get(word) ?? 0);
  const total = (words: Map<string, number>) => [...words.values()].reduce((a, b) => a + b, 0);
  return { precision: common / Math.max(1, total(got)), recall: common / Math.max(1, total(want)) };
}

async function quality(parse: Parse) {
  const scores = await Promise.all(
    pages.map(async (page, i) => {
      const article = await parse(encoded[i]!, i);
      return { ...bodyScores(article.body, page.story), title: article.title === page.title, date: article.publishedAt === page.publishedAt };
    }),
  );
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    precision: mean(scores.map((s) => s.precision)),
    minPrecision: Math.min(...scores.map((s) => s.precision)),
    recall: mean(scores.map((s) => s.recall)),
    minRecall: Math.min(...scores.map((s) => s.recall)),
    titles: scores.filter((s) => s.title).length,
    dates: scores.filter((s) => s.date).length,
  };
}

const sizes = await Promise.all(pages.map(async (page) => measurePage(await parsePageDocument(page.html))));
const kb = encoded.reduce((n, body) => n + body.length, 0) / encoded.length / 1024;
console.log(
  `pages: ${pages.length} generated news pages (bench/intake-pages.ts), ${kb.toFixed(1)} KB, ` +
    `${Math.round(sizes.reduce((n, s) => n + s.elements, 0) / sizes.length)} elements on average, nesting depth at most ${Math.max(...sizes.map((s) => s.depth))}; ${seconds} s per figure, one core`,
);
for (const [name, parse] of [
  ['readability', readability],
  ['linear (old)', linear],
] as const) {
  const q = await quality(parse);
  console.log(
    `${name.padEnd(13)} body vs the story: precision ${q.precision.toFixed(3)} (min ${q.minPrecision.toFixed(2)}), recall ${q.recall.toFixed(3)} (min ${q.minRecall.toFixed(2)}), ` +
      `titles ${q.titles}/${pages.length}, dates ${q.dates}/${pages.length}`,
  );
}
const parsedNew = await throughput(readability, false);
const parsedOld = await throughput(linear, false);
const codedNew = await throughput(readability, true);
const codedOld = await throughput(linear, true);
console.log(
  `parse only:     readability ${parsedNew.perSecond.toFixed(0)} articles/s, linear ${parsedOld.perSecond.toFixed(0)} articles/s (ratio ${(parsedNew.perSecond / parsedOld.perSecond).toFixed(2)})`,
);
console.log(
  `parse and code: readability ${codedNew.perSecond.toFixed(0)} articles/s (${codedNew.events.toFixed(1)} events/article), ` +
    `linear ${codedOld.perSecond.toFixed(0)} articles/s (${codedOld.events.toFixed(1)} events/article) (ratio ${(codedNew.perSecond / codedOld.perSecond).toFixed(2)})`,
);
