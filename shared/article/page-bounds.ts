import { tokenizeHtml } from './html-tokenizer.ts';
import type { PageDocument, PageElement } from './page-dom.ts';

/**
 * How big a page Readability is given. Readability over linkedom costs far more than linear in the
 * nesting depth: measured, one chain of 200 nested <div>s takes ≈ 2 s and one of 1,000 ≈ 110 s
 * before a stack overflow, and its cost per element grows with the square of the element's depth
 * (it asks each ancestor about its whole subtree, and linkedom answers `children` by walking it).
 * So three limits, all far above real news pages (typically 15–35 deep, 1,000–5,000 elements and
 * a depth-squared sum under 1.5 million once scripts, styles and SVG icons are left out):
 *  - depth ≤ 64; elements ≤ 12,000;
 *  - the sum over elements of depth² ≤ 3,000,000, which bounds the worst case (4,000 elements in
 *    chains 60 deep) to about a second on one core.
 * A page beyond them is crafted or broken and goes to the linear fallback parser instead.
 */
export const MAX_PAGE_DEPTH = 64;
export const MAX_PAGE_ELEMENTS = 12_000;
export const MAX_PAGE_WORK = 3_000_000;

/**
 * Building the DOM is itself quadratic in nesting depth (htmlparser2 keeps its stack of open
 * elements with the innermost first and unshifts onto it: 40,000 nested <div>s take seconds), so
 * the depth is first estimated from the linear tokenizer, before linkedom sees the page. The
 * estimate counts open minus closed elements, leaving out void elements and those a sibling
 * closes implicitly (<p>, <li>, <td>…), so it overestimates only for unclosed markup; the margin
 * over MAX_PAGE_DEPTH absorbs that on real pages, and measurePage then checks exactly.
 */
export const MAX_ESTIMATED_DEPTH = 2 * MAX_PAGE_DEPTH;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame']);
const CLOSED_BY_SIBLING = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'colgroup',
  'caption',
]);

/** False as soon as the estimated depth passes the limit: then the page is never handed to linkedom. */
export function nestingWithinLimit(html: string, limit = MAX_ESTIMATED_DEPTH): boolean {
  let depth = 0;
  for (const token of tokenizeHtml(html)) {
    if (token.type === 'text' || VOID.has(token.name) || CLOSED_BY_SIBLING.has(token.name)) continue;
    if (token.type === 'close') depth = Math.max(0, depth - 1);
    else if (!token.selfClosing && ++depth > limit) return false;
  }
  return true;
}

/** Not counted (nor their descendants): Readability removes them before it looks at anything. */
const UNCOUNTED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'head']);

/** Depth, element count and the sum of depth² (what Readability's cost follows). */
export type PageSize = { depth: number; elements: number; work: number };

/**
 * Element depth and count in one iterative walk (no recursion, no `children`), stopping as soon as
 * a limit is passed, so measuring a hostile page costs no more than the page's own size.
 */
export function measurePage(
  document: PageDocument,
  limits: PageSize = { depth: MAX_PAGE_DEPTH, elements: MAX_PAGE_ELEMENTS, work: MAX_PAGE_WORK },
): PageSize & { withinLimits: boolean } {
  let node: PageElement | null = document.documentElement;
  let depth = 1;
  let maxDepth = 0;
  let elements = 0;
  let work = 0;
  while (node) {
    elements++;
    work += depth * depth;
    if (depth > maxDepth) maxDepth = depth;
    if (maxDepth > limits.depth || elements > limits.elements || work > limits.work) return { depth: maxDepth, elements, work, withinLimits: false };
    const child: PageElement | null = UNCOUNTED.has(node.localName) ? null : node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node ? node.nextElementSibling : null;
  }
  return { depth: maxDepth, elements, work, withinLimits: true };
}
