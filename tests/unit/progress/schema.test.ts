import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrate, PROGRESS_VERSION } from '../../../native/store/migrations';
import { fixtureSections, scoredAttempt } from './fixtures';

/** The schema just before the progress step, so a test can store data the step must then carry over. */
const BEFORE_PROGRESS = PROGRESS_VERSION - 1;

function database(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, BEFORE_PROGRESS);
  db.prepare(`INSERT INTO questions (id, kind, text, source) VALUES (1, 'question', 'Tell me about a failure.', 'user')`).run();
  return db;
}

function addScored(db: Database.Database, id: number, reportJson: string): void {
  db.prepare(
    `INSERT INTO attempts (id, question_id, started_at, duration_sec, target_min_sec, target_max_sec, status) VALUES (?, 1, ?, 8, 25, 35, 'scored')`,
  ).run(id, `2026-11-20T10:0${id}:00.000Z`);
  db.prepare(
    `INSERT INTO scores (attempt_id, report_json, words_per_minute, fillers_per_minute, filler_count, metric_present, reflection_present, computed_at)
     VALUES (?, ?, 150, 7.5, 1, 1, 0, 'now')`,
  ).run(id, reportJson);
}

const search = (db: Database.Database, query: string): number[] =>
  (
    db.prepare('SELECT rowid FROM transcripts_fts WHERE transcripts_fts MATCH ? ORDER BY rowid').all(query) as { rowid: number }[]
  ).map((row) => row.rowid);

test('existing scores are backfilled into the new columns and the search index', () => {
  const db = database();
  const report = scoredAttempt().report!;
  addScored(db, 1, JSON.stringify({ ...report, analysisVersion: 2 }));
  migrate(db);
  const row = db
    .prepare('SELECT time_to_first_word_sec, vocalized_per_minute, star_json, analysis_version FROM scores')
    .get() as Record<string, unknown>;
  assert.equal(row.time_to_first_word_sec, 0.6);
  assert.equal(row.vocalized_per_minute, 0);
  assert.equal(row.analysis_version, 2);
  // The sections the analysis found in the fixture's words, as the column keeps them.
  assert.deepEqual(JSON.parse(row.star_json as string), fixtureSections());
  assert.deepEqual(search(db, '"retries"'), [1]);
  assert.equal(
    (db.prepare('SELECT text FROM transcripts_fts WHERE rowid = 1').get() as { text: string }).text.slice(0, 26),
    'When our checkout failed, ',
  );
});

test('the columns and the index follow every score written, rewritten or deleted', () => {
  const db = database();
  migrate(db);
  const report = scoredAttempt().report!;
  addScored(db, 2, JSON.stringify(report));
  assert.deepEqual(search(db, '"checkout"'), [2]);
  const columns = db.prepare('SELECT time_to_first_word_sec AS ttfw, star_json FROM scores WHERE attempt_id = 2');
  assert.deepEqual(columns.get(), {
    ttfw: 0.6,
    star_json: JSON.stringify(fixtureSections()),
  });
  // A corrected transcript is re-scored: the old words leave the index, the new ones come in.
  const corrected = { ...report, transcript: { words: [{ text: 'Our payments failed', start: 0, end: 1 }] } };
  db.prepare('UPDATE scores SET report_json = ? WHERE attempt_id = 2').run(JSON.stringify(corrected));
  assert.deepEqual(search(db, '"checkout"'), []);
  assert.deepEqual(search(db, '"payments"'), [2]);
  assert.deepEqual(columns.get(), {
    ttfw: 0.6,
    star_json: JSON.stringify(fixtureSections()),
  });
  db.prepare('UPDATE scores SET report_json = ? WHERE attempt_id = 2').run(
    JSON.stringify({ ...corrected, timeToFirstWordSec: 1.25, star: { sections: [], missing: [] } }),
  );
  assert.deepEqual(columns.get(), { ttfw: 1.25, star_json: '[]' });
  // The store re-scores with INSERT OR REPLACE (no delete trigger fires): still one row, the new words.
  db.prepare(
    `INSERT OR REPLACE INTO scores (attempt_id, report_json, words_per_minute, fillers_per_minute, filler_count, metric_present, reflection_present, computed_at)
     VALUES (2, ?, 150, 7.5, 1, 1, 0, 'now')`,
  ).run(JSON.stringify({ ...report, transcript: { words: [{ text: 'Our refunds failed', start: 0, end: 1 }] } }));
  assert.deepEqual(search(db, '"payments"'), []);
  assert.deepEqual(search(db, '"refunds"'), [2]);
  assert.deepEqual(columns.get(), {
    ttfw: 0.6,
    star_json: JSON.stringify(fixtureSections()),
  });
  // Diacritics folded: "café" matches "cafe".
  addScored(db, 3, JSON.stringify({ ...report, transcript: { words: [{ text: 'Café', start: 0, end: 1 }] } }));
  assert.deepEqual(search(db, '"cafe"'), [3]);
  // Deleting the attempt cascades to its score and out of the index.
  db.prepare('DELETE FROM attempts WHERE id = 2').run();
  assert.deepEqual(search(db, '"refunds"'), []);
  assert.equal((db.prepare('SELECT count(*) AS n FROM transcripts_fts').get() as { n: number }).n, 1);
});
