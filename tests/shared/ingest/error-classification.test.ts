import { describe, expect, it } from 'vitest';
import { isPermanentError, isTransientError, permanentFailureReason } from '../../../shared/ingest/error-classification.ts';
import { UnstorableEventError } from '../../../shared/storage/event-repository.ts';
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

describe('isPermanentError', () => {
  it.each([
    serviceError('ValidationException', 400),
    serviceError('ItemCollectionSizeLimitExceededException', 400),
    serviceError('TransactionCanceledException', 400, { CancellationReasons: [{ Code: 'None' }, { Code: 'ValidationError' }] }),
    new UnstorableEventError('event x does not match the event schema'),
    Object.assign(new Error('wrapped'), { cause: serviceError('ValidationException', 400) }),
  ])('records %s as the article’s failure', (error) => {
    expect(isPermanentError(error)).toBe(true);
  });

  it.each([
    serviceError('ThrottlingException', 400),
    serviceError('AccessDeniedException', 400),
    serviceError('TransactionCanceledException', 400, { CancellationReasons: [{ Code: 'ValidationError' }, { Code: 'TransactionConflict' }] }),
    serviceError('TransactionCanceledException', 400, { CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] }),
    new TypeError('cannot read properties of undefined'),
    null,
  ])('retries %s', (error) => {
    expect(isPermanentError(error)).toBe(false);
  });

  it('gives a bounded reason that names the refusal', () => {
    const reason = permanentFailureReason(
      serviceError('ValidationException', 400, { message: `Item size has exceeded the maximum allowed size ${'x'.repeat(5000)}` }),
    );
    expect(reason).toMatch(/^The database refused to store this article \(ValidationException: Item size has exceeded/);
    expect(reason.length).toBeLessThanOrEqual(1000);
  });
});
