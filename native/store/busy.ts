// Another connection (the CLI, a second window) holding SQLite's write lock. The busy timeout makes a
// connection wait for it; when even that runs out, a write is retried a bounded number of times.

import { AppError } from '../../common/errors';

export const BUSY_TIMEOUT_MS = 5000;

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …), and SQLITE_LOCKED. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/** A busy error in the user's words; other errors pass through unchanged. */
export function asBusyAppError(error: unknown): unknown {
  if (!isBusyError(error)) return error;
  return new AppError(
    'busy',
    'The library is in use by another Voicedrill process (the app or the command line). Try again in a moment.',
    {
      cause: error,
    },
  );
}

export interface RetryOptions {
  /** Tries in all, the first included (default 4). */
  attempts?: number;
  /** Wait before the second try, doubled each time (default 200 ms). */
  delayMs?: number;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `work` and retries it while it fails with SQLITE_BUSY (each try already waited out the busy
 * timeout). `work` must be one transaction, so a failed try left nothing behind.
 */
export async function retryOnBusy<T>(work: () => T, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  let delay = options.delayMs ?? 200;
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (error) {
      const busy = isBusyError(error) || (error instanceof AppError && error.code === 'busy');
      if (!busy || attempt >= attempts) throw asBusyAppError(error);
      await pause(delay);
      delay *= 2;
    }
  }
}
