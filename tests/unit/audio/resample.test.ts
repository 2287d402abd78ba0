import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resampleTo16k } from '../../../native/audio/resample';
import { noiseSource, rmsOf, tone } from '../../utils/audio-signals';

/** Level of `actual` minus the ideal 16 kHz tone, relative to the tone, in dB (edges excluded). */
function errorDb(actual: Float32Array, frequency: number, amplitude: number): number {
  const ideal = tone(frequency, actual.length / 16000, amplitude);
  const error = actual.map((value, i) => value - (ideal[i] ?? 0));
  return 20 * Math.log10(rmsOf(error, 1600, actual.length - 1600) / (amplitude / Math.SQRT2));
}

test('16 kHz input comes back unchanged, as a copy', () => {
  const input = Float32Array.from([0.1, -0.2, 0.3]);
  const output = resampleTo16k(input, 16000);
  assert.deepEqual(output, input);
  assert.notEqual(output, input);
});

test('output length covers exactly the input duration', () => {
  assert.equal(resampleTo16k(new Float32Array(48000), 48000).length, 16000);
  assert.equal(resampleTo16k(new Float32Array(44100), 44100).length, 16000);
  assert.equal(resampleTo16k(new Float32Array(44101), 44100).length, 16001);
  assert.equal(resampleTo16k(new Float32Array(4), 48000).length, 2);
  assert.equal(resampleTo16k(new Float32Array(8000), 8000).length, 16000);
  assert.equal(resampleTo16k(new Float32Array(0), 44100).length, 0);
});

test('keeps speech-band tones accurate when converting common rates', () => {
  for (const rate of [8000, 11025, 22050, 32000, 44100, 48000, 96000, 44056]) {
    // Tones near the input's Nyquist frequency sit in the filter's transition band, so stay below 3/8 of the rate.
    for (const frequency of [200, 1000, Math.min(3400, 0.375 * rate)]) {
      const output = resampleTo16k(tone(frequency, 1, 0.5, rate), rate);
      const error = errorDb(output, frequency, 0.5);
      assert.ok(error < -70, `${frequency} Hz from ${rate} Hz: error ${error.toFixed(1)} dB`);
    }
  }
});

test('passes up to 6 kHz at full level when downsampling', () => {
  const output = resampleTo16k(tone(6000, 1, 0.5, 44100), 44100);
  const level = 20 * Math.log10(rmsOf(output, 1600, 14400) / (0.5 / Math.SQRT2));
  assert.ok(Math.abs(level) < 0.1, `6 kHz level ${level.toFixed(2)} dB`);
});

test('filters out content above 8 kHz instead of aliasing it', () => {
  for (const rate of [22050, 44100, 48000]) {
    for (const frequency of [8600, 10000, 11000]) {
      const output = resampleTo16k(tone(frequency, 1, 0.5, rate), rate);
      const level = 20 * Math.log10(rmsOf(output, 1600, 14400) / (0.5 / Math.SQRT2));
      assert.ok(level < -70, `${frequency} Hz from ${rate} Hz leaks at ${level.toFixed(1)} dB`);
    }
  }
});

test('keeps DC exactly and is deterministic', () => {
  const constant = new Float32Array(4410).fill(0.25);
  const output = resampleTo16k(constant, 44100);
  for (let i = 100; i < output.length - 100; i++) assert.ok(Math.abs(output[i]! - 0.25) < 1e-6, `sample ${i}`);
  const random = noiseSource(3);
  const noise = Float32Array.from({ length: 48000 }, () => random());
  assert.deepEqual(resampleTo16k(noise, 48000), resampleTo16k(noise, 48000));
});

test('rejects invalid sample rates', () => {
  for (const rate of [0, -16000, 999, 44100.5, Number.NaN, Number.POSITIVE_INFINITY, 400000]) {
    assert.throws(() => resampleTo16k(new Float32Array(10), rate), {
      message: `unsupported sample rate ${rate} Hz (expected a whole number from 1000 to 384000)`,
    });
  }
});
