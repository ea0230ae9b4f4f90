import { ArticleRejectedError } from './rejection.ts';

/** Share of control characters above which content is treated as binary, not text. */
const MAX_CONTROL_CHAR_RATIO = 0.1;

/**
 * UTF-16 without a byte-order mark is recognised by its zero bytes: text that is mostly Latin
 * script has a zero high byte in most characters, all on one side (odd offsets for little endian,
 * even for big endian). These shares decide it, over the whole object.
 */
const MIN_UTF16_ZERO_HIGH_BYTES = 0.4;
const MAX_UTF16_ZERO_LOW_BYTES = 0.02;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16 = { 'utf-16le': new TextDecoder('utf-16le', { fatal: true }), 'utf-16be': new TextDecoder('utf-16be', { fatal: true }) };

/**
 * Object bytes → text. UTF-8 is the article encoding; UTF-16 (with or without a byte-order mark)
 * is recognised and decoded too. Rejected: empty objects, binary content (a NUL, or many control
 * characters, anywhere in the object) and bytes that are not valid in their encoding. A leading
 * byte-order mark is dropped so that offsets start at the first real character.
 */
export function decodeArticleText(body: Uint8Array): string {
  if (body.length === 0) {
    throw new ArticleRejectedError('empty', 'The file is empty; upload an article with some text in it.');
  }
  const encoding = utf16EncodingOf(body);
  let text: string;
  if (encoding) {
    try {
      text = utf16[encoding].decode(body);
    } catch {
      throw new ArticleRejectedError('invalid-utf8', 'The file looks like UTF-16 text but is not valid UTF-16; save it as UTF-8 text and upload it again.');
    }
    if (controlCharactersShowBinary((i) => text.charCodeAt(i), text.length)) throw binaryRejection();
  } else {
    if (controlCharactersShowBinary((i) => body[i]!, body.length)) throw binaryRejection();
    try {
      text = utf8.decode(body);
    } catch {
      throw new ArticleRejectedError('invalid-utf8', 'The file is not valid UTF-8; save it as UTF-8 text and upload it again.');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) {
    throw new ArticleRejectedError('empty', 'The file contains only whitespace; upload an article with some text in it.');
  }
  return text;
}

function binaryRejection(): ArticleRejectedError {
  return new ArticleRejectedError('binary', 'The file is binary, not text; upload the article as .txt, .md, .html or .json in UTF-8.');
}

/** UTF-16 by its byte-order mark, else by where its zero bytes are; null for anything else. */
function utf16EncodingOf(body: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body.length < 2 || body.length % 2 !== 0) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < body.length; i += 2) {
    if (body[i] === 0) zeroEven++;
    if (body[i + 1] === 0) zeroOdd++;
  }
  const units = body.length / 2;
  if (zeroOdd / units >= MIN_UTF16_ZERO_HIGH_BYTES && zeroEven / units <= MAX_UTF16_ZERO_LOW_BYTES) return 'utf-16le';
  if (zeroEven / units >= MIN_UTF16_ZERO_HIGH_BYTES && zeroOdd / units <= MAX_UTF16_ZERO_LOW_BYTES) return 'utf-16be';
  return null;
}

/**
 * NUL anywhere, or many C0 control characters besides tab, newline, carriage return and form
 * feed, in the whole content (bytes of UTF-8, or code units of decoded UTF-16). Reading only the
 * head let a text with binary data after it through as text.
 */
function controlCharactersShowBinary(codeAt: (i: number) => number, length: number): boolean {
  let control = 0;
  for (let i = 0; i < length; i++) {
    const c = codeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return control / length > MAX_CONTROL_CHAR_RATIO;
}
