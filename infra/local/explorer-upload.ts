import type { IncomingMessage } from 'node:http';
import { basename } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { contentTypeOf, isArticleFileName, ARTICLE_EXTENSIONS } from '../../shared/article/article-format.ts';
import { normalizeEtag } from '../../shared/ingest/s3-event-notification.ts';
import { articleIdFor } from '../../shared/model/article.ts';
import { ARTICLE_PREFIX } from '../resources.ts';
import { answerJson, fromLoopbackPage, type SiteRoute } from '../../web/server/explorer-site.ts';

/**
 * `POST /explorer/upload?name=FILE` (local stack only): the explorer's Upload view puts a dropped
 * file into the bucket through the same S3 endpoint as `accord upload`, so the notification,
 * queue and ingest path is the real one. The page then follows `GET /articles/{articleId}` until
 * the record has this upload's ETag. A page of another site cannot use it: the route wants the
 * explorer's header (which a cross-site form cannot send) and a loopback Host and Origin.
 */
export const UPLOAD_HEADER = 'x-accord-explorer';

/** What API Gateway would accept as one request; the ingest judges the article itself. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface ExplorerUploadOptions {
  /** A client of the local S3 endpoint that sends notifications (the proxy), as `accord upload` uses. */
  s3: S3Client;
  bucket: string;
}

export function explorerUpload({ s3, bucket }: ExplorerUploadOptions): SiteRoute {
  return async (request, response) => {
    if (request.method !== 'POST') return answerJson(response, 405, { title: 'use POST' }, { allow: 'POST' });
    if (!fromLoopbackPage(request) || request.headers[UPLOAD_HEADER] !== '1') {
      return answerJson(response, 403, { title: 'uploads are accepted from the explorer page only' });
    }
    const name = basename(new URL(request.url ?? '/', 'http://local').searchParams.get('name') ?? '');
    if (!isArticleFileName(name)) {
      return answerJson(response, 400, { title: `not an article file: "${name}"`, detail: `use one of ${ARTICLE_EXTENSIONS.join(', ')}` });
    }
    const body = await readLimited(request);
    if (body === null) return answerJson(response, 413, { title: `larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` });
    const key = `${ARTICLE_PREFIX}${name}`;
    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentTypeOf(name) }));
    return answerJson(response, 201, { key, articleId: articleIdFor(bucket, key), etag: normalizeEtag(put.ETag ?? '') });
  };
}

function readLimited(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_UPLOAD_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_UPLOAD_BYTES ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
