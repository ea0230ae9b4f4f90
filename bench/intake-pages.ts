/**
 * Saved news pages for `npm run bench:intake`, generated (nothing downloaded) around the stories of
 * the benchmark corpus (bench/corpus/articles): the furniture real pages carry — cookie banner,
 * mega-menu navigation, share bars with inline SVG icons, ads, an inline "read more" box, a
 * related-stories rail whose teasers are diplomatic sentences of other stories, a threaded comment
 * section, a most-read list, a footer of links, JSON-LD and OpenGraph metadata — nested as deep
 * as a framework-built page (20–30 levels). Three house styles, in turn: semantic markup
 * (<article>, <nav>, <aside>, <footer>), "div soup" (every block a <div> with a class, as many
 * framework-built sites ship), and a CMS theme whose <article> also holds the related stories and
 * the comments. The story's own paragraphs are returned beside the page, so extraction can be
 * scored against them.
 */
export interface GeneratedPage {
  html: string;
  title: string;
  story: string[];
  publishedAt: string;
}

export interface CorpusStory {
  title: string;
  paragraphs: string[];
  publishedAt: string;
}

const SITES = ['Meridian Times', 'The Harbour Post', 'Daily Courier', 'Pacific Wire', 'East Africa Ledger'];
const SECTIONS = ['World', 'Politics', 'Business', 'Climate', 'Opinion', 'Science', 'Sport', 'Culture', 'Travel', 'Video'];
const COMMENTERS = ['ReaderInLondon', 'kivu_watcher', 'Jean-Paul M.', 'realist42', 'Anna K.', 'policywonk', 'old_diplomat', 'M. Santos'];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const ICON =
  '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><g><path d="M12 2L2 7l10 5 10-5-10-5z"/><path d="M2 17l10 5 10-5"/><circle cx="12" cy="12" r="3"/></g></svg>';

function wrap(depth: number, inner: string, name = 'layout'): string {
  let html = inner;
  for (let level = depth; level > 0; level--) html = `<div class="${name}-${level}">${html}</div>`;
  return html;
}

