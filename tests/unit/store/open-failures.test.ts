// Issue 9 rows: a full disk made the app refuse to start with "not a Voicedrill database"; a read-only
// data folder was reported the same way; partly damaged files opened silently and kept being written to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, openSync, rmSync, readFileSync, statSync, truncateSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError, type ErrorCode } from '../../../common/errors';
import { exportReadable, openDamagedReadOnly, setDamagedAside } from '../../../native/store/damaged';
import { listBackups } from '../../../native/store/backups';
import { APPLICATION_ID, LATEST_VERSION, migrate, schemaVersion } from '../../../native/store/migrations';
import { classifyOpenError } from '../../../native/store/open-errors';
import { openStore } from '../../../native/store/open';
import { fillDisk, mountTmpfs } from '../../utils/tmpfs';
import { newAttempt, tempDir } from './fixtures';

const PAGE = 4096;

/** A library of ~40 pages: questions, attempts with 6 KB recordings (overflow pages), settings. */
function makeLibrary(file: string, attempts = 12): void {
  const store = openStore(file);
  const questionId = store.addQuestion({ kind: 'question', text: 'Tell me about a launch.' });
  for (let i = 0; i < attempts; i++) {
    const bytes = new Uint8Array(6000).map((_, j) => (i * 31 + j * 7) & 0xff);
    store.createAttemptWithRecording(
      newAttempt(questionId, `2025-03-0${1 + (i % 9)}T10:00:00.000Z`),
      { codec: 'ogg-opus', sampleRate: 48000, sampleCount: 48000, bytes },
      1,
    );
  }
  store.setSetting('whisperModel', 'base.en');
  store.close();
}

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function isCode(code: ErrorCode) {
  return (error: unknown) => {
    assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    assert.doesNotMatch(
      error.message,
      /(delet\w*|remov\w*) (it|this|the (file|library|database)|your)/i,
      'no sentence invites deleting the library',
    );
    return true;
  };
}

function overwritePage(file: string, page: number): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(PAGE, 0x5a), 0, PAGE, page * PAGE);
  closeSync(fd);
}

test('a truncated database is reported damaged and never written to', (t) => {
  const file = join(tempDir(t), 'voicedrill.sqlite');
  makeLibrary(file);
  truncateSync(file, Math.floor(statSync(file).size / PAGE / 2) * PAGE);
  const before = digest(file);
  assert.throws(() => openStore(file), isCode('database-damaged'));
  assert.equal(digest(file), before);
});

test('a database with overwritten pages is reported damaged, and what is left can be read and exported', (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'voicedrill.sqlite');
  makeLibrary(file);
  const pages = statSync(file).size / PAGE;
  overwritePage(file, Math.floor(pages / 2));
  overwritePage(file, pages - 2);
  const before = digest(file);
  assert.throws(() => openStore(file), isCode('database-damaged'));
  assert.equal(digest(file), before, 'the damaged file is left byte for byte');

  const readOnly = openDamagedReadOnly(file);
  assert.equal(readOnly.getSetting('whisperModel', ''), 'base.en');
  assert.throws(() => readOnly.setSetting('x', 1), isCode('read-only'));
  readOnly.close();

  const target = join(dir, 'exported.sqlite');
  const result = exportReadable(file, target);
  assert.equal(digest(file), before);
  assert.equal(result.copied.questions, 1);
  assert.equal(result.copied.settings, 1);
  const exported = openStore(target);
  t.after(() => exported.close());
  assert.equal(exported.listQuestions().length, 1);
  const attempts = exported.listAttempts(1);
  assert.ok(attempts.length > 0, 'some attempts survive');
  for (const attempt of attempts) assert.ok(exported.getRecording(attempt.id), 'no attempt without its audio is exported');
});

