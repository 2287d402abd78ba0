// Opening a database file: refuse files that are not ours or are too new, set the connection up,
// and bring the schema to the latest version.

import Database from 'better-sqlite3';
import { APPLICATION_ID, LATEST_VERSION, migrate, schemaVersion } from './migrations';
import { Store } from './store';

const BUSY_TIMEOUT_MS = 5000;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface OpenOptions {
  /** A better-sqlite3 addon built for another runtime's ABI (Electron's, in development). */
  nativeBinding?: string;
}

function connect(file: string, options: OpenOptions): Database.Database {
  try {
    return new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new Error(`cannot open ${file}: ${errorMessage(error)}`, { cause: error });
  }
}

/** Reads the header; SQLite only notices a non-database file on the first statement. */
function readVersion(db: Database.Database, file: string): number {
  try {
    return schemaVersion(db);
  } catch (error) {
    throw new Error(`${file} is not a Voicedrill database (${errorMessage(error)})`, { cause: error });
  }
}

function checkOwnership(db: Database.Database, file: string, version: number): void {
  const applicationId = Number(db.pragma('application_id', { simple: true }));
  const hasTables = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
  const fresh = version === 0 && applicationId === 0 && !hasTables;
  if (!fresh && applicationId !== APPLICATION_ID) {
    throw new Error(`${file} is not a Voicedrill database (it belongs to another application)`);
  }
  if (version > LATEST_VERSION) {
    throw new Error(`this database was written by a newer Voicedrill (schema ${version}); update the app`);
  }
}

function configure(db: Database.Database): void {
  // WAL lets the UI read history while a transcript is being written; NORMAL is durable enough under WAL.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

/** Opens (creating if needed) the database at `file`, or ':memory:'. */
export function openStore(file: string, options: OpenOptions = {}): Store {
  if (file === '') {
    // better-sqlite3 would silently open a throwaway temporary database.
    throw new Error("database file must be a path or ':memory:', got an empty string");
  }
  const db = connect(file, options);
  try {
    const version = readVersion(db, file);
    checkOwnership(db, file, version);
    configure(db);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return new Store(db);
}
