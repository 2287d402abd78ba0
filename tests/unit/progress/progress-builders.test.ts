import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildChart, buildHistory, provenanceChanges } from '../../../native/progress/history';
import { metricSpec } from '../../../native/progress/metrics';
import { timingStrip } from '../../../native/progress/timing-strip';
import { bestAttempt, compareAttempts } from '../../../native/progress/compare';
import { buildDashboard } from '../../../native/progress/dashboard';
import { calibrationSummary } from '../../../native/progress/calibration-summary';
import { TIMING_ROWS } from '../../../common/progress';
import { point } from './fixtures';

const utcDay = (instant: Date): string => instant.toISOString().slice(0, 10);

test('a chart aligns EWMA and flags with the attempts, leaving gaps where a value is missing', () => {
  // Pace 10, 12, (none), 11, 15, 12 → the statistics see 10, 12, 11, 15, 12 (x̄ 12, mean MR 2.5).
  const paces = [10, 12, null, 11, 15, 12];
  const points = paces.map((wpm, i) => point(i + 1, { wordsPerMinute: wpm }));
  const chart = buildChart(metricSpec('wordsPerMinute'), points);
  assert.deepEqual(chart.values, paces);
  assert.equal(chart.ewma[2], null);
  // z: 10, 10.4, —, 10.52, 11.416, 11.5328 (λ = 0.2 from x₁).
  assert.ok(Math.abs(chart.ewma[5]! - 11.5328) < 1e-9);
  assert.equal(chart.stats.range!.meanMovingRange, 2.5);
  assert.deepEqual(chart.flags, [null, null, null, null, null, null]);
  assert.deepEqual(chart.targetMin, [100, 100, 100, 100, 100, 100]);
  assert.equal(chart.stats.label, 'too few attempts');
  assert.notEqual(chart.stats.all.cv, null);
});

test('history: every metric charted, STAR sections summed, provenance changes marked', () => {
  const points = [point(1), point(2, { model: 'small.en' }), point(3, { model: 'small.en', analysisVersion: 2, sections: [] })];
  const history = buildHistory({ questionId: 1, drillLength: 'full' }, points);
  assert.equal(history.charts.length, 10);
  const action = history.charts.find((chart) => chart.metric === 'actionSec')!;
  assert.deepEqual(action.values, [40, 40, null]);
  assert.deepEqual(action.targetMin, [null, null, null]);
  assert.deepEqual(provenanceChanges(points), [
    { index: 1, what: ['model'], model: 'small.en' },
    { index: 2, what: ['analysis'], model: 'small.en' },
  ]);
});

test('history of one question: its recent timing rows keep their numbers, and the pair; none across every question', () => {
  const points = Array.from({ length: TIMING_ROWS + 5 }, (_, i) => point(i + 1, { durationSec: 60 + (i % 7) }));
  const history = buildHistory({ questionId: 1, drillLength: null }, points);
  assert.deepEqual(history.attempts[0], { attemptId: 1, startedAt: points[0]!.startedAt, durationSec: 60 });
  assert.equal(history.attempts.length, TIMING_ROWS + 5);
  assert.equal(history.timing?.total, TIMING_ROWS + 5);
  assert.equal(history.timing?.rows.length, TIMING_ROWS);
  assert.deepEqual([history.timing?.rows[0]?.number, history.timing?.rows.at(-1)?.number], [6, TIMING_ROWS + 5]);
  assert.equal(history.timing?.rows[0]?.attemptId, 6);
  // Every attempt lies inside its 60–90 s window with the same fillers: the latest earlier one wins the tie.
  assert.deepEqual(history.pair, { bestId: TIMING_ROWS + 4, latestId: TIMING_ROWS + 5 });
  const all = buildHistory({ questionId: null, drillLength: null }, points);
  assert.equal(all.timing, null);
  assert.equal(all.pair, null);
});

test('timing strip: the gap before the first word, then sections in time order, clipped to the duration', () => {
  const [row] = timingStrip([
    point(4, {
      durationSec: 70,
      timeToFirstWordSec: 2,
      sections: [
        { name: 'result', start: 50, end: 72 },
        { name: 'situation', start: 2, end: 50 },
      ],
    }),
  ]);
  assert.deepEqual(row!.segments, [
    { kind: 'gap', start: 0, end: 2 },
    { kind: 'situation', start: 2, end: 50 },
    { kind: 'result', start: 50, end: 70 },
  ]);
  assert.equal(row!.number, 1);
  assert.deepEqual(row!.window, { minSec: 60, maxSec: 90 });
});

