import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockLevel, isClipping, smoothLevel } from '../../../renderer/src/recorder/level';
import { LevelMeterStore } from '../../../renderer/src/recorder/levelMeterStore';

test('blockLevel maps the peak from -60 dBFS (0) to full scale (1)', () => {
  assert.equal(blockLevel(new Float32Array(512)), 0);
  assert.equal(blockLevel(Float32Array.of(0, -1, 0.5)), 1);
  assert.ok(Math.abs(blockLevel(Float32Array.of(0.1)) - 2 / 3) < 1e-6, '-20 dBFS is two thirds');
  assert.equal(blockLevel(Float32Array.of(0.0001)), 0, 'below the floor reads as silence');
});

test('isClipping flags samples at full scale', () => {
  assert.equal(isClipping(Float32Array.of(0.5, -0.98)), false);
  assert.equal(isClipping(Float32Array.of(0.2, -0.995)), true);
});

test('smoothLevel rises at once and falls at 1.5 per second', () => {
  assert.equal(smoothLevel(0.2, 0.8, 0.03), 0.8);
  assert.ok(Math.abs(smoothLevel(0.8, 0, 0.1) - 0.65) < 1e-9);
  assert.equal(smoothLevel(0.8, 0.7, 1), 0.7, 'never falls below the new reading');
});

test('the meter store notifies only on change and holds a clip warning briefly', () => {
  const store = new LevelMeterStore();
  let notified = 0;
  store.subscribe(() => {
    notified += 1;
  });
  store.push(new Float32Array(512), 1000);
  assert.equal(notified, 0, 'silence after silence changes nothing');
  store.push(Float32Array.of(1), 1032);
  assert.deepEqual(store.get(), { level: 1, clipping: true });
  store.push(Float32Array.of(0.1), 2000);
  assert.equal(store.get().clipping, true);
  store.push(Float32Array.of(0.1), 2600);
  assert.equal(store.get().clipping, false);
  store.reset();
  assert.deepEqual(store.get(), { level: 0, clipping: false });
});
