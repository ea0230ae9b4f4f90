import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATOMS, describeShape, FORMATS, inputShapes, ordinaryArticles, pureShape, renderShape } from '../../bench/adversarial-inputs.ts';
import { bestMs, msPerKb } from '../../bench/ingest-cost.ts';
import { RuleBasedExtractor } from '../../shared/coder/rule-based-extractor.ts';

/**
 * Hostile input must not cost more per KB than ordinary news: a parser or coder that is quadratic
 * somewhere turns one upload into minutes of Lambda time and a retry storm. Timings are relative
 * to ordinary articles measured in the same run, best of several, with a generous margin; the
 * 10,000-input version with the worst ratio printed is `npm run bench:adversarial`.
 */
const MARGIN = 20;
const RUNS = 2;
const extractor = new RuleBasedExtractor();

const ordinary = ordinaryArticles();
let baseline = 0;

describe('hostile input', () => {
  it('ordinary articles are the yardstick', async () => {
    await msPerKb(ordinary, extractor, 1); // warm up the coder (lexicons, the date parser)
    baseline = await msPerKb(ordinary, extractor, RUNS);
    expect(ordinary.map((f) => f.key.split('.').pop())).toEqual(expect.arrayContaining([...FORMATS]));
    expect(baseline).toBeGreaterThan(0);
  });

  // every atom alone, giant, in every format: the purest form of each hostile shape
  it.each(FORMATS)(
    `%s: no single hostile pattern costs more than ${MARGIN}× an ordinary article per KB`,
    async (format) => {
      for (const atom of ATOMS) {
        const shape = pureShape(atom, format, 16 * 1024);
        const file = renderShape(shape);
        const { ms } = await bestMs(file, extractor, RUNS);
        const ratio = ms / (file.body.length / 1024) / baseline;
        expect.soft(ratio, describeShape(shape)).toBeLessThan(MARGIN);
      }
    },
    120_000,
  );

  it('mixtures of hostile patterns cost no more than that either', async () => {
    await fc.assert(
      fc.asyncProperty(inputShapes(2 * 1024, 12 * 1024), async (shape) => {
        const file = renderShape(shape);
        const { ms } = await bestMs(file, extractor, RUNS);
        const ratio = ms / (file.body.length / 1024) / baseline;
        if (ratio >= MARGIN) throw new Error(`${describeShape(shape)}: ${ratio.toFixed(1)}× an ordinary article per KB`);
      }),
      { numRuns: 16, seed: 20261203 },
    );
  }, 120_000);
});
