import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, LATEST_VERSION, migrate, schemaVersion } from '../../../native/store/migrations';
import { openStore } from '../../../native/store/open';
import { tempDir } from './fixtures';
import { drillLengthFor } from '../../../common/drill-lengths';

function tableNames(db: Database.Database): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all();
  return rows.map((row) => (row as { name: string }).name);
}

test('a new file is created at the latest schema, marked as ours', (t) => {
  const file = join(tempDir(t), 'new.db');
  openStore(file).close();
  const db = new Database(file);
  t.after(() => db.close());
  assert.equal(schemaVersion(db), LATEST_VERSION);
  assert.equal(db.pragma('application_id', { simple: true }), APPLICATION_ID);
  assert.deepEqual(tableNames(db), [
    'attempts',
    'drill_sessions',
    'questions',
    'recordings',
    'retranscriptions',
    'scores',
    'settings',
    'stories',
    'story_questions',
    // The progress step's full-text index: its virtual table and the shadow tables FTS5 keeps.
    'transcripts_fts',
    'transcripts_fts_config',
    'transcripts_fts_content',
    'transcripts_fts_data',
    'transcripts_fts_docsize',
    'transcripts_fts_idx',
    'words',
  ]);
});

test('a file database runs in WAL mode', (t) => {
  const file = join(tempDir(t), 'wal.db');
  openStore(file).close();
  const db = new Database(file);
  t.after(() => db.close());
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
});

test('migrating an up-to-date database again changes nothing', () => {
  const db = new Database(':memory:');
  migrate(db);
  migrate(db);
  assert.equal(schemaVersion(db), LATEST_VERSION);
  assert.throws(() => migrate(db, LATEST_VERSION + 1), /schema version must be between 0 and/);
  db.close();
});

test('a v1 database migrates forward keeping its data', (t) => {
  const file = join(tempDir(t), 'v1.db');
  const old = new Database(file);
  migrate(old, 1);
  assert.equal(schemaVersion(old), 1);
  old.exec(`
    INSERT INTO questions (id, kind, text, source) VALUES (1, 'question', 'Tell me about yourself.', 'user');
    INSERT INTO attempts (id, question_id, started_at, duration_sec, target_min_sec, target_max_sec, status, model)
    VALUES (1, 1, '2024-01-01T09:00:00.000Z', 28, 20, 30, 'scored', 'base.en'),
           (2, 1, '2024-01-02T09:00:00.000Z', 85, 60, 90, 'recorded', NULL),
           (3, 1, '2024-01-03T09:00:00.000Z', 170, 150, 180, 'failed', NULL);
    INSERT INTO recordings VALUES (1, 'ogg-opus', 48000, 1344000, x'4f676753');
    INSERT INTO words VALUES (1, 'whisper', 0, 'Hello', 0.1, 0.5, 0.9);
    INSERT INTO scores VALUES (1, '{"version":1}', 150, 2, 1, 1, 0, '2024-01-01T09:01:00.000Z');
    INSERT INTO settings VALUES ('whisperModel', '"base.en"');
  `);
  old.close();

  const store = openStore(file);
  t.after(() => store.close());
  const lengths = store.listAttempts(1).map((attempt) => [attempt.id, attempt.drillLength, attempt.selfEstimate]);
  assert.deepEqual(lengths, [
    [3, 'deep', null],
    [2, 'full', null],
    [1, 'elevator', null],
  ]);
  const first = store.getAttempt(1);
  assert.equal(first?.model, 'base.en');
  assert.equal(first?.wordsPerMinute, 150);
  assert.equal(first?.metricPresent, true);
  assert.deepEqual(first?.words, [{ text: 'Hello', start: 0.1, end: 0.5, probability: 0.9 }]);
  assert.deepEqual(store.getRecording(1)?.bytes, new Uint8Array([0x4f, 0x67, 0x67, 0x53]));
  assert.equal(store.getSetting('whisperModel', ''), 'base.en');
  assert.equal(store.getQuestion(1)?.attemptCount, 3);
});

test('a database from a newer app is refused and left untouched', (t) => {
  const file = join(tempDir(t), 'newer.db');
  openStore(file).close();
  const db = new Database(file);
  db.pragma(`user_version = ${LATEST_VERSION + 1}`);
  db.close();
  assert.throws(() => openStore(file), { code: 'database-newer', message: /saved by a newer version of Voicedrill/ });
  const after = new Database(file);
  t.after(() => after.close());
  assert.equal(schemaVersion(after), LATEST_VERSION + 1);
});

test('a file that is not SQLite is refused and left untouched', (t) => {
  const file = join(tempDir(t), 'notes.db');
  const text = 'These are my interview notes, not a database.\n'.repeat(100);
  writeFileSync(file, text);
  assert.throws(() => openStore(file), { code: 'database-foreign', message: /does not look like a Voicedrill library/ });
  assert.equal(readFileSync(file, 'utf8'), text);
});

test("another application's SQLite database is refused", (t) => {
  const file = join(tempDir(t), 'other.db');
  const other = new Database(file);
  other.exec('CREATE TABLE contacts (name TEXT)');
  other.close();
  assert.throws(() => openStore(file), { code: 'database-foreign', message: /left it untouched/ });
});

test('a path that cannot be opened or an empty path is a clear error', (t) => {
  const file = join(tempDir(t), 'missing-dir', 'x.db');
  assert.throws(() => openStore(file), { code: 'cannot-open', message: /cannot open its library/ });
  assert.throws(() => openStore(''), { code: 'invalid-argument', message: /must be a path or ':memory:'/ });
});

test('v3 labels every attempt again from its window with the one drill-length table', () => {
  const db = new Database(':memory:');
  migrate(db, 1);
  db.exec(`
    INSERT INTO questions (id, kind, text, source) VALUES (1, 'question', 'Why us?', 'user');
    INSERT INTO attempts (id, question_id, started_at, target_min_sec, target_max_sec)
    VALUES (1, 1, '2024-01-01T09:00:00.000Z', 40, 62),
           (2, 1, '2024-01-01T09:00:00.000Z', 100, 140),
           (3, 1, '2024-01-01T09:00:00.000Z', 25, 35),
           (4, 1, '2024-01-01T09:00:00.000Z', 150, 210),
           (5, 1, '2024-01-01T09:00:00.000Z', 45, 75);
  `);
  migrate(db, 2);
  const labels = (): [number, string][] =>
    (db.prepare('SELECT id, drill_length AS length FROM attempts ORDER BY id').all() as { id: number; length: string }[]).map(
      (row) => [row.id, row.length],
    );
  // What v2's thresholds made of them: 40–62 s counted as full and 100–140 s as deep.
  assert.deepEqual(
    labels().map(([, length]) => length),
    ['full', 'deep', 'elevator', 'deep', 'full'],
  );
  migrate(db, 3);
  const expected = [
    [1, drillLengthFor({ minSec: 40, maxSec: 62 })],
    [2, drillLengthFor({ minSec: 100, maxSec: 140 })],
    [3, 'elevator'],
    [4, 'deep'],
    [5, 'full'],
  ];
  assert.deepEqual(labels(), expected);
  assert.deepEqual(
    expected.slice(0, 2).map(([, length]) => length),
    ['elevator', 'full'],
  );
  db.close();
});
