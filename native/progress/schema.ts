// The progress features' schema step, appended to the store's migrations: the numbers the charts read as
// columns (so a history of thousands of attempts never parses report JSON), the provenance of each
// attempt, and a full-text index over transcripts kept in step by triggers on the scores table.

/**
 * Once released, never edit: add a new step instead. Existing scores are backfilled from their report JSON. The index holds the words the report was scored on (the corrected transcript when
 * there is one), written whenever a score is written, so every path that scores keeps it current.
 */
const COPY_COLUMNS = `
    time_to_first_word_sec = json_extract(report_json, '$.timeToFirstWordSec'),
    vocalized_per_minute = json_extract(report_json, '$.vocalizedFillers.perMinute'),
    star_json = coalesce((
      SELECT json_group_array(json_object(
        'name', json_extract(section.value, '$.name'),
        'start', json_extract(section.value, '$.start'),
        'end', json_extract(section.value, '$.end')))
      FROM json_each(report_json, '$.star.sections') AS section), '[]'),
    analysis_version = json_extract(report_json, '$.analysisVersion')`;

export const PROGRESS_MIGRATION = `
  ALTER TABLE scores ADD COLUMN time_to_first_word_sec REAL;
  ALTER TABLE scores ADD COLUMN vocalized_per_minute REAL;
  -- STAR sections as [{"name","start","end"}], in time order.
  ALTER TABLE scores ADD COLUMN star_json TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE scores ADD COLUMN analysis_version INTEGER;
  -- The decoding prompt Whisper was given; the model is already in attempts.model.
  ALTER TABLE attempts ADD COLUMN prompt TEXT;

  -- The columns are copied out of the report whenever a report is written, by triggers, so every path
  -- that saves a report fills them without knowing they exist.
  UPDATE scores SET ${COPY_COLUMNS};

  CREATE TRIGGER scores_columns_insert AFTER INSERT ON scores BEGIN
    UPDATE scores SET ${COPY_COLUMNS} WHERE attempt_id = NEW.attempt_id;
  END;
  CREATE TRIGGER scores_columns_update AFTER UPDATE OF report_json ON scores BEGIN
    UPDATE scores SET ${COPY_COLUMNS} WHERE attempt_id = NEW.attempt_id;
  END;

  CREATE INDEX attempts_started ON attempts(started_at);

  CREATE VIRTUAL TABLE transcripts_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');

  -- The store re-scores with INSERT OR REPLACE, which fires no delete trigger: the insert clears first.
  CREATE TRIGGER scores_fts_insert AFTER INSERT ON scores BEGIN
    DELETE FROM transcripts_fts WHERE rowid = NEW.attempt_id;
    INSERT INTO transcripts_fts(rowid, text)
      SELECT NEW.attempt_id, coalesce(group_concat(trim(json_extract(word.value, '$.text')), ' ' ORDER BY word.key), '')
      FROM json_each(NEW.report_json, '$.transcript.words') AS word;
  END;
  CREATE TRIGGER scores_fts_update AFTER UPDATE OF report_json ON scores BEGIN
    DELETE FROM transcripts_fts WHERE rowid = OLD.attempt_id;
    INSERT INTO transcripts_fts(rowid, text)
      SELECT NEW.attempt_id, coalesce(group_concat(trim(json_extract(word.value, '$.text')), ' ' ORDER BY word.key), '')
      FROM json_each(NEW.report_json, '$.transcript.words') AS word;
  END;
  CREATE TRIGGER scores_fts_delete AFTER DELETE ON scores BEGIN
    DELETE FROM transcripts_fts WHERE rowid = OLD.attempt_id;
  END;

  INSERT INTO transcripts_fts(rowid, text)
    SELECT scores.attempt_id, coalesce((
      SELECT group_concat(trim(json_extract(word.value, '$.text')), ' ' ORDER BY word.key)
      FROM json_each(scores.report_json, '$.transcript.words') AS word), '')
    FROM scores;
`;
