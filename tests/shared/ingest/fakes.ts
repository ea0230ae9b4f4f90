import type { SQSRecord } from 'aws-lambda';
import type { ArticleLocation, ArticleRecord } from '../../../shared/model/article.ts';
import type { DiplomaticEvent } from '../../../shared/model/diplomatic-event.ts';
import type { Extractor, ExtractionResult } from '../../../shared/extractor/extractor.ts';
import type { EventRepository, ProcessedArticle, WriteOutcome } from '../../../shared/storage/event-repository.ts';
import type { ObjectHead, ObjectStore, ObjectVersionRef } from '../../../shared/ingest/object-store.ts';

/** In-memory bucket keyed by key; an object version is identified by its ETag. */
export class FakeObjectStore implements ObjectStore {
  readonly objects = new Map<string, { body: Uint8Array; etag: string; contentType?: string; metadata?: Record<string, string> }>();
  readonly gets: string[] = [];
  failWith: Error | null = null;

  put(key: string, body: string | Uint8Array, etag: string, contentType?: string, metadata?: Record<string, string>): void {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    this.objects.set(key, { body: bytes, etag, ...(contentType ? { contentType } : {}), ...(metadata ? { metadata } : {}) });
  }

  async head(ref: ObjectVersionRef): Promise<ObjectHead | null> {
    if (this.failWith) throw this.failWith;
    const object = this.current(ref);
    if (!object) return null;
    return {
      size: object.body.length,
      etag: object.etag,
      versionId: null,
      contentType: object.contentType ?? null,
      lastModified: new Date('2026-05-01T10:00:00Z'),
      metadata: object.metadata ?? {},
    };
  }

  async get(ref: ObjectVersionRef): Promise<Uint8Array | null> {
    if (this.failWith) throw this.failWith;
    this.gets.push(ref.key);
    return this.current(ref)?.body ?? null;
  }

  private current(ref: ObjectVersionRef) {
    const object = this.objects.get(ref.key);
    if (!object || (ref.etag !== null && ref.etag !== object.etag)) return null;
    return object;
  }
}

export type RepositoryCall =
  | { method: 'saveProcessed'; article: ProcessedArticle; events: readonly DiplomaticEvent[] }
  | { method: 'saveFailed'; location: ArticleLocation; reason: string }
  | { method: 'saveDeleted'; location: ArticleLocation };

/** Records the writes; read methods are not used by ingest. */
export class RecordingRepository implements EventRepository {
  readonly calls: RepositoryCall[] = [];
  outcome: WriteOutcome = 'written';

  async saveProcessed(article: ProcessedArticle, events: readonly DiplomaticEvent[]): Promise<WriteOutcome> {
    this.calls.push({ method: 'saveProcessed', article, events });
    return this.outcome;
  }
  async saveFailed(location: ArticleLocation, reason: string): Promise<WriteOutcome> {
    this.calls.push({ method: 'saveFailed', location, reason });
    return this.outcome;
  }
  async saveDeleted(location: ArticleLocation): Promise<WriteOutcome> {
    this.calls.push({ method: 'saveDeleted', location });
    return this.outcome;
  }
  async saveBatch(): Promise<WriteOutcome> {
    throw new Error('not used by article ingest');
  }
  async getBatch(): Promise<never> {
    throw new Error('not used by ingest');
  }
  async getArticle(): Promise<ArticleRecord | null> {
    throw new Error('not used by ingest');
  }
  async listArticles(): Promise<never> {
    throw new Error('not used by ingest');
  }
  async getEvent(): Promise<DiplomaticEvent | null> {
    throw new Error('not used by ingest');
  }
  async queryEvents(): Promise<never> {
    throw new Error('not used by ingest');
  }
  async eventsOfArticle(): Promise<DiplomaticEvent[]> {
    throw new Error('not used by ingest');
  }
  async articleWithEvents(): Promise<never> {
    throw new Error('not used by ingest');
  }
  async actorSummary(): Promise<never> {
    throw new Error('not used by ingest');
  }
  async listActors(): Promise<never> {
    throw new Error('not used by ingest');
  }
  async eventTimeline(): Promise<never> {
    throw new Error('not used by ingest');
  }
}

/** Returns a fixed result and remembers what it saw. */
export class StubExtractor implements Extractor {
  readonly version = 'stub/1.0.0';
  readonly seen: string[] = [];
  constructor(private readonly result: (articleId: string) => ExtractionResult) {}
  async extract(article: { id: string; body: string }): Promise<ExtractionResult> {
    this.seen.push(article.body);
    return this.result(article.id);
  }
}

export function sampleEvent(articleId: string, n = 1): DiplomaticEvent {
  return {
    id: `${articleId}-e${n}`,
    articleId,
    date: '2026-05-01',
    dateText: 'on Friday',
    source: { text: 'France', country: 'FRA', role: null },
    target: { text: 'Germany', country: 'DEU', role: null },
    cameo: { code: '040', root: '04', name: 'Consult' },
    plover: null,
    quadClass: 1,
    goldstein: 1,
    modality: 'asserted',
    location: null,
    evidence: { sentence: 'France met Germany.', start: 0, end: 19, trigger: 'met' },
    mentions: 1,
    confidence: 0.9,
    extractor: 'stub/1.0.0',
  };
}

/** An SQS message body as S3 writes it, for one record. */
export function notificationBody(
  eventName: string,
  key: string,
  object: { size?: number; eTag?: string; sequencer?: string; versionId?: string } = {},
  bucket = 'accord-articles-test',
): string {
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: '2026-05-01T10:00:00.000Z',
        eventName,
        userIdentity: { principalId: 'AWS:TEST' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': 'R', 'x-amz-id-2': 'I' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'test',
          bucket: { name: bucket, ownerIdentity: { principalId: 'O' }, arn: `arn:aws:s3:::${bucket}` },
          object: { key, sequencer: '0055AED6DCD90281E5', ...object },
        },
      },
    ],
  });
}

/** An SQS record as Lambda's event source mapping hands it over, on its first receive. */
export function sqsRecord(body: string, messageId: string, queueArn = 'arn:aws:sqs:us-east-1:000000000000:accord-ingest-test'): SQSRecord {
  return {
    messageId,
    receiptHandle: `r-${messageId}`,
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'S3', ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: 'us-east-1',
  };
}
