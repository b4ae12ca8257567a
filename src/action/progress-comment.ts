/** The progress comment while the program runs: its calls so far and the last one's tool, updated now and then. */

/** The program's calls so far, as the engine reports them while it runs. */
export interface CallProgress {
  calls: number;
  tool: string;
}

/** How often the progress comment is updated at most: well within GitHub's secondary rate limits on writes. */
export const PROGRESS_INTERVAL_MS = 5000;

export interface ThrottledProgress {
  /** Takes the latest calls; they are written once the interval since the last write has passed. */
  update: (progress: CallProgress) => void;
  /** Writes nothing more, and waits for a write under way: the report that follows must not be overwritten. */
  stop: () => Promise<void>;
}

/**
 * Writes the calls at most once an interval, the latest count each time, the first an interval after the first
 * calls: a program that ends sooner leaves the comment as it was until the report. `write` must not throw.
 */
export function throttledProgress(
  write: (progress: CallProgress) => Promise<unknown>,
  intervalMs = PROGRESS_INTERVAL_MS,
): ThrottledProgress {
  let latest: CallProgress | null = null;
  let lastWrite: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const flush = () => {
    timer = undefined;
    const progress = latest;
    if (stopped || !progress) return;
    latest = null;
    lastWrite = Date.now();
    writing = writing.then(() => write(progress));
  };
  return {
    update: (progress) => {
      if (stopped) return;
      latest = progress;
      lastWrite ??= Date.now();
      timer ??= setTimeout(flush, Math.max(0, lastWrite + intervalMs - Date.now()));
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await writing;
    },
  };
}
