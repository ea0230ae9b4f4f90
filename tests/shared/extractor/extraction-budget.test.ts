import { describe, expect, it } from 'vitest';
import { BudgetMeter, ExtractionBudgetExceededError, isExtractionBudgetExceeded } from '../../../shared/extractor/extraction-budget.ts';
import { RuleBasedExtractor } from '../../../shared/coder/rule-based-extractor.ts';
import { article } from '../coder/helpers.ts';

const ORDINARY =
  'France and Germany agreed on Friday to deepen their defence cooperation, the two governments said after a meeting in Paris. Russia condemned the plan.';
const DENSE = 'Russia condemned Ukraine and China met French officials in Paris and '.repeat(300);

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the extraction to stop');
}

describe('the extraction budget', () => {
  it('codes an ordinary article within a small budget', () => {
    const result = new RuleBasedExtractor({ budget: { maxWork: 2_000, maxMs: 60_000 } }).extractSync(article(ORDINARY));
    expect(result.events.length).toBeGreaterThan(0);
  });

  it('stops an article that needs more work, with a too-complex reason', () => {
    const error = thrown(() => new RuleBasedExtractor({ budget: { maxWork: 2_000, maxMs: 60_000 } }).extractSync(article(DENSE)));
    expect(isExtractionBudgetExceeded(error)).toBe(true);
    expect((error as ExtractionBudgetExceededError).reason).toMatch(/^too-complex: .*2,000 units/);
  });

  it('gives the same verdict on every run: the work count does not depend on the machine', () => {
    const work = () => {
      const meter = new BudgetMeter({ maxWork: Infinity, maxMs: Infinity });
      for (const n of [3, 5, 8]) meter.charge(n, 'sentence');
      return meter.work;
    };
    expect(work()).toBe(16);
    expect(work()).toBe(work());
  });

  it('has a time backstop for what the work count does not model', () => {
    let now = 0;
    const meter = new BudgetMeter({ maxWork: Infinity, maxMs: 1_000 }, () => now);
    meter.charge(1, 'sentence 1');
    now = 1_001;
    const error = thrown(() => meter.charge(1, 'sentence 2'));
    expect((error as ExtractionBudgetExceededError).reason).toMatch(/^too-complex: extraction took more than 1000 ms \(stopped at sentence 2\)/);
  });
});
