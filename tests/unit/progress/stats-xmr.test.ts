import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ewma, ewmaLimits, movingRanges, naturalRange, runRuleSignals } from '../../../common/stats/xmr';

const close = (actual: number | undefined, expected: number, digits = 6): void => {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 10 ** -digits, `expected ${expected}, got ${actual}`);
};

// x = 10, 12, 11, 15, 12: x̄ = 60 / 5 = 12; MR = 2, 1, 4, 3 → mean MR = 10 / 4 = 2.5;
// limits 12 ± 2.66 × 2.5 = 12 ± 6.65 → 5.35 … 18.65; σ̂ = 2.5 / 1.128 = 2.216312.
const X = [10, 12, 11, 15, 12];

test('natural range of a worked example', () => {
  assert.deepEqual(movingRanges(X), [2, 1, 4, 3]);
  const range = naturalRange(X)!;
  assert.equal(range.centre, 12);
  assert.equal(range.meanMovingRange, 2.5);
  close(range.lower, 5.35);
  close(range.upper, 18.65);
  close(range.sigma, 2.216312);
  assert.equal(naturalRange([7]), null);
});

test('EWMA with λ = 0.2 starting at x₁', () => {
  // z₁ = .2·10 + .8·10 = 10; z₂ = 2.4 + 8 = 10.4; z₃ = 2.2 + 8.32 = 10.52; z₄ = 3 + 8.416 = 11.416;
  // z₅ = 2.4 + 9.1328 = 11.5328.
  const line = ewma(X);
  [10, 10.4, 10.52, 11.416, 11.5328].forEach((z, i) => close(line[i], z));
  assert.throws(() => ewma(X, 0), /λ/);
});

test('EWMA limits: centre ± 3σ̂√(λ / (2 − λ))', () => {
  // √(0.2 / 1.8) = 1/3, so the half-width is 3 × 2.216312 / 3 = 2.216312.
  const limits = ewmaLimits(naturalRange(X)!);
  close(limits.lower, 12 - 2.216312);
  close(limits.upper, 12 + 2.216312);
});

test('rule 1 flags a point outside the natural range; rule 2 a run of 8 on one side', () => {
  // x = 4,5,4,5,4,5,4,5,12,12: x̄ = 60 / 10 = 6; MR = 1 ×7, 7, 0 → 14 / 9 = 1.5556; limits 6 ± 4.1378 →
  // 1.862 … 10.138. The two 12s are outside; the first eight are all below 6: a run.
  const signals = runRuleSignals([4, 5, 4, 5, 4, 5, 4, 5, 12, 12]);
  assert.deepEqual(
    signals.map((s) => s.outside),
    [false, false, false, false, false, false, false, false, true, true],
  );
  assert.deepEqual(
    signals.map((s) => s.run),
    [true, true, true, true, true, true, true, true, false, false],
  );
});

test('a point exactly on the mean breaks a run; seven in a row is not a run', () => {
  // x̄ = (8 × 4 + 5 + 13) / 10 = 5: the fifth point sits on the mean, leaving two runs of four.
  assert.ok(runRuleSignals([4, 4, 4, 4, 5, 4, 4, 4, 4, 13]).every((s) => !s.run));
  // x̄ = (9 × 4 + 14) / 10 = 5: nine in a row below.
  assert.equal(runRuleSignals([4, 4, 4, 4, 4, 4, 4, 4, 4, 14]).filter((s) => s.run).length, 9);
  // 7 below then 3 above: x̄ = (7 + 3 × 5) / 10 = 2.2; no run of 8.
  assert.ok(runRuleSignals([1, 1, 1, 1, 1, 1, 1, 5, 5, 5]).every((s) => !s.run));
});

test('alternating values raise no flag', () => {
  // x̄ = 5.5, MR = 1 everywhere → limits 5.5 ± 2.66: nothing outside, no side holds for two points.
  const signals = runRuleSignals([5, 6, 5, 6, 5, 6, 5, 6, 5, 6]);
  assert.ok(signals.every((s) => !s.outside && !s.run));
  assert.deepEqual(runRuleSignals([3]), [{ outside: false, run: false, side: 0 }]);
});
