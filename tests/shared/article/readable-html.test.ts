import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../shared/article/readable-html.ts';
import { parseArticle } from '../../../shared/article/index.ts';
import { bytes } from './helpers.ts';

const page = (name: string) => readFileSync(join(import.meta.dirname, 'pages', name), 'utf8');

describe('parseHtmlPage (Readability over linkedom)', () => {
  describe('a full news page: cookie banner, navigation, related stories, comments, JSON-LD @graph', async () => {
    const parsed = await parseHtmlPage(page('news-page-json-ld-graph.html'));

    it('keeps the whole story, first paragraph to last', () => {
      expect(parsed.body).toMatch(/^DOHA, Oct 2 \(Meridian Times\) – The government of the Democratic Republic of Congo/);
      expect(parsed.body).toContain('Congolese President Felix Tshisekedi welcomed the accord');
      expect(parsed.body).toMatch(/the return of displaced families would take months\.$/);
      expect(parsed.body.split('\n\n')).toHaveLength(6);
    });

    it('leaves out everything around it', () => {
      for (const boilerplate of [
        'We use cookies',
        'Accept all cookies', // cookie banner
        'Politics',
        'Subscribe', // navigation
        'Rwanda denies backing M23',
        'M23 rebels seize airport',
        'European Union weighs sanctions',
        'Most read',
        'Brazil recalls ambassador', // related and most-read lists
        'Another ceasefire that will be broken',
        'France should condemn Rwanda',
        'ReaderInLondon', // comments
        'All rights reserved',
        'Privacy policy',
        'dataLayer',
        'Tags:', // footer, scripts, tags
        'By Amina Diallo', // the byline is metadata, not a sentence to code
      ])
        expect(parsed.body, boilerplate).not.toContain(boilerplate);
      expect(parsed.body).not.toContain('Qatar brokers ceasefire between Congo and M23 rebels'); // the headline is the title
    });

    it('takes title, date, authors, publisher and url from the JSON-LD article in the @graph', () => {
      expect(parsed).toMatchObject({
        title: 'Qatar brokers ceasefire between Congo and M23 rebels',
        // JSON-LD datePublished (the publisher's day, +03:00) wins over article:published_time (a day later in UTC)
        publishedAt: '2026-10-02',
        byline: 'Amina Diallo, Li Wei', // one author by @id reference, one inline
        siteName: 'Meridian Times', // the publisher by @id reference
        source: 'Meridian Times',
        url: 'https://www.meridiantimes.example/world/africa/qatar-congo-m23-ceasefire',
        language: 'en-GB',
      });
    });
  });

  it('reads an OpenGraph-only page: og:title without the " - Site" suffix, article:published_time, <meta name=author>', async () => {
    const parsed = await parseHtmlPage(page('opengraph-only.html'));
    expect(parsed).toMatchObject({
      title: 'Seoul and Tokyo agree to restart shuttle diplomacy',
      publishedAt: '2026-06-11', // the publisher's own day, not UTC's (21:30 -04:00)
      url: 'https://harbourpost.example/asia/seoul-tokyo-shuttle-diplomacy',
      byline: 'Min-ji Park', // article:author is a profile URL, not a name
      siteName: 'The Harbour Post',
    });
    expect(parsed.body).toMatch(/^SEOUL — South Korea and Japan agreed on Thursday/);
    expect(parsed.body).toContain('before the end of the year.');
    expect(parsed.body).not.toMatch(/Trending now|Typhoon season|newsletter|Sign in|© 2026/);
  });

  it('reads Parse.ly metadata before the canonical link, and drops the comment form', async () => {
    const parsed = await parseHtmlPage(page('parsely.html'));
    expect(parsed).toMatchObject({
      title: 'Brazil and Argentina sign gas pipeline accord',
      publishedAt: '2026-04-22',
      byline: 'Lucía Fernández',
      url: 'https://southernconedaily.example/2026/04/22/brazil-argentina-gas-pipeline',
    });
    expect(parsed.body).toMatch(/^BUENOS AIRES — Brazil and Argentina signed/);
    expect(parsed.body).not.toMatch(/Leave a|Posted in|email address|Home/);
  });

  it('reads schema.org microdata: itemprop datePublished (content) and author (nested name)', async () => {
    const parsed = await parseHtmlPage(page('itemprop.html'));
    expect(parsed).toMatchObject({
      title: 'Kenya and Ethiopia open new border crossing',
      publishedAt: '2026-08-17',
      byline: 'Wanjiru Kamau',
      siteName: 'East Africa Ledger',
      language: 'en-US',
    });
    expect(parsed.body.split('\n\n')).toHaveLength(3);
    expect(parsed.body).not.toContain('Wanjiru Kamau');
  });

  it('falls back to <time datetime> and the canonical link, and takes the site off the title by the host name', async () => {
    const parsed = await parseHtmlPage(page('time-datetime.html'));
    expect(parsed).toMatchObject({
      title: 'Norway and Russia renew fishing quota agreement', // "… - Daily Courier" on dailycourier.example
      publishedAt: '2026-11-28',
      url: 'https://www.dailycourier.example/nordic/norway-russia-fishing-quota',
      byline: null, // "Published 28 Nov 2026" is a dateline, not an author
    });
    expect(parsed.body).toMatch(/^OSLO — Norway and Russia agreed/);
    expect(parsed.body).not.toMatch(/More from Nordic|Gotland|Front page|Published 28 Nov/);
  });

  it('falls back to the linear parser for the body when Readability finds no article (a story hidden until a script runs)', async () => {
    const parsed = await parseHtmlPage(page('hidden-story.html'));
    expect(parsed.body).toMatch(/^LIMA — Chile and Peru signed an agreement on Monday/);
    expect(parsed.body).toContain('released within a week.');
    expect(parsed.body).not.toMatch(/Home|Latin America|Privacy/);
    expect(parsed).toMatchObject({ title: 'Chile and Peru settle maritime fishing dispute', publishedAt: '2026-02-09', siteName: 'Pacific Wire' });
  });

  it('takes a name, not a whole author box marked itemprop="author"', async () => {
    const bio = 'Wanjiru Kamau has covered East Africa for twelve years, reporting from Nairobi, Addis Ababa and Mogadishu on conflict, trade and diplomacy.';
    const html = `<html><head><meta name="author" content="Wanjiru Kamau"></head><body><div itemprop="author">${bio}</div><article><p>${bio} ${bio}</p></article></body></html>`;
    expect((await parseHtmlPage(html)).byline).toBe('Wanjiru Kamau');
  });

  it('skips a JSON-LD date that is no calendar date and takes the next source', async () => {
    const html = `<html><head>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Envoys meet","datePublished":"20260-01-05"}</script>
      <script type="application/ld+json">[{"@type":"Organization","name":"Wire"}]</script>
      <meta property="article:published_time" content="2026-01-05T08:00:00Z"></head>
      <body><article><p>Envoys from both countries met in Geneva on Monday to discuss the ceasefire, officials said.</p></article></body></html>`;
    expect(await parseHtmlPage(html)).toMatchObject({ title: 'Envoys meet', publishedAt: '2026-01-05' });
    const noDate = html.replace('2026-01-05T08:00:00Z', 'Jan 5, 20260');
    expect((await parseHtmlPage(noDate)).publishedAt).toBeNull();
  });

  it('gives the article record its byline and site name, and keeps HTML inside a JSON article on the same path', async () => {
    const article = await parseArticle({ bucket: 'b', key: 'articles/qatar.html', body: bytes(page('news-page-json-ld-graph.html')) });
    expect(article).toMatchObject({
      byline: 'Amina Diallo, Li Wei',
      siteName: 'Meridian Times',
      language: 'en-GB',
      publishedAt: '2026-10-02',
      publishedFrom: 'content',
      format: 'html',
    });
    const json = JSON.stringify({
      title: 'Envoys meet',
      body: '<div class="share">Share this</div><p>Envoys met in Geneva on Monday.</p><p>Talks resume next week.</p>',
    });
    expect((await parseArticle({ bucket: 'b', key: 'articles/a.json', body: bytes(json) })).body).toBe(
      'Envoys met in Geneva on Monday.\n\nTalks resume next week.',
    );
  });
});
