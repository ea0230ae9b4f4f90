import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { parseHtml } from './html.ts';
import { measurePage, nestingWithinLimit } from './page-bounds.ts';
import { parsePageDocument, type PageDocument } from './page-dom.ts';
import { loadOnFirstUse } from './load-on-first-use.ts';
import { readPageMetadata } from './page-metadata.ts';
import { titleWithoutSiteName } from './page-title.ts';
import { joinParagraphs } from './paragraphs.ts';
import type { ParsedContent } from './plain-text.ts';
import { toPublicationDate } from './publication-date.ts';

/**
 * A saved news page → the article on it. Readability (Firefox's reader view) over a linkedom DOM
 * finds the story among navigation, related-story lists, comment threads and cookie banners far
 * better than a tag filter can; the page's metadata (page-metadata.ts) gives title, date, byline,
 * site and URL. Accord's own linear HTML parser (html.ts) remains the fallback:
 *  - for the whole page when it is too deep or too large for Readability (page-bounds.ts) or the
 *    DOM cannot be built — Readability is super-linear in nesting depth;
 *  - for the body when Readability finds no article (or nothing but page debris) in it.
 * Readability's article HTML is turned into paragraphs by that same linear pass, so evidence
 * offsets, paragraph breaks and page-debris removal work as for every other format.
 */
export async function parseHtmlPage(html: string): Promise<ParsedContent> {
  if (!nestingWithinLimit(html)) return linearParse(html);
  let document: PageDocument;
  try {
    document = await parsePageDocument(html);
  } catch {
    return linearParse(html);
  }
  if (!measurePage(document).withinLimits) return linearParse(html);

  // Metadata first: Readability rewrites the DOM it reads (removes scripts, unwraps, re-parents).
  const metadata = readPageMetadata(document);
  const readable = readArticle(await readability(), document);
  const fallback = readable === null ? parseHtml(html) : null;
  const siteName = metadata.siteName ?? readable?.siteName ?? fallback?.source ?? null;
  const url = metadata.url ?? fallback?.url ?? null;
  const rawTitle = metadata.title ?? readable?.title ?? fallback?.title ?? null;
  const title = rawTitle === null ? null : titleWithoutSiteName(rawTitle, [...metadata.siteNames, siteName], url) || null;
  const paragraphs = readable?.paragraphs ?? (fallback ? fallback.body.split('\n\n').filter(Boolean) : []);
  // The headline repeated at the top of the story is the title, not its first paragraph.
  if (title !== null && paragraphs[0] !== undefined && sameWords(paragraphs[0], title)) paragraphs.shift();
  return {
    title,
    body: joinParagraphs(paragraphs),
    url,
    source: siteName,
    publishedAt: metadata.publishedAt ?? toDateOrNull(readable?.publishedTime) ?? fallback?.publishedAt ?? null,
    byline: metadata.byline ?? cleanByline(readable?.byline),
    siteName,
    language: metadata.language ?? readable?.language ?? null,
  };
}

/** The whole page through the linear parser, which knows the site's name only as og:site_name. */
function linearParse(html: string): ParsedContent {
  const parsed = parseHtml(html);
  return { ...parsed, siteName: parsed.source };
}

interface ReadableArticle {
  title: string | null;
  paragraphs: string[];
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  language: string | null;
}

/**
 * Readability, imported with the first page like linkedom (page-dom.ts): text and Markdown articles
 * never need it, and in a Lambda bundle it is then a chunk that cold starts do not compile.
 */
const readability = loadOnFirstUse(() => import('@mozilla/readability').then((module: unknown) => readabilityOf(module)));

/**
 * Readability is CommonJS: Node's loader gives it named exports, a bundle (the Lambdas', the CLI's) only a default
 * holding `module.exports`. Without the class every page would silently fall back to the linear parser.
 */
function readabilityOf(module: unknown): typeof ReadabilityClass {
  const exports = module as { Readability?: typeof ReadabilityClass; default?: { Readability?: typeof ReadabilityClass } };
  const found = exports.Readability ?? exports.default?.Readability;
  if (!found) throw new Error('@mozilla/readability exports no Readability class');
  return found;
}

/** Readability's reading of the page, or null when it finds no article text. */
function readArticle(Readability: typeof ReadabilityClass, document: PageDocument): ReadableArticle | null {
  let result: ReturnType<ReadabilityClass['parse']>;
  try {
    // Readability's types name the browser's Document; linkedom's document is not one to the type checker
    // (whether or not a DOM lib is in scope: the explorer's tests bring one), so it is passed as Readability's parameter type.
    result = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    return null; // whatever breaks inside Readability, the linear parser still reads the page
  }
  if (!result?.content) return null;
  const paragraphs = parseHtml(result.content).body.split('\n\n').filter(Boolean);
  if (paragraphs.length === 0) return null;
  return {
    title: result.title?.trim() || null,
    paragraphs,
    byline: result.byline?.trim() || null,
    siteName: result.siteName?.trim() || null,
    publishedTime: result.publishedTime?.trim() || null,
    language: result.lang?.trim() || null,
  };
}

/**
 * Readability's byline is the text of the element it took for one: "By Amina Diallo · 2 October
 * 2026" → "Amina Diallo". A dateline it mistook for a byline ("Published 28 Nov 2026") names nobody.
 */
function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const name = byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s+[·|\u2013\u2014]\s+/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(?:(?:first |last )?(?:published|updated|posted)|\d)/i.test(name)) return null;
  return name.length > 0 && name.length <= 200 ? name : null;
}

function toDateOrNull(value: string | null | undefined): string | null {
  return value ? toPublicationDate(value) : null;
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}
