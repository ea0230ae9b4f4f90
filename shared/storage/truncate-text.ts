/** Marks a cut string, so a reader of the stored value sees that something is missing. */
export const TRUNCATION_MARK = '…';

/**
 * `text` cut to at most `max` UTF-16 code units (JavaScript length), ending in "…" when cut.
 * The cut falls on a code-point boundary: a surrogate pair is never split, so the result is
 * well-formed text (a lone surrogate would be stored as U+FFFD or rejected).
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - TRUNCATION_MARK.length);
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end) + TRUNCATION_MARK;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
