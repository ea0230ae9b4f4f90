import { expect } from 'vitest';
import { ArticleRejectedError, type ArticleRejectionKind } from '../../../shared/article/index.ts';

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Runs `action`, expecting a rejection of `kind` with a non-trivial user-facing reason. */
export function expectRejection(action: () => unknown, kind: ArticleRejectionKind): ArticleRejectedError {
  try {
    action();
  } catch (error) {
    return checkedRejection(error, kind);
  }
  throw new Error(`expected an ArticleRejectedError of kind ${kind}, nothing was thrown`);
}

/** expectRejection for an asynchronous parser (parseArticle and the page parsers): its promise rejects. */
export async function expectAsyncRejection(action: () => Promise<unknown>, kind: ArticleRejectionKind): Promise<ArticleRejectedError> {
  try {
    await action();
  } catch (error) {
    return checkedRejection(error, kind);
  }
  throw new Error(`expected an ArticleRejectedError of kind ${kind}, nothing was thrown`);
}

function checkedRejection(error: unknown, kind: ArticleRejectionKind): ArticleRejectedError {
  expect(error).toBeInstanceOf(ArticleRejectedError);
  const rejection = error as ArticleRejectedError;
  expect(rejection.kind).toBe(kind);
  expect(rejection.reason.length).toBeGreaterThan(20);
  expect(rejection.message).toBe(rejection.reason);
  return rejection;
}
