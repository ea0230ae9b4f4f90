import { cutPoint, MAX_SENTENCE_CHARS } from './long-text.ts';
import { PARAGRAPH_SEPARATOR } from './paragraphs.ts';
import { isRegexSpace } from './text-scan.ts';
import { formatCount } from '../text/format-count.ts';

/** Closing quotes and brackets (and more marks) that may follow the mark ending a sentence. */
const SENTENCE_TAIL = new Set([46, 33, 63, 34, 39, 0x201d, 0x2019, 41, 93]); // . ! ? " ' ” ’ ) ]

/** Notes name at most this many paragraphs; the rest are counted. */
const MAX_NOTED_PARAGRAPHS = 5;

/**
 * Breaks every paragraph of a body that runs on for more than MAX_SENTENCE_CHARS without a
 * sentence end (". ", "! ", "? ") into paragraphs, cut as cutPoint cuts, and says so in notes for
 * the article's record. A page flattened into one line or a 500 KB line without punctuation thus
 * reaches the coder as paragraphs of readable size; ordinary paragraphs, however long, are left
 * alone. The coder's sentence splitter bounds sentences again, for what this rule lets through
 * (hard-wrapped lower-case lines glued into one sentence).
 */
export function breakRunOnParagraphs(body: string): { body: string; notes: string[] } {
  const paragraphs: string[] = [];
  const broken: string[] = [];
  let count = 0;
  body.split(PARAGRAPH_SEPARATOR).forEach((paragraph, index) => {
    const pieces = runOnPieces(paragraph);
    paragraphs.push(...pieces);
    if (pieces.length === 1) return;
    count++;
    if (count <= MAX_NOTED_PARAGRAPHS) broken.push(describe(index + 1, paragraph, pieces.length));
  });
  if (count === 0) return { body, notes: [] };
  if (count > MAX_NOTED_PARAGRAPHS) broken.push(`${formatCount(count - MAX_NOTED_PARAGRAPHS)} more paragraphs were split the same way.`);
  return { body: paragraphs.join(PARAGRAPH_SEPARATOR), notes: broken };
}

/** The paragraph, or its pieces when a stretch of it without a sentence end is too long. */
function runOnPieces(paragraph: string): string[] {
  if (paragraph.length <= MAX_SENTENCE_CHARS) return [paragraph];
  const pieces: string[] = [];
  let pieceStart = 0;
  let stretchStart = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) {
      let j = i + 1;
      while (j < paragraph.length && SENTENCE_TAIL.has(paragraph.charCodeAt(j))) j++;
      if (j >= paragraph.length || isRegexSpace(paragraph.charCodeAt(j))) stretchStart = j;
      i = j - 1;
      continue;
    }
    if (i - stretchStart < MAX_SENTENCE_CHARS) continue;
    // Resuming at the cut looks again at no more than half a window: linear overall.
    const cut = cutPoint(paragraph, stretchStart, MAX_SENTENCE_CHARS);
    pieces.push(paragraph.slice(pieceStart, cut.end).trim());
    pieceStart = stretchStart = cut.next;
    i = cut.next - 1;
  }
  pieces.push(paragraph.slice(pieceStart).trim());
  return pieces.filter((piece) => piece.length > 0);
}

// Made when first needed: a segmenter loads ICU's break-iterator data, several milliseconds of every start-up
// (`accord extract`, a Lambda cold start) for a note that a rare run-on paragraph needs.
let graphemes: Intl.Segmenter | undefined;

function describe(paragraphNumber: number, paragraph: string, pieces: number): string {
  // whole graphemes, so the quoted start never ends inside an emoji or a combined letter
  const characters = Array.from(
    (graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(paragraph.slice(0, 80)),
    (piece) => piece.segment,
  );
  const start = characters.length > 40 ? `${characters.slice(0, 40).join('').trimEnd()}…` : characters.join('');
  return (
    `Paragraph ${formatCount(paragraphNumber)} (${formatCount(paragraph.length)} characters, starting "${start}") ran on for more than ` +
    `${formatCount(MAX_SENTENCE_CHARS)} characters without ending a sentence; it was split into ${formatCount(pieces)} paragraphs, at spaces where there were any.`
  );
}
