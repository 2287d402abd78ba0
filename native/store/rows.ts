// The SELECTs the store reads with, the raw row shapes they return, and the conversion to the
// public types. Columns are aliased to camelCase in SQL so only booleans, JSON and BLOBs need mapping.
// JSON columns are parsed with a cast: only this store writes them, after validating.

import type { Report, TimedWord, Verdict } from '../../common/report';
import { verdictMarks } from '../../common/verdict-marks';
import type {
  AttemptDetail,
  AttemptStatus,
  AttemptSummary,
  DrillLength,
  RecordingCodec,
  SelfEstimate,
  StoredRecording,
  TranscriptSource,
} from '../../common/library';

export const SELECT_QUESTIONS = `
  SELECT q.id, q.kind, q.text, q.parent_id AS parentId, q.source, q.created_at AS createdAt,
         COUNT(a.id) AS attemptCount, MAX(a.started_at) AS lastAttemptAt
  FROM questions q LEFT JOIN attempts a ON a.question_id = q.id`;

const SUMMARY_COLUMNS = `
  a.id, a.question_id AS questionId, a.started_at AS startedAt, a.drill_length AS drillLength,
  a.duration_sec AS durationSec, a.target_min_sec AS targetMinSec, a.target_max_sec AS targetMaxSec,
  a.status, a.recovered, a.self_estimate_json AS selfEstimateJson,
  s.words_per_minute AS wordsPerMinute, s.fillers_per_minute AS fillersPerMinute,
  s.filler_count AS fillerCount, s.metric_present AS metricPresent, s.reflection_present AS reflectionPresent,
  json_extract(s.report_json, '$.verdicts') AS verdictsJson`;

const ATTEMPTS_WITH_SCORES = 'attempts a LEFT JOIN scores s ON s.attempt_id = a.id';

// History lists skip the report JSON: it carries the whole transcript.
export const SELECT_SUMMARIES = `SELECT ${SUMMARY_COLUMNS} FROM ${ATTEMPTS_WITH_SCORES}`;

/**
 * The detail SELECT. A library opened read-only at an older schema (a damaged file, the CLI) has no
 * retranscriptions table yet: its attempts then read as having no re-transcription under way.
 */
export function selectDetails(withRetranscriptions: boolean): string {
  const retranscription = withRetranscriptions
    ? 'rt.state AS retranscribeState, rt.model AS retranscribeModel, rt.error AS retranscribeError'
    : 'NULL AS retranscribeState, NULL AS retranscribeModel, NULL AS retranscribeError';
  const join = withRetranscriptions ? ' LEFT JOIN retranscriptions rt ON rt.attempt_id = a.id' : '';
  return `
  SELECT ${SUMMARY_COLUMNS}, a.error, a.model, s.report_json AS reportJson,
         EXISTS (SELECT 1 FROM recordings r WHERE r.attempt_id = a.id) AS hasRecording,
         ${retranscription}
  FROM ${ATTEMPTS_WITH_SCORES}${join}`;
}

type SqlBoolean = 0 | 1;

export interface SummaryRow {
  id: number;
  questionId: number;
  startedAt: string;
  drillLength: DrillLength;
  durationSec: number | null;
  targetMinSec: number;
  targetMaxSec: number;
  status: AttemptStatus;
  recovered: SqlBoolean;
  selfEstimateJson: string | null;
  wordsPerMinute: number | null;
  fillersPerMinute: number | null;
  fillerCount: number | null;
  metricPresent: SqlBoolean | null;
  reflectionPresent: SqlBoolean | null;
  /** The report's verdicts (JSON), read without the rest of the report. */
  verdictsJson: string | null;
}

export interface DetailRow extends SummaryRow {
  error: string | null;
  model: string | null;
  reportJson: string | null;
  hasRecording: SqlBoolean;
  retranscribeState: 'pending' | 'failed' | null;
  retranscribeModel: string | null;
  retranscribeError: string | null;
}

export interface WordRow {
  text: string;
  start: number;
  end: number;
  probability: number | null;
}

export interface RecordingRow {
  codec: RecordingCodec;
  sampleRate: number;
  sampleCount: number;
  bytes: Buffer;
}

function toBoolean(value: SqlBoolean | null): boolean | null {
  return value === null ? null : value === 1;
}

export function toSummary(row: SummaryRow): AttemptSummary {
  return {
    id: row.id,
    questionId: row.questionId,
    startedAt: row.startedAt,
    drillLength: row.drillLength,
    durationSec: row.durationSec,
    targetMinSec: row.targetMinSec,
    targetMaxSec: row.targetMaxSec,
    status: row.status,
    recovered: row.recovered === 1,
    selfEstimate: row.selfEstimateJson === null ? null : (JSON.parse(row.selfEstimateJson) as SelfEstimate),
    wordsPerMinute: row.wordsPerMinute,
    fillersPerMinute: row.fillersPerMinute,
    fillerCount: row.fillerCount,
    metricPresent: toBoolean(row.metricPresent),
    reflectionPresent: toBoolean(row.reflectionPresent),
    marks: row.verdictsJson === null ? {} : verdictMarks(JSON.parse(row.verdictsJson) as Verdict[]),
  };
}

export function toDetail(row: DetailRow, transcriptSource: TranscriptSource | null, words: TimedWord[]): AttemptDetail {
  return {
    ...toSummary(row),
    error: row.error,
    model: row.model,
    report: row.reportJson === null ? null : (JSON.parse(row.reportJson) as Report),
    transcriptSource,
    words,
    hasRecording: row.hasRecording === 1,
    retranscription:
      row.retranscribeState === null || row.retranscribeModel === null
        ? null
        : { state: row.retranscribeState, model: row.retranscribeModel, error: row.retranscribeError },
  };
}

export function toWord(row: WordRow): TimedWord {
  const word: TimedWord = { text: row.text, start: row.start, end: row.end };
  if (row.probability !== null) {
    word.probability = row.probability;
  }
  return word;
}

/** A view over the Buffer's memory: a plain Uint8Array survives IPC structured cloning as-is. */
export function toRecording(row: RecordingRow): StoredRecording {
  const { bytes } = row;
  return {
    codec: row.codec,
    sampleRate: row.sampleRate,
    sampleCount: row.sampleCount,
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  };
}
