import { isPageDebris } from './page-debris.ts';

/**
 * Lines of extracted text → the article body: paragraphs separated by a blank line ("\n\n"),
 * whitespace collapsed, page debris dropped. Evidence offsets index into the result, and the
 * coder's sentence splitter treats a paragraph break as a sentence boundary, so the one thing
 * that must not happen is a heading or a separate paragraph glued onto the next sentence.
 *
 * How lines inside a block (between blank lines) become paragraphs:
 * - 'blocks' (Markdown): a block is one paragraph; its line breaks are soft wraps.
 * - 'lines' (text from HTML, where line breaks come from tags): every line is a paragraph.
 * - 'auto' (plain text): hard-wrapped text (most lines at most ~120 characters) has its wraps
 *   joined, but never after a line that ends a sentence or is much shorter than the wrap width
 *   (a heading); text with long lines is one paragraph per line, as pasted from a web page.
 * In every mode a line that starts in lower case continues the previous one.
 */
export type ParagraphMode = 'auto' | 'lines' | 'blocks';

/** Lines this long or longer mean the text is not hard-wrapped. */
const MAX_WRAP_WIDTH = 120;
/** A line shorter than this share of the wrap width ends its paragraph (a heading, a last line). */
const MIN_WRAPPED_LINE_SHARE = 0.6;

export function toParagraphs(text: string, mode: ParagraphMode = 'auto'): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(cleanLine);
  const wrapWidth = mode === 'auto' ? hardWrapWidth(lines) : null;
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of lines) {
    if (line === '' || isPageDebris(line)) {
      flush();
      continue;
    }
    const previous = current[current.length - 1];
    if (previous !== undefined && !continues(previous, line, mode, wrapWidth)) flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

function continues(previous: string, line: string, mode: ParagraphMode, wrapWidth: number | null): boolean {
  if (mode === 'blocks') return true;
  if (/^\p{Ll}/u.test(line)) return true;
  if (wrapWidth === null) return false;
  if (/[.!?:;]["'\u201d\u2019)\]]*$/.test(previous)) return false;
  return previous.length >= MIN_WRAPPED_LINE_SHARE * wrapWidth;
}

/** The wrap width of hard-wrapped text (90th percentile of line lengths), or null when lines are long. */
function hardWrapWidth(lines: readonly string[]): number | null {
  const lengths = lines
    .filter((line) => line !== '')
    .map((line) => line.length)
    .sort((a, b) => a - b);
  if (lengths.length < 3) return null;
  const p90 = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))]!;
  return p90 <= MAX_WRAP_WIDTH ? p90 : null;
}

/** Collapse runs of spaces/tabs/no-break spaces and zero-width characters inside one line. */
function cleanLine(line: string): string {
  return line
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}
