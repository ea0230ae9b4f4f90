import { ArticleRejectedError } from './rejection.ts';

/** Share of control characters above which content is treated as binary, not text. */
const MAX_CONTROL_CHAR_RATIO = 0.1;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Object bytes → text, rejecting what is not a UTF-8 text file: empty objects,
 * binary content (NUL bytes or many control characters) and invalid UTF-8.
 * A leading byte-order mark is dropped so that offsets start at the first real character.
 */
export function decodeArticleText(body: Uint8Array): string {
  if (body.length === 0) {
    throw new ArticleRejectedError('empty', 'The file is empty; upload an article with some text in it.');
  }
  if ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff)) {
    // A UTF-16 byte-order mark: text, but not in the encoding we read.
    throw new ArticleRejectedError('invalid-utf8', 'The file is UTF-16 text; save it as UTF-8 and upload it again.');
  }
  if (looksBinary(body)) {
    throw new ArticleRejectedError(
      'binary',
      'The file is binary, not text; upload the article as .txt, .md, .html or .json in UTF-8.',
    );
  }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new ArticleRejectedError(
      'invalid-utf8',
      'The file is not valid UTF-8; save it as UTF-8 text and upload it again.',
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) {
    throw new ArticleRejectedError('empty', 'The file contains only whitespace; upload an article with some text in it.');
  }
  return text;
}

/** NUL anywhere, or many C0 control characters besides tab, newline, carriage return and form feed. */
function looksBinary(body: Uint8Array): boolean {
  // Sampling the head keeps this O(1) for large files; binary formats show themselves early.
  const sample = body.length > 8192 ? body.subarray(0, 8192) : body;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
    else if (byte === 0x7f) control++;
  }
  return control / sample.length > MAX_CONTROL_CHAR_RATIO;
}
