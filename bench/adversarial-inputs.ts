import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleFormat } from '../shared/article/index.ts';

/**
 * Hostile article text, for the property test (tests/shared/adversarial-input.test.ts) and
 * `npm run bench:adversarial`: the shapes that make naive parsers and coders super-linear. Runs of
 * sentence punctuation and spaces (splitters and trimming loops), brackets and markup openers that
 * never close (`<p `, `[a `, `**a `: regexes that look for the closer from every opener), headings
 * followed by spaces, capitalised words (name and actor finders), and one giant line of prose with no
 * sentence break (the coder's per-sentence rules). Each is wrapped as an upload of every format.
 */
export const FORMATS: readonly ArticleFormat[] = ['txt', 'md', 'html', 'json'];

/** A named piece of hostile text; an input repeats a few of them up to its size. */
export interface Atom {
  name: string;
  text: string;
}

export const ATOMS: readonly Atom[] = [
  { name: 'periods', text: '.' },
  { name: 'bangs', text: '!' },
  { name: 'question-marks', text: '?' },
  { name: 'ellipsis-spaces', text: '. . ' },
  { name: 'spaces', text: ' ' },
  { name: 'tabs', text: '\t' },
  { name: 'open-brackets', text: '[' },
  { name: 'open-parens', text: '(' },
  { name: 'brackets-closed', text: '[]' },
  { name: 'html-openers', text: '<p ' },
  { name: 'html-comment-openers', text: '<!-- ' },
  { name: 'md-link-openers', text: '[a ' },
  { name: 'md-bold-openers', text: '**a ' },
  { name: 'md-heading', text: '## ' },
  { name: 'capitalised-words', text: 'Minister Foreign Affairs Council ' },
  { name: 'actor-names', text: 'Russia China France Japan ' },
  { name: 'prose-without-breaks', text: 'Russia condemned Ukraine and China met French officials in Paris and ' },
  { name: 'abbreviations', text: 'U.S. Mr. Gen. ' },
  // people introduced by a title and named again: each is remembered (actors/introductions.ts)
  { name: 'introduced-people', text: 'Jane Smith, the British ambassador, said Smith met Kyiv. ' },
  { name: 'quotes', text: '"\u201c\'' },
  { name: 'entities', text: '&amp;&#' },
  { name: 'digits', text: '3.5,1 ' },
];

/** What an input is made of: repeated atoms, one line, wrapped as a file of `format`. */
export interface InputShape {
  format: ArticleFormat;
  /** Atoms and their share of the text, in order. */
  parts: { atom: Atom; weight: number }[];
  bytes: number;
}

export function describeShape(shape: InputShape): string {
  const total = shape.parts.reduce((n, p) => n + p.weight, 0);
  const parts = shape.parts.map((p) => `${p.atom.name} ${Math.round((100 * p.weight) / total)}%`).join(' + ');
  return `${shape.format}, ${(shape.bytes / 1024).toFixed(1)} KB: ${parts}`;
}

/** The file bytes of a shape: its atoms repeated to size, one line, inside the format's wrapper. */
export function renderShape(shape: InputShape): { key: string; body: Uint8Array } {
  const total = shape.parts.reduce((n, p) => n + p.weight, 0);
  // a short ordinary opening, so that language detection and the title rules see something normal
  let text = 'Officials met in Geneva on Monday. ';
  for (const { atom, weight } of shape.parts) {
    const share = Math.floor((shape.bytes * weight) / total);
    text += atom.text.repeat(Math.max(1, Math.floor(share / atom.text.length)));
  }
  return { key: `articles/adversarial.${shape.format}`, body: new TextEncoder().encode(wrap(shape.format, text)) };
}

function wrap(format: ArticleFormat, text: string): string {
  switch (format) {
    case 'txt':
      return `Hostile input\n${text}\n`;
    case 'md':
      return `# Hostile input\n\n${text}\n`;
    case 'html':
      // raw on purpose: the hostile text is markup the parser must walk through
      return `<!doctype html><html><head><title>Hostile input</title></head><body><article><p>${text}</p></article></body></html>`;
    case 'json':
      return JSON.stringify({ title: 'Hostile input', body: text, publishedAt: '2026-05-01' });
  }
}

/**
 * Shapes of one to three atoms, in one of `formats`, between `minBytes` and `maxBytes`; sizes are
 * spread evenly on a log scale, so that small and giant inputs are equally common.
 */
export function inputShapes(minBytes: number, maxBytes: number, formats: readonly ArticleFormat[] = FORMATS): fc.Arbitrary<InputShape> {
  return fc.record({
    format: fc.constantFrom(...formats),
    parts: fc.array(fc.record({ atom: fc.constantFrom(...ATOMS), weight: fc.integer({ min: 1, max: 10 }) }), { minLength: 1, maxLength: 3 }),
    bytes: fc.double({ min: Math.log(minBytes), max: Math.log(maxBytes), noNaN: true }).map((x) => Math.round(Math.exp(x))),
  });
}

/** One atom alone, giant, in one format: the purest form of each hostile shape. */
export function pureShape(atom: Atom, format: ArticleFormat, bytes: number): InputShape {
  return { format, parts: [{ atom, weight: 1 }], bytes };
}

/** The ordinary articles every figure is relative to: the samples users are shown, in all four formats. */
export function ordinaryArticles(): { key: string; body: Uint8Array }[] {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples', 'articles');
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html|json)$/.test(f))
    .sort()
    .map((f) => ({ key: `articles/${f}`, body: new Uint8Array(readFileSync(join(dir, f))) }));
}
