/** A progress bar on stderr, shown only for interactive runs with enough items to be worth a line. */
export interface Progress {
  increment(): void;
  stop(): void;
}

/** Above this many items a progress bar is worth its line. */
export const PROGRESS_BAR_THRESHOLD = 5;

const silent: Progress = { increment() {}, stop() {} };

export async function startProgress(total: number, label: string, unit = 'files'): Promise<Progress> {
  if (total <= PROGRESS_BAR_THRESHOLD || !process.stderr.isTTY) return silent;
  // Loaded on demand: most runs (piped, few files) never draw a bar.
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} ${unit} | {eta_formatted} left`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}
