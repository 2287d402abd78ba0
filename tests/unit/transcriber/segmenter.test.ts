import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SEGMENTER, Segmenter, segmentRecording, type Stretch } from '../../../native/transcriber/segmenter';
import { concatSignals, tone } from '../../utils/audio-signals';
import { speechToolsMissing } from '../../utils/speech';
import { spokenAnswer } from './spoken-answer';

const RATE = 16000;
const missing = speechToolsMissing();
const silence = (seconds: number): Float32Array => new Float32Array(Math.round(seconds * RATE));
const voice = (seconds: number, amplitude = 0.3): Float32Array => tone(220, seconds, amplitude);

function assertCovers(stretches: readonly Stretch[], samples: Float32Array): void {
  assert.equal(stretches[0]?.start, 0, 'the first stretch starts the recording');
  stretches.forEach((stretch, i) => {
    assert.equal(stretch.index, i);
    assert.equal(stretch.samples.length, Math.round((stretch.end - stretch.start) * RATE));
    const next = stretches[i + 1];
    if (next) assert.equal(next.start, stretch.end, `no gap or overlap after stretch ${i}`);
  });
  assert.equal(stretches.at(-1)?.end, samples.length / RATE, 'the last stretch ends the recording');
  let at = 0;
  for (const stretch of stretches) {
    assert.deepEqual(
      stretch.samples,
      samples.subarray(at, at + stretch.samples.length),
      `stretch ${stretch.index} holds its own samples`,
    );
    at += stretch.samples.length;
  }
}

/** The same audio pushed in pieces of `size` samples. */
function chunked(samples: Float32Array, size: number): Stretch[] {
  const segmenter = new Segmenter();
  const stretches: Stretch[] = [];
  for (let at = 0; at < samples.length; at += size) stretches.push(...segmenter.push(samples.subarray(at, at + size)));
  const tail = segmenter.finish();
  return tail ? [...stretches, tail] : stretches;
}

test(
  'spoken answer: cuts fall only in silence, each sentence lies in exactly one stretch, stretches tile the audio',
  { skip: missing ?? false },
  () => {
    const { samples, sentences } = spokenAnswer();
    const stretches = segmentRecording(samples);
    assertCovers(stretches, samples);
    assert.ok(stretches.length >= 5, `${stretches.length} stretches for ${sentences.length} sentences with pauses`);
    for (const stretch of stretches.slice(1)) {
      const cut = stretch.start;
      const nearest = Math.min(...sentences.map((s) => (cut < s.start ? s.start - cut : cut > s.end ? cut - s.end : -1)));
      assert.ok(nearest >= 0.15, `the cut at ${cut.toFixed(2)} s is ${nearest.toFixed(2)} s from the nearest sound`);
    }
    for (const sentence of sentences) {
      const holders = stretches.filter((s) => s.start <= sentence.start && sentence.end <= s.end);
      assert.equal(holders.length, 1, `"${sentence.text}" lies whole in exactly one stretch`);
      const heard = holders[0]?.voiced.some((region) => region.start < sentence.end && region.end > sentence.start);
      assert.ok(heard, `"${sentence.text}" is in its stretch's voiced regions`);
    }
    for (const stretch of stretches.slice(0, -1)) {
      assert.ok(
        stretch.end - stretch.start >= DEFAULT_SEGMENTER.minStretchSec,
        `stretch ${stretch.index} is at least the minimum length`,
      );
    }
  },
);

test('spoken answer: the stretches do not depend on how the audio is chunked', { skip: missing ?? false }, () => {
  const { samples } = spokenAnswer();
  const whole = segmentRecording(samples);
  for (const size of [4000, 1237, 160, 97]) assert.deepEqual(chunked(samples, size), whole, `pushed ${size} samples at a time`);
});

test('a pause ends a stretch only once the stretch is long enough, cut as soon as the pause is long enough', () => {
  const samples = concatSignals(voice(1.5), silence(0.6), voice(1.5), silence(0.6), voice(1));
  const stretches = segmentRecording(samples);
  // The first pause comes 1.5 s in, too early. The second (3.6–4.2 s) qualifies at 4.0 s, 0.4 s in,
  // and is cut in the middle of those 0.4 s, without waiting for the voice to return.
  assert.deepEqual(
    stretches.map((s) => [s.start, s.end]),
    [
      [0, 3.8],
      [3.8, 5.2],
    ],
  );
  assertCovers(stretches, samples);
  assert.deepEqual(stretches[0]?.voiced, [
    { start: 0, end: 1.5 },
    { start: 2.1, end: 3.6 },
  ]);
});

test('a pause shorter than pauseSec does not cut before relaxAfterSec, a relaxed pause does after', () => {
  // Bursts of 1.75 s with 0.25 s gaps: only the relaxed rule (0.2 s) can cut, in the first gap that
  // reaches 12 s (11.75–12 s); the five gaps before it do not.
  const parts: Float32Array[] = [];
  for (let i = 0; i < 10; i++) parts.push(voice(1.75), silence(0.25));
  const stretches = segmentRecording(concatSignals(...parts));
  const firstCut = stretches[1]?.start ?? 0;
  assert.ok(
    firstCut > DEFAULT_SEGMENTER.relaxAfterSec - 0.25 && firstCut < DEFAULT_SEGMENTER.relaxAfterSec,
    `first cut at ${firstCut} s`,
  );
  const gapStart = Math.floor(firstCut / 2) * 2 + 1.75;
  assert.ok(firstCut > gapStart && firstCut < gapStart + 0.25, `the cut at ${firstCut} s lies in the gap from ${gapStart} s`);
});

test('speech without pauses is cut at maxStretchSec, at its quietest moment', () => {
  // Continuous voice, quieter (but still voiced) from 14.8 to 15.2 s.
  const samples = concatSignals(voice(14.8), voice(0.4, 0.05), voice(10.8));
  const stretches = segmentRecording(samples);
  const cut = stretches[1]?.start ?? 0;
  assert.ok(cut >= 14.9 && cut <= 15.1, `forced cut at ${cut} s, inside the quiet moment`);
  assert.ok(stretches.every((s) => s.end - s.start <= DEFAULT_SEGMENTER.maxStretchSec));
  assertCovers(stretches, samples);
});

test('silence gives stretches without voice; no audio gives none', () => {
  const stretches = segmentRecording(silence(30));
  assert.ok(stretches.length >= 1);
  assert.ok(stretches.every((s) => s.voiced.length === 0));
  assert.equal(new Segmenter().finish(), null);
});

test('a last partial frame still belongs to the tail', () => {
  const samples = concatSignals(voice(1), new Float32Array(55).fill(0.2));
  const stretches = segmentRecording(samples);
  assert.equal(stretches.length, 1);
  assert.equal(stretches[0]?.end, samples.length / RATE);
});

test('misuse is refused clearly', () => {
  const segmenter = new Segmenter();
  segmenter.finish();
  assert.throws(() => segmenter.push(silence(1)), { message: 'the segmenter was finished: no more audio can be added' });
  assert.throws(() => segmenter.finish(), { message: 'the segmenter was already finished' });
  assert.throws(() => new Segmenter({ minStretchSec: 19.9 }), /segmenter settings are inconsistent/);
  assert.throws(() => new Segmenter({ pauseSec: -1 }), /segmenter settings are inconsistent/);
});
