// A real scored attempt for the export tests: the words go through the app's own analysis.

import Database from 'better-sqlite3';
import type { AttemptDetail } from '../../../common/library';
import type { ProgressPoint } from '../../../common/progress';
import type { TimedWord } from '../../../common/report';
import { defaultAnalysisOptions, score } from '../../../native/analysis/score';
import { migrate } from '../../../native/store/migrations';
import { verdictMarks } from '../../../common/verdict-marks';

/** "When our checkout failed, I owned the fix. I added retries, so errors fell by 40 percent." */
export const WORDS: TimedWord[] = [
  ['When', 0.6, 0.8],
  ['our', 0.8, 1.0],
  ['checkout', 1.0, 1.5],
  ['failed,', 1.5, 1.9],
  ['I', 2.0, 2.1],
  ['owned', 2.1, 2.4],
  ['the', 2.4, 2.5],
  ['fix.', 2.5, 2.9],
  ['um', 4.2, 4.5],
  ['I', 4.6, 4.7],
  ['added', 4.7, 5.0],
  ['retries,', 5.0, 5.5],
  ['so', 5.6, 5.7],
  ['errors', 5.7, 6.1],
  ['fell', 6.1, 6.3],
  ['by', 6.3, 6.4],
  ['40', 6.4, 6.8],
  ['percent.', 6.8, 7.3],
].map(([text, start, end]) => ({ text: ` ${text as string}`, start: start as number, end: end as number, probability: 0.9 }));

export function scoredAttempt(overrides: Partial<AttemptDetail> = {}): AttemptDetail {
  const report = score(WORDS, { durationSec: 8 }, { ...defaultAnalysisOptions(), question: 'Tell me about a failure.' });
  return {
    id: 7,
    questionId: 3,
    startedAt: '2026-11-20T10:00:00.000Z',
    drillLength: 'elevator',
    durationSec: 8,
    targetMinSec: 25,
    targetMaxSec: 35,
    status: 'scored',
    recovered: false,
    selfEstimate: { durationSec: 10, fillerCount: 1 },
    wordsPerMinute: report.wordsPerMinute,
    fillersPerMinute: report.fillers.perMinute,
    fillerCount: report.fillers.count,
    metricPresent: report.metrics.present,
    reflectionPresent: report.reflection.present,
    marks: verdictMarks(report.verdicts),
    error: null,
    model: 'base.en',
    report,
    transcriptSource: 'whisper',
    words: WORDS,
    hasRecording: true,
    retranscription: null,
    ...overrides,
  };
}

/** A scored attempt as the progress views see it, with known figures. */
export function point(attemptId: number, overrides: Partial<ProgressPoint> = {}): ProgressPoint {
  return {
    attemptId,
    questionId: 1,
    startedAt: new Date(Date.UTC(2026, 10, 1, 9, attemptId)).toISOString(),
    drillLength: 'full',
    targetMinSec: 60,
    targetMaxSec: 90,
    durationSec: 75,
    wordsPerMinute: 140,
    fillersPerMinute: 3,
    fillerCount: 4,
    vocalizedPerMinute: 1,
    timeToFirstWordSec: 1.5,
    sections: [
      { name: 'situation', start: 1.5, end: 20 },
      { name: 'action', start: 20, end: 60 },
      { name: 'result', start: 60, end: 74 },
    ],
    model: 'base.en',
    prompt: null,
    analysisVersion: 1,
    prediction: null,
    ...overrides,
  };
}

/** An in-memory library at the progress schema step, with questions 1 and 2. */
export function progressDb(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const question = db.prepare(`INSERT INTO questions (id, kind, text, source) VALUES (?, 'question', ?, 'user')`);
  question.run(1, 'Tell me about a failure.');
  question.run(2, 'Why us?');
  return db;
}

/** A scored attempt (status and length optional) started on 2026-11-2<id> at 10:00, lasting 20 + id s. */
export function addScored(
  db: Database.Database,
  id: number,
  questionId: number,
  options: { length?: string; estimate?: unknown; status?: string; words?: TimedWord[] } = {},
): void {
  const report = options.words
    ? score(options.words, { durationSec: 20 + id }, defaultAnalysisOptions())
    : scoredAttempt().report!;
  db.prepare(
    `INSERT INTO attempts (id, question_id, started_at, duration_sec, target_min_sec, target_max_sec, status, drill_length, model, self_estimate_json)
     VALUES (?, ?, ?, ?, 25, 35, ?, ?, 'base.en', ?)`,
  ).run(
    id,
    questionId,
    `2026-11-2${id}T10:00:00.000Z`,
    20 + id,
    options.status ?? 'scored',
    options.length ?? 'elevator',
    options.estimate === undefined ? null : JSON.stringify(options.estimate),
  );
  if ((options.status ?? 'scored') !== 'scored') return;
  // The progress columns come from the report, by trigger.
  db.prepare(
    `INSERT INTO scores (attempt_id, report_json, words_per_minute, fillers_per_minute, filler_count, metric_present, reflection_present, computed_at)
     VALUES (?, ?, 150, 7.5, 1, 1, 0, 'now')`,
  ).run(id, JSON.stringify({ ...report, analysisVersion: 2, vocalizedFillers: { ...report.vocalizedFillers, perMinute: 0.5 } }));
}

/** The STAR sections the analysis finds in WORDS, as the progress columns keep them (name and times). */
export function fixtureSections(): { name: string; start: number; end: number }[] {
  return (scoredAttempt().report?.star.sections ?? []).map(({ name, start, end }) => ({ name, start, end }));
}
