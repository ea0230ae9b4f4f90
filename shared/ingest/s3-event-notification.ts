import * as z from 'zod/mini';
import '../model/zod-messages.ts';
import type { ArticleLocation } from '../model/article.ts';

/**
 * The S3 event notification as S3 puts it on an SQS queue (AWS JSON format, eventVersion 2.x).
 * Only the fields ingest relies on are validated; everything else S3 adds is tolerated.
 */
const S3EventRecordSchema = z.object({
  eventName: z.string().check(z.minLength(1)),
  eventTime: z.optional(z.string()),
  s3: z.object({
    bucket: z.object({ name: z.string().check(z.minLength(1)) }),
    object: z.object({
      key: z.string().check(z.minLength(1)),
      size: z.optional(z.int().check(z.nonnegative())),
      eTag: z.optional(z.string()),
      versionId: z.nullish(z.string()),
      sequencer: z.optional(z.string()),
    }),
  }),
});

const S3EventSchema = z.object({ Records: z.array(S3EventRecordSchema) });

/** S3's own probe, sent once when a notification configuration is created; carries no object. */
const S3TestEventSchema = z.object({ Event: z.literal('s3:TestEvent') });

export type ObjectChangeKind = 'created' | 'removed';

/** One object change from a notification, key decoded, ready for ingest. */
export interface ObjectChange {
  kind: ObjectChangeKind;
  /** e.g. ObjectCreated:Put, ObjectRemoved:Delete — kept for logs. */
  eventName: string;
  eventTime: string | null;
  location: ArticleLocation;
  /** Size S3 reported in the notification (absent on deletes). */
  size: number | null;
}

/** The message body is not an S3 notification at all: retrying cannot help, a human must look (DLQ). */
export class MalformedNotificationError extends Error {
  override readonly name = 'MalformedNotificationError';
}

/**
 * Parses the body of one SQS message into the object changes it announces.
 * Returns [] for `s3:TestEvent`. Record kinds other than created/removed (restore, replication,
 * lifecycle transitions …) do not change an article and are dropped.
 */
export function parseS3NotificationMessage(body: string): ObjectChange[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new MalformedNotificationError('SQS message body is not JSON');
  }
  if (S3TestEventSchema.safeParse(json).success) return [];
  const parsed = S3EventSchema.safeParse(json);
  if (!parsed.success) {
    throw new MalformedNotificationError(`SQS message body is not an S3 event notification: ${parsed.error.message}`);
  }
  const changes: ObjectChange[] = [];
  for (const record of parsed.data.Records) {
    const kind = changeKindOf(record.eventName);
    if (kind === null) continue;
    const { bucket, object } = record.s3;
    changes.push({
      kind,
      eventName: record.eventName,
      eventTime: record.eventTime ?? null,
      size: object.size ?? null,
      location: {
        bucket: bucket.name,
        key: decodeS3EventKey(object.key),
        versionId: object.versionId ?? null,
        etag: object.eTag ? normalizeEtag(object.eTag) : null,
        sequencer: object.sequencer ?? null,
      },
    });
  }
  return changes;
}

function changeKindOf(eventName: string): ObjectChangeKind | null {
  if (eventName.startsWith('ObjectCreated:')) return 'created';
  if (eventName.startsWith('ObjectRemoved:')) return 'removed';
  return null;
}

/** Keys in S3 notifications are URL-encoded form style: '+' stands for a space. */
export function decodeS3EventKey(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}

/** Inverse of decodeS3EventKey, as S3 writes keys into notifications ('/' stays literal). */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/gi, '/');
}

/** ETags arrive quoted from HTTP headers and unquoted in notifications; compare them unquoted. */
export function normalizeEtag(etag: string): string {
  return etag.replace(/^W\//, '').replace(/"/g, '');
}
