// Shared fixtures for the store tests: temporary directories and small valid inputs.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import type { Report, TimedWord } from '../../../native/analysis/types';
import type { NewAttempt } from '../../../native/store/types';

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

export function report(overrides: Partial<Report> = {}): Report {
  return {
    version: 1,
    durationSec: 75,
    speakingSec: 70,
    wordsPerMinute: 142.5,
    timeToFirstWordSec: 0.4,
    fillers: { count: 3, perMinute: 2.4, items: [] },
    metrics: { present: true, items: [] },
    reflection: { present: false, items: [] },
    ownership: { i: 4, we: 2 },
    transcript: { words: WHISPER_WORDS },
    ...overrides,
  };
}
