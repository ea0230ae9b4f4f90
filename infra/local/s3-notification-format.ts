import { randomBytes } from 'node:crypto';
import { encodeS3EventKey } from '../../shared/ingest/s3-event-notification.ts';

/**
 * Builds S3 event notification records exactly as S3 sends them to SQS (eventVersion 2.1), so
 * the local stack feeds the ingest handler the same JSON it gets in AWS.
 */
export type S3NotificationEventName =
  'ObjectCreated:Put' | 'ObjectCreated:Post' | 'ObjectCreated:Copy' | 'ObjectCreated:CompleteMultipartUpload' | 'ObjectRemoved:Delete';

export interface S3ObjectEventInput {
  eventName: S3NotificationEventName;
  region: string;
  bucket: string;
  /** Raw key; encoded here the way S3 encodes it. */
  key: string;
  /** Created events only. */
  size?: number;
  /** Created events only; quotes are stripped as S3 does in notifications. */
  etag?: string;
  /** Only for versioned buckets; S3 omits the field otherwise. */
  versionId?: string | null;
  /** Null only for synthetic notifications (reprocessing) that do not know the object's sequencer. */
  sequencer: string | null;
  sourceIp?: string;
  eventTime?: Date;
  configurationId?: string;
}

export interface S3NotificationRecord {
  eventVersion: '2.1';
  eventSource: 'aws:s3';
  awsRegion: string;
  eventTime: string;
  eventName: S3NotificationEventName;
  userIdentity: { principalId: string };
  requestParameters: { sourceIPAddress: string };
  responseElements: { 'x-amz-request-id': string; 'x-amz-id-2': string };
  s3: {
    s3SchemaVersion: '1.0';
    configurationId: string;
    bucket: { name: string; ownerIdentity: { principalId: string }; arn: string };
    object: { key: string; size?: number; eTag?: string; versionId?: string; sequencer?: string };
  };
}

const LOCAL_PRINCIPAL = 'AWS:000000000000:accord-local';

export function s3NotificationRecord(input: S3ObjectEventInput): S3NotificationRecord {
  const created = input.eventName.startsWith('ObjectCreated:');
  // Field order as S3 writes it: key, size, eTag, versionId, sequencer.
  const object: S3NotificationRecord['s3']['object'] = {
    key: encodeS3EventKey(input.key),
    ...(created ? { size: input.size ?? 0 } : {}),
    ...(created && input.etag ? { eTag: input.etag.replace(/"/g, '') } : {}),
    ...(input.versionId ? { versionId: input.versionId } : {}),
    ...(input.sequencer ? { sequencer: input.sequencer } : {}),
  };
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: input.region,
    eventTime: (input.eventTime ?? new Date()).toISOString(),
    eventName: input.eventName,
    userIdentity: { principalId: LOCAL_PRINCIPAL },
    requestParameters: { sourceIPAddress: input.sourceIp ?? '127.0.0.1' },
    responseElements: {
      'x-amz-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-amz-id-2': randomBytes(48).toString('base64'),
    },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: input.configurationId ?? 'accord-ingest',
      bucket: { name: input.bucket, ownerIdentity: { principalId: '000000000000' }, arn: `arn:aws:s3:::${input.bucket}` },
      object,
    },
  };
}

/** One SQS message body per record, as S3 delivers them. */
export function s3NotificationMessageBody(record: S3NotificationRecord): string {
  return JSON.stringify({ Records: [record] });
}
