import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SILENCE_DB, voicedRegions } from '../../../native/audio/facts';
import { energyDb, frameEnergy, FRAME_SAMPLES, LevelHistogram, regionsAbove } from '../../../native/transcriber/voicing';
import { concatSignals, tone } from '../../utils/audio-signals';

test('the threshold sits 10 dB above the noise floor, at most 20 dB below the loud frames, never below SILENCE_DB', () => {
  const histogram = new LevelHistogram();
  assert.equal(histogram.threshold(), SILENCE_DB, 'nothing heard yet');
  for (let i = 0; i < 50; i++) histogram.add(-70);
  assert.equal(histogram.threshold(), SILENCE_DB, 'quiet noise alone');
  for (let i = 0; i < 50; i++) histogram.add(-20);
  assert.equal(histogram.threshold(), SILENCE_DB, 'noise + 10 dB is -60, below the floor');
});

test('in loud noise the threshold follows the voice: 20 dB below it', () => {
  const histogram = new LevelHistogram();
  for (let i = 0; i < 10; i++) histogram.add(-30);
  for (let i = 0; i < 90; i++) histogram.add(-20);
  assert.equal(histogram.threshold(), -40);
});

test('noise above SILENCE_DB stays below the threshold once voice is heard', () => {
  const histogram = new LevelHistogram();
  for (let i = 0; i < 300; i++) histogram.add(-45);
  for (let i = 0; i < 700; i++) histogram.add(-15);
  assert.equal(histogram.threshold(), -35);
});

test('regions bridge short gaps and drop clicks, like audio/facts.ts', () => {
  const levels = [-90, -10, -10, -10, -10, -90, -90, -10, -10, -10, ...Array(20).fill(-90), -10, -10, ...Array(20).fill(-90)];
  assert.deepEqual(regionsAbove(levels, -50, 5, 100), [{ start: 5.01, end: 5.1 }]);
});

test('over a whole recording the regions match audio/facts.ts voicedRegions', () => {
  const silence = (s: number): Float32Array => new Float32Array(s * 16000);
  const samples = concatSignals(silence(0.5), tone(200, 1, 0.3), silence(0.7), tone(300, 0.5, 0.2), silence(0.3));
  const histogram = new LevelHistogram();
  const levels: number[] = [];
  for (let at = 0; at < samples.length; at += FRAME_SAMPLES) {
    const level = energyDb(frameEnergy(samples, at, Math.min(samples.length, at + FRAME_SAMPLES)));
    histogram.add(level);
    levels.push(level);
  }
  const ours = regionsAbove(levels, histogram.threshold(), 0, samples.length / 16000);
  const theirs = voicedRegions(samples);
  assert.equal(ours.length, theirs.length);
  ours.forEach((region, i) => {
    assert.ok(Math.abs(region.start - theirs[i]!.start) < 1e-9 && Math.abs(region.end - theirs[i]!.end) < 1e-9);
  });
});
