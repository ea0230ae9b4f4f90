import type { BatchLimits } from './batch-splitter.ts';

const MB = 1024 * 1024;

/**
 * Defaults of one batch's limits; stages set theirs in infra/stage-config.ts. A CC-NEWS WARC is
 * about 1 GB gzipped: split it (e.g. with warcio) into files under these limits, so that one
 * ingest invocation can read a batch to its end well within its timeout.
 */
export const DEFAULT_BATCH_LIMITS: BatchLimits = {
  maxBytes: 256 * MB,
  maxDecompressedBytes: 1024 * MB,
  maxRecords: 20_000,
};