test('compare: deltas judged against the typical change; words diffed', () => {
  // Durations 70, 80, 72, 78: MR = 10, 8, 6 → typical change 8. 70 → 78 is +8: not within (strictly less).
  // Pace 140, 140, 140, 150: MR 0, 0, 10 → typical 3.33; +10 is outside. Fillers never moved: 0 is usual.
  const series = [
    point(1, { durationSec: 70 }),
    point(2, { durationSec: 80 }),
    point(3, { durationSec: 72 }),
    point(4, { durationSec: 78, wordsPerMinute: 150 }),
  ];
  const result = compareAttempts(series[0]!, series[3]!, ['we', 'shipped', 'it'], ['we', 'shipped', 'it', 'fast'], series);
  const duration = result.metrics.find((m) => m.metric === 'durationSec')!;
  assert.equal(duration.delta, 8);
  // MR over 70, 80, 72, 78 = 10, 8, 6 → 8.
  assert.deepEqual(duration.usual, { delta: 8, typicalChange: 8, within: false });
  const pace = result.metrics.find((m) => m.metric === 'wordsPerMinute')!;
  assert.equal(pace.delta, 10);
  assert.equal(pace.usual!.within, false);
  const fillers = result.metrics.find((m) => m.metric === 'fillersPerMinute')!;
  assert.equal(fillers.delta, 0);
  assert.equal(fillers.usual!.within, true);
  assert.deepEqual(result.diff.counts, { same: 3, added: 1, dropped: 0, moved: 0 });
});

test('best attempt: closest to the window, then fewest fillers, then latest', () => {
  const points = [
    point(1, { durationSec: 95, fillersPerMinute: 0 }),
    point(2, { durationSec: 80, fillersPerMinute: 2 }),
    point(3, { durationSec: 65, fillersPerMinute: 2 }),
    point(4, { durationSec: 85, fillersPerMinute: 4 }),
  ];
  assert.equal(bestAttempt(points)!.attemptId, 3);
  assert.equal(bestAttempt([]), null);
});

test('dashboard: streak, week, sessions, most variable and longest left', () => {
  const attempts = [
    // Question 1: 60, 90, 60 s → x̄ 70, s = √((100 + 400 + 100) / 2) = 17.32 → CV .2474.
    { questionId: 1, startedAt: '2026-11-26T09:00:00Z', durationSec: 60 },
    { questionId: 1, startedAt: '2026-11-26T09:05:00Z', durationSec: 90 },
    { questionId: 1, startedAt: '2026-11-27T09:00:00Z', durationSec: 60 },
    // Question 2: 70, 72, 74 → s = 2, CV = 2 / 72 = .0278; last practised the 16th.
    { questionId: 2, startedAt: '2026-11-16T09:00:00Z', durationSec: 70 },
    { questionId: 2, startedAt: '2026-11-16T09:02:00Z', durationSec: 72 },
    { questionId: 2, startedAt: '2026-11-16T09:04:00Z', durationSec: 74 },
    // Question 3: one attempt, no CV.
    { questionId: 3, startedAt: '2026-11-20T09:00:00Z', durationSec: 30 },
  ];
  const questions = [
    { id: 1, text: 'One' },
    { id: 2, text: 'Two' },
    { id: 3, text: 'Three' },
    { id: 4, text: 'Never' },
  ];
  const dashboard = buildDashboard(questions, attempts, new Date('2026-11-27T15:00:00Z'), utcDay);
  assert.equal(dashboard.streakDays, 2);
  // This week (from Monday the 23rd): 60 + 90 + 60 s = 3.5 min in two sessions (26th, 27th).
  assert.equal(dashboard.minutesThisWeek, 3.5);
  assert.equal(dashboard.sessionsThisWeek, 2);
  assert.equal(dashboard.totalAttempts, 7);
  assert.deepEqual(
    dashboard.highestVariance.map((item) => item.questionId),
    [1, 2],
  );
  assert.ok(Math.abs(dashboard.highestVariance[0]!.durationCv! - Math.sqrt(300) / 70) < 1e-9);
  assert.deepEqual(
    dashboard.longestUnpractised.map((item) => item.questionId),
    [2, 3, 1],
  );
});

test('calibration summary from predictions', () => {
  const points = [
    // 60 predicted, 75 actual → q = ln .8; fillers 3 vs 4 → ln(4/5); 80 % chance, landed in 60–90 → (.8 − 1)².
    point(1, {
      durationSec: 75,
      fillerCount: 4,
      prediction: { durationSec: 60, fillerCount: 3, inWindowChance: 0.8, overall: 4 },
    }),
    // 100 vs 50 → ln 2; chance 0.3, missed the window → .09.
    point(2, {
      durationSec: 50,
      fillerCount: 0,
      prediction: { durationSec: 100, fillerCount: null, inWindowChance: 0.3, overall: null },
    }),
    point(3),
  ];
  const summary = calibrationSummary(points);
  assert.equal(summary.predicted, 2);
  assert.deepEqual(summary.duration.q, [Math.log(0.8), Math.log(2)]);
  assert.deepEqual(summary.fillers.q, [Math.log(4 / 5)]);
  // Brier (.04 + .09) / 2 = .065.
  assert.ok(Math.abs(summary.inWindow.brier! - 0.065) < 1e-12);
  // Over time: one point per predicted attempt; two estimates are below the minimum of five.
  assert.deepEqual(
    summary.overTime.map((s) => [s.attemptId, s.brier, s.durationWithin25]),
    [
      [1, null, null],
      [2, null, null],
    ],
  );
});
