import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  coefficientOfVariation,
  mean,
  meanAndSd,
  median,
  medianAbsoluteDeviation,
  sampleSd,
} from '../../../common/stats/descriptive';

const close = (actual: number | null, expected: number, digits = 6): void => {
  assert.ok(actual !== null, `expected ${expected}, got null`);
  assert.ok(Math.abs(actual - expected) < 10 ** -digits, `expected ${expected}, got ${actual}`);
};

// x = 2, 4, 4, 4, 5, 5, 7, 9: Σx = 40, x̄ = 5; Σ(x − x̄)² = 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32;
// s² = 32 / 7 = 4.571429, s = 2.138090; CV = 2.138090 / 5 = 0.427618.
const X = [2, 4, 4, 4, 5, 5, 7, 9];

test('mean and sample SD of a worked example', () => {
  assert.equal(mean(X), 5);
  close(sampleSd(X), Math.sqrt(32 / 7));
  close(sampleSd(X), 2.13809);
});

test('the coefficient of variation is s / x̄', () => {
  close(coefficientOfVariation(X), 0.427618);
});

test("Welford's update keeps precision on large, close values", () => {
  // 1e9 + (4, 7, 13, 16): deviations −6, −3, 3, 6 → Σ = 90, s² = 90 / 3 = 30.
  const { n, mean: m, sd } = meanAndSd([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
  assert.equal(n, 4);
  close(m, 1e9 + 10);
  close(sd, Math.sqrt(30), 9);
});

test('median and MAD', () => {
  // Sorted X: middle pair 4 and 5 → median 4.5. |x − 4.5| = 2.5, .5, .5, .5, .5, .5, 2.5, 4.5; sorted, the
  // middle pair is .5 and .5 → MAD 0.5.
  assert.equal(median(X), 4.5);
  assert.equal(medianAbsoluteDeviation(X), 0.5);
  assert.equal(median([3, 1, 2]), 2);
  // |1 − 2|, |2 − 2|, |9 − 2| = 1, 0, 7 → median 1: the outlier barely moves the MAD.
  assert.equal(medianAbsoluteDeviation([1, 2, 9]), 1);
});

test('too few values give null, not a made-up number', () => {
  assert.equal(mean([]), null);
  assert.equal(sampleSd([4]), null);
  assert.equal(median([]), null);
  assert.equal(medianAbsoluteDeviation([]), null);
  assert.equal(coefficientOfVariation([5]), null);
  // x̄ = 0: a CV would divide by zero.
  assert.equal(coefficientOfVariation([-1, 1]), null);
});
