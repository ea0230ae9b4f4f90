import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_DEPTH, MAX_PAGE_ELEMENTS, measurePage, nestingWithinLimit } from '../../../shared/article/page-bounds.ts';
import { parsePageDocument } from '../../../shared/article/page-dom.ts';
import { parseArticle } from '../../../shared/article/index.ts';
import { parseHtmlPage } from '../../../shared/article/readable-html.ts';
import { bytes } from './helpers.ts';

const PAGES = join(import.meta.dirname, 'pages');
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

  /**
   * Crafted pages: the time for 4N bytes over the time for N must stay far from quadratic (16).
   * Before the bounds, 10,000 nested <div>s took Readability minutes and the DOM build alone was
   * quadratic in depth. Best of three runs, so a busy machine does not decide the ratio.
   */
  const SHAPES: Record<string, (size: number) => string> = {
    'nested <div> openers': (size) => `<html><body>${'<div>'.repeat(size / 5)}${SENTENCE}`,
    '<p  openers (one unterminated tag)': (size) => `<html><body>${'<p '.repeat(size / 3)}${SENTENCE}`,
    'unclosed <p> paragraphs': (size) => `<html><body>${`<p>${SENTENCE}`.repeat(size / (3 + SENTENCE.length))}`,
    'nested inline <b>': (size) => `<html><body><p>${'<b>'.repeat(size / 3)}${SENTENCE}`,
    'nested tables': (size) => `<html><body>${'<table><tr><td>'.repeat(size / 15)}${SENTENCE}`,
    'chains 60 deep without text': (size) => `<html><body>${`${'<div>'.repeat(60)}x${'</div>'.repeat(60)}`.repeat(Math.round(size / 661))}`,
    'one giant line': (size) => `<html><body><p>${SENTENCE.repeat(size / SENTENCE.length)}</p>`,
  };
  const N = 50_000;

  async function bestTime(html: string): Promise<number> {
    const body = bytes(html);
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      try {
        await parseArticle({ bucket: 'b', key: 'articles/crafted.html', body });
      } catch {
        // an empty page is rejected; the time to decide that is what counts
      }
      best = Math.min(best, performance.now() - start);
    }
    return best;
  }

  it.each(Object.entries(SHAPES))(
    'stays far from quadratic on %s (N vs 4N)',
    async (_name, make) => {
      await bestTime(make(N)); // warm-up: module and JIT costs belong to neither size
      const small = await bestTime(make(N));
      const large = await bestTime(make(4 * N));
      expect(large / Math.max(small, 1)).toBeLessThan(8);
    },
    120_000,
  );
});
