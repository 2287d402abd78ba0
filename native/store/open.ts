// Opening a database file: tell "cannot open" (read-only, locked, full disk) from "not ours", "newer"
// and "damaged", check integrity, back up before a migration, and bring the schema up to date.
// Nothing here writes to an up-to-date database, so a full disk does not stop the app from starting.

import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../common/errors';
import { backupBeforeMigration } from './backups';
import { BUSY_TIMEOUT_MS } from './busy';
import { APPLICATION_ID, LATEST_VERSION, migrate, schemaVersion } from './migrations';
import { classifyOpenError, damagedError, foreignError, newerError } from './open-errors';
import { Store } from './store';

export interface OpenOptions {
  /** A better-sqlite3 addon built for another runtime's ABI (Electron's, in development). */
  nativeBinding?: string;
  /** Only read: no migration, no journal-mode switch (the CLI reading settings, a damaged file). */
  readonly?: boolean;
  busyTimeoutMs?: number;
  /** Where backups go before a migration (default: `backups/` beside the database). */
  backupsDir?: string;
  /** Skip PRAGMA quick_check (a file already known to be damaged, opened to read what it can). */
  skipIntegrityCheck?: boolean;
}

/**
 * False when this process may not write the file or its folder (needed for the -wal and -shm files).
 * A missing folder counts as writable here: opening then fails with its own, clearer reason.
 */
export function canWrite(file: string): boolean {
  try {
    accessSync(path.dirname(file), constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.W_OK);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

export function defaultBackupsDir(file: string): string {
  return path.join(path.dirname(file), 'backups');
}

function connect(file: string, options: OpenOptions, readonly: boolean): Database.Database {
  const db = new Database(file, {
    readonly,
    fileMustExist: readonly,
    timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  // Also as a pragma, so the timeout shows on the connection whatever the driver's default.
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
  return db;
}

function checkOwnership(db: Database.Database, file: string, version: number): void {
  const applicationId = Number(db.pragma('application_id', { simple: true }));
  const hasTables = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
  const fresh = version === 0 && applicationId === 0 && !hasTables;
  if (!fresh && applicationId !== APPLICATION_ID) throw foreignError(file);
  if (version > LATEST_VERSION) throw newerError(file, version);
}

/** quick_check skips the index cross-checks of integrity_check: one pass over the pages. */
function checkIntegrity(db: Database.Database, file: string): void {
  const rows = db.pragma('quick_check(1)', { simple: false }) as { quick_check: string }[];
  const result = rows[0]?.quick_check;
  if (result !== 'ok') throw damagedError(file, new Error(`quick_check: ${result ?? 'no answer'}`));
}

function configure(db: Database.Database): void {
  // WAL lets the UI read history while a transcript is being written; NORMAL is durable enough under WAL.
  // Switching to WAL writes only when the file is not in WAL yet.
  if (String(db.pragma('journal_mode', { simple: true })) !== 'wal') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
}

function readOnlyFolderError(file: string): AppError {
  return new AppError(
    'read-only',
    `Voicedrill cannot save to its library at ${file}: the file or its folder is read-only. Make the folder writable, then start Voicedrill again.`,
  );
}

/** Errors opening WAL's shared-memory index (-shm), which a full disk causes before any real write. */
function isSharedMemoryFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(IOERR_SHM|FULL)/.test(code);
}

function openConnection(file: string, options: OpenOptions, exclusive: boolean): Database.Database {
  const memory = file === ':memory:';
  const readonly = options.readonly === true;
  let db: Database.Database;
  try {
    db = connect(file, options, readonly);
  } catch (error) {
    throw classifyOpenError(error, { file });
  }
  try {
    // Exclusive locking keeps WAL's index in memory, so no -shm file has to grow on a full disk.
    if (exclusive) db.pragma('locking_mode = EXCLUSIVE');
    // The first statement is where SQLite notices a file that is not a database.
    const version = schemaVersion(db);
    checkOwnership(db, file, version);
    if (!memory && !options.skipIntegrityCheck) checkIntegrity(db, file);
    if (!readonly) {
      configure(db);
      if (version < LATEST_VERSION) {
        if (version > 0 && !memory) backupBeforeMigration(db, options.backupsDir ?? defaultBackupsDir(file), LATEST_VERSION);
        migrate(db);
      }
    }
    return db;
  } catch (error) {
    db.close();
    if (!exclusive && isSharedMemoryFailure(error)) throw error;
    throw classifyOpenError(error, { file });
  }
}

/**
 * Opens (creating if needed) the database at `file`, or ':memory:'. Throws an AppError: 'read-only',
 * 'cannot-open', 'disk-full', 'database-foreign', 'database-newer' or 'database-damaged'.
 */
export function openStore(file: string, options: OpenOptions = {}): Store {
  if (file === '') {
    // better-sqlite3 would silently open a throwaway temporary database.
    throw new AppError('invalid-argument', "The database file must be a path or ':memory:'.");
  }
  const readonly = options.readonly === true;
  if (file !== ':memory:' && !readonly && !canWrite(file)) throw readOnlyFolderError(file);
  let db: Database.Database;
  try {
    db = openConnection(file, options, false);
  } catch (error) {
    if (readonly && error instanceof AppError && error.code === 'cannot-open' && !canWrite(file)) {
      // A WAL database needs its -shm file even to be read; a read-only folder cannot get one.
      throw new AppError(
        'read-only',
        `Voicedrill cannot read its library at ${file} while its folder is read-only. Make the folder writable and try again.`,
        { cause: error },
      );
    }
    if (!isSharedMemoryFailure(error)) throw error;
    // A full disk: this process alone can still read and show the library; writes say how much to free.
    db = openConnection(file, options, true);
  }
  return new Store(db, { readonly });
}
