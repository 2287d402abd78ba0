// What a user can do with a damaged library without ever writing to it: read it, copy out what can
// still be read, and start a new library that keeps the damaged file beside it.

import { existsSync, renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import { fileStamp } from './backups';
import { libraryTables } from './library-file';
import { openStore, type OpenOptions } from './open';
import type { Store } from './store';

/** Opens a damaged library read-only, without the integrity check, to show what it still holds. */
export function openDamagedReadOnly(file: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): Store {
  return openStore(file, { ...options, readonly: true, skipIntegrityCheck: true });
}

/**
 * Renames the damaged file (with its -wal and -shm) to `<file>.damaged-<time>` so a new library can be
 * created at `file`. Returns the damaged file's new path.
 */
export function setDamagedAside(file: string, now = new Date()): string {
  const aside = `${file}.damaged-${fileStamp(now)}`;
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${aside}${suffix}`);
  }
  renameSync(file, aside);
  return aside;
}

export interface ExportResult {
  /** Rows copied per table. */
  copied: Record<string, number>;
  /** Tables that stopped early at a damaged page (their later rows are lost). */
  incomplete: string[];
}

function columns(db: Database.Database, table: string): string[] {
  try {
    return (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name);
  } catch {
    return [];
  }
}

function hasRowid(db: Database.Database, table: string): boolean {
  const row = db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(table) as
    { sql: string | null } | undefined;
  return !/WITHOUT\s+ROWID/i.test(row?.sql ?? '');
}

interface ForeignKey {
  table: string;
  from: string;
  to: string | null;
  on_delete: string;
}

/**
 * Rows may arrive whose parent was lost. Each foreign key is applied as its ON DELETE says (a lost story
 * leaves its attempts without a story; a lost attempt takes its words), until nothing changes, since one
 * removal can orphan rows further down.
 */
function removeOrphans(db: Database.Database): void {
  const tables = libraryTables(db);
  for (let changed = true; changed;) {
    changed = false;
    // The invariant of a healthy library: no attempt without its audio.
    changed ||= db.prepare('DELETE FROM attempts WHERE id NOT IN (SELECT attempt_id FROM recordings)').run().changes > 0;
    for (const child of tables) {
      for (const key of db.pragma(`foreign_key_list(${child})`) as ForeignKey[]) {
        const missing = `"${key.from}" IS NOT NULL AND "${key.from}" NOT IN (SELECT "${key.to ?? 'rowid'}" FROM "${key.table}")`;
        const statement =
          key.on_delete === 'SET NULL'
            ? `UPDATE "${child}" SET "${key.from}" = NULL WHERE ${missing}`
            : `DELETE FROM "${child}" WHERE ${missing}`;
        changed ||= db.prepare(statement).run().changes > 0;
      }
    }
  }
}

/** One pass over a table without rowids: rows after a damaged page are lost. */
function copyAll(
  from: Database.Database,
  table: string,
  list: string,
  insert: (row: unknown[]) => number,
): { copied: number; complete: boolean } {
  let copied = 0;
  try {
    for (const row of from.prepare(`SELECT ${list} FROM ${table}`).raw().iterate()) copied += insert(row as unknown[]);
    return { copied, complete: true };
  } catch {
    return { copied, complete: false };
  }
}

/** Gaps between damaged rowids worth probing before giving up on the rest of a table. */
const MAX_SKIPS = 2000;

/** Walks the table in rowid order and steps over rows that cannot be read (a damaged overflow page or leaf). */
function copyByRowid(
  from: Database.Database,
  table: string,
  list: string,
  insert: (row: unknown[]) => number,
): { copied: number; complete: boolean } {
  const select = from.prepare(`SELECT rowid, ${list} FROM ${table} WHERE rowid > ? ORDER BY rowid`).raw();
  let copied = 0;
  // Our rowids are assigned by SQLite from 1 upwards.
  let last = 0;
  let complete = true;
  for (let skips = 0; skips <= MAX_SKIPS;) {
    try {
      for (const row of select.iterate(last)) {
        const [rowid, ...values] = row as unknown[];
        last = Number(rowid);
        skips = 0;
        copied += insert(values);
      }
      return { copied, complete };
    } catch {
      skips++;
      complete = false;
      last += 1;
    }
  }
  return { copied, complete: false };
}

/**
 * Copies every row that can still be read from the damaged library at `source` into the library at
 * `target` (created, or brought up to date, by `openStore`). `source` is opened read-only.
 */
export function exportReadable(source: string, target: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): ExportResult {
  openStore(target, options).close();
  const from = new Database(source, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const to = new Database(target, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const result: ExportResult = { copied: {}, incomplete: [] };
  try {
    // Rows may arrive whose parent was lost; orphans are removed at the end instead of refused one by one.
    to.pragma('foreign_keys = OFF');
    to.transaction(() => {
      // Every table of the library as this version defines it (stories, sessions and later ones included).
      for (const table of libraryTables(to)) {
        const shared = columns(from, table).filter((name) => columns(to, table).includes(name));
        if (shared.length === 0) {
          result.incomplete.push(table);
          continue;
        }
        const list = shared.map((name) => `"${name}"`).join(', ');
        const insert = to.prepare(`INSERT OR IGNORE INTO ${table} (${list}) VALUES (${shared.map(() => '?').join(', ')})`);
        const insertRow = (row: unknown[]): number => insert.run(...row).changes;
        const { copied, complete } = hasRowid(to, table)
          ? copyByRowid(from, table, list, insertRow)
          : copyAll(from, table, list, insertRow);
        if (!complete) result.incomplete.push(table);
        result.copied[table] = copied;
      }
      removeOrphans(to);
    })();
  } finally {
    from.close();
    to.close();
  }
  return result;
}
