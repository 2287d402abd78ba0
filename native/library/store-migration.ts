// The practice library's migration step: appended to the store's list of migrations (native/store/
// migrations.ts), self-contained so other steps can land beside it. Questions get a mode (the deck's or
// the user's), tags, company, default and last length, and can be archived; stories become things;
// attempts can follow up on another attempt (a twist answer), carry a note, and belong to a drill session.

import { DECK_MODES } from '../../common/deck';
import { DRILL_LENGTHS } from '../../common/drill-lengths';

const oneOf = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');
const MODES = oneOf(DECK_MODES);
const LENGTHS = oneOf(DRILL_LENGTHS);

export const LIBRARY_MIGRATION = `
  ALTER TABLE questions ADD COLUMN mode TEXT CHECK (mode IS NULL OR mode IN (${MODES}));
  ALTER TABLE questions ADD COLUMN mode_override TEXT CHECK (mode_override IS NULL OR mode_override IN (${MODES}));
  ALTER TABLE questions ADD COLUMN tags_json TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE questions ADD COLUMN company TEXT;
  ALTER TABLE questions ADD COLUMN default_length TEXT NOT NULL DEFAULT 'full' CHECK (default_length IN (${LENGTHS}));
  ALTER TABLE questions ADD COLUMN last_length TEXT CHECK (last_length IS NULL OR last_length IN (${LENGTHS}));
  ALTER TABLE questions ADD COLUMN last_min_sec REAL;
  ALTER TABLE questions ADD COLUMN last_max_sec REAL;
  ALTER TABLE questions ADD COLUMN archived_at TEXT;

  CREATE TABLE stories (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL,
    situation        TEXT NOT NULL DEFAULT '',
    task             TEXT NOT NULL DEFAULT '',
    action           TEXT NOT NULL DEFAULT '',
    result           TEXT NOT NULL DEFAULT '',
    reflection       TEXT NOT NULL DEFAULT '',
    key_numbers_json TEXT NOT NULL DEFAULT '[]',
    mode             TEXT NOT NULL DEFAULT 'behavioral' CHECK (mode IN (${MODES})),
    archived_at      TEXT,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );

  CREATE TABLE story_questions (
    story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, question_id)
  ) WITHOUT ROWID;
  CREATE INDEX story_questions_question ON story_questions(question_id);

  CREATE TABLE drill_sessions (
    id           INTEGER PRIMARY KEY,
    options_json TEXT NOT NULL,
    items_json   TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    ended_at     TEXT
  );

  ALTER TABLE attempts ADD COLUMN parent_attempt_id INTEGER REFERENCES attempts(id) ON DELETE CASCADE;
  ALTER TABLE attempts ADD COLUMN twist_id TEXT;
  ALTER TABLE attempts ADD COLUMN twist_text TEXT;
  ALTER TABLE attempts ADD COLUMN session_id INTEGER REFERENCES drill_sessions(id) ON DELETE SET NULL;
  ALTER TABLE attempts ADD COLUMN story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL;
  ALTER TABLE attempts ADD COLUMN note TEXT;
  CREATE INDEX attempts_parent ON attempts(parent_attempt_id);
  CREATE INDEX attempts_session ON attempts(session_id);
`;
