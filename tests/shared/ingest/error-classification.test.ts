import { describe, expect, it } from 'vitest';
import { isTransientError } from '../../../shared/ingest/error-classification.ts';
import { ArticleRejectedError } from '../../../shared/article/index.ts';

const serviceError = (name: string, status: number, extra: object = {}) =>
  Object.assign(new Error(name), { name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status }, ...extra });

describe('isTransientError', () => {
  it.each([
    serviceError('ThrottlingException', 400),
    serviceError('ProvisionedThroughputExceededException', 400),
    serviceError('SlowDown', 503),
    serviceError('InternalError', 500),
    serviceError('SomethingNew', 502),
    serviceError('TooManyRequests', 429),
    Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
    Object.assign(new Error('Request timed out'), { name: 'TimeoutError' }),
    serviceError('TransactionCanceledException', 400, { CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }] }),
  ])('retries %s', (error) => {
    expect(isTransientError(error)).toBe(true);
  });

  it.each([
    new ArticleRejectedError('binary', 'binary'),
    serviceError('AccessDenied', 403),
    serviceError('ValidationException', 400),
    serviceError('TransactionCanceledException', 400, { CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] }),
    new TypeError('cannot read properties of undefined'),
    'a string',
  ])('does not call %s transient', (error) => {
    expect(isTransientError(error)).toBe(false);
  });
});
