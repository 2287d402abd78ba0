import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../../common/errors';
import type { Prediction } from '../../../common/progress';
import { ProgressService } from '../../../native/progress/service';
import { addScored, progressDb, WORDS } from './fixtures';

function service() {
  const db = progressDb();
  const saved: [number, Prediction | { skipped: true }][] = [];
  const progress = new ProgressService({
    read: (query) => query(db),
    savePrediction: (id, prediction) => {
      saved.push([id, prediction]);
      db.prepare('UPDATE attempts SET self_estimate_json = ? WHERE id = ?').run(JSON.stringify(prediction), id);
    },
    library: {
      overview: () => ({
        readiness: { stories: 2, ready: 1, greenCells: 4, cells: 6, notReady: [] },
        due: Array.from({ length: 12 }, (_, i) => ({
          questionId: i + 1,
          text: `Question ${i + 1}`,
          dueAt: '2026-11-26T10:00:00.000Z',
          overdueDays: 1,
          intervalDays: 1,
        })),
      }),
    },
    now: () => new Date('2026-11-27T12:00:00Z'),
  });
  return { db, progress, saved };
}

const code = (expected: string) => (error: unknown) => error instanceof AppError && error.code === expected;

test('history, timing and dashboard over the stored attempts', () => {
  const { db, progress } = service();
  for (let id = 1; id <= 6; id++) addScored(db, id, 1);
  addScored(db, 7, 2);
  const history = progress.history({ questionId: 1, drillLength: null }, 3);
  assert.deepEqual(
    history.attempts.map((attempt) => attempt.attemptId),
    [1, 2, 3, 4, 5, 6],
  );
  const duration = history.charts.find((chart) => chart.metric === 'durationSec')!;
  // Durations 21…26 s: x̄ 23.5, MR 1 each → limits 23.5 ± 2.66.
  assert.deepEqual(duration.values, [21, 22, 23, 24, 25, 26]);
  assert.equal(duration.stats.range!.centre, 23.5);
  assert.equal(duration.stats.window, 3);
  assert.deepEqual(history.timing?.total, 6);
  assert.deepEqual(
    history.timing?.rows.map((row) => row.number),
    [1, 2, 3, 4, 5, 6],
  );
  assert.equal(progress.history({ questionId: 2, drillLength: null }).timing?.rows.length, 1);
  // Across every question there is no strip and no pair.
  const all = progress.history({ questionId: null, drillLength: null });
  assert.equal(all.attempts.length, 7);
  assert.equal(all.timing, null);
  assert.equal(all.pair, null);
  const dashboard = progress.dashboard();
  assert.equal(dashboard.totalAttempts, 7);
  // Attempts on the 21st…27th at 10:00 UTC (the same calendar day in any zone from UTC−10 to UTC+13);
  // now is the 27th at noon: seven days in a row.
  assert.equal(dashboard.streakDays, 7);
  assert.equal(dashboard.highestVariance[0]!.questionId, 1);
  // The library's readiness as it gives it; the due list cut to its first ten, with the total kept.
  assert.equal(dashboard.readiness.ready, 1);
  assert.deepEqual(
    dashboard.due.map((item) => item.questionId),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  );
  assert.equal(dashboard.dueTotal, 12);
});

test('compare two attempts of one question; refuse two questions or an unscored attempt', () => {
  const { db, progress } = service();
  addScored(db, 1, 1);
  addScored(db, 2, 1, { words: [...WORDS.slice(0, 8), { text: ' Then', start: 8, end: 8.4 }] });
  addScored(db, 3, 2);
  addScored(db, 4, 1, { status: 'failed' });
  const comparison = progress.compare(1, 2);
  assert.equal(comparison.metrics.find((m) => m.metric === 'durationSec')!.delta, 1);
  // Attempt 2 keeps the first sentence, drops the second (10 words) and adds "Then".
  assert.deepEqual(comparison.diff.counts, { same: 8, added: 1, dropped: 10, moved: 0 });
  assert.throws(() => progress.compare(1, 3), code('invalid-argument'));
  assert.throws(() => progress.compare(1, 4), code('not-found'));
  assert.throws(() => progress.compare(1, 99), code('not-found'));
});

test('latest against best: the best earlier attempt and the latest', () => {
  const { db, progress } = service();
  const pair = () => progress.history({ questionId: 1, drillLength: null }).pair;
  assert.equal(pair(), null);
  // Elevator window 25–35 s: durations 21, 22, 23 → 23 s is closest (2 s short); the latest is 24.
  for (let id = 1; id <= 4; id++) addScored(db, id, 1);
  assert.deepEqual(pair(), { bestId: 3, latestId: 4 });
});

test('a prediction is checked, stored once and scored into the calibration', () => {
  const { db, progress, saved } = service();
  addScored(db, 1, 1);
  addScored(db, 2, 1);
  // Refused predictions change nothing.
  assert.throws(
    () => progress.predict(1, { durationSec: -5, fillerCount: null, inWindowChance: null, overall: null }),
    code('invalid-argument'),
  );
  assert.throws(
    () => progress.predict(1, { durationSec: null, fillerCount: 2.5, inWindowChance: null, overall: null }),
    /whole number/,
  );
  assert.throws(() => progress.predict(1, { durationSec: null, fillerCount: null, inWindowChance: 1.2, overall: null }), /100 %/);
  assert.throws(() => progress.predict(1, { durationSec: null, fillerCount: null, inWindowChance: null, overall: 6 }), /1 to 5/);
  assert.throws(
    () => progress.predict(1, { durationSec: null, fillerCount: null, inWindowChance: null, overall: null }),
    /or skip/,
  );
  assert.throws(() => progress.predict(9, { skipped: true }), code('not-found'));
  assert.equal(saved.length, 0);
  // Attempt 1 lasted 21 s against 25–35 s: missed the window.
  assert.deepEqual(progress.predict(1, { durationSec: 28, fillerCount: 1, inWindowChance: 0.75, overall: 3 }), {
    durationSec: 21,
    fillerCount: 1,
    landed: false,
  });
  assert.equal(progress.predict(2, { skipped: true }), null);
  assert.deepEqual(
    saved.map(([id]) => id),
    [1, 2],
  );
  // Once made (or skipped), a prediction stays: a second one would be made after seeing the score.
  assert.throws(
    () => progress.predict(1, { durationSec: 21, fillerCount: null, inWindowChance: null, overall: null }),
    /already has a prediction/,
  );
  assert.throws(() => progress.predict(2, { skipped: true }), /already has a prediction/);
  const calibration = progress.calibration({ questionId: 1, drillLength: null });
  assert.equal(calibration.predicted, 1);
  // q = ln(28 / 21) = .287682; Brier (.75 − 0)² = .5625.
  assert.ok(Math.abs(calibration.duration.bias! - Math.log(28 / 21)) < 1e-12);
  assert.equal(calibration.inWindow.brier, 0.5625);
});

test('search through the service', () => {
  const { db, progress } = service();
  addScored(db, 1, 1);
  assert.equal(progress.search('retries')[0]!.atSec, 5);
  assert.deepEqual(progress.search('   '), []);
});
