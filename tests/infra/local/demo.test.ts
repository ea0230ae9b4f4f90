import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runDemo, SAMPLES_DIR } from '../../../infra/local/demo.ts';
import { useLocalStack } from '../../support/local-stack.ts';

/** `npm start -- --demo`: every bundled sample goes through S3 and comes out processed, with events. */
const local = useLocalStack();

describe('demo', () => {
  it('ingests every sample article through S3', async () => {
    const samples = (await readdir(SAMPLES_DIR)).filter((name) => /\.(txt|md|html|json)$/.test(name));
    const result = await runDemo(local.stack);

    expect(result.articles.map((a) => a.file).sort()).toEqual(samples.sort());
    for (const { file, record } of result.articles) {
      expect(record, file).toMatchObject({ key: `articles/${file}`, status: 'processed', reason: null });
      expect(record!.eventCount, file).toBeGreaterThan(0);
    }
    expect(result.events).toBe(result.articles.reduce((sum, a) => sum + a.record!.eventCount, 0));
    const { body } = await local.api<{ items: unknown[] }>('/events?limit=100');
    expect(body.items.length).toBe(Math.min(100, result.events));
  });
});
