/**
 * How much longer `work` takes on an input of size 4n than on one of size n: about 4 for linear
 * time, 16 for quadratic. A ratio of CPU times rather than an absolute time keeps the check
 * meaningful on a loaded machine. A fast `work` is repeated until one measurement lasts
 * MIN_MEASURED_MS, so clock resolution does not decide the ratio (growing the input instead
 * would bring in cache effects).
 * Inputs are built before the clock starts.
 */
export function growthRatio<T>(makeInput: (n: number) => T, work: (input: T) => unknown, n: number): number {
  const small = makeInput(n);
  const large = makeInput(4 * n);
  work(small); // warm-up
  let repetitions = 1;
  while (measure(small, work, repetitions) < MIN_MEASURED_MS && repetitions < MAX_REPETITIONS) repetitions *= 2;
  // Interleaved, so that a busy stretch (GC, caches cooled by other processes) affects both sizes
  // alike; disturbances only ever add time, so the fastest measurement is the closest to the truth.
  // A ratio above the bound is measured again (up to ROUNDS times): quadratic growth shows in
  // every round, a disturbance rarely in all of them.
  let ratio = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS && ratio >= SUBQUADRATIC_RATIO; round++) {
    let smallBest = Number.POSITIVE_INFINITY;
    let largeBest = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      smallBest = Math.min(smallBest, measure(small, work, repetitions));
      largeBest = Math.min(largeBest, measure(large, work, repetitions));
    }
    ratio = Math.min(ratio, largeBest / smallBest);
  }
  return ratio;
}

/** Under this, growth is clearly below quadratic (16) while linear time (4) has room for noise. */
export const SUBQUADRATIC_RATIO = 10;

const MIN_MEASURED_MS = 5;
const MAX_REPETITIONS = 1 << 14;
const ATTEMPTS = 3;
const ROUNDS = 3;

/**
 * CPU time of this process in milliseconds: other processes on a busy machine do not count.
 * (process.threadCpuUsage would leave out GC threads, but on this kind of host it advances in
 * steps of up to milliseconds; process.cpuUsage advances in microseconds.)
 */
function measure<T>(input: T, work: (input: T) => unknown, repetitions: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < repetitions; i++) work(input);
  const used = process.cpuUsage(start);
  return Math.max((used.user + used.system) / 1000, 0.01);
}
