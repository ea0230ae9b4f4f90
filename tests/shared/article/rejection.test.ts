import { describe, expect, it } from 'vitest';
import {
  ArticleRejectedError,
  assertInsideArticlePrefix,
  assertWithinSizeLimit,
  isArticleRejected,
  MAX_ARTICLE_BYTES_DEFAULT,
} from '../../../shared/article/index.ts';
import { expectRejection } from './helpers.ts';

describe('rejections', () => {
  it('defaults the size limit to 2 MB', () => {
    expect(MAX_ARTICLE_BYTES_DEFAULT).toBe(2 * 1024 * 1024);
  });

  it('accepts sizes up to the limit', () => {
    expect(() => assertWithinSizeLimit(MAX_ARTICLE_BYTES_DEFAULT)).not.toThrow();
    expect(() => assertWithinSizeLimit(10, 10)).not.toThrow();
  });

  it('rejects sizes over the limit, stating both', () => {
    const rejection = expectRejection(() => assertWithinSizeLimit(3 * 1024 * 1024, MAX_ARTICLE_BYTES_DEFAULT), 'too-large');
    expect(rejection.reason).toContain('3.0 MB');
    expect(rejection.reason).toContain('2.0 MB');
  });

  it('rejects keys outside the articles prefix', () => {
    expect(() => assertInsideArticlePrefix('articles/a.txt', 'articles/')).not.toThrow();
    const rejection = expectRejection(() => assertInsideArticlePrefix('other/a.txt', 'articles/'), 'outside-prefix');
    expect(rejection.reason).toContain('other/a.txt');
  });

  it('is recognisable as a rejection', () => {
    expect(isArticleRejected(new ArticleRejectedError('empty', 'The file is empty.'))).toBe(true);
    expect(isArticleRejected(new Error('x'))).toBe(false);
  });
});
