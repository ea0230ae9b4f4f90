import { parseAttributes } from './html-attributes.ts';
import { decodeHtmlEntities } from './html-entities.ts';
import { tokenizeHtml } from './html-tokenizer.ts';
import { joinParagraphs, toParagraphs } from './paragraphs.ts';
import type { ParsedContent } from './plain-text.ts';
import { toPublicationDate } from './publication-date.ts';

/**
 * HTML → article text in one pass over a forgiving tokenizer (no DOM, linear time, never fails).
 * Elements that never hold article prose (scripts, styles, navigation, footers, forms, asides,
 * figures) are removed with their content; block elements become line breaks; the text of the
 * <article>, else <main>, else <body> is the body; <title> (or og:title, or the first <h1>) is the
 * title and `article:published_time` the publication date.
 */

/** Removed with their content (nesting of the same element is tracked). */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'figure',
  'dialog',
  'menu',
]);

/** End a line of text. */
const LINE_TAGS = new Set(['div', 'br', 'ul', 'ol', 'dl', 'main', 'table', 'td', 'th', 'caption', 'address', 'body', 'html', 'center']);

/** End a paragraph (a blank line). */
const PARAGRAPH_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'tr',
  'hr',
  'section',
  'article',
  'header',
  'dd',
  'dt',
  'figcaption',
]);

/** Never have content or an end tag. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

type Region = 'article' | 'main' | 'body';

export function parseHtml(html: string): ParsedContent {
  const pieces: string[] = [];
  let length = 0;
  const emit = (text: string) => {
    pieces.push(text);
    length += text.length;
  };
  const regions: Record<Region, { start: number; end: number } | null> = { article: null, main: null, body: null };
  const metas = new Map<string, string>();
  let canonical: string | null = null;
  let title: string | null = null;
  let inTitle = false;
  let heading: string[] | null = null;
  let firstHeading: string | null = null;
  let skip: { name: string; depth: number } | null = null;

  for (const token of tokenizeHtml(html)) {
    if (token.type === 'text') {
      // <head> is not dropped as an element (a missing </head> would swallow the page); its only
      // text, the <title>, is taken here and kept out of the body.
      if (inTitle) {
        title ??= collapse(decodeHtmlEntities(token.text));
        continue;
      }
      if (skip) continue;
      // Source line breaks are just whitespace in HTML; only tags make lines (<pre> is rare in news).
      const text = decodeHtmlEntities(token.text.replace(/\s+/g, ' '));
      heading?.push(text);
      emit(text);
      continue;
    }
    const { name } = token;
    if (token.type === 'open') {
      // Head metadata is read wherever it appears, even inside dropped elements (it lives in <head>).
      if (name === 'meta') readMeta(token.attributes, metas);
      if (name === 'link') canonical ??= canonicalOf(token.attributes);
      if (name === 'title') inTitle = true;
      if (skip) {
        if (name === skip.name && !token.selfClosing) skip.depth++;
        continue;
      }
      if (DROPPED_ELEMENTS.has(name) && !token.selfClosing && !VOID_ELEMENTS.has(name)) {
        skip = { name, depth: 1 };
        continue;
      }
      if (name === 'article' || name === 'main' || name === 'body') regions[name] ??= { start: length, end: -1 };
      if (name === 'h1' && firstHeading === null) heading = [];
    } else {
      if (name === 'title') inTitle = false;
      if (skip) {
        if (name === skip.name && --skip.depth === 0) skip = null;
        continue;
      }
      if ((name === 'article' || name === 'main' || name === 'body') && regions[name]) regions[name].end = length;
      if (name === 'h1' && heading) {
        firstHeading = collapse(heading.join('')) || null;
        heading = null;
      }
    }
    if (PARAGRAPH_TAGS.has(name)) emit('\n\n');
    else if (LINE_TAGS.has(name)) emit('\n');
  }

  const text = pieces.join('');
  const region = regions.article ?? regions.main ?? regions.body;
  const content = region ? text.slice(region.start, region.end >= region.start ? region.end : undefined) : text;
  const paragraphs = toParagraphs(content, 'lines');
  const siteName = metas.get('og:site_name') || null;
  const finalTitle = cleanTitle(title || metas.get('og:title') || firstHeading, siteName);
  // The headline repeated as the first heading is the title, not the first paragraph of the body.
  if (finalTitle !== null && paragraphs[0] !== undefined && sameText(paragraphs[0], finalTitle)) paragraphs.shift();
  return {
    title: finalTitle,
    body: joinParagraphs(paragraphs),
    url: metas.get('og:url') || canonical,
    source: siteName,
    publishedAt: toPublicationDate(metas.get('article:published_time') ?? metas.get('datepublished') ?? metas.get('pubdate') ?? metas.get('date') ?? null),
  };
}

function readMeta(attributeText: string, metas: Map<string, string>): void {
  const attributes = parseAttributes(attributeText);
  const name = (attributes.get('property') ?? attributes.get('name') ?? attributes.get('itemprop'))?.toLowerCase();
  const content = attributes.get('content');
  if (name && content !== undefined && !metas.has(name)) metas.set(name, decodeHtmlEntities(content).trim());
}

function canonicalOf(attributeText: string): string | null {
  const attributes = parseAttributes(attributeText);
  const href = attributes.get('href');
  return attributes.get('rel')?.toLowerCase() === 'canonical' && href ? decodeHtmlEntities(href) : null;
}

/** "Headline | Site" → "Headline" when the suffix is the site's name. */
function cleanTitle(title: string | null, siteName: string | null): string | null {
  if (!title) return null;
  if (siteName) {
    for (const separator of [' | ', ' - ', ' \u2013 ', ' \u2014 ', ' :: ']) {
      const suffix = `${separator}${siteName}`;
      if (title.toLowerCase().endsWith(suffix.toLowerCase())) return title.slice(0, -suffix.length).trim();
    }
  }
  return title;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}
