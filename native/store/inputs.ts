// Checks on the objects the store's write methods take. They arrive over IPC from the renderer, so
// the declared types are not trusted: each field is checked and a normalised copy returned.

import type { Report } from '../../common/report';
import { DRILL_LENGTHS, RECORDING_CODECS, type NewAttempt, type SelfEstimate, type StoredRecording } from '../../common/library';
import { requireCount, requireId, requireIsoTime, requireNonNegative, requireOneOf } from './validate';

function requireBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') {
    throw new Error(`${what} must be true or false, got ${String(value)}`);
  }
  return value;
}

export function checkNewAttempt(attempt: NewAttempt): NewAttempt {
  const targetMinSec = requireNonNegative(attempt.targetMinSec, 'targetMinSec');
  const targetMaxSec = requireNonNegative(attempt.targetMaxSec, 'targetMaxSec');
  if (targetMaxSec < targetMinSec) {
    throw new Error(`targetMaxSec (${targetMaxSec}) must not be below targetMinSec (${targetMinSec})`);
  }
  return {
    questionId: requireId(attempt.questionId, 'question id'),
    startedAt: requireIsoTime(attempt.startedAt, 'startedAt'),
    drillLength: requireOneOf(attempt.drillLength, DRILL_LENGTHS, 'drill length'),
    targetMinSec,
    targetMaxSec,
    recovered: requireBoolean(attempt.recovered, 'recovered'),
  };
}

export function checkRecording(recording: StoredRecording): StoredRecording {
  if (!(recording.bytes instanceof Uint8Array) || recording.bytes.byteLength === 0) {
    throw new Error('recording bytes must be a non-empty Uint8Array');
  }
  const sampleRate = requireCount(recording.sampleRate, 'recording sample rate');
  if (sampleRate === 0) {
    throw new Error('recording sample rate must be above 0');
  }
  return {
    codec: requireOneOf(recording.codec, RECORDING_CODECS, 'recording codec'),
    sampleRate,
    sampleCount: requireCount(recording.sampleCount, 'recording sample count'),
    bytes: recording.bytes,
  };
}

export function checkSelfEstimate(estimate: SelfEstimate): SelfEstimate {
  const { durationSec, fillerCount, inWindowChance, overall, skipped } = estimate;
  if (inWindowChance != null && !(typeof inWindowChance === 'number' && inWindowChance >= 0 && inWindowChance <= 1)) {
    throw new Error(`estimated chance of landing in the window must be between 0 and 1, got ${String(inWindowChance)}`);
  }
  if (overall != null && !(Number.isInteger(overall) && overall >= 1 && overall <= 5)) {
    throw new Error(`overall estimate must be a whole number from 1 to 5, got ${String(overall)}`);
  }
  // The fields added for calibration are kept only when given, so older estimates read back as stored.
  return {
    durationSec: durationSec === null ? null : requireNonNegative(durationSec, 'estimated duration'),
    fillerCount: fillerCount === null ? null : requireCount(fillerCount, 'estimated filler count'),
    ...(inWindowChance === undefined ? {} : { inWindowChance }),
    ...(overall === undefined ? {} : { overall }),
    ...(skipped === true ? { skipped: true } : {}),
  };
}

/** Checks the fields the store copies into columns; the rest of the report is kept as given. */
export function checkReport(report: Report): Report {
  if (report.version !== 1) {
    throw new Error(`report version must be 1, got ${String(report.version)}`);
  }
  requireNonNegative(report.wordsPerMinute, 'report wordsPerMinute');
  requireNonNegative(report.fillers?.perMinute, 'report fillers per minute');
  requireCount(report.fillers?.count, 'report filler count');
  requireBoolean(report.metrics?.present, 'report metrics present');
  requireBoolean(report.reflection?.present, 'report reflection present');
  return report;
}
