// What the store hands out and takes in. Pure types and constant lists only: these objects cross the
// Electron IPC boundary, so they are plain JSON-like values (recording bytes travel as Uint8Array).

import type { Report, TimedWord } from './report';
import type { VerdictMarks } from './verdict-marks';
import type { RetranscriptionState } from './retranscribe';

export const QUESTION_KINDS = ['question', 'story'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Where a question came from: the shipped starter list or the user's own library. */
export type QuestionSource = 'starter' | 'user';

export { DRILL_LENGTHS, type DrillLength } from './drill-lengths';
import type { DrillLength } from './drill-lengths';

export const ATTEMPT_STATUSES = ['recorded', 'transcribing', 'scored', 'failed'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** Whisper's words, and the user's hand-corrected words kept beside them. */
export const TRANSCRIPT_SOURCES = ['whisper', 'corrected'] as const;
export type TranscriptSource = (typeof TRANSCRIPT_SOURCES)[number];

export const RECORDING_CODECS = ['ogg-opus'] as const;
export type RecordingCodec = (typeof RECORDING_CODECS)[number];

export interface Question {
  id: number;
  kind: QuestionKind;
  text: string;
  /** The question this one follows up on; null for a top-level question or story. */
  parentId: number | null;
  source: QuestionSource;
  createdAt: string;
  attemptCount: number;
  lastAttemptAt: string | null;
}

/** A top-level question or story with its follow-ups (follow-ups are one level deep). */
export interface QuestionWithFollowUps extends Question {
  followUps: Question[];
}

export interface NewQuestion {
  kind: QuestionKind;
  text: string;
  parentId?: number;
}

/** The user's guess about an attempt, made before the score is shown, for calibration. */
export interface SelfEstimate {
  durationSec: number | null;
  fillerCount: number | null;
  /** Stated chance (0–1) that the duration landed in the window; absent from older estimates. */
  inWindowChance?: number | null;
  /** Overall, 1–5; absent from older estimates. */
  overall?: number | null;
  /** The user chose not to predict: the scorecard was unsealed without a guess. */
  skipped?: boolean;
}

export interface NewAttempt {
  questionId: number;
  /** ISO 8601 time the recording started. */
  startedAt: string;
  drillLength: DrillLength;
  targetMinSec: number;
  targetMaxSec: number;
  /** True when the recording was interrupted and recovered at the next launch. */
  recovered: boolean;
}

export interface StoredRecording {
  codec: RecordingCodec;
  sampleRate: number;
  sampleCount: number;
  bytes: Uint8Array;
}

/** One row of an attempt history; the score fields are null until the attempt is scored. */
export interface AttemptSummary {
  id: number;
  questionId: number;
  startedAt: string;
  drillLength: DrillLength;
  /** Null until the recording is saved. */
  durationSec: number | null;
  targetMinSec: number;
  targetMaxSec: number;
  status: AttemptStatus;
  recovered: boolean;
  selfEstimate: SelfEstimate | null;
  wordsPerMinute: number | null;
  fillersPerMinute: number | null;
  fillerCount: number | null;
  metricPresent: boolean | null;
  reflectionPresent: boolean | null;
  /** The state of each verdict of the report, by id (empty until scored, or for reports without verdicts). */
  marks: VerdictMarks;
}

export interface AttemptDetail extends AttemptSummary {
  /** Why the attempt failed; null unless status is 'failed'. */
  error: string | null;
  /** The Whisper model that transcribed the attempt. */
  model: string | null;
  report: Report | null;
  /** Which transcript `words` holds: the corrected one when it exists, else Whisper's. */
  transcriptSource: TranscriptSource | null;
  words: TimedWord[];
  hasRecording: boolean;
  /** A re-transcription asked for and not completed (queued, running, or failed with the old result kept). */
  retranscription: RetranscriptionState | null;
}
