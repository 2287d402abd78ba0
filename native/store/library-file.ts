// The whole library as one file. A backup is written with SQLite's online backup API while the app runs,
// into a temporary file beside the target that is renamed only once complete. A restore checks a backup,
// brings a private copy of it up to date through the normal migrations, then swaps every row in within
// one transaction on the open connection: it lands whole or not at all, and nothing has to be reopened.

import { copyFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../common/errors';
import { databaseBytes } from './backups';
import { asBusyAppError, isBusyError } from './busy';
import { APPLICATION_ID, LATEST_VERSION, migrate, schemaVersion } from './migrations';
import { diskFullError, hasSqliteHeader } from './open-errors';

/** Pages copied per step of the online backup (about 1 MB at SQLite's 4 KB pages), one progress event each. */
const PAGES_PER_STEP = 256;

export interface LibraryCounts {
  questions: number;
  stories: number;
  attempts: number;
  /** The stored audio, in bytes. */
  audioBytes: number;
}

export interface FileOptions {
  /** better-sqlite3 built for another runtime's ABI (Electron's, in development). */
  nativeBinding?: string;
}

function connect(file: string, options: FileOptions): Database.Database {
  return new Database(file, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function isDiskFull(error: unknown): boolean {
  const code = codeOf(error);
  return code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || code === 'EDQUOT';
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

export function libraryCounts(db: Database.Database, schema = 'main'): LibraryCounts {
  const count = (sql: string): number => Number((db.prepare(sql).pluck().get() as number | bigint | null) ?? 0);
  return {
    questions: count(`SELECT count(*) FROM ${schema}.questions`),
    stories: count(`SELECT count(*) FROM ${schema}.stories`),
    attempts: count(`SELECT count(*) FROM ${schema}.attempts`),
    audioBytes: count(`SELECT coalesce(sum(length(bytes)), 0) FROM ${schema}.recordings`),
  };
}

function writeError(error: unknown, target: string, bytes: number): AppError {
  if (error instanceof AppError) return error;
  if (isDiskFull(error)) return diskFullError(path.dirname(target), bytes, error);
  const code = codeOf(error);
  if (code === 'ENOENT') {
    return new AppError('not-found', `The folder ${path.dirname(target)} does not exist. Choose another place for the backup.`, {
      cause: error,
    });
  }
  if (/^(EACCES|EPERM|EROFS)$/.test(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return new AppError(
      'read-only',
      `Voicedrill cannot write a backup to ${path.dirname(target)}: the folder is read-only. Choose another place.`,
      { cause: error },
    );
  }
  return new AppError('cannot-open', `Voicedrill could not write the backup to ${target}. Your library is unchanged.`, {
    cause: error,
  });
}

/**
 * Writes a consistent copy of the library to `target` while it stays in use. The copy goes to a temporary
 * file beside the target and is renamed over it only when complete, so a full disk or a crash never leaves
 * a half file at `target`. The copy is a single file (rollback journal, not WAL).
 */
export async function writeBackupFile(
  db: Database.Database,
  target: string,
  options: FileOptions & { onProgress?: (done: number, total: number) => void } = {},
): Promise<{ bytes: number }> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  const bytes = databaseBytes(db);
  // The rename would replace whatever is there: only a new name or a regular file may take a backup.
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing && !existing.isFile()) {
    throw new AppError('invalid-argument', `${target} is not a file, so nothing was written. Choose a file name for the backup.`);
  }
  try {
    statSync(path.dirname(target));
    removeWithSidecars(temp);
    const result = await db.backup(temp, {
      progress: ({ totalPages, remainingPages }) => {
        options.onProgress?.(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
    options.onProgress?.(result.totalPages, result.totalPages);
    const copy = connect(temp, options);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(temp, target);
    return { bytes: statSync(target).size };
  } catch (error) {
    removeWithSidecars(temp);
    throw writeError(error, target, bytes);
  }
}

function notABackup(file: string, cause?: unknown): AppError {
  return new AppError(
    'database-foreign',
    `${file} is not a Voicedrill backup, so nothing was restored. Your library is unchanged.`,
    cause === undefined ? undefined : { cause },
  );
}

function damagedBackup(file: string, detail: string, cause?: unknown): AppError {
  return new AppError(
    'database-damaged',
    `The backup ${file} is damaged (${detail}), so nothing was restored. Your library is unchanged.`,
    cause === undefined ? undefined : { cause },
  );
}

/** Checks an opened copy of `file`: ours, not newer than this app, and whole. */
function checkBackup(db: Database.Database, file: string): void {
  let version: number;
  let applicationId: number;
  try {
    version = schemaVersion(db);
    applicationId = Number(db.pragma('application_id', { simple: true }));
  } catch (error) {
    throw hasSqliteHeader(file) ? damagedBackup(file, 'it cannot be read', error) : notABackup(file, error);
  }
  if (applicationId !== APPLICATION_ID || version < 1) throw notABackup(file);
  if (version > LATEST_VERSION) {
    throw new AppError(
      'database-newer',
      `The backup ${file} was made by a newer version of Voicedrill (schema ${version}; this one reads up to ${LATEST_VERSION}). Update Voicedrill to restore it. Your library is unchanged.`,
    );
  }
  let problems: string[];
  try {
    problems = (db.pragma('integrity_check(3)') as { integrity_check: string }[]).map((row) => row.integrity_check);
  } catch (error) {
    throw damagedBackup(file, 'it cannot be read', error);
  }
  if (problems.join() !== 'ok') throw damagedBackup(file, problems.join('; ').slice(0, 200));
}

export interface PreparedRestore {
  /** The checked, up-to-date copy the rows are restored from. */
  file: string;
  /** The schema version the backup was made at. */
  version: number;
  counts: LibraryCounts;
}

/**
 * Checks the backup at `file` and writes an up-to-date copy of it to `copy` (the backup itself is only
 * read). Throws an AppError: 'not-found', 'database-foreign' (not a Voicedrill backup), 'database-newer',
 * 'database-damaged' or 'disk-full'.
 */
export function prepareRestore(file: string, copy: string, options: FileOptions = {}): PreparedRestore {
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw notABackup(file);
    size = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('not-found', `There is no backup at ${file}. Your library is unchanged.`, { cause: error });
  }
  if (!hasSqliteHeader(file)) throw notABackup(file);
  try {
    removeWithSidecars(copy);
    copyFileSync(file, copy);
  } catch (error) {
    removeWithSidecars(copy);
    if (isDiskFull(error)) throw diskFullError(path.dirname(copy), 2 * size, error);
    throw new AppError('cannot-open', `Voicedrill cannot read the backup ${file}. Your library is unchanged.`, { cause: error });
  }
  let db: Database.Database | null = null;
  try {
    db = connect(copy, options);
    checkBackup(db, file);
    const version = schemaVersion(db);
    db.pragma('journal_mode = DELETE');
    migrate(db);
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) throw damagedBackup(file, `${orphans.length} rows point at rows that are missing`);
    return { file: copy, version, counts: libraryCounts(db) };
  } catch (error) {
    db?.close();
    db = null;
    removeWithSidecars(copy);
    if (error instanceof AppError) throw error;
    if (isDiskFull(error)) throw diskFullError(path.dirname(copy), 2 * size, error);
    throw damagedBackup(file, 'it cannot be brought up to date', error);
  } finally {
    db?.close();
  }
}

/**
 * The tables that hold the library: every ordinary table but SQLite's own and the full-text index, which
 * its triggers rebuild as the rows arrive.
 */
export function libraryTables(db: Database.Database, schema = 'main'): string[] {
  const rows = db.prepare(`SELECT name, sql FROM ${schema}.sqlite_schema WHERE type = 'table' ORDER BY name`).all() as {
    name: string;
    sql: string | null;
  }[];
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql ?? '')).map((row) => row.name);
  return rows
    .map((row) => row.name)
    .filter((name) => !name.startsWith('sqlite_') && !virtual.some((table) => name === table || name.startsWith(`${table}_`)));
}

function columnsOf(db: Database.Database, schema: string, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?, ?) ORDER BY cid`).all(table, schema) as { name: string }[]).map(
    (column) => column.name,
  );
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Replaces every row of the open library with the rows of `prepared` (a copy from prepareRestore, at this
 * schema version) in one transaction: on any failure, a full disk included, the library stays as it was.
 */
export function replaceLibrary(db: Database.Database, prepared: string, options: { label?: string } = {}): void {
  const label = options.label ?? prepared;
  db.prepare('ATTACH DATABASE ? AS restored').run(prepared);
  try {
    if (schemaVersion(db) !== Number(db.pragma('restored.user_version', { simple: true }))) {
      throw damagedBackup(label, 'its schema does not match this library');
    }
    const tables = libraryTables(db);
    const columns = new Map(tables.map((table) => [table, columnsOf(db, 'main', table)]));
    const theirs = libraryTables(db, 'restored');
    for (const table of tables) {
      if (!theirs.includes(table) || columnsOf(db, 'restored', table).join() !== columns.get(table)!.join()) {
        throw damagedBackup(label, `its table ${table} does not match this library`);
      }
    }
    db.transaction(() => {
      // Checked at commit, so rows may arrive in any order.
      db.pragma('defer_foreign_keys = ON');
      for (const table of tables) db.prepare(`DELETE FROM main.${quote(table)}`).run();
      for (const table of tables) {
        const list = columns.get(table)!.map(quote).join(', ');
        db.prepare(`INSERT INTO main.${quote(table)} (${list}) SELECT ${list} FROM restored.${quote(table)}`).run();
      }
    }).immediate();
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (isBusyError(error)) throw asBusyAppError(error);
    if (isDiskFull(error)) throw diskFullError(db.name, databaseBytes(db), error);
    throw new AppError('cannot-open', `The backup ${label} could not be restored. Your library is unchanged.`, { cause: error });
  } finally {
    db.prepare('DETACH DATABASE restored').run();
  }
}

/** Drops freed pages (deleted audio) from the file and from the write-ahead log. */
export function compact(db: Database.Database): void {
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
