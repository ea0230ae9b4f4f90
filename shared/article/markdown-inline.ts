import { decodeHtmlEntities } from './html-entities.ts';
import { forwardSearch, isAsciiLetter, isLineTerminator, isRegexSpace, isRegexWord, nextIndexOf } from './text-scan.ts';

/**
 * Inline Markdown → plain text: images dropped, links reduced to their text, link definitions
 * dropped, autolinks unwrapped, inline HTML removed, code, strong, emphasis and strikethrough
 * markers removed, escapes resolved, entities decoded.
 *
 * Each step is a left-to-right scanner that replaces exactly what the regex in its comment
 * replaced (the steps run in that order, each on the previous one's output). The regexes
 * themselves went quadratic on one long line with many openers and no closer ("[a [a [a …",
 * "**a **a …"): every opener rescanned the rest of the line. The scanners remember the closer they
 * found (forwardSearch), so every character is looked at a bounded number of times.
 */
export function stripInlineMarkdown(text: string): string {
  let plain = removeImages(text);
  plain = unwrapInlineLinks(plain);
  plain = unwrapReferenceLinks(plain);
  if (isLinkDefinition(plain)) plain = '';
  plain = unwrapAutolinks(plain);
  plain = removeInlineHtml(plain);
  // Linear as a regex: an attempt fails only when no backtick follows, so at most one fails.
  plain = plain.replace(/`([^`]*)`/g, '$1');
  plain = unwrapPaired(plain, ['**', '__']);
  plain = unwrapEmphasis(plain);
  plain = unwrapPaired(plain, ['~~']);
  plain = plain.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
  return decodeHtmlEntities(plain);
}

/** Collects the output of a scanner: unchanged stretches of the input and replacements. */
class Rewrite {
  private readonly pieces: string[] = [];
  private copied = 0;

  constructor(private readonly text: string) {}

  /** Replaces text[from, to) with `replacement`; calls come left to right, without overlap. */
  replace(from: number, to: number, replacement: string): void {
    this.pieces.push(this.text.slice(this.copied, from), replacement);
    this.copied = to;
  }

  result(): string {
    if (this.pieces.length === 0) return this.text;
    this.pieces.push(this.text.slice(this.copied));
    return this.pieces.join('');
  }
}

/** `!\[([^\]]*)\]\([^)]*\)` → '' */
function removeImages(text: string): string {
  if (!text.includes('![')) return text;
  const rewrite = new Rewrite(text);
  const altEnd = nextIndexOf(text, ']');
  const destinationEnd = nextIndexOf(text, ')');
  for (let p = text.indexOf('!['); p >= 0; p = text.indexOf('![', p + 1)) {
    const q = altEnd(p + 2);
    if (q < 0) break; // no "]" left: no later image either
    if (text.charCodeAt(q + 1) !== 40 /* ( */) continue;
    const r = destinationEnd(q + 2);
    if (r < 0) break;
    rewrite.replace(p, r + 1, '');
    p = r;
  }
  return rewrite.result();
}

/** `\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)` → $1 */
function unwrapInlineLinks(text: string): string {
  if (!text.includes('](')) return text;
  const rewrite = new Rewrite(text);
  const labelEnd = nextIndexOf(text, ']');
  const destinationEnd = linkDestinationEnds(text);
  for (let p = text.indexOf('['); p >= 0; p = text.indexOf('[', p + 1)) {
    const q = labelEnd(p + 1);
    if (q < 0) break;
    if (q === p + 1 || text.charCodeAt(q + 1) !== 40 /* ( */) continue;
    const end = destinationEnd(q + 2);
    if (end < 0) continue;
    rewrite.replace(p, end + 1, text.slice(p + 1, q));
    p = end;
  }
  return rewrite.result();
}

/**
 * For a link destination starting at `start`, the index of the ")" that closes it, or -1:
 * `(?:[^()]|\([^)]*\))*\)` allows one level of parentheses ("(a_(b))"), and an inner "(" runs to
 * the first ")" after it. Where a destination ends depends only on the first parenthesis at or
 * after its start, so the answer for each "(" is computed once and shared by every link that
 * reaches it.
 */
function linkDestinationEnds(text: string): (start: number) => number {
  const parentheses: number[] = [];
  const closers: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 41) parentheses.push(i);
    if (c === 41) closers.push(i);
  }
  const endAfterOpener = new Map<number, number>();
  return (start) => {
    const openers: number[] = [];
    let end = -1;
    for (let at = start; ;) {
      const first = firstAtOrAfter(parentheses, at);
      if (first < 0) break;
      if (text.charCodeAt(first) === 41) {
        end = first;
        break;
      }
      const known = endAfterOpener.get(first);
      if (known !== undefined) {
        end = known;
        break;
      }
      openers.push(first);
      const close = firstAtOrAfter(closers, first + 1);
      if (close < 0) break;
      at = close + 1;
    }
    for (const opener of openers) endAfterOpener.set(opener, end);
    return end;
  };
}

/** The first value ≥ `from` in an ascending array, or -1 (binary search). */
function firstAtOrAfter(sorted: readonly number[], from: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length ? sorted[low]! : -1;
}

/** `\[([^\]]+)\]\[[^\]]*\]` → $1 */
function unwrapReferenceLinks(text: string): string {
  if (!text.includes('][')) return text;
  const rewrite = new Rewrite(text);
  const labelEnd = nextIndexOf(text, ']');
  const referenceEnd = nextIndexOf(text, ']');
  for (let p = text.indexOf('['); p >= 0; p = text.indexOf('[', p + 1)) {
    const q = labelEnd(p + 1);
    if (q < 0) break;
    if (q === p + 1 || text.charCodeAt(q + 1) !== 91 /* [ */) continue;
    const r = referenceEnd(q + 2);
    if (r < 0) break;
    rewrite.replace(p, r + 1, text.slice(p + 1, q));
    p = r;
  }
  return rewrite.result();
}

/** Whether the whole text is a link definition: `^\s*\[[^\]]+\]:\s+\S+.*$`. */
function isLinkDefinition(text: string): boolean {
  let i = 0;
  while (i < text.length && isRegexSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 91 /* [ */) return false;
  const q = text.indexOf(']', i + 1);
  if (q < i + 2 || text.charCodeAt(q + 1) !== 58 /* : */) return false;
  let j = q + 2;
  if (!isRegexSpace(text.charCodeAt(j))) return false;
  while (j < text.length && isRegexSpace(text.charCodeAt(j))) j++;
  if (j >= text.length) return false;
  // text[j] is the \S; ".*$" then needs the rest of the text on one line.
  for (let k = j + 1; k < text.length; k++) if (isLineTerminator(text.charCodeAt(k))) return false;
  return true;
}

/** `<https?:[^>]+>` → the URL */
function unwrapAutolinks(text: string): string {
  if (!text.includes('<http')) return text;
  const rewrite = new Rewrite(text);
  const closeAngle = nextIndexOf(text, '>');
  for (let p = text.indexOf('<http'); p >= 0; p = text.indexOf('<http', p + 1)) {
    const colon = text.charCodeAt(p + 5) === 58 ? p + 5 : text.startsWith('s:', p + 5) ? p + 6 : -1;
    if (colon < 0) continue;
    const r = closeAngle(colon + 1);
    if (r < 0) break;
    if (r === colon + 1) continue;
    rewrite.replace(p, r + 1, text.slice(p + 1, r));
    p = r;
  }
  return rewrite.result();
}

/** `<\/?[a-zA-Z][^>]*>` → '' */
function removeInlineHtml(text: string): string {
  if (!text.includes('<')) return text;
  const rewrite = new Rewrite(text);
  const closeAngle = nextIndexOf(text, '>');
  for (let p = text.indexOf('<'); p >= 0; p = text.indexOf('<', p + 1)) {
    const nameAt = text.charCodeAt(p + 1) === 47 /* / */ ? p + 2 : p + 1;
    if (!isAsciiLetter(text.charCodeAt(nameAt))) continue;
    const r = closeAngle(nameAt + 1);
    if (r < 0) break;
    rewrite.replace(p, r + 1, '');
    p = r;
  }
  return rewrite.result();
}

/**
 * Two-character delimiters around text that neither starts nor ends with a space:
 * `(\*\*|__)(?=\S)([\s\S]*?\S)\1` → $2 (strong) and `~~(?=\S)([\s\S]*?\S)~~` → $1 (strikethrough).
 */
function unwrapPaired(text: string, delimiters: readonly string[]): string {
  if (!delimiters.some((delimiter) => text.includes(delimiter))) return text;
  const rewrite = new Rewrite(text);
  // A closing delimiter is one with no space just before it; the first after the opener closes.
  const closers = new Map(
    delimiters.map((delimiter) => [
      delimiter,
      forwardSearch((from) => {
        for (let i = text.indexOf(delimiter, from); i >= 0; i = text.indexOf(delimiter, i + 1)) {
          if (!isRegexSpace(text.charCodeAt(i - 1))) return i;
        }
        return -1;
      }),
    ]),
  );
  for (let p = 0; p + 2 < text.length; p++) {
    const delimiter = delimiters.find((d) => text.startsWith(d, p));
    if (delimiter === undefined || isRegexSpace(text.charCodeAt(p + 2))) continue;
    const close = closers.get(delimiter)!(p + 3);
    if (close < 0) continue;
    rewrite.replace(p, close + 2, text.slice(p + 2, close));
    p = close + 1;
  }
  return rewrite.result();
}

/**
 * `(^|[^\w*])([*_])(?=\S)([^*_]*?\S)\2(?!\w)` → $1$3: single * or _ emphasis, opened at the start
 * or after a character that is not a word character or "*", closed by the same marker not followed
 * by a word character ("snake_case_name" stays).
 */
function unwrapEmphasis(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  const rewrite = new Rewrite(text);
  const nextMarker = forwardSearch((from) => {
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 42 || c === 95) return i;
    }
    return -1;
  });
  // The emphasis text holds no marker except as its last character, so it ends at the first
  // marker after the opener (z) or just after it: the closer is at z or z + 1.
  const closerOf = (open: number): number => {
    const marker = text.charCodeAt(open);
    if ((marker !== 42 && marker !== 95) || open + 1 >= text.length || isRegexSpace(text.charCodeAt(open + 1))) return -1;
    const z = nextMarker(open + 1);
    if (z < 0) return -1;
    for (const close of [z, z + 1]) {
      if (close < open + 2) continue;
      if (text.charCodeAt(close) === marker && !isRegexSpace(text.charCodeAt(close - 1)) && !isRegexWord(text.charCodeAt(close + 1))) {
        return close;
      }
    }
    return -1;
  };
  for (let p = 0; p < text.length; p++) {
    let open = -1;
    let close = p === 0 ? closerOf(0) : -1;
    if (close >= 0) open = 0;
    else {
      const c = text.charCodeAt(p);
      if (!isRegexWord(c) && c !== 42 && (close = closerOf(p + 1)) >= 0) open = p + 1;
    }
    if (open < 0) continue;
    rewrite.replace(open, close + 1, text.slice(open + 1, close));
    p = close;
  }
  return rewrite.result();
}
