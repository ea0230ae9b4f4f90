import { expect } from 'vitest';
import { ArticleRejectedError, type ArticleRejectionKind } from '../../../shared/article/index.ts';

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Runs `action`, expecting a rejection of `kind` with a non-trivial user-facing reason. */
export function expectRejection(action: () => unknown, kind: ArticleRejectionKind): ArticleRejectedError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleRejectedError);
    const rejection = error as ArticleRejectedError;
    expect(rejection.kind).toBe(kind);
    expect(rejection.reason.length).toBeGreaterThan(20);
    expect(rejection.message).toBe(rejection.reason);
    return rejection;
  }
  throw new Error(`expected an ArticleRejectedError of kind ${kind}, nothing was thrown`);
}
