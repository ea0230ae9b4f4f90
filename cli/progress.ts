/** A progress bar on stderr, shown only for interactive runs with enough items to be worth a line. */
export interface Progress {
  increment(): void;
  stop(): void;
}

/** Above this many items a progress bar is worth its line. */
export const PROGRESS_BAR_THRESHOLD = 5;

const silent: Progress = { increment() {}, stop() {} };

/** `threshold`: the most items that still go without a bar. */
export async function startProgress(total: number, label: string, unit = 'files', threshold = PROGRESS_BAR_THRESHOLD): Promise<Progress> {
  if (total <= threshold || !process.stderr.isTTY) return silent;
  // Loaded on demand: most runs (piped, few files) never draw a bar.
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} ${unit} | {eta_formatted} left`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  // SingleBar.stop() is a no-op once stopped, so callers may stop on success and again in `finally`.
  return bar;
}
