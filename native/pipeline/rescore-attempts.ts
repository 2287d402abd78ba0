// Re-scores stored attempts whose report an older analysis made (analysis/version.ts), from their current
// words (the correction when there is one) and, when the recording is kept, its audio — the same scoring the
// app does at Stop, with the same filler list, question and length window. `voicedrill rescore` runs it; the app
// can run it in the background, reporting progress through `onProgress`.
import { needsRescore } from '../analysis/rescore';
import { score } from '../analysis/score';
import { decodeOggOpus } from '../audio/ogg-opus';
import type { Store } from '../store/store';
import { audioFacts } from './analyze';

export interface RescoreOptions {
  fillerWords: string[];
  /** Re-score every scored attempt, not only those of older analyses. */
  all?: boolean;
  /** After each attempt: how many are done of how many to do. */
  onProgress?: (done: number, total: number) => void;
}

export interface RescoreResult {
  rescored: number;
  /** Scored by this analysis already. */
  current: number;
}

/** Every attempt of every question (follow-ups included), with its question's text. */
function storedAttempts(store: Store): { id: number; question: string }[] {
  return store
    .listQuestions()
    .flatMap((question) =>
      [question, ...question.followUps].flatMap((asked) =>
        store.listAttempts(asked.id).map((attempt) => ({ id: attempt.id, question: asked.text })),
      ),
    );
}

interface DueAttempt {
  id: number;
  question: string;
}

/** The scored attempts an older analysis made (every scored attempt with `all`), and how many are current. */
function dueForRescore(store: Store, all: boolean): { due: DueAttempt[]; current: number } {
  const due: DueAttempt[] = [];
  let current = 0;
  for (const attempt of storedAttempts(store)) {
    const report = store.getAttempt(attempt.id)?.report;
    if (!report) continue;
    if (all || needsRescore(report)) due.push(attempt);
    else current += 1;
  }
  return { due, current };
}

/** Scores one attempt again; `samples` is its decoded recording, or null when none is kept. */
function rescoreOne(store: Store, attempt: DueAttempt, samples: Float32Array | null, fillerWords: string[]): void {
  const detail = store.getAttempt(attempt.id);
  if (!detail?.report) return;
  const facts = samples ? audioFacts(samples) : { durationSec: detail.report.durationSec };
  const window = { minSec: detail.targetMinSec, maxSec: detail.targetMaxSec };
  store.saveReport(attempt.id, score(detail.words, facts, { fillerWords, question: attempt.question, window }));
}

export function rescoreAttempts(store: Store, options: RescoreOptions): RescoreResult {
  const { due, current } = dueForRescore(store, options.all === true);
  due.forEach((attempt, index) => {
    const recording = store.getRecording(attempt.id);
    rescoreOne(store, attempt, recording ? decodeOggOpus(recording.bytes) : null, options.fillerWords);
    options.onProgress?.(index + 1, due.length);
  });
  return { rescored: due.length, current };
}

/**
 * The same, for the app: each recording is decoded by `decode` (a worker thread), so the event loop keeps
 * serving calls between attempts. An attempt deleted meanwhile is skipped.
 */
export async function rescoreAttemptsAsync(
  store: Store,
  options: RescoreOptions & { decode: (bytes: Uint8Array) => Promise<Float32Array> },
): Promise<RescoreResult> {
  const { due, current } = dueForRescore(store, options.all === true);
  for (const [index, attempt] of due.entries()) {
    const recording = store.getRecording(attempt.id);
    const samples = recording ? await options.decode(recording.bytes) : null;
    rescoreOne(store, attempt, samples, options.fillerWords);
    options.onProgress?.(index + 1, due.length);
  }
  return { rescored: due.length, current };
}
