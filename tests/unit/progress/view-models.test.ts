import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartModel, formatMetric } from '../../../renderer/src/progress-view/chart-model';
import { placeTimingRows } from '../../../renderer/src/progress-view/timing-layout';
import { buildChart } from '../../../native/progress/history';
import { metricSpec } from '../../../native/progress/metrics';
import { timingStrip } from '../../../native/progress/timing-strip';
import { point } from './fixtures';

test('a chart model lines up x, the values, EWMA, target, natural range and flags; the table says the same', () => {
  // Fillers 2, 3, 2, 3, 2, 3, 2, 3, 2, 12: the last is outside (upper limit 3.4 + 2.66 × 2 = 8.72) and the
  // nine before it are all below the mean 3.4, a run.
  const fillers = [2, 3, 2, 3, 2, 3, 2, 3, 2, 12];
  const points = fillers.map((value, i) => point(i + 1, { fillersPerMinute: value }));
  const chart = buildChart(metricSpec('fillersPerMinute'), points);
  const model = chartModel(
    chart,
    points.map((p) => p.startedAt),
    (iso) => iso.slice(0, 10),
  );
  assert.deepEqual(model.data[0], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.deepEqual(model.data[1], fillers);
  assert.ok(Math.abs((model.data[6]![0] as number) - 8.72) < 1e-9);
  assert.deepEqual(model.data[7], fillers);
  assert.equal(model.rows[0]!.flag, 'in a run of 8 on one side of the mean');
  assert.equal(model.rows.length, 10);
  assert.deepEqual(model.rows[9], {
    number: 10,
    date: '2026-11-01',
    value: '12.0 /min',
    ewma: formatMetric(chart.ewma[9]!, '/min'),
    target: '0.0 /min – 5.0 /min',
    flag: 'outside the natural range',
  });
  assert.equal(model.hasValues, true);
});

test('metric formatting by unit', () => {
  assert.equal(formatMetric(72.44, 's'), '72 s');
  assert.equal(formatMetric(2.44, 's'), '2.4 s');
  assert.equal(formatMetric(141.6, 'wpm'), '142 wpm');
  assert.equal(formatMetric(null, 's'), '—');
});

test('timing rows share one scale: the longest bar or window plus 5 %', () => {
  // Longest: window max 90 s → scale 94.5 s. A 75 s answer is 79.37 % wide; the window 60–90 s starts at
  // 63.49 % and spans 31.75 %; the 1.5 s gap before the first word is 1.587 %.
  const { scaleSec, rows } = placeTimingRows(timingStrip([point(1)]));
  assert.equal(scaleSec, 94.5);
  const [row] = rows;
  assert.ok(Math.abs(row!.barWidth - (75 / 94.5) * 100) < 1e-9);
  assert.ok(Math.abs(row!.windowLeft - (60 / 94.5) * 100) < 1e-9);
  assert.ok(Math.abs(row!.windowWidth - (30 / 94.5) * 100) < 1e-9);
  assert.deepEqual(
    row!.segments.map((s) => [s.kind, s.seconds]),
    [
      ['gap', 1.5],
      ['situation', 18.5],
      ['action', 40],
      ['result', 14],
    ],
  );
  assert.equal(placeTimingRows([]).scaleSec, 1);
});

test('a prediction is read back beside what happened', async () => {
  const { predictionLines } = await import('../../../renderer/src/progress-view/prediction-text');
  // 60 s against 75 s: 60 / 75 − 1 = −20 %.
  assert.deepEqual(
    predictionLines(
      { durationSec: 60, fillerCount: 2, inWindowChance: 0.8, overall: 4 },
      { durationSec: 75, fillerCount: 5, landed: true },
    ),
    [
      'Duration: you said 60 s; it was 75 s (−20 %).',
      'Fillers: you said 2; there were 5.',
      'You gave 80 % for landing in the window; it landed.',
    ],
  );
  assert.deepEqual(
    predictionLines(
      { durationSec: 75, fillerCount: null, inWindowChance: null, overall: 3 },
      { durationSec: 75, fillerCount: 1, landed: false },
    ),
    ['Duration: you said 75 s; it was 75 s (spot on).'],
  );
});
