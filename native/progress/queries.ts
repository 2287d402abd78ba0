// The progress views' reads, straight from the columns the progress schema step added: no report JSON is
// parsed for a history or a dashboard, only for the few hits a search returns.

import type Database from 'better-sqlite3';
import type { DrillLength } from '../../common/drill-lengths';
import type { Prediction, ProgressPoint, ProgressScope, SearchHit, SectionTiming } from '../../common/progress';
import type { StarSectionName, TimedWord } from '../../common/report';
import type { DashboardAttempt, DashboardQuestion } from './dashboard';
import { ftsQuery, locateHit } from './search';

interface PointRow {
  id: number;
  question_id: number;
  started_at: string;
  drill_length: DrillLength;
  target_min_sec: number;
  target_max_sec: number;
  duration_sec: number;
  words_per_minute: number | null;
  fillers_per_minute: number | null;
  filler_count: number | null;
  vocalized_per_minute: number | null;
  time_to_first_word_sec: number | null;
  star_json: string;
  model: string | null;
  prompt: string | null;
  analysis_version: number | null;
  self_estimate_json: string | null;
}

const POINT_COLUMNS = `
  a.id, a.question_id, a.started_at, a.drill_length, a.target_min_sec, a.target_max_sec, a.duration_sec,
  s.words_per_minute, s.fillers_per_minute, s.filler_count, s.vocalized_per_minute, s.time_to_first_word_sec,
  s.star_json, a.model, a.prompt, s.analysis_version, a.self_estimate_json`;

const SECTION_NAMES = new Set<string>(['situation', 'task', 'action', 'result', 'reflection']);

function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A stored prediction; anything unreadable is treated as no prediction rather than failing the view. */
export function parsePrediction(json: string | null): Prediction | null {
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || (value as { skipped?: unknown }).skipped === true) return null;
  const fields = value as Record<string, unknown>;
  const chance = finiteOrNull(fields.inWindowChance);
  const prediction: Prediction = {
    durationSec: finiteOrNull(fields.durationSec),
    fillerCount: finiteOrNull(fields.fillerCount),
    inWindowChance: chance !== null && chance >= 0 && chance <= 1 ? chance : null,
    overall: finiteOrNull(fields.overall),
  };
  return Object.values(prediction).every((field) => field === null) ? null : prediction;
}

function parseSections(json: string): SectionTiming[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item: { name?: unknown; start?: unknown; end?: unknown }) => {
    const start = finiteOrNull(item.start);
    const end = finiteOrNull(item.end);
    return typeof item.name === 'string' && SECTION_NAMES.has(item.name) && start !== null && end !== null
      ? [{ name: item.name as StarSectionName, start, end }]
      : [];
  });
}

function toPoint(row: PointRow): ProgressPoint {
  return {
    attemptId: row.id,
    questionId: row.question_id,
    startedAt: row.started_at,
    drillLength: row.drill_length,
    targetMinSec: row.target_min_sec,
    targetMaxSec: row.target_max_sec,
    durationSec: row.duration_sec,
    wordsPerMinute: row.words_per_minute,
    fillersPerMinute: row.fillers_per_minute,
    fillerCount: row.filler_count,
    vocalizedPerMinute: row.vocalized_per_minute,
    timeToFirstWordSec: row.time_to_first_word_sec,
    sections: parseSections(row.star_json),
    model: row.model,
    prompt: row.prompt,
    analysisVersion: row.analysis_version,
    prediction: parsePrediction(row.self_estimate_json),
  };
}

/** Scored attempts in a scope, oldest first. */
export function loadPoints(db: Database.Database, scope: ProgressScope): ProgressPoint[] {
  const rows = db
    .prepare(
      `SELECT ${POINT_COLUMNS} FROM attempts a JOIN scores s ON s.attempt_id = a.id
       WHERE a.status = 'scored' AND a.duration_sec IS NOT NULL
         AND (@questionId IS NULL OR a.question_id = @questionId)
         AND (@drillLength IS NULL OR a.drill_length = @drillLength)
       ORDER BY a.started_at, a.id`,
    )
    .all({ questionId: scope.questionId, drillLength: scope.drillLength }) as PointRow[];
  return rows.map(toPoint);
}

