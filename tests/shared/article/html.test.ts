import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from '../../../shared/article/html-entities.ts';
import { parseHtml } from '../../../shared/article/html.ts';

const page = `<!DOCTYPE html><html><head>
<title>Leaders meet in Doha | Example News</title>
<meta property="og:site_name" content="Example News">
<meta content="2026-10-02T23:30:00-05:00" property="article:published_time">
<link rel="canonical" href="https://example.org/a?x=1&amp;y=2">
<style>p { color: red }</style>
<script>var s = "<p>not text</p>";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Leaders meet in Doha</h1>
<p>DOHA &ndash; The <b>two</b> sides&nbsp;signed a <a href="/x">ceasefire</a> on Friday.</p>
<!-- <p>commented out</p> -->
<script type="application/ld+json">{"headline": "x"}</script>
<p>Qatar&#8217;s minister said &ldquo;this is a first step&rdquo; &amp; more talks follow.<br>A second line.</p>
<div class="ad">Advertisement</div>
<aside><p>Related stories</p><p>Other news</p></aside>
<form><label>Email</label><input name="e"></form>
</article>
<footer><p>Copyright</p></footer>
</body></html>`;

describe('parseHtml', () => {
  const parsed = parseHtml(page);

  it('takes the title from <title>, without the site-name suffix', () => {
    expect(parsed.title).toBe('Leaders meet in Doha');
  });

  it('takes the publication date from article:published_time, as the publisher wrote it', () => {
    expect(parsed.publishedAt).toBe('2026-10-02');
  });

  it('keeps the site name and canonical URL with entities decoded', () => {
    expect(parsed.source).toBe('Example News');
    expect(parsed.url).toBe('https://example.org/a?x=1&y=2');
  });

  it('strips markup, scripts, styles, comments, navigation, asides, forms and footers; a <br> starts a new paragraph', () => {
    expect(parsed.body).toBe(
      'DOHA \u2013 The two sides signed a ceasefire on Friday.\n\n' +
        'Qatar\u2019s minister said \u201cthis is a first step\u201d & more talks follow.\n\nA second line.',
    );
  });

  it('uses the <body> when there is no <article>, and the first <h1> when there is no <title>', () => {
    const result = parseHtml('<html><body><h1>Talks resume</h1><p>Envoys met.</p></body></html>');
    expect(result.title).toBe('Talks resume');
    expect(result.body).toBe('Envoys met.');
    expect(result.publishedAt).toBeNull();
  });

  it('survives broken markup: unclosed tags, a stray "<", an unclosed script', () => {
    const result = parseHtml('<p>Prices rose 3 < 5 percent<p>Second <i>para<script>alert(1)');
    expect(result.body).toBe('Prices rose 3 < 5 percent\n\nSecond para');
  });

  it('survives a missing </head> and never puts the <title> text in the body', () => {
    const result = parseHtml('<html><head><title>Envoys meet</title><meta name="x" content="y"><p>Envoys met in Doha.</p></html>');
    expect(result.title).toBe('Envoys meet');
    expect(result.body).toBe('Envoys met in Doha.');
  });

  it('handles a fragment with attributes containing ">"', () => {
    expect(parseHtml('<p data-x="a>b">Envoys met.</p>').body).toBe('Envoys met.');
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(decodeHtmlEntities('&eacute;&#233;&#xE9;&amp;&lt;&gt;&quot;&apos;&mdash;')).toBe('ééé&<>"\'\u2014');
  });

  it('leaves unknown names and plain ampersands alone', () => {
    expect(decodeHtmlEntities('AT&T &madeup; R&D')).toBe('AT&T &madeup; R&D');
  });

  it('replaces invalid code points with U+FFFD', () => {
    expect(decodeHtmlEntities('&#0;&#xD800;&#1114112;')).toBe('\ufffd\ufffd\ufffd');
  });
});
