import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mannKendall, theilSenSlope, trend } from '../../../common/stats/trend';

test('Theil–Sen slope of a worked example', () => {
  // x = 1, 3, 2, 5, 4. Pairwise slopes (xⱼ − xᵢ)/(j − i): 2, .5, 4/3, .75, −1, 1, 1/3, 3, 1, −1.
  // Sorted: −1, −1, 1/3, .5, .75, 1, 1, 4/3, 2, 3 → median (.75 + 1) / 2 = 0.875.
  assert.equal(theilSenSlope([1, 3, 2, 5, 4]), 0.875);
  assert.equal(theilSenSlope([4]), null);
});

test('Mann–Kendall S and z of a worked example', () => {
  // Signs over i < j: 8 positive, 2 negative ((1,2) and (3,4)) → S = 6. Var(S) = 5·4·15 / 18 = 16.667;
  // z = (6 − 1) / √16.667 = 1.224745.
  const { s, z } = mannKendall([1, 3, 2, 5, 4]);
  assert.equal(s, 6);
  assert.ok(Math.abs(z - 1.224745) < 1e-6);
});

test('a steady climb over 10 attempts is a significant upward trend', () => {
  // 1…10: every pair rises → S = 45; Var(S) = 10·9·25 / 18 = 125; z = 44 / √125 = 3.935480; slope 1.
  const found = trend([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])!;
  assert.equal(found.slopePerAttempt, 1);
  assert.equal(found.direction, 'up');
  assert.equal(found.s, 45);
  assert.ok(Math.abs(found.z - 3.93548) < 1e-5);
  assert.equal(found.significant, true);
});

test('ties reduce the variance of S', () => {
  // 1,1,2,2,…,5,5: 45 pairs minus 5 tied → S = 40. Ties: five groups of 2, each 2·1·9 = 18 → 90.
  // Var(S) = (2250 − 90) / 18 = 120; z = 39 / √120 = 3.560197.
  const { s, z } = mannKendall([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  assert.equal(s, 40);
  assert.ok(Math.abs(z - 3.560197) < 1e-6);
});

test('no trend below 10 attempts, and a flat noisy series is not significant', () => {
  assert.equal(trend([1, 2, 3, 4, 5, 6, 7, 8, 9]), null);
  const flat = trend([5, 6, 5, 6, 5, 6, 5, 6, 5, 6])!;
  // The 5s see 5+4+3+2+1 = 15 larger values after them, the 6s 4+3+2+1+0 = 10 smaller → S = 5.
  assert.equal(flat.s, 5);
  assert.equal(flat.significant, false);
  assert.equal(flat.direction, 'flat');
});
