import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BatchRejectedError, formatBytes } from './batch-rejection.ts';

/**
 * The bytes of a batch object as the readers see them: gunzipped when the object starts with the
 * gzip magic bytes (whatever its name says; concatenated members, as in per-record gzipped WARC,
 * included), and counted. Past `maxBytes` of output the stream stops with a rejection: a gzip bomb
 * is refused after at most maxBytes plus one zlib chunk (16 KB) were produced, never expanded.
 * Pulling is driven by the consumer, so nothing is inflated ahead of what the readers take.
 */
export async function* decompressedBytes(source: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await firstNonEmpty(iterator);
  if (first === null) return;
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => iterator };
  const gzipped = first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b;
  const whole = Readable.from(prepend(first, rest), { objectMode: false });
  const output = gzipped ? whole.pipe(createGunzip()) : whole;
  let produced = 0;
  try {
    for await (const chunk of output as AsyncIterable<Uint8Array>) {
      produced += chunk.length;
      if (produced > maxBytes) {
        throw new BatchRejectedError(
          'too-large-decompressed',
          `The batch ${gzipped ? 'expands' : 'runs'} past ${formatBytes(maxBytes)}, the limit for one batch${gzipped ? ' once decompressed' : ''}; it was not read further. Split it into smaller batches.`,
        );
      }
      yield chunk;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_')) {
      throw new BatchRejectedError('malformed-batch', `The batch is not valid gzip (${(error as Error).message}); compress it again and upload it again.`);
    }
    throw error;
  } finally {
    whole.destroy();
    if (output !== whole) output.destroy();
  }
}

/** The first bytes of the source, at least two when it has two (enough to see the gzip magic). */
async function firstNonEmpty(iterator: AsyncIterator<Uint8Array>): Promise<Uint8Array | null> {
  let head: Uint8Array = new Uint8Array();
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) break;
    head = head.length === 0 ? next.value : Buffer.concat([head, next.value]);
  }
  return head.length > 0 ? head : null;
}

async function* prepend(first: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  yield* rest;
}
