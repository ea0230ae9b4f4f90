import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { isArticleRejected } from '../../shared/article/rejection.ts';
import { parseArticle } from '../../shared/article/parse-article.ts';
import { ARTICLE_PREFIX } from '../../infra/resources.ts';
import { answerJson, fromLoopbackPage, type SiteRoute } from './explorer-site.ts';

/**
 * `GET /explorer/article-text?key=articles/…[&version=…]`: the text the coder read from an
 * article object — the stored object parsed again by the ingest's own parser — so the Article view
 * can show the whole text with each event's evidence at its offsets. The API stores events, not
 * bodies; this route reads the object with the server's S3 access (the emulator locally, the
 * user's credentials for `accord explore`), only under the articles prefix of the target's bucket,
 * and sends the parsed text, never the raw object.
 */
export interface ArticleTextOptions {
  s3: S3Client;
  bucket: string;
}

/** Parsing is linear in the input; this bounds what one page view can make the server read. */
const MAX_OBJECT_BYTES = 10 * 1024 * 1024;

export function articleTextRoute({ s3, bucket }: ArticleTextOptions): SiteRoute {
  return async (request, response) => {
    if (!fromLoopbackPage(request)) return answerJson(response, 403, { title: 'Only the explorer page on this machine may use this route' });
    const query = new URL(request.url ?? '/', 'http://explorer.local').searchParams;
    const key = query.get('key') ?? '';
    const version = query.get('version') ?? undefined;
    if (!key.startsWith(ARTICLE_PREFIX) || key.length > 1024) return answerJson(response, 400, { title: `key must be an object under ${ARTICLE_PREFIX}` });
    let object;
    try {
      object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(version ? { VersionId: version } : {}) }));
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404) return answerJson(response, 410, { title: 'The object is no longer in the bucket' });
      throw error;
    }
    if ((object.ContentLength ?? 0) > MAX_OBJECT_BYTES) return answerJson(response, 413, { title: 'The object is too large to show' });
    const body = await object.Body!.transformToByteArray();
    try {
      const article = await parseArticle({
        bucket,
        key,
        body,
        ...(object.ContentType ? { contentType: object.ContentType } : {}),
        ...(object.Metadata ? { metadata: object.Metadata } : {}),
      });
      return answerJson(response, 200, { title: article.title, body: article.body });
    } catch (error) {
      if (isArticleRejected(error)) return answerJson(response, 422, { title: 'The object is not an article', detail: error.message });
      throw error;
    }
  };
}
