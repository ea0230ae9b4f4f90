/** Article parsing: S3 object bytes → Article, and the permanent rejections of bad input. */
export { parseArticle, type ArticleInput } from './parse-article.ts';
export {
  ArticleRejectedError,
  isArticleRejected,
  assertWithinSizeLimit,
  assertInsideArticlePrefix,
  MAX_ARTICLE_BYTES_DEFAULT,
  type ArticleRejectionKind,
} from './rejection.ts';
export { assertEnglish, looksEnglish } from './language.ts';
export { articleFormatOf, ARTICLE_EXTENSIONS, type ArticleFormat } from './article-format.ts';
export { isPageDebris } from './page-debris.ts';
export { decodeHtmlEntities } from './html-entities.ts';
