// What the progress views receive: series with their statistics, the timing strip, a comparison of two
// attempts, the dashboard, search hits and the calibration summary. Pure types, shared by main and renderer.

import type { DrillLength } from './drill-lengths';
import type { StarSectionName } from './report';
import type { WordDiff } from './diff/word-diff';
import type { NumericCalibration, ProbabilityCalibration, SharpnessPoint } from './stats/calibration';
import type { SeriesStats, TargetBand } from './stats/series';
import type { UsualRangeVerdict } from './stats/usual-range';

export const PROGRESS_METRICS = [
  'durationSec',
  'wordsPerMinute',
  'fillersPerMinute',
  'vocalizedPerMinute',
  'timeToFirstWordSec',
  'situationSec',
  'taskSec',
  'actionSec',
  'resultSec',
  'reflectionSec',
] as const;
export type ProgressMetric = (typeof PROGRESS_METRICS)[number];

/** The user's prediction made while the scorecard is sealed; a field is null when left blank. */
export interface Prediction {
  durationSec: number | null;
  fillerCount: number | null;
  /** Stated chance (0–1) that the duration landed in the window. */
  inWindowChance: number | null;
  /** Overall, 1–5. */
  overall: number | null;
}

/** What actually happened, shown beside the prediction once the scorecard unseals. */
export interface PredictionOutcome {
  durationSec: number;
  fillerCount: number | null;
  /** Whether the duration landed in the window. */
  landed: boolean;
}

export interface SectionTiming {
  name: StarSectionName;
  start: number;
  end: number;
}

/** One scored attempt as the progress views see it: the columns the charts need, no report JSON. */
export interface ProgressPoint {
  attemptId: number;
  questionId: number;
  startedAt: string;
  drillLength: DrillLength;
  targetMinSec: number;
  targetMaxSec: number;
  durationSec: number;
  wordsPerMinute: number | null;
  fillersPerMinute: number | null;
  fillerCount: number | null;
  vocalizedPerMinute: number | null;
  timeToFirstWordSec: number | null;
  sections: SectionTiming[];
  model: string | null;
  prompt: string | null;
  /** The analysis that scored it (report.analysisVersion); null for reports from before it was recorded. */
  analysisVersion: number | null;
  prediction: Prediction | null;
}

/** Which attempts a view covers: one question or story (or all), at one length (or all). */
export interface ProgressScope {
  questionId: number | null;
  drillLength: DrillLength | null;
}

export interface ProgressChart {
  metric: ProgressMetric;
  label: string;
  unit: string;
  /** One entry per attempt in view, in order; null where the attempt has no value for this metric. */
  values: (number | null)[];
  /** The target band at each attempt (the duration window can differ between attempts); null: no target. */
  targetMin: (number | null)[];
  targetMax: (number | null)[];
  /** EWMA at each attempt that has a value. */
  ewma: (number | null)[];
  /** Run-rule flags at each attempt: outside the natural range, part of a run of 8, or none. */
  flags: ('outside' | 'run' | null)[];
  /** Statistics over the attempts that have a value (the per-point arrays are above, aligned). */
  stats: Omit<SeriesStats, 'ewma' | 'signals'>;
}

/** Where the model, the decoding prompt or the analysis version changed, so the charts can mark it. */
export interface ProvenanceChange {
  /** Index into the attempts of the view: the first attempt with the new value. */
  index: number;
  what: ('model' | 'prompt' | 'analysis')[];
  model: string | null;
}

/** What the view lists of each attempt (labels, choosers): the rest travels only as chart columns. */
export interface ProgressAttempt {
  attemptId: number;
  startedAt: string;
  durationSec: number;
}

/** The timing strip shows the most recent attempts of a question, this many at most. */
export const TIMING_ROWS = 60;

/**
 * Everything the trends of a view draw, in one reply: one query of the attempts, one trip over IPC, one
 * render. Per attempt only the columns the charts and choosers need; no report JSON.
 */