test('starting fresh keeps the damaged file beside the new library', (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'voicedrill.sqlite');
  makeLibrary(file);
  overwritePage(file, 1);
  const before = digest(file);
  assert.throws(() => openStore(file), isCode('database-damaged'));
  const aside = setDamagedAside(file, new Date('2026-11-27T14:00:00Z'));
  assert.equal(aside, `${file}.damaged-20261127T140000000Z`);
  assert.equal(digest(aside), before);
  const fresh = openStore(file);
  t.after(() => fresh.close());
  assert.deepEqual(fresh.listQuestions(), []);
});

test('open errors are classified by SQLite and system codes, not all as "not ours"', (t) => {
  const dir = tempDir(t);
  const sqliteFile = join(dir, 'damaged-header.sqlite');
  writeFileSync(sqliteFile, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(200, 0xff)]));
  const textFile = join(dir, 'notes.txt');
  writeFileSync(textFile, 'my notes');
  const cases: [string, string, ErrorCode][] = [
    ['SQLITE_FULL', textFile, 'disk-full'],
    ['SQLITE_IOERR_SHMSIZE', textFile, 'disk-full'],
    ['ENOSPC', textFile, 'disk-full'],
    ['SQLITE_READONLY', textFile, 'read-only'],
    ['SQLITE_READONLY_DBMOVED', textFile, 'read-only'],
    ['EROFS', textFile, 'read-only'],
    ['EACCES', textFile, 'read-only'],
    ['SQLITE_CANTOPEN', textFile, 'cannot-open'],
    ['SQLITE_IOERR_READ', textFile, 'cannot-open'],
    ['SQLITE_BUSY', textFile, 'cannot-open'],
    ['SQLITE_CORRUPT', textFile, 'database-damaged'],
    ['SQLITE_NOTADB', sqliteFile, 'database-damaged'],
    ['SQLITE_NOTADB', textFile, 'database-foreign'],
  ];
  for (const [code, file, expected] of cases) {
    const error = classifyOpenError(Object.assign(new Error('low-level detail'), { code }), { file, bytesNeeded: 5e6 });
    assert.equal(error.code, expected, code);
    assert.doesNotMatch(error.message, /low-level detail/, 'the developer detail stays in the cause');
  }
  assert.match(
    classifyOpenError(Object.assign(new Error(), { code: 'SQLITE_FULL' }), { file: textFile, bytesNeeded: 5e6 }).message,
    /Free at least 5 MB/,
  );
  assert.throws(() => openStore(sqliteFile), isCode('database-damaged'));
});

test('a full disk (a failed model download) does not stop the library from opening', (t) => {
  const disk = mountTmpfs(t, 1024);
  if (disk === null) return;
  const file = join(disk.dir, 'voicedrill.sqlite');
  makeLibrary(file, 4);
  fillDisk(disk.dir);
  const store = openStore(file);
  t.after(() => store.close());
  assert.equal(store.getSetting('whisperModel', ''), 'base.en');
  assert.equal(store.listAttempts(1).length, 4);
  // Only a write needs space, and it says how much.
  assert.throws(
    () =>
      store.createAttemptWithRecording(
        newAttempt(1),
        { codec: 'ogg-opus', sampleRate: 48000, sampleCount: 1, bytes: new Uint8Array(300_000).fill(7) },
        1,
      ),
    (error) => isCode('disk-full')(error) && /Free at least 1 MB/.test((error as Error).message),
  );
  assert.equal(store.listAttempts(1).length, 4);
});

test('a migration on a full disk stops with disk-full and the space it needs, leaving the file as it was', (t) => {
  const disk = mountTmpfs(t, 1024);
  if (disk === null) return;
  const file = join(disk.dir, 'voicedrill.sqlite');
  const old = new Database(file);
  old.pragma('journal_mode = WAL');
  migrate(old, 1);
  old.prepare("INSERT INTO settings (key, value_json) VALUES ('whisperModel', '\"base.en\"')").run();
  old.close();
  fillDisk(disk.dir);
  assert.throws(
    () => openStore(file),
    (error) => isCode('disk-full')(error) && /Free at least \d+ MB/.test((error as Error).message),
  );
  rmSync(join(disk.dir, 'ggml-base.en.bin.part'));
  const check = new Database(file, { readonly: true });
  t.after(() => check.close());
  assert.equal(schemaVersion(check), 1);
});

