// Why a database could not be opened, in the user's words. "Cannot open" (read-only, locked, full disk)
// is the machine's state and passes; "not ours", "newer" and "damaged" are about the file itself.
// No sentence here invites deleting anything: the file may hold the user's only copy of their takes.

import { closeSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../common/errors';

const SQLITE_HEADER = 'SQLite format 3\0';

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** True when the file starts with SQLite's magic string: a database of some kind, perhaps damaged. */
export function hasSqliteHeader(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const header = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, header, 0, header.length, 0) === header.length && header.toString('latin1') === SQLITE_HEADER;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function megabytesNeeded(bytes: number): string {
  return `${Math.max(1, Math.ceil(bytes / 1e6))} MB`;
}

export interface OpenErrorContext {
  file: string;
  /** Free space the failed step needed, when known (a backup or a migration copies the database). */
  bytesNeeded?: number;
}

export function diskFullError(file: string, bytesNeeded: number | undefined, cause?: unknown): AppError {
  const amount = bytesNeeded === undefined ? 'some space' : `at least ${megabytesNeeded(bytesNeeded)}`;
  return new AppError(
    'disk-full',
    `The disk holding your Voicedrill library (${file}) is full. Free ${amount} (for example by deleting partial model downloads) and try again.`,
    { cause },
  );
}

/** Maps an error thrown while opening or checking `file` to an AppError with a code and a sentence. */
export function classifyOpenError(error: unknown, context: OpenErrorContext): AppError {
  if (error instanceof AppError) return error;
  const { file } = context;
  const code = codeOf(error);
  if (code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_IOERR_SHM') || code === 'ENOSPC' || code === 'EDQUOT') {
    return diskFullError(file, context.bytesNeeded, error);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError(
      'read-only',
      `Voicedrill cannot write to its library at ${file}: the file or its folder is read-only. Make it writable and try again.`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'cannot-open',
      `The library at ${file} is locked by another program. Close other copies of Voicedrill and try again.`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) return damagedError(file, error);
  if (code === 'SQLITE_NOTADB') {
    return hasSqliteHeader(file) ? damagedError(file, error) : foreignError(file, error);
  }
  return new AppError(
    'cannot-open',
    `Voicedrill cannot open its library at ${file}. Check that the disk is connected and readable, then try again.`,
    { cause: error },
  );
}

export function damagedError(file: string, cause?: unknown): AppError {
  return new AppError(
    'database-damaged',
    `Your library at ${file} is damaged. Voicedrill will not write to it. You can open it read-only, export what can still be read, or start a new library that keeps the damaged file beside it.`,
    { cause },
  );
}

export function foreignError(file: string, cause?: unknown): AppError {
  return new AppError(
    'database-foreign',
    `The file at ${file} does not look like a Voicedrill library, so Voicedrill has left it untouched. If it belongs to another program, move it elsewhere; otherwise choose another data folder.`,
    { cause },
  );
}

export function newerError(file: string, version: number): AppError {
  return new AppError(
    'database-newer',
    `Your library at ${file} was saved by a newer version of Voicedrill (schema ${version}). Update Voicedrill to open it; the file has not been changed.`,
  );
}
