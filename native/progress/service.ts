// The progress service: the history and charts of a question, story or length, the timing strip, a
// comparison of two attempts, the dashboard (with the library's readiness coverage and due list), transcript
// search and the calibration of the user's own predictions. Reads only, from the columns the progress schema
// step keeps; the one write, a prediction, goes through the store.

import type Database from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type {
  AttemptComparison,
  PredictionOutcome,
  CalibrationSummary,
  Dashboard,
  DueItem,
  Prediction,
  ProgressHistory,
  ProgressScope,
  ReadinessCoverage,
  SearchHit,
} from '../../common/progress';
import { calibrationSummary } from './calibration-summary';
import { compareAttempts } from './compare';
import { buildDashboard } from './dashboard';
import { buildHistory } from './history';
import { hasSelfEstimate, loadDashboardInputs, loadPoint, loadPoints, loadScoredWords, searchTranscripts } from './queries';

/** What the dashboard asks of the practice library (PracticeService answers it). */
export interface DashboardLibrary {
  overview(): { readiness: ReadinessCoverage; due: DueItem[] };
}

/** The due list shows this many; the dashboard says how many more there are. */
export const DUE_LIST_LENGTH = 10;

export interface ProgressServiceOptions {
  /** Runs a query on the library's connection (the store's `read`). */
  read<T>(query: (db: Database.Database) => T): T;
  /** Stores what the user predicted for an attempt, or that they skipped. */
  savePrediction(attemptId: number, prediction: Prediction | { skipped: true }): void;
  /** Readiness coverage and the due list, by the library's own definitions. */
  library: DashboardLibrary;
  now?: () => Date;
}

export class ProgressService {
  private readonly now: () => Date;

  constructor(private readonly options: ProgressServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  history(scope: ProgressScope, window?: number): ProgressHistory {
    return buildHistory(
      scope,
      this.options.read((db) => loadPoints(db, scope)),
      window === undefined ? {} : { window },
    );
  }

  /** Attempt a against attempt b (b − a), both scored answers to the same question. */
  compare(aId: number, bId: number): AttemptComparison {
    const a = this.requirePoint(aId);
    const b = this.requirePoint(bId);
    if (a.questionId !== b.questionId) {
      throw new AppError('invalid-argument', 'only two attempts of the same question or story can be compared');
    }
    const series = this.options.read((db) =>
      loadPoints(db, { questionId: a.questionId, drillLength: a.drillLength === b.drillLength ? a.drillLength : null }),
    );
    const text = (id: number): string[] => this.options.read((db) => loadScoredWords(db, id)).map((word) => word.text);
    return compareAttempts(a, b, text(aId), text(bId), series);
  }

  dashboard(): Dashboard {
    const { questions, attempts } = this.options.read((db) => loadDashboardInputs(db));
    const { readiness, due } = this.options.library.overview();
    return {
      ...buildDashboard(questions, attempts, this.now()),
      readiness,
      due: due.slice(0, DUE_LIST_LENGTH),
      dueTotal: due.length,
    };
  }

  search(query: string): SearchHit[] {
    return this.options.read((db) => searchTranscripts(db, query));
  }

  calibration(scope: ProgressScope): CalibrationSummary {
    return calibrationSummary(this.options.read((db) => loadPoints(db, scope)));
  }

  /** Records the user's prediction (or their skipping it) for a scored attempt, and how it compares. */
  predict(attemptId: number, prediction: Prediction | { skipped: true }): PredictionOutcome | null {
    const point = this.requirePoint(attemptId);
    if (this.options.read((db) => hasSelfEstimate(db, attemptId))) {
      throw new AppError(
        'invalid-argument',
        'this attempt already has a prediction: predictions are made once, before the score is seen',
      );
    }
    if ('skipped' in prediction) {
      this.options.savePrediction(attemptId, { skipped: true });
      return null;
    }
    checkPrediction(prediction);
    this.options.savePrediction(attemptId, prediction);
    return {
      durationSec: point.durationSec,
      fillerCount: point.fillerCount,
      landed: point.durationSec >= point.targetMinSec && point.durationSec <= point.targetMaxSec,
    };
  }

  private requirePoint(attemptId: number) {
    const point = this.options.read((db) => loadPoint(db, attemptId));
    if (point === null) throw new AppError('not-found', `attempt ${attemptId} does not exist or has not been scored yet`);
    return point;
  }
}

/** Each field blank or in its range, so a typo is refused with the reason rather than stored. */
export function checkPrediction(prediction: Prediction): void {
  const check = (value: number | null, ok: (value: number) => boolean, what: string): void => {
    if (value !== null && !(Number.isFinite(value) && ok(value))) throw new AppError('invalid-argument', what);
  };
  check(prediction.durationSec, (v) => v > 0 && v <= 3600, 'the predicted duration must be between 0 and 3,600 seconds');
  check(
    prediction.fillerCount,
    (v) => Number.isInteger(v) && v >= 0 && v <= 1000,
    'the predicted filler count must be a whole number from 0',
  );
  check(prediction.inWindowChance, (v) => v >= 0 && v <= 1, 'the chance of landing in the window must be between 0 and 100 %');
  check(prediction.overall, (v) => Number.isInteger(v) && v >= 1 && v <= 5, 'the overall rating must be 1 to 5');
  if (Object.values(prediction).every((value) => value === null)) {
    throw new AppError('invalid-argument', 'make at least one prediction, or skip');
  }
}
