/**
 * S3 event sequencers: hex strings that order events for the same key (compare them after
 * right-padding to equal length). Ours are fixed-width, time-based and strictly increasing in
 * this process, so they also keep increasing across restarts of the local stack.
 */
const WIDTH = 18;
const SLOTS_PER_MS = 1n << 16n;

export class MonotonicSequencer {
  private last = 0n;

  next(now: number = Date.now()): string {
    const candidate = BigInt(now) * SLOTS_PER_MS;
    this.last = candidate > this.last ? candidate : this.last + 1n;
    return this.last.toString(16).toUpperCase().padStart(WIDTH, '0');
  }
}
