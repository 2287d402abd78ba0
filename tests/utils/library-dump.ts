// Every row of a library, table by table, in a fixed order: two libraries are the same library when their
// dumps are deeply equal (audio blobs compared byte for byte as Buffers).
import Database from 'better-sqlite3';
import { libraryTables } from '../../native/store/library-file';

export type LibraryDump = Record<string, unknown[]>;

export function dumpDatabase(db: Database.Database): LibraryDump {
  const dump: LibraryDump = {
    schema: [db.pragma('user_version', { simple: true }), db.pragma('application_id', { simple: true })],
  };
  for (const table of libraryTables(db)) {
    const width = (db.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(table) as number) || 1;
    const order = Array.from({ length: width }, (_, i) => i + 1).join(', ');
    dump[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).all();
  }
  // The full-text index is rebuilt by triggers on restore; what it finds must be the same.
  dump['transcripts_fts'] = db.prepare('SELECT rowid, text FROM transcripts_fts ORDER BY rowid').all();
  return dump;
}

/** Opens `file` read-only (a -wal beside it is read too) and dumps it. */
export function dumpLibraryFile(file: string): LibraryDump {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return dumpDatabase(db);
  } finally {
    db.close();
  }
}
