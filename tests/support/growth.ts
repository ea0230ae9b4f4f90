/**
 * How much longer `work` takes on an input four times as large: about 4 for linear time, 16 for
 * quadratic. Timing ratios rather than absolute times keep the check meaningful on a loaded
 * machine. The size starts at `n` and doubles until one run takes long enough (MIN_MEASURED_MS)
 * for timer resolution and small pauses not to decide the ratio; each size is then timed three
 * times and the fastest run counts. Inputs are built before the clock starts.
 */
export function growthRatio<T>(makeInput: (n: number) => T, work: (input: T) => unknown, n: number): number {
  let size = n;
  let small = makeInput(size);
  work(small); // warm-up
  let smallTime = fastest(() => work(small));
  while (smallTime < MIN_MEASURED_MS && size < n * MAX_SCALE_UP) {
    size *= 2;
    small = makeInput(size);
    smallTime = fastest(() => work(small));
  }
  const large = makeInput(4 * size);
  return fastest(() => work(large)) / smallTime;
}

/** Under this, growth is clearly below quadratic (16) while linear time (4) has room for noise. */
export const SUBQUADRATIC_RATIO = 10;

const MIN_MEASURED_MS = 8;
const MAX_SCALE_UP = 64;

function fastest(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return Math.max(best, 0.01);
}
