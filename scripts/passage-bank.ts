/**
 * The passage bank (eval/passages/bank.jsonl): short passages of one to three sentences, each with every event it
 * states coded by an annotator that never read the coder (see eval/passages/README.md). `npm run eval` writes each
 * passage out as an article of its own (a file named after its id and publication date, the gold beside it in the
 * GOLD-FORMAT layout) and scores them with the kit's score.mjs, as it scores the article sets.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Passage {
  id: string;
  focus: string;
  style: string;
  published: string;
  text: string;
  events: { source: string; target: string; cameo: string; alt_cameo?: string[] }[];
}

export function readPassages(bankFile: string): Passage[] {
  return readFileSync(bankFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Passage);
}

/**
 * Writes every passage to `dir` as `<published>_<id>.txt` (a neutral headline, a blank line, the passage) and its gold
 * as `<published>_<id>.gold.json`; returns the article files in order.
 */
export function writePassages(passages: readonly Passage[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return passages.map((p) => {
    const name = `${p.published}_${p.id}`;
    // (a headline that names no party: the passage's own words decide who acts)
    writeFileSync(join(dir, `${name}.txt`), `Passage ${p.id}\n\n${p.text}\n`);
    const events = p.events.map((e) => ({ source: e.source, target: e.target, cameo: e.cameo, alt_cameo: e.alt_cameo ?? [] }));
    writeFileSync(join(dir, `${name}.gold.json`), JSON.stringify({ article: `${name}.txt`, published: p.published, url: '', events }, null, 1));
    return join(dir, `${name}.txt`);
  });
}
