import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probabilityCalibration } from '../../../common/stats/calibration';
import { reliabilityPlot, sharpnessModel } from '../../../renderer/src/progress-view/calibration-model';

test('reliability plot: one point per non-empty bin on the 0–1 diagonal, with its count', () => {
  // Bins of 10 %: [.2] landed 0 of 1; [.3, .3] 1 of 2; [.8] 1 of 1; [.9] 1 of 1.
  const { bins } = probabilityCalibration([
    { forecast: 0.2, happened: false },
    { forecast: 0.3, happened: true },
    { forecast: 0.3, happened: false },
    { forecast: 0.8, happened: true },
    { forecast: 0.9, happened: true },
  ]);
  const plot = reliabilityPlot(bins);
  assert.deepEqual(plot.data[0], [0, 0.2, 0.3, 0.8, 0.9, 1]);
  assert.deepEqual(plot.data[1], plot.data[0], 'the diagonal: landed = said');
  assert.deepEqual(plot.data[2], [null, 0, 0.5, 1, 1, null]);
  assert.deepEqual(plot.counts, [null, 1, 2, 1, 1, null]);
  // Guesses of exactly 0 % and 100 % sit on the ends: no second x at 0 or 1.
  const ends = reliabilityPlot(
    probabilityCalibration([
      { forecast: 0, happened: false },
      { forecast: 1, happened: true },
    ]).bins,
  );
  assert.deepEqual(ends.data[0], [0, 1]);
  assert.deepEqual(ends.counts, [1, 1]);
  assert.deepEqual(reliabilityPlot(probabilityCalibration([]).bins).data[0], [0, 1]);
});

test('sharpness model: x per predicted attempt, the three rolling figures, and the same in the table', () => {
  const model = sharpnessModel(
    [
      { attemptId: 4, startedAt: '2026-11-01T10:00:00Z', brier: null, durationWithin25: null, fillersWithin25: null },
      { attemptId: 9, startedAt: '2026-11-02T10:00:00Z', brier: 0.1234, durationWithin25: 0.6, fillersWithin25: null },
    ],
    (iso) => iso.slice(0, 10),
  );
  assert.deepEqual(model.data, [
    [1, 2],
    [null, 0.1234],
    [null, 0.6],
    [null, null],
  ]);
  assert.equal(model.hasValues, true);
  assert.deepEqual(model.rows[1], {
    number: 2,
    attemptId: 9,
    date: '2026-11-02',
    brier: '0.123',
    durationWithin25: '60 %',
    fillersWithin25: '—',
  });
  const empty = { attemptId: 1, startedAt: '2026-11-01T10:00:00Z', brier: null, durationWithin25: null, fillersWithin25: null };
  assert.equal(sharpnessModel([empty], String).hasValues, false, 'below the minimum nothing is drawn');
});
