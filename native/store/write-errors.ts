// A write that failed because of the machine (lock held, disk full, read-only), in the user's words.
// Validation errors and bugs pass through unchanged.

import { AppError } from '../../common/errors';
import { asBusyAppError, isBusyError } from './busy';
import { diskFullError } from './open-errors';

/** SQLite needs room for the payload in the WAL and again in the database at checkpoint. */
const MIN_FREE_BYTES = 1e6;

export function asWriteAppError(error: unknown, file: string, payloadBytes: number): unknown {
  if (isBusyError(error)) return asBusyAppError(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  if (code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_IOERR_SHM')) {
    return diskFullError(file, Math.max(MIN_FREE_BYTES, 2 * payloadBytes), error);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError(
      'read-only',
      `Voicedrill cannot save to its library at ${file}: it is open read-only. Nothing was changed.`,
      { cause: error },
    );
  }
  return error;
}
