/**
 * A module loaded when it is first needed and kept for the life of the process: the parsers of HTML pages (linkedom,
 * Readability) stay out of every cold start and every text article. A load that fails is not kept: the next call
 * tries again, so one failure does not break every later page of a warm Lambda.
 */
export function loadOnFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
