import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_TOKENS } from '../../../shared/coder/text/sentence-window.ts';
import { article, extractor } from './helpers.ts';

/**
 * Hostile input: one line with no sentence break, dense with actors and actions. Before sentences
 * were bounded and the target search indexed, 80 KB of it took seconds and 500 KB did not finish
 * in two minutes: the per-sentence rules rescan the sentence for every mention and action.
 */
const CLAUSE = 'Russia condemned Ukraine and China met French officials in Paris and ';

function giantLine(bytes: number): string {
  return CLAUSE.repeat(Math.ceil(bytes / CLAUSE.length)).slice(0, bytes);
}

/** Best of several runs: the least disturbed by other work on the machine. */
function msPerKb(body: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    extractor.extractSync(article(body));
    best = Math.min(best, performance.now() - started);
  }
  return best / (body.length / 1024);
}

describe('a giant sentence', () => {
  it('costs time in proportion to its length, not its square', () => {
    msPerKb(giantLine(4 * 1024), 1); // warm up
    const small = msPerKb(giantLine(8 * 1024));
    const large = msPerKb(giantLine(64 * 1024));
    // linear: the same time per KB; quadratic would make it 8× (generous margin for a shared machine)
    expect(large / small).toBeLessThan(3);
  }, 60_000);

  it('is coded in bounded pieces, and the result says so', () => {
    const body = giantLine(16 * 1024);
    const result = extractor.extractSync(article(body));
    expect(result.events.length).toBeGreaterThan(0);
    for (const e of result.events) expect(body.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.sentence);
    // the splitter cuts it at 2,000 characters (the coder's 400-token windows bound denser text: sentence-window.test.ts)
    expect(result.notes).toEqual([expect.stringMatching(/^1 sentence was longer than 2,000 characters \(16,384\); the coder read it as \d+ pieces/)]);
  });

  it('a sentence under 2,000 characters but dense with tokens is coded in windows, and the result says so', () => {
    const body = `Iran met Iraq in the , ${'of the , and the , '.repeat(95)}and Syria met Turkish officials.`;
    expect(body.length).toBeLessThan(2_000);
    const result = extractor.extractSync(article(body));
    expect(result.notes).toEqual([
      expect.stringMatching(new RegExp(`^sentence 1 has \\d+ tokens, over the ${MAX_SENTENCE_TOKENS} .* coded in \\d+ consecutive pieces$`)),
    ]);
  });

  it('leaves ordinary prose without notes', () => {
    const result = extractor.extractSync(article('France and Germany agreed on Friday to deepen their defence cooperation. Russia condemned the plan.'));
    expect(result.notes).toBeUndefined();
    expect(result.events.length).toBeGreaterThan(0);
  });
});
