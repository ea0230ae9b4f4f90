import { STORED_TEXT_LIMITS, truncateText } from '../storage/stored-limits.ts';

/**
 * Which failures are worth retrying. Transient ones (throttling, timeouts, 5xx, network) are
 * thrown out of ingest so SQS redelivers the record; after maxReceiveCount it lands in the DLQ.
 * Permanent ones (a request DynamoDB refuses for what it contains) are recorded as the article's
 * failure at once: a retry sends the same request and gets the same refusal, half an hour later.
 * Anything else (access denied, a bug) is retried and dead-lettered for a human to look at.
 */
const TRANSIENT_NAMES = new Set([
  // throttling
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'BandwidthLimitExceeded',
  // server side
  'InternalError',
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  // timeouts and contention
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'AbortError',
  'TransactionConflictException',
  'TransactionInProgressException',
]);

const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Cancellation reasons of a DynamoDB transaction that a retry can resolve. */
const TRANSIENT_CANCELLATION_CODES = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);

interface ErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: number };
  CancellationReasons?: { Code?: string; Message?: string }[];
  cause?: unknown;
}

export function isTransientError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as ErrorShape;
  if (e.$retryable) return true;
  if (e.name && TRANSIENT_NAMES.has(e.name)) return true;
  if (e.code && TRANSIENT_NETWORK_CODES.has(e.code)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  if (e.name === 'TransactionCanceledException') {
    return (e.CancellationReasons ?? []).some((reason) => TRANSIENT_CANCELLATION_CODES.has(reason.Code ?? ''));
  }
  if (/socket hang up|network|timed? ?out/i.test(e.message ?? '')) return true;
  return e.cause !== undefined && e.cause !== error && isTransientError(e.cause);
}

/**
 * Refusals of the request itself: an item over 400 KB, a transaction over 4 MB or 100 items, a
 * value DynamoDB does not accept (ValidationException); an item collection at its size limit;
 * events the data model rejects (UnstorableEventError from the repository).
 */
const PERMANENT_NAMES = new Set(['ValidationException', 'ItemCollectionSizeLimitExceededException', 'UnstorableEventError']);

/** Cancellation reasons of a DynamoDB transaction that the same request will meet again. */
const PERMANENT_CANCELLATION_CODES = new Set(['ValidationError', 'ItemCollectionSizeLimitExceeded']);

export function isPermanentError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || isTransientError(error)) return false;
  const e = error as ErrorShape;
  if (e.name && PERMANENT_NAMES.has(e.name)) return true;
  if (e.name === 'TransactionCanceledException') {
    return (e.CancellationReasons ?? []).some((reason) => PERMANENT_CANCELLATION_CODES.has(reason.Code ?? ''));
  }
  return e.cause !== undefined && e.cause !== error && isPermanentError(e.cause);
}

/** The failure reason the API shows for a permanent error: what was refused, and that re-uploading the same file will not help. */
export function permanentFailureReason(error: unknown): string {
  const e = error as ErrorShape;
  // A cancelled transaction's message only says "see the reasons": the refused item's reason is the useful part.
  const refused = (e.CancellationReasons ?? []).find((reason) => PERMANENT_CANCELLATION_CODES.has(reason.Code ?? ''));
  const detail = refused ? `${refused.Code ?? 'refused'}: ${refused.Message ?? 'no message'}` : `${e.name ?? 'Error'}: ${e.message ?? ''}`.trim();
  const what = e.name === 'UnstorableEventError' ? 'The extractor produced an event the data model rejects' : 'The database refused to store this article';
  return truncateText(`${what} (${detail}); retrying the same file cannot succeed, so it was not retried.`, STORED_TEXT_LIMITS.reason);
}
