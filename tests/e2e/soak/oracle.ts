import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { IngestService } from '../../../shared/ingest/ingest-service.ts';
import { S3ObjectStore } from '../../../shared/ingest/s3-object-store.ts';
import { normalizeEtag } from '../../../shared/ingest/s3-event-notification.ts';
import { createDefaultExtractor } from '../../../shared/extractor/default-extractor.ts';
import { MAX_ARTICLE_BYTES_DEFAULT } from '../../../shared/article/index.ts';
import { ARTICLE_PREFIX } from '../../../infra/resources.ts';
import { articleIdFor, type ArticleLocation } from '../../../shared/model/article.ts';
import type { DiplomaticEvent } from '../../../shared/model/diplomatic-event.ts';
import type { EventRepository, ProcessedArticle, WriteOutcome } from '../../../shared/storage/event-repository.ts';

/**
 * The expected final state of every key: what ONE fault-free, in-order ingest of the object as it
 * is now in the bucket yields (objects no longer there: deleted). It runs the same IngestService
 * against the real bucket and a repository that only records, so the soak checks the distributed
 * properties (duplicates, order, faults, retries) rather than re-deriving parsing rules.
 */
export type Expected =
  { status: 'processed'; events: DiplomaticEvent[]; contentHash: string; extractor: string } | { status: 'failed'; reason: string } | { status: 'deleted' };

export async function expectedState(s3: S3Client, bucket: string, everUploaded: ReadonlySet<string>): Promise<Map<string, Expected>> {
  const present = await listKeys(s3, bucket);
  const recorder = new RecordingRepository();
  const service = new IngestService(new S3ObjectStore(s3), recorder, createDefaultExtractor(), {
    maxArticleBytes: MAX_ARTICLE_BYTES_DEFAULT,
    articlePrefix: ARTICLE_PREFIX,
  });
  const expected = new Map<string, Expected>();
  for (const key of everUploaded) {
    const etag = present.get(key);
    if (etag === undefined) {
      expected.set(key, { status: 'deleted' });
      continue;
    }
    const location: ArticleLocation = { bucket, key, versionId: null, etag, sequencer: null };
    const outcome = await service.ingestChange({ kind: 'created', eventName: 'ObjectCreated:Put', eventTime: null, size: null, location });
    if (outcome.status === 'superseded') throw new Error(`${key} changed while the oracle read it`);
    const write = recorder.last.get(articleIdFor(bucket, key));
    if (!write) throw new Error(`oracle recorded nothing for ${key}`);
    expected.set(key, write);
  }
  return expected;
}

async function listKeys(s3: S3Client, bucket: string): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ...(token ? { ContinuationToken: token } : {}) }));
    for (const object of page.Contents ?? []) if (object.Key) keys.set(object.Key, normalizeEtag(object.ETag ?? ''));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

class RecordingRepository implements Pick<EventRepository, 'saveProcessed' | 'saveFailed' | 'saveDeleted'> {
  readonly last = new Map<string, Expected>();
  async saveProcessed(article: ProcessedArticle, events: readonly DiplomaticEvent[]): Promise<WriteOutcome> {
    this.last.set(articleIdFor(article.location.bucket, article.location.key), {
      status: 'processed',
      events: [...events],
      contentHash: article.contentHash,
      extractor: article.extractor,
    });
    return 'written';
  }
  async saveFailed(location: ArticleLocation, reason: string): Promise<WriteOutcome> {
    this.last.set(articleIdFor(location.bucket, location.key), { status: 'failed', reason });
    return 'written';
  }
  async saveDeleted(location: ArticleLocation): Promise<WriteOutcome> {
    this.last.set(articleIdFor(location.bucket, location.key), { status: 'deleted' });
    return 'written';
  }
}
