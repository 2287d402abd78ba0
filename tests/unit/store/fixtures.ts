// Shared fixtures for the store tests: temporary directories and small valid inputs.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import type { Report, TimedWord } from '../../../common/report';
import type { NewAttempt } from '../../../common/library';
import { defaultAnalysisOptions, score } from '../../../native/analysis/score';

/** A fresh directory under the OS temp dir, removed when the test finishes. */
export function tempDir(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'voicedrill-store-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function newAttempt(questionId: number, startedAt = '2025-03-01T10:00:00.000Z'): NewAttempt {
  return { questionId, startedAt, drillLength: 'full', targetMinSec: 60, targetMaxSec: 90, recovered: false };
}

export const WHISPER_WORDS: TimedWord[] = [
  { text: 'We', start: 0.4, end: 0.6, probability: 0.91 },
  { text: 'um', start: 0.7, end: 0.9, probability: 0.55 },
  { text: 'shipped', start: 1.0, end: 1.4, probability: 0.97 },
];

/** A real report of the words above, with the figures the store copies into columns set to known values. */
export function report(overrides: Partial<Report> = {}): Report {
  const scored = score(WHISPER_WORDS, { durationSec: 75 }, defaultAnalysisOptions());
  return {
    ...scored,
    durationSec: 75,
    speakingSec: 70,
    wordsPerMinute: 142.5,
    fillers: { ...scored.fillers, count: 3, perMinute: 2.4 },
    metrics: { ...scored.metrics, present: true },
    reflection: { ...scored.reflection, present: false },
    ...overrides,
  };
}
