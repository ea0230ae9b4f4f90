import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { contentTypeOf, isArticleFileName } from '../../../shared/article/article-format.ts';

/**
 * The soak workload, generated from a seed: new articles, updates of existing ones, deletes,
 * poison objects and duplicate deliveries, in an order that mixes them all.
 */
export type Operation =
  | { kind: 'put'; key: string; body: Uint8Array; contentType: string; role: 'new' | 'update' | 'poison' }
  | { kind: 'delete'; key: string }
  /** Redeliver an S3 notification seen earlier (index into the captured list, modulo its length). */
  | { kind: 'duplicate'; pick: number };

export interface Sample {
  name: string;
  extension: string;
  text: string;
}

export async function loadSamples(dir: string): Promise<Sample[]> {
  const names = (await readdir(dir)).filter(isArticleFileName).sort();
  return Promise.all(names.map(async (name) => ({ name, extension: extname(name), text: await readFile(join(dir, name), 'utf8') })));
}

export const POISON_KINDS = ['empty', 'binary', 'invalid-utf8', 'oversize', 'malformed-json', 'outside-prefix', 'scripts-only-html'] as const;
export type PoisonKind = (typeof POISON_KINDS)[number];

const TWO_MB = 2 * 1024 * 1024;

function poison(kind: PoisonKind, n: number): { key: string; body: Uint8Array; contentType: string } {
  const encode = (text: string) => new TextEncoder().encode(text);
  switch (kind) {
    case 'empty':
      return { key: `articles/soak/poison-${n}-empty.txt`, body: new Uint8Array(), contentType: contentTypeOf('.txt') };
    case 'binary':
      return {
        key: `articles/soak/poison-${n}-binary.txt`,
        body: Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + n) % 256),
        contentType: 'application/octet-stream',
      };
    case 'invalid-utf8':
      return {
        key: `articles/soak/poison-${n}-latin1.txt`,
        body: Uint8Array.from(Buffer.from(`Le minist\u00e8re a confirm\u00e9 la r\u00e9union num\u00e9ro ${n} \u00e0 Gen\u00e8ve.`, 'latin1')),
        contentType: contentTypeOf('.txt'),
      };
    case 'oversize':
      return { key: `articles/soak/poison-${n}-huge.txt`, body: encode('word '.repeat(TWO_MB / 5 + 1)), contentType: contentTypeOf('.txt') };
    case 'malformed-json':
      return {
        key: `articles/soak/poison-${n}-broken.json`,
        body: encode(`{"title": "Talks ${n}", "body": "The ministers`),
        contentType: contentTypeOf('.json'),
      };
    case 'outside-prefix':
      return {
        key: `uploads/soak/poison-${n}.txt`,
        body: encode(`France and Germany signed treaty number ${n} on Friday.`),
        contentType: contentTypeOf('.txt'),
      };
    case 'scripts-only-html':
      return {
        key: `articles/soak/poison-${n}-scripts.html`,
        body: encode(`<html><head><script>var n = ${n};</script></head><body><script>track(${n})</script></body></html>`),
        contentType: contentTypeOf('.html'),
      };
  }
}

/**
 * `uploads` PUTs in total. Per step, by probability: ~6% a poison object, ~12% an update of an
 * existing article (other text, same key), the rest new articles; after a step, ~8% a delete of
 * a random existing key and ~10% a duplicate delivery of an earlier notification.
 */
export function generateWorkload(samples: readonly Sample[], uploads: number, random: () => number): Operation[] {
  const operations: Operation[] = [];
  const live: string[] = [];
  const deleted: string[] = [];
  const textSamples = samples.filter((s) => s.extension === '.txt');
  const pickOf = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let poisonCount = 0;
  for (let i = 0; i < uploads; i++) {
    const roll = random();
    const updatable = live.filter((key) => key.endsWith('.txt') && !key.includes('poison'));
    if (roll < 0.06) {
      const kind = POISON_KINDS[poisonCount % POISON_KINDS.length]!;
      const object = poison(kind, poisonCount++);
      operations.push({ kind: 'put', role: 'poison', ...object });
      live.push(object.key);
    } else if (roll < 0.08 && deleted.length > 0) {
      // Re-upload of a deleted article: put, delete, put again must end processed.
      const key = deleted.splice(Math.floor(random() * deleted.length), 1)[0]!;
      const sample = samples.find((s) => key.endsWith(s.name)) ?? pickOf(samples);
      operations.push({ kind: 'put', role: 'update', key, body: articleBody(sample, i), contentType: contentTypeOf(sample.extension) });
      live.push(key);
    } else if (roll < 0.2 && updatable.length > 0) {
      const key = pickOf(updatable);
      const sample = pickOf(textSamples);
      operations.push({ kind: 'put', role: 'update', key, body: articleBody(sample, i), contentType: contentTypeOf('.txt') });
    } else {
      const sample = pickOf(samples);
      const key = `articles/soak/${String(i).padStart(5, '0')}-${sample.name}`;
      operations.push({ kind: 'put', role: 'new', key, body: articleBody(sample, i), contentType: contentTypeOf(sample.extension) });
      live.push(key);
    }
    if (random() < 0.08 && live.length > 0) {
      const key = live.splice(Math.floor(random() * live.length), 1)[0]!;
      operations.push({ kind: 'delete', key });
      if (!key.includes('poison')) deleted.push(key);
    }
    if (random() < 0.1) operations.push({ kind: 'duplicate', pick: Math.floor(random() * 1_000_000) });
  }
  return operations;
}

/** The sample's text, made unique per upload where the format allows a trailing note. */
function articleBody(sample: Sample, n: number): Uint8Array {
  const text = sample.extension === '.txt' || sample.extension === '.md' ? `${sample.text.trimEnd()}\n\n(Soak copy ${n}.)\n` : sample.text;
  return new TextEncoder().encode(text);
}
