import { formatCount } from '../text/format-count.ts';

/**
 * How much work one article may cost the extractor before it gives up on it. An article that
 * exhausts its budget is not retried: the same bytes would exhaust it again, so ingest records it
 * `failed` with a `too-complex` reason instead of letting the invocation time out five times and
 * dead-letter the message.
 *
 * The primary limit is a deterministic work count, so that the same article always gets the same
 * verdict whatever the machine and its load; the time limit is a backstop for costs the count does
 * not model. Both are checked between sentences (each sentence is bounded, see
 * shared/coder/text/sentence-window.ts), so the overshoot is at most one sentence.
 */
export interface ExtractionBudget {
  /**
   * Work units one article may use. The rule-based coder charges, per sentence it analyses, its
   * tokens + actor mentions + actions: what its rules go through. Sentences are bounded
   * (MAX_SENTENCE_TOKENS), so the time per unit is bounded too. The benchmark corpus's articles
   * use about 510 units on average, 770 at most; dense prose uses about 270 units per KB.
   */
  maxWork: number;
  /** Wall-clock backstop, ms of extraction for one article. */
  maxMs: number;
}

/**
 * Generous for news: over 300 times the largest benchmark article, about 1 MB of prose dense with
 * actors and actions (5–10 s of coding on a shared core). The time backstop leaves most of a 60 s
 * function timeout to parse, write and report.
 */
export const DEFAULT_EXTRACTION_BUDGET: ExtractionBudget = { maxWork: 250_000, maxMs: 20_000 };

/** The reason recorded on an article that exhausted its budget starts with this. */
export const TOO_COMPLEX = 'too-complex';

export class ExtractionBudgetExceededError extends Error {
  override readonly name = 'ExtractionBudgetExceededError';
  readonly kind = TOO_COMPLEX;

  /** @param reason one sentence for the user, starting with "too-complex:" (the article's failure reason) */
  constructor(readonly reason: string) {
    super(reason);
  }
}

export function isExtractionBudgetExceeded(error: unknown): error is ExtractionBudgetExceededError {
  return error instanceof ExtractionBudgetExceededError;
}

/** Counts the work of one extraction against a budget; throws once either limit is passed. */
export class BudgetMeter {
  private used = 0;
  private readonly startedAt: number;

  constructor(
    private readonly budget: ExtractionBudget,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.startedAt = now();
  }

  get work(): number {
    return this.used;
  }

  /** Adds `units` of work done at `where` (for the reason), then checks both limits. */
  charge(units: number, where: string): void {
    this.used += units;
    if (this.used > this.budget.maxWork) {
      throw new ExtractionBudgetExceededError(
        `${TOO_COMPLEX}: the article needs more than ${formatCount(this.budget.maxWork)} units of extraction work (stopped at ${where}); ` +
          'it is not ordinary prose (a giant unpunctuated run, a data dump or markup?). Split it or upload the article text only.',
      );
    }
    const elapsed = this.now() - this.startedAt;
    if (elapsed > this.budget.maxMs) {
      throw new ExtractionBudgetExceededError(
        `${TOO_COMPLEX}: extraction took more than ${this.budget.maxMs} ms (stopped at ${where}); ` +
          'it is not ordinary prose (a giant unpunctuated run, a data dump or markup?). Split it or upload the article text only.',
      );
    }
  }
}
