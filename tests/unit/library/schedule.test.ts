import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gradeOf, isDue, nextEasiness, NEW_REVIEW_STATE, review, scheduleOf } from '../../../native/library/schedule';
import type { AttemptVerdicts } from '../../../native/library/verdicts';

const clean: AttemptVerdicts = { inWindow: true, number: true, result: true, ownership: true, reflection: true };
const day = (n: number, hour = 9): string => new Date(Date.UTC(2026, 0, 1 + n, hour)).toISOString();

test('grade = 5 − missed verdicts, at least 1; silence is 0; verdicts that do not apply do not count', () => {
  assert.equal(gradeOf(clean, 120), 5);
  assert.equal(gradeOf({ ...clean, inWindow: false }, 120), 4);
  assert.equal(gradeOf({ ...clean, inWindow: false, number: false }, 120), 3);
  assert.equal(gradeOf({ ...clean, inWindow: false, number: false, reflection: false }, 120), 2);
  assert.equal(gradeOf({ inWindow: false, number: false, result: false, ownership: false, reflection: false }, 120), 1);
  assert.equal(gradeOf({ inWindow: true, number: null, result: null, ownership: null, reflection: null }, 40), 5);
  assert.equal(gradeOf(clean, 0), 0);
});

test('SM-2 easiness: +0.1 for a 5, unchanged for a 4, down for a 3, never below 1.3', () => {
  assert.ok(Math.abs(nextEasiness(2.5, 5) - 2.6) < 1e-9);
  assert.ok(Math.abs(nextEasiness(2.5, 4) - 2.5) < 1e-9);
  assert.ok(Math.abs(nextEasiness(2.5, 3) - 2.36) < 1e-9);
  assert.equal(nextEasiness(1.35, 3), 1.3);
});

test('intervals run 1, 6, then the previous × EF, each review on its due date', () => {
  let state = review(NEW_REVIEW_STATE, { at: day(0), grade: 5 });
  assert.equal(state.intervalDays, 1);
  assert.equal(state.dueAt, day(1));
  state = review(state, { at: day(1), grade: 5 });
  assert.equal(state.intervalDays, 6);
  state = review(state, { at: day(7), grade: 5 });
  assert.equal(state.intervalDays, Math.round(6 * 2.7));
  assert.equal(state.repetitions, 3);
});

test('a grade below 3 restarts the item without touching its easiness', () => {
  const learnt = scheduleOf([
    { at: day(0), grade: 5 },
    { at: day(1), grade: 4 },
    { at: day(7), grade: 4 },
  ]);
  const failed = review(learnt, { at: day(9), grade: 2 });
  assert.equal(failed.repetitions, 0);
  assert.equal(failed.intervalDays, 1);
  assert.equal(failed.easiness, learnt.easiness);
  assert.equal(failed.dueAt, day(10));
});

test('drilling again before the due date does not stretch the interval', () => {
  const once = scheduleOf([{ at: day(0), grade: 5 }]);
  const drilled = scheduleOf([
    { at: day(0), grade: 5 },
    { at: day(0, 10), grade: 5 },
    { at: day(0, 11), grade: 5 },
  ]);
  assert.equal(drilled.intervalDays, once.intervalDays);
  assert.equal(drilled.dueAt, once.dueAt);
  assert.equal(drilled.lastReviewedAt, day(0, 11));
});

test('reviews are applied in time order whatever order they arrive in', () => {
  const reviews = [
    { at: day(7), grade: 3 },
    { at: day(0), grade: 5 },
    { at: day(1), grade: 4 },
  ];
  assert.deepEqual(scheduleOf(reviews), scheduleOf([...reviews].sort((a, b) => a.at.localeCompare(b.at))));
});

test('due: on or after the due date; never-reviewed items are not due', () => {
  const state = scheduleOf([{ at: day(0), grade: 5 }]);
  assert.equal(isDue(state, new Date(day(0, 23))), false);
  assert.equal(isDue(state, new Date(day(1))), true);
  assert.equal(isDue(NEW_REVIEW_STATE, new Date(day(5))), false);
  assert.throws(() => review(NEW_REVIEW_STATE, { at: day(0), grade: 6 }), /grade is 0–5/);
});
