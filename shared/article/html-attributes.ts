import { isRegexSpace, nextIndexOf } from './text-scan.ts';

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58; // [a-zA-Z_:]
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46; // [-a-zA-Z0-9_:.]
const endsUnquotedValue = (c: number) => Number.isNaN(c) || isRegexSpace(c) || c === 34 || c === 39 || c === 62; // \s " ' >

/**
 * The name="value" pairs of a tag's attribute string (names lower-cased; a repeated name keeps its
 * last value), exactly those that
 * /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g finds. That regex
 * retried from every character of a long name that had no "=" after it: quadratic, and an
 * attribute string may hold 8 KB. Here a name that fails is skipped whole (a match starting
 * inside it would end at the same place and fail the same way) and quotes are searched once.
 */
export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const nextDoubleQuote = nextIndexOf(text, '"');
  const nextSingleQuote = nextIndexOf(text, "'");
  let p = 0;
  while (p < text.length) {
    if (!isNameStart(text.charCodeAt(p))) {
      p++;
      continue;
    }
    let nameEnd = p + 1;
    while (nameEnd < text.length && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    const value = valueAfter(text, nameEnd, nextDoubleQuote, nextSingleQuote);
    if (value === null) {
      p = nameEnd;
      continue;
    }
    attributes.set(text.slice(p, nameEnd).toLowerCase(), value.text);
    p = value.end;
  }
  return attributes;
}

/** `\s*=\s*` and a quoted or unquoted value after a name ending at `from`, or null. */
function valueAfter(
  text: string,
  from: number,
  nextDoubleQuote: (from: number) => number,
  nextSingleQuote: (from: number) => number,
): { text: string; end: number } | null {
  let i = from;
  while (isRegexSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 61 /* = */) return null;
  i++;
  while (isRegexSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c === 34 || c === 39) {
    const close = (c === 34 ? nextDoubleQuote : nextSingleQuote)(i + 1);
    return close < 0 ? null : { text: text.slice(i + 1, close), end: close + 1 };
  }
  let end = i;
  while (!endsUnquotedValue(text.charCodeAt(end))) end++;
  return end === i ? null : { text: text.slice(i, end), end };
}
