import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_DEPTH, MAX_PAGE_ELEMENTS, measurePage, nestingWithinLimit } from '../../../shared/article/page-bounds.ts';
import { parsePageDocument } from '../../../shared/article/page-dom.ts';
import { parseHtmlPage } from '../../../shared/article/readable-html.ts';

const PAGES = join(import.meta.dirname, 'pages');
// (how the time grows with crafted pages is measured by `npm run bench:page-bounds`, not timed here)
const SENTENCE = 'Envoys met in Geneva on Monday to discuss the ceasefire, officials said. ';

describe('page bounds', () => {
  it('measures depth, elements and depth² without counting scripts, styles or SVG', async () => {
    const html = '<html><head><script>x</script></head><body><div><p>a</p><svg><g><path/></g></svg></div><p>b</p></body></html>';
    // depths: html 1, head 2 (its script not entered), body 2, div 3, p 4, svg 4 (its g and path not entered), p 3
    expect(measurePage(await parsePageDocument(html))).toEqual({ depth: 4, elements: 7, work: 1 + 4 + 4 + 9 + 16 + 16 + 9, withinLimits: true });
  });

  it('lets every saved-page fixture through to Readability', async () => {
    for (const file of readdirSync(PAGES)) {
      const html = readFileSync(join(PAGES, file), 'utf8');
      expect(nestingWithinLimit(html), file).toBe(true);
      expect(measurePage(await parsePageDocument(html)).withinLimits, file).toBe(true);
    }
  });

  it('estimates nesting from tokens, ignoring elements a sibling closes and void elements', () => {
    expect(nestingWithinLimit(`<body>${'<p>x'.repeat(10_000)}${'<li>y'.repeat(10_000)}${'<br><img src=a>'.repeat(10_000)}`)).toBe(true);
    expect(nestingWithinLimit(`<body>${'<div>'.repeat(MAX_PAGE_DEPTH * 3)}`)).toBe(false);
    expect(nestingWithinLimit(`<body>${'<div></div>'.repeat(10_000)}`)).toBe(true);
  });

  it('sends a page beyond the limits to the linear parser, which still reads its text', async () => {
    const deep = `<html><head><title>Deep | Wire</title><meta property="og:site_name" content="Wire"></head><body>${'<div>'.repeat(5_000)}<p>${SENTENCE}</p></body></html>`;
    expect(await parseHtmlPage(deep)).toMatchObject({ title: 'Deep', body: SENTENCE.trim(), siteName: 'Wire', source: 'Wire' });
    const wide = `<html><body>${'<div><span>menu</span></div>'.repeat(MAX_PAGE_ELEMENTS)}<p>${SENTENCE}</p></body></html>`;
    expect(measurePage(await parsePageDocument(wide)).withinLimits).toBe(false);
    expect((await parseHtmlPage(wide)).body).toContain(SENTENCE.trim());
  });
});