test('a read-only data folder is reported as read-only, not as a foreign file', (t) => {
  const disk = mountTmpfs(t, 1024);
  if (disk === null) return;
  const file = join(disk.dir, 'voicedrill.sqlite');
  makeLibrary(file, 1);
  disk.readOnly();
  assert.throws(() => openStore(file), isCode('read-only'));
  assert.throws(() => openStore(file, { readonly: true }), isCode('read-only'));
});

test('a backup is taken before each migration, and daily, keeping the last three', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'voicedrill.sqlite');
  const old = new Database(file);
  old.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(old, 1);
  old.prepare("INSERT INTO settings (key, value_json) VALUES ('k', '1')").run();
  old.close();

  const store = openStore(file);
  t.after(() => store.close());
  const backups = join(dir, 'backups');
  const [beforeMigration] = listBackups(backups);
  assert.ok(beforeMigration && /before-v\d+\.sqlite$/.test(beforeMigration.file));
  const copy = new Database(beforeMigration.file, { readonly: true });
  assert.equal(schemaVersion(copy), 1, 'the backup holds the schema before the migration');
  copy.close();

  const day = (n: number) => new Date(Date.UTC(2030, 0, n, 9));
  assert.ok((await store.dailyBackup(backups, day(1))).made);
  assert.equal((await store.dailyBackup(backups, new Date(day(1).getTime() + 3_600_000))).made, null, 'one a day');
  for (const n of [2, 3, 4]) assert.ok((await store.dailyBackup(backups, day(n))).made);
  const kept = listBackups(backups);
  assert.equal(kept.length, 3);
  const newest = new Database(kept[0]!.file, { readonly: true });
  t.after(() => newest.close());
  assert.equal(schemaVersion(newest), LATEST_VERSION);
  assert.deepEqual(newest.prepare("SELECT value_json AS v FROM settings WHERE key = 'k'").get(), { v: '1' });
  assert.ok(!existsSync(beforeMigration.file), 'the oldest backups are pruned');
});

test('copying out a library keeps its stories, their questions and drill sessions, and mends what lost a parent', (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'voicedrill.sqlite');
  makeLibrary(file, 3);
  const db = new Database(file);
  db.exec(`
    INSERT INTO stories (id, title, situation) VALUES (1, 'The launch', 'We shipped late'), (2, 'The outage', '');
    INSERT INTO story_questions (story_id, question_id) VALUES (1, 1), (2, 1);
    INSERT INTO drill_sessions (id, options_json, items_json, started_at) VALUES (1, '{}', '[]', '2025-03-01T10:00:00.000Z');
    UPDATE attempts SET story_id = 1, session_id = 1 WHERE id = 1;
    UPDATE attempts SET story_id = 2 WHERE id = 2;
  `);
  // A story lost to damage: its links go with it, and the attempt told about it keeps no dangling id.
  db.pragma('foreign_keys = OFF');
  db.exec('DELETE FROM stories WHERE id = 2');
  db.close();

  const target = join(dir, 'exported.sqlite');
  const result = exportReadable(file, target);
  assert.equal(result.copied.stories, 1);
  assert.equal(result.copied.drill_sessions, 1);
  assert.deepEqual(result.incomplete, []);
  const copy = new Database(target, { readonly: true });
  t.after(() => copy.close());
  assert.deepEqual(copy.prepare('SELECT story_id, question_id FROM story_questions').all(), [{ story_id: 1, question_id: 1 }]);
  assert.deepEqual(copy.prepare('SELECT id, story_id, session_id FROM attempts ORDER BY id').all(), [
    { id: 1, story_id: 1, session_id: 1 },
    { id: 2, story_id: null, session_id: null },
    { id: 3, story_id: null, session_id: null },
  ]);
  assert.deepEqual(copy.pragma('foreign_key_check'), []);
});