/** One page per story; `others` supplies the teaser and comment sentences (real-looking events). */
export function generatePage(story: CorpusStory, index: number, others: readonly CorpusStory[]): GeneratedPage {
  const style = (['semantic', 'div-soup', 'cms'] as const)[index % 3]!;
  /** The element a house style uses for a semantic one: div soup has only <div>s. */
  const tag = (name: string) => (style === 'div-soup' ? 'div' : name);
  const site = SITES[index % SITES.length]!;
  const host = `www.${slug(site).replace(/-/g, '')}.example`;
  const url = `https://${host}/world/${story.publishedAt.replace(/-/g, '/')}/${slug(story.title)}`;
  const other = (k: number) => others[(index * 7 + k * 13) % others.length]!;
  const sentence = (k: number) => {
    const paragraph = other(k).paragraphs[k % other(k).paragraphs.length]!;
    return paragraph.split(/(?<=\.)\s+/)[0]!;
  };

  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': `https://${host}/#org`, name: site },
      { '@type': 'WebSite', '@id': `https://${host}/#site`, name: site, publisher: { '@id': `https://${host}/#org` } },
      {
        '@type': ['NewsArticle'],
        headline: story.title,
        datePublished: `${story.publishedAt}T07:30:00+01:00`,
        author: [{ '@type': 'Person', name: 'Staff Reporter' }],
        publisher: { '@id': `https://${host}/#org` },
        mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      },
    ],
  });
  const head =
    `<head><meta charset="utf-8"><title>${escape(story.title)} | ${site}</title>` +
    `<meta property="og:title" content="${escape(story.title)}"><meta property="og:site_name" content="${site}">` +
    `<meta property="og:url" content="${url}"><meta property="article:published_time" content="${story.publishedAt}T07:30:00+01:00">` +
    `<link rel="canonical" href="${url}"><link rel="stylesheet" href="/static/site.css">` +
    `<style>.cookie{position:fixed;bottom:0}.nav li{display:inline-block}</style>` +
    `<script>window.__STATE__=${JSON.stringify({ section: 'world', tags: ['diplomacy'], ads: { slots: 6 } })};</script>` +
    `<script type="application/ld+json">${jsonLd}</script></head>`;

  const cookie =
    '<div class="cookie" role="dialog"><p>We use cookies and similar technologies to improve your experience, measure audiences and show personalised ads. ' +
    'You can change your choices at any time in Cookie settings.</p><button>Accept all cookies</button><button>Reject all</button><a href="/cookies">Cookie policy</a></div>';
  const menu = SECTIONS.map(
    (section) =>
      `<li class="nav-item"><a href="/${slug(section)}">${section}</a><ul class="sub">${[1, 2, 3, 4].map((k) => `<li><a href="/${slug(section)}/${k}">${section} ${k}</a></li>`).join('')}</ul></li>`,
  ).join('');
  const header = wrap(
    4,
    `<${tag('header')} class="masthead"><a class="logo" href="/">${ICON}<span>${site}</span></a><${tag('nav')} class="nav"><ul>${menu}</ul></${tag('nav')}><a href="/subscribe">Subscribe</a><a href="/login">Sign in</a></${tag('header')}>`,
    'header',
  );

  const share = `<div class="share">${['Facebook', 'Twitter', 'LinkedIn', 'WhatsApp', 'Email'].map((name) => `<a href="#" aria-label="${name}">${ICON}</a>`).join('')}</div>`;
  const readMore = `<${tag('aside')} class="read-more"><h3>Read more</h3><ul>${[1, 2, 3].map((k) => `<li><a href="/r/${k}">${escape(other(k).title)}</a></li>`).join('')}</ul></${tag('aside')}>`;
  const paragraphs = story.paragraphs.map((paragraph, p) => {
    let block = `<p>${escape(paragraph)}</p>`;
    if (p === 1) block += `<div class="ad-slot"><span>Advertisement</span><div id="ad-${p}"></div></div>`;
    if (p === 2) block += readMore;
    if (p === 4)
      block += `<${tag('figure')}><img src="/img/${index}.jpg" alt=""><${tag('figcaption')}>Delegations before the talks. Photo: Staff</${tag('figcaption')}></${tag('figure')}>`;
    return block;
  });
  const storyHead =
    `<${tag('header')} class="story-header"><div class="kicker"><a href="/world">World</a></div><h1>${escape(story.title)}</h1>` +
    `<div class="byline">By <a rel="author" href="/staff">Staff Reporter</a> · <time datetime="${story.publishedAt}T07:30:00+01:00">${story.publishedAt}</time></div>${share}</${tag('header')}>` +
    wrap(6, paragraphs.join(''), 'story-body') +
    `<div class="tags">Tags: <a href="/t/1">Diplomacy</a>, <a href="/t/2">World</a></div>`;

  const related = `<${tag('section')} class="related"><h2>Related stories</h2><div class="grid">${[4, 5, 6, 7, 8, 9, 10, 11]
    .map(
      (k) =>
        `<div class="card"><a href="/rel/${k}"><img src="/t/${k}.jpg" alt=""><h3>${escape(other(k).title)}</h3></a><p class="teaser">${escape(sentence(k))}</p><span class="time">2 hours ago</span></div>`,
    )
    .join('')}</div></${tag('section')}>`;
  const comment = (k: number, depth: number): string =>
    `<div class="comment"><div class="meta"><span class="author">${COMMENTERS[(index + k) % COMMENTERS.length]!}</span><span class="ago">${k + 1}h ago</span></div>` +
    `<div class="comment-body"><p>${escape(sentence(20 + k))}</p></div><div class="actions"><a href="#">Reply</a><a href="#">Report</a></div>` +
    (depth < 3 && k % 3 === 0 ? `<div class="replies">${comment(k + 1, depth + 1)}</div>` : '') +
    '</div>';
  const comments = `<${tag('section')} id="comments"><h2>Comments (12)</h2>${Array.from({ length: 12 }, (_, k) => comment(k, 0)).join('')}<form><textarea></textarea><button>Post comment</button></form></${tag('section')}>`;
  const mostRead = `<${tag('aside')} class="most-read"><h2>Most read</h2><ol>${[12, 13, 14, 15, 16].map((k) => `<li><a href="/m/${k}">${escape(other(k).title)}</a></li>`).join('')}</ol></${tag('aside')}>`;
  const footer = `<${tag('footer')}>${wrap(3, SECTIONS.map((section) => `<ul><li><strong>${section}</strong></li>${[1, 2, 3].map((k) => `<li><a href="/${slug(section)}/f${k}">${section} more ${k}</a></li>`).join('')}</ul>`).join(''), 'footer')}<p>© 2026 ${site}. All rights reserved.</p></${tag('footer')}>`;

  const main =
    style === 'cms'
      ? wrap(8, `<main>${wrap(3, `<article class="post">${storyHead}${related}${comments}</article>`, 'main')}</main>${mostRead}`, 'page')
      : wrap(
          8,
          `<${tag('main')}>${wrap(3, `<${tag('article')} class="story">${storyHead}</${tag('article')}>`, 'main')}${related}${comments}</${tag('main')}>${mostRead}`,
          'page',
        );
  const html = `<!DOCTYPE html><html lang="en">${head}<body>${cookie}${header}${main}${footer}<script src="/static/app.js"></script></body></html>`;
  return { html, title: story.title, story: story.paragraphs, publishedAt: story.publishedAt };
}
