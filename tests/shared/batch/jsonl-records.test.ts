import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLinesRecords } from '../../../shared/batch/jsonl-records.ts';
import type { BatchRecord } from '../../../shared/batch/batch-record.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

async function records(chunks: Uint8Array[], maxLineBytes = 1_000): Promise<BatchRecord[]> {
  async function* source() {
    yield* chunks;
  }
  const out: BatchRecord[] = [];
  for await (const record of jsonLinesRecords(source(), maxLineBytes)) out.push(record);
  return out;
}

/** The file cut into chunks at the given offsets, as a stream may deliver it. */
function cut(data: Uint8Array, offsets: number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((o) => o % (data.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, data.length]) {
    chunks.push(data.subarray(start, point));
    start = point;
  }
  return chunks;
}

describe('jsonLinesRecords', () => {
  it("yields one article per non-blank line, numbered by the file's own lines, CR and BOM dropped", async () => {
    const file = bytes('\uFEFF{"body":"one"}\r\n\n  \n{"body":"two"}\n{"body":"three"}');
    const out = await records([file]);
    expect(out.map((r) => (r.kind === 'article' ? [r.id, text(r.body)] : r.kind))).toEqual([
      ['line-000001', '{"body":"one"}'],
      ['line-000004', '{"body":"two"}'],
      ['line-000005', '{"body":"three"}'],
    ]);
  });

  it('passes a bad line through as an article of its own (the JSON parser fails it, alone)', async () => {
    const out = await records([bytes('{"body":"ok"}\n{not json\n{"body":"ok too"}\n')]);
    expect(out.map((r) => r.kind === 'article' && text(r.body))).toEqual(['{"body":"ok"}', '{not json', '{"body":"ok too"}']);
  });

  it('rejects a line over the limit without keeping it, and goes on with the next', async () => {
    const long = `{"body":"${'x'.repeat(5_000)}"}`;
    const out = await records(cut(bytes(`{"body":"a"}\n${long}\n{"body":"b"}\n`), [3, 700, 1_500, 4_000]), 100);
    expect(out[0]).toMatchObject({ kind: 'article', id: 'line-000001' });
    expect(out[1]).toMatchObject({ kind: 'rejected', id: 'line-000002', rejection: 'too-large' });
    expect((out[1] as { reason: string }).reason).toMatch(/^Line 2 is 4\.9 KB, over the 100 bytes limit/);
    expect(out[2]).toMatchObject({ kind: 'article', id: 'line-000003' });
  });

  it('gives the same records however the stream is chunked (property)', async () => {
    const line = fc.oneof(
      fc.constant(''),
      fc.constant('   '),
      fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => JSON.stringify({ body: s })),
      fc.string({ maxLength: 30 }).filter((s) => !/[\r\n]/.test(s)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 12 }), async (lines, crlf, offsets) => {
        const file = bytes(lines.join(crlf ? '\r\n' : '\n'));
        const whole = await records([file], 64);
        const chunked = await records(cut(file, offsets), 64);
        expect(chunked.map(describe)).toEqual(whole.map(describe));
        // every non-blank line is accounted for, in order, under its own line number
        const expected = lines.flatMap((l, i) => (/^[ \t]*$/.test(l) ? [] : [`line-${String(i + 1).padStart(6, '0')}`]));
        expect(whole.map((r) => (r.kind === 'skipped' ? '' : r.id))).toEqual(expected);
        for (const record of whole) if (record.kind === 'article') expect(text(record.body)).toBe(lines[Number(record.id.slice(5)) - 1]);
      }),
      { numRuns: 300 },
    );
    function describe(record: BatchRecord) {
      return record.kind === 'article' ? `${record.id}:${text(record.body)}` : record.kind === 'rejected' ? `${record.id}:rejected` : 'skipped';
    }
  });
});
