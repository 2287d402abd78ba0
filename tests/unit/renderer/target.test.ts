import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  durationVerdict,
  nearMargin,
  presetIdFor,
  TARGET_PRESETS,
  timerBar,
  timerZone,
  zoneLabel,
} from '../../../renderer/src/recorder/target';

const full = { minSec: 60, maxSec: 90 };
const elevator = { minSec: 25, maxSec: 35 };
const deep = { minSec: 150, maxSec: 210 };

test('the presets are the three documented windows', () => {
  assert.deepEqual(
    TARGET_PRESETS.map((p) => [p.label, p.target.minSec, p.target.maxSec]),
    [
      ['Elevator 30 s', 25, 35],
      ['Full 60–90 s', 60, 90],
      ['Deep dive 3 min', 150, 210],
    ],
  );
  assert.equal(presetIdFor(deep), 'deep');
  assert.equal(presetIdFor({ minSec: 61, maxSec: 90 }), null);
});

test('the near margin is 5 s, or 10 % of the maximum when that is larger', () => {
  assert.equal(nearMargin(elevator), 5);
  assert.equal(nearMargin(full), 9);
  assert.equal(nearMargin(deep), 21);
});

test('60–90 s: early, near before the window, inside, near before the end, over', () => {
  assert.equal(timerZone(0, full), 'early');
  assert.equal(timerZone(50.9, full), 'early');
  assert.equal(timerZone(51, full), 'near');
  assert.equal(timerZone(59.9, full), 'near');
  assert.equal(timerZone(60, full), 'inside');
  assert.equal(timerZone(80.9, full), 'inside');
  assert.equal(timerZone(81, full), 'near');
  assert.equal(timerZone(90, full), 'near');
  assert.equal(timerZone(90.01, full), 'over');
});

test('25–35 s uses the 5 s floor for its margins', () => {
  assert.equal(timerZone(19.9, elevator), 'early');
  assert.equal(timerZone(20, elevator), 'near');
  assert.equal(timerZone(25, elevator), 'inside');
  assert.equal(timerZone(29.9, elevator), 'inside');
  assert.equal(timerZone(30, elevator), 'near');
  assert.equal(timerZone(36, elevator), 'over');
});

test('a window narrower than the margin is amber throughout, never green', () => {
  const narrow = { minSec: 20, maxSec: 22 };
  assert.equal(timerZone(21, narrow), 'near');
  assert.equal(timerZone(23, narrow), 'over');
});

test('zone labels put words to the colours', () => {
  assert.equal(zoneLabel(10, full), '');
  assert.equal(zoneLabel(55, full), 'Nearly there');
  assert.equal(zoneLabel(70, full), 'In the window');
  assert.equal(zoneLabel(85, full), 'Wrap up');
  assert.equal(zoneLabel(95, full), 'Over time');
});

test('durationVerdict: short, inside (edges included), long', () => {
  assert.equal(durationVerdict(59.9, full), 'short');
  assert.equal(durationVerdict(60, full), 'inside');
  assert.equal(durationVerdict(90, full), 'inside');
  assert.equal(durationVerdict(90.5, full), 'long');
});

test('the timer bar spans 125 % of the maximum and stretches when the answer runs on', () => {
  assert.deepEqual(timerBar(0, full), { fill: 0, windowStart: (60 / 112.5) * 100, windowEnd: 80 });
  assert.equal(timerBar(56.25, full).fill, 50);
  const long = timerBar(225, full);
  assert.equal(long.fill, 100);
  assert.equal(long.windowEnd, 40);
});
