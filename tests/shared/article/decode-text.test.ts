import { describe, expect, it } from 'vitest';
import { decodeArticleText } from '../../../shared/article/decode-text.ts';
import { bytes, expectRejection } from './helpers.ts';

describe('decodeArticleText', () => {
  it('decodes UTF-8 text, keeping non-ASCII characters', () => {
    expect(decodeArticleText(bytes('Champagne – “François” 東京'))).toBe('Champagne – “François” 東京');
  });

  it('drops a leading byte-order mark so offsets start at the text', () => {
    expect(decodeArticleText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]))).toBe('Hi');
  });

  it('rejects an empty object', () => {
    expectRejection(() => decodeArticleText(new Uint8Array()), 'empty');
  });

  it('rejects whitespace only', () => {
    const rejection = expectRejection(() => decodeArticleText(bytes(' \n\t \r\n ')), 'empty');
    expect(rejection.reason).toMatch(/whitespace/);
  });

  it('rejects content with NUL bytes as binary', () => {
    expectRejection(() => decodeArticleText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])), 'binary');
  });

  it('rejects content with many control characters as binary', () => {
    const body = new Uint8Array(200).map((_, i) => (i % 4 === 0 ? 0x07 : 0x41));
    expectRejection(() => decodeArticleText(body), 'binary');
  });

  it('accepts tabs, carriage returns and form feeds in text', () => {
    expect(decodeArticleText(bytes('a\tb\r\nc\fd'))).toBe('a\tb\r\nc\fd');
  });

  it('decodes UTF-16 with a byte-order mark, little or big endian (it was rejected before)', () => {
    expect(decodeArticleText(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toBe('Hi');
    expect(decodeArticleText(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]))).toBe('Hi');
  });

  it('decodes UTF-16 without a byte-order mark instead of calling it binary', () => {
    const text = 'Envoys met in Genève on Tuesday.\r\nTalks “resumed” – at last.';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(le.length).map((_, i) => le[i ^ 1]!);
    expect(decodeArticleText(le)).toBe(text);
    expect(decodeArticleText(be)).toBe(text);
  });

  it('rejects UTF-16 that is not valid UTF-16 (a lone surrogate), saying so', () => {
    const broken = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x00, 0xd8, 0x69, 0x00]);
    expect(expectRejection(() => decodeArticleText(broken), 'invalid-utf8').reason).toMatch(/not valid UTF-16/);
  });

  it('rejects UTF-16 that decodes to control characters as binary', () => {
    const controls = new Uint8Array(400).map((_, i) => (i % 2 === 1 ? 0 : i % 8 === 0 ? 0x41 : 0x03));
    expectRejection(() => decodeArticleText(controls), 'binary');
  });

  it('reads the whole object: binary data after the first 8 KB is still binary', () => {
    const text = bytes('Envoys met. '.repeat(1_000));
    const body = new Uint8Array(text.length * 2 + 5_000);
    body.set(text, 0);
    body.set(text, text.length + 5_000); // 5,000 NUL bytes in between
    expectRejection(() => decodeArticleText(body), 'binary');
  });

  it('rejects invalid UTF-8 (a Latin-1 encoded file)', () => {
    const latin1 = new Uint8Array([0x46, 0x72, 0x61, 0x6e, 0xe7, 0x6f, 0x69, 0x73, 0x20, 0x61]); // "François a" in Latin-1
    const rejection = expectRejection(() => decodeArticleText(latin1), 'invalid-utf8');
    expect(rejection.reason).toMatch(/UTF-8/);
  });
});
