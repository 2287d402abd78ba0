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
  return store.listQuestions().flatMap((question) =>
    [question, ...question.followUps].flatMap((asked) => store.listAttempts(asked.id).map((attempt) => ({ id: attempt.id, question: asked.text }))),
  );
}

export function rescoreAttempts(store: Store, options: RescoreOptions): RescoreResult {
  const due: { id: number; question: string }[] = [];
  let current = 0;
  for (const attempt of storedAttempts(store)) {
    const report = store.getAttempt(attempt.id)?.report;
    if (!report) continue;
    if (options.all === true || needsRescore(report)) due.push(attempt);
    else current += 1;
  }
  due.forEach((attempt, index) => {
    const detail = store.getAttempt(attempt.id);
    if (detail?.report) {
      const recording = store.getRecording(attempt.id);
      const facts = recording ? audioFacts(decodeOggOpus(recording.bytes)) : { durationSec: detail.report.durationSec };
      const window = { minSec: detail.targetMinSec, maxSec: detail.targetMaxSec };
      store.saveReport(attempt.id, score(detail.words, facts, { fillerWords: options.fillerWords, question: attempt.question, window }));
    }
    options.onProgress?.(index + 1, due.length);
  });
  return { rescored: due.length, current };
}
