/**
 * How much longer `work` takes on an input of size 4n than on one of size n: about 4 for linear
 * time, 16 for quadratic. Timing ratios rather than absolute times keep the check meaningful on a
 * loaded machine; each size is timed three times after a warm-up and the fastest run counts, so a
 * pause on either side rarely decides the outcome. Inputs are built before the clock starts.
 */
export function growthRatio<T>(makeInput: (n: number) => T, work: (input: T) => unknown, n: number): number {
  const small = makeInput(n);
  const large = makeInput(4 * n);
  work(small);
  return fastest(() => work(large)) / Math.max(fastest(() => work(small)), 0.5);
}

/** Under this, growth is clearly below quadratic (16) while linear time (4) has room for noise. */
export const SUBQUADRATIC_RATIO = 10;

function fastest(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
