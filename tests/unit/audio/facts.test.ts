import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertHasSpeech, DIGITAL_SILENCE_DB, measureAudio, toDbfs, voicedRegions } from '../../../native/audio/facts';
import { concatSignals, noiseSource, speechLike, tone } from '../../utils/audio-signals';

const silence = (seconds: number): Float32Array => new Float32Array(Math.round(seconds * 16000));

function noise(seconds: number, amplitude: number): Float32Array {
  const random = noiseSource(11);
  return Float32Array.from({ length: Math.round(seconds * 16000) }, () => 2 * amplitude * random());
}

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);
}

test('measureAudio reports duration, peak, RMS level and voiced time', () => {
  const measured = measureAudio(concatSignals(silence(0.5), tone(440, 1, 0.5), silence(0.5)));
  assert.equal(measured.durationSec, 2);
  near(measured.peak, 0.5, 1e-3, 'peak');
  // A 0.5 sine is -9.03 dBFS RMS; spread over twice its length it is 3.01 dB lower.
  near(measured.rmsDb, -12.04, 0.02, 'rmsDb');
  near(measured.voicedSec, 1, 0.02, 'voicedSec');
});

test('measureAudio keeps levels finite for digital silence and honours the sample rate', () => {
  assert.deepEqual(measureAudio(silence(1)), { durationSec: 1, peak: 0, rmsDb: DIGITAL_SILENCE_DB, voicedSec: 0 });
  assert.deepEqual(measureAudio(new Float32Array(0)), {
    durationSec: 0,
    peak: 0,
    rmsDb: DIGITAL_SILENCE_DB,
    voicedSec: 0,
  });
  assert.equal(measureAudio(new Float32Array(44100), 44100).durationSec, 1);
  assert.equal(toDbfs(1), 0);
  assert.equal(toDbfs(0), DIGITAL_SILENCE_DB);
  assert.throws(() => measureAudio(Float32Array.from([0, Number.NaN])), {
    message: 'the audio contains an invalid sample (NaN)',
  });
  assert.throws(() => measureAudio(silence(1), 0), /unsupported sample rate 0 Hz/);
});

test('voicedRegions finds each stretch of sound above the noise floor', () => {
  const quiet = (seconds: number): Float32Array => noise(seconds, 0.001);
  const audio = concatSignals(quiet(0.5), tone(300, 1, 0.3), quiet(0.5), tone(300, 0.5, 0.3), quiet(0.3));
  const regions = voicedRegions(audio);
  assert.equal(regions.length, 2);
  near(regions[0]!.start, 0.5, 0.01, 'first start');
  near(regions[0]!.end, 1.5, 0.01, 'first end');
  near(regions[1]!.start, 2, 0.01, 'second start');
  near(regions[1]!.end, 2.5, 0.01, 'second end');
});

test('voicedRegions adapts to a noisy room', () => {
  const audio = concatSignals(noise(1, 0.02), tone(300, 1, 0.4), noise(1, 0.02));
  const regions = voicedRegions(audio);
  assert.equal(regions.length, 1);
  near(regions[0]!.start, 1, 0.01, 'start');
  near(regions[0]!.end, 2, 0.01, 'end');
});

test('voicedRegions bridges short pauses, splits at long ones and ignores clicks', () => {
  const bridged = voicedRegions(concatSignals(tone(300, 0.5, 0.3), silence(0.05), tone(300, 0.5, 0.3), silence(0.5)));
  assert.equal(bridged.length, 1);
  const split = voicedRegions(concatSignals(tone(300, 0.5, 0.3), silence(0.2), tone(300, 0.5, 0.3), silence(0.5)));
  assert.equal(split.length, 2);
  const click = concatSignals(silence(0.5), tone(1000, 0.005, 0.9), silence(0.5), tone(300, 0.5, 0.3), silence(0.5));
  const regions = voicedRegions(click);
  assert.equal(regions.length, 1);
  near(regions[0]!.start, 1.005, 0.01, 'start after the click');
});

test('voicedRegions counts audio without pauses as voiced throughout', () => {
  const regions = voicedRegions(tone(200, 2, 0.2));
  assert.deepEqual(regions, [{ start: 0, end: 2 }]);
  const speech = measureAudio(speechLike(3));
  assert.ok(speech.voicedSec > 2.5, `voiced ${speech.voicedSec}`);
});

test('voicedRegions uses 10 ms frames at any sample rate and ends at the last sample', () => {
  const regions = voicedRegions(concatSignals(silence(0.5), tone(300, 0.2555, 0.3)).subarray(0, 12088), 16000);
  assert.equal(regions[0]?.end, 12088 / 16000);
  const at48k = voicedRegions(concatSignals(new Float32Array(24000), tone(300, 0.5, 0.3, 48000)), 48000);
  assert.equal(at48k.length, 1);
  near(at48k[0]!.start, 0.5, 0.01, 'start at 48 kHz');
});

test('assertHasSpeech accepts speech and refuses empty or silent takes', () => {
  const measured = assertHasSpeech(speechLike(2));
  assert.equal(measured.durationSec, 2);
  assert.throws(() => assertHasSpeech(new Float32Array(0)), { message: 'the audio is empty' });
  assert.throws(() => assertHasSpeech(silence(1)), { message: 'the audio is silent (every sample is zero)' });
  assert.throws(() => assertHasSpeech(tone(300, 1, 0.001)), { message: 'the audio is silent (peak -60.0 dBFS)' });
  const click = concatSignals(silence(1), tone(1000, 0.005, 0.5), silence(1));
  assert.throws(() => assertHasSpeech(click), { message: 'the audio is silent apart from clicks (peak -6.0 dBFS)' });
});
