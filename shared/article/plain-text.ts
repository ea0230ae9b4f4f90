import { joinParagraphs, toParagraphs } from './paragraphs.ts';

export interface ParsedContent {
  title: string | null;
  body: string;
  url: string | null;
  source: string | null;
  /** Publication date as the content states it, YYYY-MM-DD, or null. */
  publishedAt: string | null;
  /** Who wrote it, as the page names them (HTML pages only). */
  byline?: string | null;
  /** The outlet's own name for itself (HTML pages only). */
  siteName?: string | null;
  /** The language the page declares (`<html lang>`, JSON-LD inLanguage): a hint, see looksEnglish. */
  language?: string | null;
}

const MAX_HEADLINE_CHARS = 160;
const MAX_HEADLINE_WORDS = 25;

/**
 * A .txt article: the first paragraph becomes the title when it reads like a headline:
 * short, a single line, no sentence-final punctuation, and followed by more text.
 */
export function parsePlainText(text: string): ParsedContent {
  const paragraphs = toParagraphs(text);
  let title: string | null = null;
  const [first] = paragraphs;
  if (first !== undefined && paragraphs.length > 1 && looksLikeHeadline(first)) {
    title = first;
    paragraphs.shift();
  }
  return { title, body: joinParagraphs(paragraphs), url: null, source: null, publishedAt: null };
}

export function looksLikeHeadline(line: string): boolean {
  if (line.length > MAX_HEADLINE_CHARS) return false;
  if (line.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  // A sentence ends in . ! ? (possibly inside closing quotes); a lead-in ends in : ; , or a dash.
  if (/[.!?:;,\u2014\u2013-]["'\u201d\u2019)]*$/.test(line)) return false;
  return /\p{L}/u.test(line);
}
