// voicedForAnalysis (native/audio/vocalized.ts): where the audio has sound, down to quiet, short hesitations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { voicedRegions } from '../../../native/audio/facts';
import { concatSamples } from '../../../native/audio/format';
import { voicedForAnalysis } from '../../../native/audio/vocalized';
import { noiseSource, speechLike, tone } from '../../utils/audio-signals';

const silence = (seconds: number): Float32Array => new Float32Array(Math.round(seconds * 16000));

function withNoise(samples: Float32Array, amplitude: number): Float32Array {
  const random = noiseSource(3);
  return samples.map((sample) => sample + 2 * amplitude * random());
}

function near(actual: number | undefined, expected: number, tolerance: number, what: string): void {
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= tolerance,
    `${what}: ${actual} is not within ${tolerance} of ${expected}`,
  );
}

test('words and a hesitation between them are separate regions at their own times', () => {
  const audio = concatSamples([
    silence(0.5),
    speechLike(1),
    silence(0.4),
    tone(180, 0.3, 0.1),
    silence(0.6),
    speechLike(1),
    silence(0.5),
  ]);
  const regions = voicedForAnalysis(audio);
  assert.equal(regions.length, 3);
  near(regions[1]?.start, 1.9, 0.02, 'hesitation start');
  near(regions[1]?.end, 2.2, 0.02, 'hesitation end');
  near(regions[2]?.start, 2.8, 0.02, 'next word start');
});

test('a hesitation 20 dB quieter than the words, in room noise, is still found', () => {
  const clean = concatSamples([speechLike(1), silence(0.4), tone(180, 0.3, 0.02), silence(0.6), speechLike(1)]);
  const noisy = withNoise(clean, 0.003);
  const found = voicedForAnalysis(noisy).filter((region) => region.start > 1.2 && region.end < 2.4);
  assert.equal(found.length, 1);
  near(found[0]?.start, 1.4, 0.03, 'start');
  near(found[0]?.end, 1.7, 0.03, 'end');
});

test('room noise alone is not sound, and audio without pauses is sound throughout', () => {
  const noisy = withNoise(concatSamples([speechLike(1), silence(2), speechLike(1)]), 0.003);
  const regions = voicedForAnalysis(noisy);
  assert.equal(regions.length, 2);
  near(regions[0]?.end, 1, 0.05, 'first end');
  const continuous = voicedForAnalysis(speechLike(3));
  assert.equal(continuous.length, 1);
  near((continuous[0]?.end ?? 0) - (continuous[0]?.start ?? 0), 3, 0.05, 'continuous speech');
});

test('clicks are not sound; empty audio has none', () => {
  const click = concatSamples([silence(1), tone(1000, 0.02, 0.5), silence(1)]);
  assert.deepEqual(voicedForAnalysis(click), []);
  assert.deepEqual(voicedForAnalysis(new Float32Array(0)), []);
  assert.throws(() => voicedForAnalysis(silence(1), 0), /unsupported sample rate 0 Hz/);
});

test('it keeps the faint end of a fading sound that voicedRegions cuts off', () => {
  // The tone fades by e every 0.125 s and sinks into the noise 0.6 s after it starts, at 1.1 s.
  const fading = Float32Array.from(
    { length: 16000 },
    (_, i) => 0.2 * Math.exp(-i / 2000) * Math.sin((2 * Math.PI * 200 * i) / 16000),
  );
  const audio = withNoise(concatSamples([silence(0.5), fading, silence(1)]), 0.002);
  const tuned = voicedForAnalysis(audio)[0];
  const general = voicedRegions(audio)[0];
  assert.ok(tuned !== undefined && general !== undefined);
  assert.ok(tuned.end > general.end + 0.05, `${tuned.end} is not past ${general.end}`);
  assert.ok(tuned.end <= 1.1, `${tuned.end} runs into the noise`);
});
