import { loadOnFirstUse } from './load-on-first-use.ts';

/**
 * The slice of the DOM that Accord's page reading uses, typed here because the project compiles
 * without the DOM library (it runs on Lambda, not in a browser). linkedom implements all of it.
 */
export interface PageElement {
  readonly tagName: string;
  readonly localName: string;
  readonly textContent: string | null;
  readonly innerHTML: string;
  readonly firstElementChild: PageElement | null;
  readonly nextElementSibling: PageElement | null;
  readonly parentElement: PageElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  remove(): void;
}

export interface PageDocument {
  readonly documentElement: PageElement | null;
  readonly body: PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}

const linkedom = loadOnFirstUse(() => import('linkedom/worker').then((module) => module.parseHTML));

/**
 * HTML → a DOM, with the tree a browser would build (implied end tags, misnested markup repaired).
 * A fragment (the HTML body of a JSON article) gets the <html><body> a browser would imply:
 * linkedom would otherwise make its first element the document element.
 *
 * linkedom is imported with the first page, not with this module: loading it sets up its whole DOM
 * (tens of ms of CPU), which every Lambda cold start and `accord extract` paid before, though text
 * and Markdown articles never build a DOM (`npm run bench:coldstart`, docs/deploy.md#cold-starts).
 * Its self-contained ESM build: the default entry requires the optional native `canvas` package at
 * run time (inside a try), which would be the one module a Lambda bundle cannot contain.
 */
export async function parsePageDocument(html: string): Promise<PageDocument> {
  const parse = await linkedom();
  const page = /<(?:html|head|body)[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return (parse(page) as unknown as { document: PageDocument }).document;
}
