import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABEL_DEFINITIONS, distanceToBand, seriesStats } from '../../../common/stats/series';

const DURATION_WINDOW = { min: 60, max: 90 };
const FILLER_TARGET = { min: 0, max: 5 };

test('fewer than 2N attempts: too few attempts', () => {
  const stats = seriesStats([70, 72, 71, 69, 75, 80, 66, 70, 71], { cv: true, target: DURATION_WINDOW });
  assert.equal(stats.label, 'too few attempts');
  assert.deepEqual(stats.because, ['9 of the 10 attempts needed']);
  // The figures are still there for the chart.
  assert.equal(stats.last.n, 5);
  assert.equal(stats.prior?.n, 4);
  assert.equal(stats.ewma.length, 9);
});

test('last 5 against the 5 before, with CV only when asked', () => {
  // Before: 60, 80, 55, 85, 70 → x̄ = 70, Σd² = 100 + 100 + 225 + 225 + 0 = 650, s = √(650/4) = 12.7475.
  // Last: 70, 72, 69, 71, 70 → x̄ = 70.4, Σd² = .16 + 2.56 + 1.96 + .36 + .16 = 5.2, s = √1.3 = 1.1402.
  const values = [60, 80, 55, 85, 70, 70, 72, 69, 71, 70];
  const stats = seriesStats(values, { cv: true, target: DURATION_WINDOW });
  assert.equal(stats.prior!.mean, 70);
  assert.ok(Math.abs(stats.prior!.sd! - Math.sqrt(650 / 4)) < 1e-9);
  assert.ok(Math.abs(stats.last.mean! - 70.4) < 1e-9);
  assert.ok(Math.abs(stats.last.sd! - Math.sqrt(1.3)) < 1e-9);
  assert.ok(Math.abs(stats.last.cv! - Math.sqrt(1.3) / 70.4) < 1e-9);
  // Medians 70 and 70; MADs: |d| = 10,10,15,15,0 → 10; 0,2,1,1,0 → 1.
  assert.equal(stats.prior!.mad, 10);
  assert.equal(stats.last.mad, 1);
  // Spread ratio 1.1402 / 12.7475 = 0.0894 ≤ 0.8 → converging.
  assert.equal(stats.label, 'converging');
  assert.deepEqual(stats.because, ['SD of the last 5 is 9 % of the 5 before']);
  assert.equal(seriesStats(values).last.cv, null);
});

test('spread growing by a quarter or more without getting closer to the target: drifting', () => {
  const values = [70, 72, 69, 71, 70, 60, 80, 55, 85, 70];
  const stats = seriesStats(values, { cv: true, target: DURATION_WINDOW });
  // 12.7475 / 1.1402 = 11.18 ≥ 1.25, both means inside the window (no closer) → drifting.
  assert.equal(stats.label, 'drifting');
  assert.deepEqual(stats.because, ['SD of the last 5 is 1118 % of the 5 before']);
});

test('a filler spike outside the natural range, away from the target: drifting', () => {
  // x̄ = (22 + 12) / 10 = 3.4; MR = 1 ×8, 10 → 18 / 9 = 2; upper limit 3.4 + 2.66 × 2 = 8.72 < 12.
  // 12 is 7 past the 0–5 target, the mean 0 past it → away.
  const stats = seriesStats([2, 3, 2, 3, 2, 3, 2, 3, 2, 12], { target: FILLER_TARGET });
  assert.equal(stats.signals[9]!.outside, true);
  assert.equal(stats.label, 'drifting');
  assert.equal(stats.because[0], 'attempt 10 outside the natural range, away from the target');
});

test('a jump towards the target is converging, though it widens the window', () => {
  // x̄ = 87 / 10 = 8.7; MR = 1 ×8, 8 → 16 / 9 = 1.778; lower limit 8.7 − 4.729 = 3.971 > 2 → flagged.
  // Last mean (10 + 9 + 10 + 9 + 2) / 5 = 8 is 3 past the target; before 9.4 was 4.4 past → closer.
  const stats = seriesStats([9, 10, 9, 10, 9, 10, 9, 10, 9, 2], { target: FILLER_TARGET });
  assert.equal(stats.signals[9]!.outside, true);
  assert.equal(stats.label, 'converging');
  assert.deepEqual(stats.because, ['attempt 10 outside the natural range, towards the target']);
});

test('similar spread, nothing flagged: steady', () => {
  // Before 60,70,80,70,60: s = √(280/4) = 8.367; last 70,80,70,60,70: s = √(200/4) = 7.071; ratio 0.845.
  // x̄ = 69, MR = 10 everywhere → limits 69 ± 26.6: nothing outside, no run longer than 3.
  const stats = seriesStats([60, 70, 80, 70, 60, 70, 80, 70, 60, 70], { cv: true, target: DURATION_WINDOW });
  assert.equal(stats.label, 'steady');
  assert.deepEqual(stats.because, ['SD of the last 5 is 85 % of the 5 before, no flag or trend away from the target']);
});

test('a run of 8 still going is drift; a broken one is not', () => {
  // Fillers per minute against 0–5. x̄ = (21 + 52) / 14 = 5.214: the first six (3, 4) are below, the last
  // eight (6, 7) above. MR = 1 ×5, 2, 1 ×7 → 14 / 13 = 1.077; limits 5.214 ± 2.865: nothing outside.
  const going = [3, 4, 3, 4, 3, 4, 6, 7, 6, 7, 6, 7, 6, 7];
  const stats = seriesStats(going, { target: FILLER_TARGET });
  assert.equal(stats.label, 'drifting');
  // 7 is 2 past the target, the mean .214 past it → away.
  assert.equal(stats.because[0], 'the last 8 attempts on one side of the mean, away from the target');
  // Back below the mean: the run is flagged but over, so it no longer counts.
  const broken = seriesStats([...going, 3], { target: FILLER_TARGET });
  assert.ok(broken.signals.slice(6, 14).every((s) => s.run));
  assert.ok(broken.because.every((reason) => !reason.includes('one side')));
});

test('without a target, a significant trend is drift', () => {
  const stats = seriesStats([100, 104, 108, 112, 116, 120, 124, 128, 132, 136]);
  // Same spread in both windows (ratio 1); S = 45 → z = 3.94 > 1.96.
  assert.equal(stats.label, 'drifting');
  assert.ok(stats.because.some((reason) => reason.startsWith('significant trend (z = 3.94)')));
});

test('every label has a definition to show on hover, and bad windows are refused', () => {
  for (const label of ['too few attempts', 'drifting', 'converging', 'steady'] as const) {
    assert.ok(LABEL_DEFINITIONS[label].length > 40);
  }
  assert.throws(() => seriesStats([1, 2, 3], { window: 1 }), /window/);
  assert.equal(distanceToBand(50, DURATION_WINDOW), 10);
  assert.equal(distanceToBand(75, DURATION_WINDOW), 0);
  assert.equal(distanceToBand(95, DURATION_WINDOW), 5);
});
