import { lineRecordId } from './batch-keys.ts';
import type { BatchRecord } from './batch-record.ts';
import { formatBytes } from './batch-rejection.ts';

const NEWLINE = 0x0a;

/**
 * JSON Lines → one record per non-blank line, its id the line number (blank lines keep their
 * number, so ids are the file's own line numbers). Each line is one `.json` article, read later by
 * the same parser as an uploaded `.json` file: a line that is not a JSON article fails there, alone,
 * with its reason. A line longer than `maxLineBytes` is not kept in memory: it is consumed and
 * yielded as a rejected record. Lines end at LF; a CR before it and a UTF-8 BOM are dropped.
 */
export async function* jsonLinesRecords(source: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<BatchRecord> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let lineNumber = 1;
  let overflow = 0;

  const finish = (): BatchRecord | null => {
    const number = lineNumber++;
    if (overflow > 0) {
      const size = overflow;
      overflow = 0;
      return rejected(number, size, maxLineBytes);
    }
    let line = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    parts = [];
    length = 0;
    if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    if (number === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3);
    if (isBlank(line)) return null;
    if (line.length > maxLineBytes) return rejected(number, line.length, maxLineBytes);
    return { kind: 'article', id: lineRecordId(number), extension: 'json', body: line, metadata: {} };
  };

  const take = (piece: Uint8Array) => {
    if (overflow > 0) overflow += piece.length;
    else if (length + piece.length > maxLineBytes + 1) {
      // +1: the CR of a CRLF line exactly at the limit
      overflow = length + piece.length;
      parts = [];
      length = 0;
    } else if (piece.length > 0) {
      // a copy: the source may reuse its buffer
      parts.push(Uint8Array.prototype.slice.call(piece));
      length += piece.length;
    }
  };

  for await (const chunk of source) {
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE, start); newline >= 0; newline = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, newline));
      const record = finish();
      if (record) yield record;
      start = newline + 1;
    }
    take(chunk.subarray(start));
  }
  if (length > 0 || overflow > 0) {
    const record = finish();
    if (record) yield record;
  }
}

function rejected(lineNumber: number, size: number, limit: number): BatchRecord {
  const reason = `Line ${lineNumber} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for one article; split it or shorten its body.`;
  return { kind: 'rejected', id: lineRecordId(lineNumber), extension: 'json', rejection: 'too-large', reason };
}

function isBlank(line: Uint8Array): boolean {
  for (const byte of line) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}
