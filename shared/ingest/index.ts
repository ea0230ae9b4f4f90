/** Ingest: S3 notification → article → events → repository, independent of Lambda and SQS plumbing. */
export { IngestService, type IngestOptions, type IngestOutcome, type IngestStatus } from './ingest-service.ts';
export type { ObjectStore, ObjectHead, ObjectVersionRef } from './object-store.ts';
export { S3ObjectStore } from './s3-object-store.ts';
export {
  parseS3NotificationMessage,
  decodeS3EventKey,
  encodeS3EventKey,
  normalizeEtag,
  MalformedNotificationError,
  type ObjectChange,
  type ObjectChangeKind,
} from './s3-event-notification.ts';
export { isTransientError } from './error-classification.ts';
