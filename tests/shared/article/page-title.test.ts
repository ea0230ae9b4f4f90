import { describe, expect, it } from 'vitest';
import { titleWithoutSiteName } from '../../../shared/article/page-title.ts';

describe('titleWithoutSiteName', () => {
  it.each([
    ['Envoys meet in Geneva | Meridian Times', ['Meridian Times'], null, 'Envoys meet in Geneva'],
    ['Envoys meet in Geneva - The Harbour Post', ['The Harbour Post'], null, 'Envoys meet in Geneva'],
    ['Envoys meet in Geneva \u2013 the-harbour-post', ['The Harbour Post'], null, 'Envoys meet in Geneva'],
    ['Envoys meet in Geneva \u2014 Southern Cone Daily', [], 'https://southernconedaily.example/x', 'Envoys meet in Geneva'],
    ['Envoys meet in Geneva - BBC News', [], 'https://www.bbc.co.uk/news/world-1', 'Envoys meet in Geneva'],
    ['Meridian Times: Envoys meet', ['Meridian Times'], null, 'Meridian Times: Envoys meet'],
    ['Meridian Times | Envoys meet in Geneva', ['Meridian Times'], null, 'Envoys meet in Geneva'],
    ['Envoys meet in Geneva | World news', [], null, 'Envoys meet in Geneva'],
  ])('%s → %s', (title, names, url, expected) => {
    expect(titleWithoutSiteName(title, names, url)).toBe(expected);
  });

  it('keeps a dash that is part of the headline', () => {
    expect(titleWithoutSiteName('Lee - Xi talks resume in Beijing', ['Meridian Times'], 'https://meridiantimes.example/a')).toBe(
      'Lee - Xi talks resume in Beijing',
    );
    expect(titleWithoutSiteName('Seoul - Tokyo hotline restored', [], null)).toBe('Seoul - Tokyo hotline restored');
  });
});