export function loadPoint(db: Database.Database, attemptId: number): ProgressPoint | null {
  const row = db
    .prepare(
      `SELECT ${POINT_COLUMNS} FROM attempts a JOIN scores s ON s.attempt_id = a.id WHERE a.id = ? AND a.duration_sec IS NOT NULL`,
    )
    .get(attemptId) as PointRow | undefined;
  return row === undefined ? null : toPoint(row);
}

/** The words an attempt was scored on (the corrected transcript when there is one), from its report. */
export function loadScoredWords(db: Database.Database, attemptId: number): TimedWord[] {
  const row = db
    .prepare(`SELECT json_extract(report_json, '$.transcript.words') AS words FROM scores WHERE attempt_id = ?`)
    .get(attemptId) as { words: string | null } | undefined;
  return row?.words ? (JSON.parse(row.words) as TimedWord[]) : [];
}

export function loadDashboardInputs(db: Database.Database): { questions: DashboardQuestion[]; attempts: DashboardAttempt[] } {
  return {
    questions: db.prepare('SELECT id, text FROM questions ORDER BY id').all() as DashboardQuestion[],
    attempts: db
      .prepare(
        `SELECT question_id AS questionId, started_at AS startedAt, duration_sec AS durationSec FROM attempts WHERE status <> 'failed'`,
      )
      .all() as DashboardAttempt[],
  };
}

export const SEARCH_LIMIT = 30;

/**
 * Transcripts holding all the user's words, newest first (the phrasing the user is working on now, and no
 * relevance ranking to compute over every match), each with the moment to play.
 */
export function searchTranscripts(db: Database.Database, input: string, limit = SEARCH_LIMIT): SearchHit[] {
  const query = ftsQuery(input);
  if (query === null) return [];
  const rows = db
    .prepare(
      `SELECT a.id, a.question_id, q.text AS question, a.started_at, json_extract(s.report_json, '$.transcript.words') AS words
       FROM transcripts_fts f JOIN attempts a ON a.id = f.rowid JOIN questions q ON q.id = a.question_id JOIN scores s ON s.attempt_id = a.id
       WHERE transcripts_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?`,
    )
    .all(query, limit) as { id: number; question_id: number; question: string; started_at: string; words: string | null }[];
  return rows.flatMap((row) => {
    const hit = locateHit(row.words ? (JSON.parse(row.words) as TimedWord[]) : [], input);
    return hit === null
      ? []
      : [
          {
            attemptId: row.id,
            questionId: row.question_id,
            question: row.question,
            startedAt: row.started_at,
            snippet: hit.snippet,
            atSec: hit.atSec,
          },
        ];
  });
}

/** Questions whose text is exactly this (ignoring case and surrounding space), for the CLI's --question. */
export function findQuestionsByText(db: Database.Database, text: string): { id: number; text: string }[] {
  return db.prepare('SELECT id, text FROM questions WHERE lower(trim(text)) = lower(trim(?)) ORDER BY id').all(text) as {
    id: number;
    text: string;
  }[];
}

export function findQuestionById(db: Database.Database, id: number): { id: number; text: string } | null {
  return (db.prepare('SELECT id, text FROM questions WHERE id = ?').get(id) as { id: number; text: string } | undefined) ?? null;
}

/** Attempt ids, oldest first, of one question or of all. */
export function listAttemptIds(db: Database.Database, questionId: number | null): number[] {
  return (
    db
      .prepare('SELECT id FROM attempts WHERE (@questionId IS NULL OR question_id = @questionId) ORDER BY started_at, id')
      .all({ questionId }) as { id: number }[]
  ).map((row) => row.id);
}

/** Whether the attempt already holds a prediction or a skip: a prediction is made once, before the score is seen. */
export function hasSelfEstimate(db: Database.Database, attemptId: number): boolean {
  const row = db.prepare('SELECT self_estimate_json AS json FROM attempts WHERE id = ?').get(attemptId) as
    { json: string | null } | undefined;
  return row?.json != null;
}
