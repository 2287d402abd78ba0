import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StretchProgress } from '../../../native/app/stretch-progress';
import type { StretchReport } from '../../../native/transcriber/streaming';
import { concatSignals, speechLike } from '../../utils/audio-signals';

function report(index: number, start: number, end: number, elapsedMs: number): StretchReport {
  return { index, start, end, clip: null, elapsedMs, words: [], dropped: [] };
}

test('counts the stretches a recording is cut into, and estimates the time left from the measured speed', () => {
  const progress = new StretchProgress();
  const silence = new Float32Array(16000 * 2);
  // Three bursts of speech with long pauses between them: the segmenter cuts at the pauses.
  const samples = concatSignals(speechLike(6), silence, speechLike(6), silence, speechLike(6));
  for (let at = 0; at < samples.length; at += 4000) progress.push(samples.subarray(at, at + 4000), 16000);
  assert.deepEqual(progress.counts(), { stretchesDone: 0 }, 'the total is unknown until the recording ends');
  progress.finish();
  const total = progress.counts().stretchesTotal ?? 0;
  assert.ok(total >= 2, `cut into ${total} stretches`);

  let changes = 0;
  progress.onChange = () => changes++;
  // The first 8 s took 2 s to transcribe: a quarter of real time, so the 14 s left take 3.5 s.
  progress.record(report(0, 0, 8, 2000));
  const counts = progress.counts();
  assert.equal(changes, 1);
  assert.equal(counts.stretchesDone, 1);
  assert.equal(counts.stretchesTotal, total);
  assert.ok(Math.abs((counts.etaSec ?? -1) - 3.5) < 1e-9, String(counts.etaSec));
});

test('no ETA before a stretch has been timed', () => {
  const progress = new StretchProgress();
  progress.push(new Float32Array(16000), 16000);
  progress.finish();
  progress.record(report(0, 0, 1, 0));
  assert.equal(progress.counts().etaSec, undefined);
});
