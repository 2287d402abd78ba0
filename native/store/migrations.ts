// The schema, as an ordered list of forward migrations. Step N takes `PRAGMA user_version` from N-1
// to N inside one transaction, so a crash mid-upgrade leaves the previous version intact.
// Released steps are never edited; changes go in a new step at the end.

import type Database from 'better-sqlite3';
import { drillLengthSql } from '../../common/drill-lengths';
import { PROGRESS_MIGRATION } from '../progress/schema';
import { LIBRARY_MIGRATION } from '../library/store-migration';

/** Marks the file as ours ('VDR1'), so a stray SQLite file from another app is refused, not migrated. */
export const APPLICATION_ID = 0x56445231;

const MIGRATIONS: readonly string[] = [
  // v1: the library, attempts with their audio, transcripts and scores, settings.
  `
  PRAGMA application_id = ${APPLICATION_ID};

  CREATE TABLE questions (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('question', 'story')),
    text       TEXT NOT NULL,
    parent_id  INTEGER REFERENCES questions(id) ON DELETE CASCADE,
    source     TEXT NOT NULL CHECK (source IN ('starter', 'user')),
    -- Stable name of a starter item, so reseeding after an update finds it instead of duplicating it.
    slug       TEXT UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  CREATE INDEX questions_parent ON questions(parent_id);

  CREATE TABLE attempts (
    id             INTEGER PRIMARY KEY,
    question_id    INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    started_at     TEXT NOT NULL,
    duration_sec   REAL,
    target_min_sec REAL NOT NULL,
    target_max_sec REAL NOT NULL,
    status         TEXT NOT NULL DEFAULT 'recorded'
                   CHECK (status IN ('recorded', 'transcribing', 'scored', 'failed')),
    recovered      INTEGER NOT NULL DEFAULT 0 CHECK (recovered IN (0, 1)),
    error          TEXT,
    model          TEXT
  );
  CREATE INDEX attempts_question_time ON attempts(question_id, started_at);

  CREATE TABLE recordings (
    attempt_id   INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
    codec        TEXT NOT NULL,
    sample_rate  INTEGER NOT NULL,
    sample_count INTEGER NOT NULL,
    bytes        BLOB NOT NULL
  );

  CREATE TABLE words (
    attempt_id  INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('whisper', 'corrected')),
    idx         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    start_sec   REAL NOT NULL,
    end_sec     REAL NOT NULL,
    probability REAL,
    PRIMARY KEY (attempt_id, source, idx)
  ) WITHOUT ROWID;

  -- The full report is JSON; the copied-out numbers feed history lists and cross-session queries.
  CREATE TABLE scores (
    attempt_id         INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
    report_json        TEXT NOT NULL,
    words_per_minute   REAL NOT NULL,
    fillers_per_minute REAL NOT NULL,
    filler_count       INTEGER NOT NULL,
    metric_present     INTEGER NOT NULL CHECK (metric_present IN (0, 1)),
    reflection_present INTEGER NOT NULL CHECK (reflection_present IN (0, 1)),
    computed_at        TEXT NOT NULL
  );

  CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value_json TEXT NOT NULL
  );
  `,
  // v2: drilling each item at three lengths, and the user's guess made before seeing the score.
  // Existing attempts get the length their target range was closest to.
  `
  ALTER TABLE attempts ADD COLUMN drill_length TEXT NOT NULL DEFAULT 'full'
    CHECK (drill_length IN ('elevator', 'full', 'deep'));
  ALTER TABLE attempts ADD COLUMN self_estimate_json TEXT;
  UPDATE attempts SET drill_length = CASE
    WHEN target_max_sec <= 60 THEN 'elevator'
    WHEN target_max_sec > 135 THEN 'deep'
    ELSE 'full'
  END;
  `,
  // v3: v2 labelled lengths by thresholds of its own; every attempt is labelled again from its window with
  // the one drill-length table (the length whose window's centre is nearest).
  `
  UPDATE attempts SET drill_length = ${drillLengthSql('((target_min_sec + target_max_sec) / 2.0)')};
  `,
  // v4 (progress, issue 11): the numbers the progress charts read as columns, the decoding prompt, and a
  // full-text index over transcripts, kept by triggers (see native/progress/schema.ts).
  PROGRESS_MIGRATION,
  // v5, attempt-retries: how many times a failed attempt was queued again at launch, so retries stay bounded.
  `
  ALTER TABLE attempts ADD COLUMN retry_count INTEGER NOT NULL DEFAULT 0 CHECK (retry_count >= 0);
  `,
  // v6: the practice library — question modes, tags, company and lengths; stories; twist threads, notes
  // and drill sessions on attempts (native/library/store-migration.ts).
  LIBRARY_MIGRATION,
  // v7 (re-transcribe, issue 11): a re-transcription asked for and not completed. Its row lives while it is
  // queued or running ('pending') and is removed in the transaction that stores the new transcript; one left
  // 'pending' at launch was cut short by a crash. 'failed' keeps the reason until the user dismisses it.
  `
  CREATE TABLE retranscriptions (
    attempt_id   INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
    model        TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('pending', 'failed')),
    error        TEXT,
    requested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  `,
];

export const LATEST_VERSION = MIGRATIONS.length;
/** The version the progress step brings the schema to. */
export const PROGRESS_VERSION = MIGRATIONS.indexOf(PROGRESS_MIGRATION) + 1;

export function schemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Applies the missing steps up to `upTo` (default: the latest). */
export function migrate(db: Database.Database, upTo: number = LATEST_VERSION): void {
  if (!Number.isSafeInteger(upTo) || upTo < 0 || upTo > LATEST_VERSION) {
    throw new Error(`schema version must be between 0 and ${LATEST_VERSION}, got ${upTo}`);
  }
  const current = schemaVersion(db);
  MIGRATIONS.slice(current, upTo).forEach((step, offset) => {
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${current + offset + 1}`);
    })();
  });
}
