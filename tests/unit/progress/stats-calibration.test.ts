import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  calibrationOverTime,
  MIN_RELIABILITY_ESTIMATES,
  numericCalibration,
  probabilityCalibration,
  type CalibrationEntry,
} from '../../../common/stats/calibration';

const close = (actual: number | null | undefined, expected: number, digits = 6): void => {
  assert.ok(actual != null && Math.abs(actual - expected) < 10 ** -digits, `expected ${expected}, got ${actual}`);
};

test('duration estimates: q, bias, spread and the share within ±25 %', () => {
  // q = ln(60/75) = −.223144, ln(90/75) = .182322, ln(80/80) = 0, ln(50/100) = −.693147.
  // bias = −.733969 / 4 = −.183492 (an underestimator); SD of q = .378069.
  // Within ±25 %: 60 ∈ [56.25, 93.75] yes, 90 yes, 80 yes, 50 ∉ [75, 125] → 3 / 4.
  const result = numericCalibration([
    { estimate: 60, actual: 75 },
    { estimate: 90, actual: 75 },
    { estimate: 80, actual: 80 },
    { estimate: 50, actual: 100 },
  ]);
  assert.equal(result.n, 4);
  close(result.q[0], Math.log(0.8));
  close(result.bias, -0.183492);
  close(result.spread, 0.378069);
  assert.equal(result.within25, 0.75);
});

test('filler counts use ln((e + 1) / (a + 1)) so zero is scoreable', () => {
  // (0, 0) → ln(1/1) = 0; (3, 1) → ln(4/2) = ln 2. Within 25 % (on the offset values): |1 − 1| = 0 ≤ .25 ✓;
  // |4 − 2| = 2 > .25 × 2 = .5 ✗ → 1 / 2.
  const counts = numericCalibration(
    [
      { estimate: 0, actual: 0 },
      { estimate: 3, actual: 1 },
    ],
    1,
  );
  assert.deepEqual(counts.q, [0, Math.log(2)]);
  assert.equal(counts.within25, 0.5);
  // Without the offset the zero pair cannot be scored and is counted as excluded.
  const raw = numericCalibration([
    { estimate: 0, actual: 0 },
    { estimate: 3, actual: 1 },
  ]);
  assert.equal(raw.n, 1);
  assert.equal(raw.excluded, 1);
  const none = numericCalibration([]);
  assert.equal(none.bias, null);
  assert.equal(none.within25, null);
});

test('Brier score and its Murphy decomposition', () => {
  // (f − o)²: (.9 − 1)² = .01, (.8 − 0)² = .64, (.3 − 0)² = .09, (.6 − 1)² = .16 → .9 / 4 = .225.
  // One forecast per bin, so reliability = Brier = .225; base rate .5; resolution = (4 × .25) / 4 = .25;
  // uncertainty = .5 × .5 = .25; .225 − .25 + .25 = .225.
  const result = probabilityCalibration([
    { forecast: 0.9, happened: true },
    { forecast: 0.8, happened: false },
    { forecast: 0.3, happened: false },
    { forecast: 0.6, happened: true },
  ]);
  close(result.brier, 0.225);
  close(result.reliability, 0.225);
  close(result.resolution, 0.25);
  close(result.uncertainty, 0.25);
  assert.equal(result.diagramReady, false);
  assert.deepEqual(
    result.bins.filter((bin) => bin.n > 0).map((bin) => [bin.from, bin.meanForecast, bin.observed]),
    [
      [0.3, 0.3, 0],
      [0.6, 0.6, 1],
      [0.8, 0.8, 0],
      [0.9, 0.9, 1],
    ],
  );
});

test('always saying 50 % scores 0.25; 100 % falls in the last bin; bad probabilities are refused', () => {
  const coin = probabilityCalibration(Array.from({ length: 20 }, (_, i) => ({ forecast: 0.5, happened: i % 2 === 0 })));
  close(coin.brier, 0.25);
  const sure = probabilityCalibration([{ forecast: 1, happened: true }]);
  assert.equal(sure.brier, 0);
  assert.equal(sure.bins[9]!.n, 1);
  assert.throws(() => probabilityCalibration([{ forecast: 1.2, happened: true }]), /between 0 and 1/);
  assert.equal(probabilityCalibration([]).brier, null);
});

test('the reliability diagram waits for enough estimates', () => {
  const guesses = (n: number) => Array.from({ length: n }, (_, i) => ({ forecast: (i % 10) / 10, happened: i % 3 === 0 }));
  assert.equal(MIN_RELIABILITY_ESTIMATES, 20);
  assert.equal(probabilityCalibration(guesses(19)).diagramReady, false);
  const ready = probabilityCalibration(guesses(20));
  assert.equal(ready.diagramReady, true);
  // Two guesses in each bin: forecasts 0, .1, …, .9 twice; bin 0 holds i = 0 and 10 (happened: yes, no).
  assert.deepEqual(
    ready.bins.map((bin) => bin.n),
    Array.from({ length: 10 }, () => 2),
  );
  assert.equal(ready.bins[0]!.observed, 0.5);
});

test('over time: rolling Brier score and share within ±25 %, from the minimum up, carried over gaps', () => {
  // Window 3, minimum 2.
  //  #  duration (e, a)  within?          chance  landed  (f − o)²
  //  1  60, 75           |15| ≤ 18.75 ✓   .9      yes     .01
  //  2  50, 100          |50| > 25 ✗      .8      no      .64
  //  3  —                                 .3      no      .09
  //  4  80, 80           ✓                .6      yes     .16
  //  5  90, 60           |30| > 15 ✗      —
  // Within: –, 1/2, (carried) 1/2, 2/3, [0, 1, 0] → 1/3.
  // Brier: –, (.01 + .64)/2 = .325, (.01 + .64 + .09)/3 = .246667, (.64 + .09 + .16)/3 = .296667, (carried).
  const entry = (duration: [number, number] | null, chance: [number, boolean] | null): CalibrationEntry => ({
    duration: duration === null ? null : { estimate: duration[0], actual: duration[1] },
    fillers: null,
    inWindow: chance === null ? null : { forecast: chance[0], happened: chance[1] },
  });
  const points = calibrationOverTime(
    [
      entry([60, 75], [0.9, true]),
      entry([50, 100], [0.8, false]),
      entry(null, [0.3, false]),
      entry([80, 80], [0.6, true]),
      entry([90, 60], null),
    ],
    3,
    2,
  );
  assert.deepEqual(
    points.map((point) => point.durationWithin25),
    [null, 0.5, 0.5, 2 / 3, 1 / 3],
  );
  [null, 0.325, 0.74 / 3, 0.89 / 3, 0.89 / 3].forEach((expected, i) =>
    expected === null ? assert.equal(points[i]!.brier, null) : close(points[i]!.brier, expected),
  );
  assert.ok(points.every((point) => point.fillersWithin25 === null));
  // Filler counts on (count + 1), as their bias: (0, 0) is exact, (3, 1) → 4 vs 2 is not.
  const fillers = calibrationOverTime(
    [
      { duration: null, inWindow: null, fillers: { estimate: 0, actual: 0 } },
      { duration: null, inWindow: null, fillers: { estimate: 3, actual: 1 } },
    ],
    3,
    1,
  );
  assert.deepEqual(
    fillers.map((point) => point.fillersWithin25),
    [1, 0.5],
  );
});
