import { decodeHtmlEntities } from './html-entities.ts';
import { articleFromJsonLd } from './json-ld.ts';
import type { PageDocument, PageElement } from './page-dom.ts';
import { toPublicationDate } from './publication-date.ts';

/**
 * What a news page says about its article, each field from the first source that has it:
 * 1. JSON-LD NewsArticle/Article (headline, datePublished, author, publisher, url, inLanguage);
 * 2. OpenGraph (og:title, og:site_name, og:url) and article:published_time / article:author;
 * 3. Parse.ly (parsely-title, parsely-pub-date, parsely-author, parsely-link) and
 *    itemprop="datePublished" / itemprop="author";
 * 4. the first <time datetime> (one marked pubdate, or inside <article>, preferred);
 * 5. the canonical link (url), <meta name="author">, the <html lang> attribute.
 * A date is taken only when it normalises to a real calendar date (see toPublicationDate), so a
 * malformed JSON-LD date falls through to OpenGraph rather than ending the search.
 */
export interface PageMetadata {
  title: string | null;
  publishedAt: string | null;
  url: string | null;
  byline: string | null;
  siteName: string | null;
  /** Every name the site goes by here, for taking it off the title. */
  siteNames: string[];
  /** The page's declared language (BCP 47 tag), a hint only: see looksEnglish. */
  language: string | null;
}

export function readPageMetadata(document: PageDocument): PageMetadata {
  const metas = metaContents(document);
  const meta = (...names: string[]) => first(names.map((name) => metas.get(name) ?? null));
  const parsely = parselyPage(metas.get('parsely-page'));
  const jsonLd = articleFromJsonLd([...document.querySelectorAll('script[type="application/ld+json" i]')].map((script) => script.textContent ?? ''));

  const itemprop = (name: string) => first([...document.querySelectorAll(`[itemprop~="${name}"]`)].map(itempropValue));
  const siteName = first([jsonLd?.publisher ?? null, meta('og:site_name'), meta('application-name')]);
  return {
    title: first([jsonLd?.headline ?? null, meta('og:title'), meta('parsely-title'), parsely.title, meta('twitter:title')].map(decodeText)),
    publishedAt: firstDate([
      jsonLd?.datePublished ?? null,
      meta('article:published_time'),
      meta('parsely-pub-date'),
      parsely.pub_date,
      itemprop('datePublished'),
      timeDatetime(document),
      meta('datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created'),
    ]),
    url: first([jsonLd?.url ?? null, meta('og:url'), meta('parsely-link'), parsely.link, canonicalUrl(document)]),
    byline: decodeText(
      first(
        [
          jsonLd && jsonLd.authors.length > 0 ? jsonLd.authors.join(', ') : null,
          notUrl(meta('article:author')),
          meta('parsely-author'),
          parsely.author,
          itemprop('author'),
          meta('author'),
        ].map(nameSized),
      ),
    ),
    siteName: decodeText(siteName),
    siteNames: [jsonLd?.publisher ?? null, meta('og:site_name'), meta('application-name')]
      .filter((name): name is string => !!name)
      .map((name) => decodeText(name)!),
    language: first([document.documentElement?.getAttribute('lang')?.trim() || null, jsonLd?.language ?? null, meta('og:locale')?.replace('_', '-') ?? null]),
  };
}

/** <meta property|name|itemprop=… content=…>, first occurrence of each name, names lower-cased. */
function metaContents(document: PageDocument): Map<string, string> {
  const metas = new Map<string, string>();
  for (const element of document.querySelectorAll('meta[content]')) {
    const name = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = element.getAttribute('content')?.trim();
    if (name && content && !metas.has(name)) metas.set(name, content);
  }
  return metas;
}

/** The older Parse.ly tag: one meta whose content is JSON ({"title","pub_date","author","link"}). */
function parselyPage(content: string | undefined): Record<'title' | 'pub_date' | 'author' | 'link', string | null> {
  const fields = { title: null, pub_date: null, author: null, link: null };
  if (!content) return fields;
  try {
    const value: unknown = JSON.parse(content);
    if (typeof value !== 'object' || value === null) return fields;
    const read = (name: string) => {
      const field = (value as Record<string, unknown>)[name];
      return typeof field === 'string' && field.trim() ? field.trim() : null;
    };
    return { title: read('title'), pub_date: read('pub_date'), author: read('author'), link: read('link') };
  } catch {
    return fields;
  }
}

/** itemprop values live in `content`, `datetime`, a nested name, or the element's text. */
function itempropValue(element: PageElement): string | null {
  const value =
    element.getAttribute('content') ??
    element.getAttribute('datetime') ??
    [...element.querySelectorAll('[itemprop="name"]')][0]?.textContent ??
    element.textContent;
  const collapsed = value?.replace(/\s+/g, ' ').trim();
  return collapsed ? collapsed : null;
}

function timeDatetime(document: PageDocument): string | null {
  const marked = [...document.querySelectorAll('time[pubdate][datetime], article time[datetime]')][0];
  const any = marked ?? [...document.querySelectorAll('time[datetime]')][0];
  return any?.getAttribute('datetime')?.trim() || null;
}

function canonicalUrl(document: PageDocument): string | null {
  const link = [...document.querySelectorAll('link[rel="canonical" i][href]')][0];
  return link?.getAttribute('href')?.trim() || null;
}

function firstDate(candidates: readonly (string | null)[]): string | null {
  for (const candidate of candidates) {
    const date = toPublicationDate(candidate);
    if (date) return date;
  }
  return null;
}

function first(values: readonly (string | null | undefined)[]): string | null {
  return values.find((value): value is string => typeof value === 'string' && value.trim().length > 0) ?? null;
}

/** Names, not biographies: itemprop="author" sometimes marks a whole author box. */
const MAX_BYLINE_CHARS = 120;

function nameSized(value: string | null): string | null {
  return value !== null && value.length <= MAX_BYLINE_CHARS ? value : null;
}

/** article:author is often the author's profile URL, not a name. */
function notUrl(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

/** Metadata strings may still carry entities ("Talks &amp; Treaties") and stray whitespace. */
function decodeText(value: string | null): string | null {
  if (value === null) return null;
  const text = decodeHtmlEntities(value).replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text : null;
}
