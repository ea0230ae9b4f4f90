/**
 * The article a page describes in its JSON-LD (schema.org), the publisher's own statement of
 * headline, date, author and outlet, so it comes first in the metadata precedence. Handles what
 * publishers actually ship: several scripts, top-level arrays, `@graph`, `@type` arrays,
 * author/publisher given inline, as names, or as `@id` references to other graph nodes.
 */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
  language: string | null;
}

type JsonObject = Record<string, unknown>;

/** Subtypes of schema.org Article that news pages use (NewsArticle, ReportageNewsArticle, BlogPosting…). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

export function articleFromJsonLd(scripts: readonly string[]): JsonLdArticle | null {
  const nodes: JsonObject[] = [];
  for (const script of scripts) {
    const value = parseLenient(script);
    // Top level: an object, an array of objects, or either with a @graph (one level; graphs do not nest in practice).
    for (const item of Array.isArray(value) ? value : [value]) {
      if (!isObject(item)) continue;
      nodes.push(item);
      // A loop, not push(...graph): spreading a crafted graph of 200,000 nodes overflows the stack.
      if (Array.isArray(item['@graph'])) for (const node of item['@graph']) if (isObject(node)) nodes.push(node);
    }
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown =>
    isObject(value) && typeof value['@id'] === 'string' && byId.has(value['@id']) && Object.keys(value).length === 1 ? byId.get(value['@id']) : value;

  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  // A page that also describes related stories lists its own article first, or as a NewsArticle.
  const article = articles.find((node) => typesOf(node).some((type) => type.endsWith('NewsArticle'))) ?? articles[0];
  if (!article) return null;
  return {
    headline: text(article.headline) ?? text(article.name),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    authors: asList(article.author)
      .map(resolve)
      .map(nameOf)
      .filter((name): name is string => name !== null),
    publisher: nameOf(resolve(asList(article.publisher)[0])),
    url: text(article.url) ?? urlOf(resolve(article.mainEntityOfPage)),
    language: text(article.inLanguage),
  };
}

/** Publishers wrap JSON-LD in HTML comments or CDATA and leave control characters in strings. */
function parseLenient(script: string): unknown {
  const cleaned = script
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]+/g, ' ');
  try {
    return JSON.parse(cleaned);
  } catch {
    return null; // a broken script says nothing; the other metadata still applies
  }
}

function typesOf(node: JsonObject): string[] {
  return asList(node['@type']).filter((type): type is string => typeof type === 'string');
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return text(value);
  if (!isObject(value)) return null;
  return text(value.name) ?? text(value.legalName) ?? text(value.alternateName);
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return text(value);
  return isObject(value) ? (text(value['@id']) ?? text(value.url)) : null;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const collapsed = value.replace(/\s+/g, ' ').trim();
  return collapsed.length > 0 ? collapsed : null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