export interface ProgressHistory {
  scope: ProgressScope;
  attempts: ProgressAttempt[];
  charts: ProgressChart[];
  provenance: ProvenanceChange[];
  /** The last TIMING_ROWS rows of the timing strip and how many there are; null across every question. */
  timing: { rows: TimingRow[]; total: number } | null;
  /** The best earlier attempt and the latest, for "latest against best"; null below two or across every question. */
  pair: { bestId: number; latestId: number } | null;
}

export interface TimingRow {
  attemptId: number;
  /** 1-based attempt number within the view. */
  number: number;
  startedAt: string;
  durationSec: number;
  window: { minSec: number; maxSec: number };
  /** The silence before the first word, then each STAR section, in time order. */
  segments: { kind: 'gap' | StarSectionName; start: number; end: number }[];
}

export interface MetricComparison {
  metric: ProgressMetric;
  label: string;
  unit: string;
  a: number | null;
  b: number | null;
  /** b − a; null when either is missing. */
  delta: number | null;
  /** Against the typical attempt-to-attempt change of this metric for the question; null without history. */
  usual: UsualRangeVerdict | null;
}

export interface AttemptComparison {
  a: ProgressPoint;
  b: ProgressPoint;
  metrics: MetricComparison[];
  /** Words of a → words of b. */
  diff: WordDiff;
}

export interface DashboardItem {
  questionId: number;
  text: string;
  attempts: number;
  lastAttemptAt: string | null;
  /** CV of duration over the last 5 attempts; null below 3 attempts. */
  durationCv: number | null;
}

/** How much of the story bank is ready, by the library's definition: every length's latest attempt green. */
export interface ReadinessCoverage {
  /** Stories not archived. */
  stories: number;
  ready: number;
  /** Story × length cells whose latest attempt is green, out of `cells` (stories × lengths). */
  greenCells: number;
  cells: number;
  /** The stories not ready yet, each with the lengths whose latest attempt is not green. */
  notReady: { storyId: number; title: string; missing: DrillLength[] }[];
}

/** A question the spaced-practice schedule says is due now. */
export interface DueItem {
  questionId: number;
  text: string;
  dueAt: string;
  /** Whole days past the due date (0 on the day). */
  overdueDays: number;
  intervalDays: number;
}

export interface Dashboard {
  streakDays: number;
  minutesThisWeek: number;
  sessionsThisWeek: number;
  totalAttempts: number;
  highestVariance: DashboardItem[];
  longestUnpractised: DashboardItem[];
  readiness: ReadinessCoverage;
  /** Most overdue first, at most DUE_LIST_LENGTH of them; `dueTotal` counts them all. */
  due: DueItem[];
  dueTotal: number;
}

export interface SearchHit {
  attemptId: number;
  questionId: number;
  question: string;
  startedAt: string;
  /** The transcript around the hit, with the matched words between « and ». */
  snippet: string;
  /** Seconds into the recording where the first matched word starts, so the hit can play. */
  atSec: number;
}

export interface CalibrationSummary {
  /** Attempts with a prediction, and those skipped. */
  predicted: number;
  duration: NumericCalibration;
  fillers: NumericCalibration;
  inWindow: ProbabilityCalibration;
  /** One point per predicted attempt, oldest first: the rolling figures (calibrationOverTime) after it. */
  overTime: ({ attemptId: number; startedAt: string } & SharpnessPoint)[];
}

/** What the app exports: attempts (of a question, or all) or one attempt's transcript or recording. */
export const EXPORT_KINDS = [
  'attempts-csv',
  'attempts-json',
  'transcript-srt',
  'transcript-vtt',
  'transcript-md',
  'transcript-json',
  'audio-wav',
  'audio-opus',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportRequest {
  kind: ExportKind;
  /** For attempts: one question's, or all (null). */
  questionId: number | null;
  /** For a transcript or a recording. */
  attemptId: number | null;
}

export type { TargetBand };
