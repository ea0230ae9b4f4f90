import { describe, expect, it } from 'vitest';
import { articleFromJsonLd } from '../../../shared/article/json-ld.ts';

describe('articleFromJsonLd', () => {
  it('finds the article in a @graph, resolving author and publisher @id references', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Wire Service' },
        { '@type': 'Person', '@id': '#p1', name: 'Ana Lima' },
        {
          '@type': ['NewsArticle', 'AnalysisNewsArticle'],
          headline: ' Envoys\n meet ',
          datePublished: '2026-01-05',
          author: [{ '@id': '#p1' }, 'Bo Chen'],
          publisher: { '@id': '#org' },
          mainEntityOfPage: { '@id': 'https://wire.example/envoys' },
          inLanguage: 'en',
        },
      ],
    });
    expect(articleFromJsonLd([graph])).toEqual({
      headline: 'Envoys meet',
      datePublished: '2026-01-05',
      authors: ['Ana Lima', 'Bo Chen'],
      publisher: 'Wire Service',
      url: 'https://wire.example/envoys',
      language: 'en',
    });
  });

  it('prefers the NewsArticle over other Article nodes (related stories listed as Article)', () => {
    const scripts = [
      JSON.stringify([
        { '@type': 'WebPage', name: 'Page' },
        { '@type': 'Article', headline: 'A related story' },
      ]),
      '<!-- ' + JSON.stringify({ '@type': 'NewsArticle', headline: 'The story', publisher: 'Daily' }) + ' -->',
    ];
    expect(articleFromJsonLd(scripts)).toMatchObject({ headline: 'The story', publisher: 'Daily' });
  });

  it('ignores broken scripts and pages without an article', () => {
    expect(articleFromJsonLd(['{"@type": "NewsArticle", "headline": ', '[[[[', 'null'])).toBeNull();
    expect(articleFromJsonLd([JSON.stringify({ '@type': 'Organization', name: 'Daily' })])).toBeNull();
    expect(articleFromJsonLd(['['.repeat(100_000) + ']'.repeat(100_000)])).toBeNull();
    const hugeGraph = JSON.stringify({ '@graph': [...Array.from({ length: 300_000 }, () => ({})), { '@type': 'NewsArticle', headline: 'Last' }] });
    expect(articleFromJsonLd([hugeGraph])?.headline).toBe('Last');
  });
});
