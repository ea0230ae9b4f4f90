/**
 * A forgiving, linear-time HTML tokenizer: text, start tags (with their raw attribute string) and
 * end tags. It never builds a tree and never fails: a "<" that does not start a tag closed within
 * MAX_TAG_CHARS is text, and scanning resumes where the failed tag scan stopped, so every character
 * is looked at a bounded number of times (hostile markup such as 100k unclosed quotes stays linear).
 * Contents of raw-text elements (script, style, title, …) come as one text token, as browsers read them.
 */
export type HtmlToken =
  { type: 'text'; text: string } | { type: 'open'; name: string; attributes: string; selfClosing: boolean } | { type: 'close'; name: string };

const MAX_TAG_CHARS = 8192;

/** Elements whose content is not markup. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes']);

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;

export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  let i = 0;
  let textStart = 0;
  const flushText = function* (end: number): Generator<HtmlToken> {
    if (end > textStart) yield { type: 'text', text: html.slice(textStart, end) };
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    // Comments, doctypes, CDATA and processing instructions are skipped whole.
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      yield* flushText(lt);
      const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      i = close < 0 ? html.length : close + (html.startsWith('<!--', lt) ? 3 : 1);
      textStart = i;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isNameStart(html.charCodeAt(nameStart))) {
      i = lt + 1; // a "<" that opens no tag is text ("3 < 5")
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const tagEnd = findTagEnd(html, nameEnd);
    if (tagEnd < 0) {
      // Not a tag: what was scanned is text (like a browser swallowing an unclosed attribute quote).
      i = Math.max(lt + 1, -tagEnd);
      continue;
    }
    yield* flushText(lt);
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (closing) {
      yield { type: 'close', name };
      i = textStart = tagEnd + 1;
      continue;
    }
    const selfClosing = html.charCodeAt(tagEnd - 1) === 47;
    yield { type: 'open', name, attributes: html.slice(nameEnd, selfClosing ? tagEnd - 1 : tagEnd), selfClosing };
    i = textStart = tagEnd + 1;
    if (RAW_TEXT_ELEMENTS.has(name) && !selfClosing) {
      const end = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
      end.lastIndex = i;
      const match = end.exec(html);
      const contentEnd = match ? match.index : html.length;
      yield* flushText(contentEnd);
      if (!match) return;
      const closeEnd = html.indexOf('>', contentEnd);
      yield { type: 'close', name };
      i = textStart = closeEnd < 0 ? html.length : closeEnd + 1;
    }
  }
  yield* flushText(html.length);
}

/**
 * Index of the ">" ending a tag whose name ends at `from`, honouring quoted attribute values;
 * when there is none within MAX_TAG_CHARS, minus the index where the scan stopped.
 */
function findTagEnd(html: string, from: number): number {
  const limit = Math.min(html.length, from + MAX_TAG_CHARS);
  let quote = 0;
  let afterEquals = false;
  for (let j = from; j < limit; j++) {
    const c = html.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === 62 /* > */) return j;
    // A quote delimits a value only right after "=" (so title=O'Reilly is not a quoted value).
    if ((c === 34 || c === 39) && afterEquals) quote = c;
    if (c === 61 /* = */) afterEquals = true;
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) afterEquals = false;
  }
  return -limit;
}
