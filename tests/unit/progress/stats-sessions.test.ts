import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupSessions, minutesThisWeek, practiceStreakDays } from '../../../common/stats/sessions';
import { compareToUsualRange } from '../../../common/stats/usual-range';

const utcDay = (instant: Date): string => instant.toISOString().slice(0, 10);

test('a gap of 30 minutes or more, from one end to the next start, starts a session', () => {
  const attempts = [
    { id: 3, startedAt: '2026-11-20T10:40:00.000Z', durationSec: null },
    { id: 1, startedAt: '2026-11-20T10:00:00.000Z', durationSec: 60 },
    // 1 ends at 10:01:00; 10:31:00 is exactly 30 min later → new session.
    { id: 2, startedAt: '2026-11-20T10:31:00.000Z', durationSec: 90 },
    // 2 ends at 10:32:30; 3 starts 7.5 min later → same session. 4 starts 29 min after 3 (no duration).
    { id: 4, startedAt: '2026-11-20T11:09:00.000Z', durationSec: 45 },
  ];
  const sessions = groupSessions(attempts);
  assert.deepEqual(
    sessions.map((s) => s.attempts.map((a) => a.id)),
    [[1], [2, 3, 4]],
  );
  assert.equal(sessions[1]!.practiceSec, 135);
  assert.equal(sessions[1]!.endedAt, '2026-11-20T11:09:45.000Z');
  assert.throws(() => groupSessions([{ startedAt: 'yesterday', durationSec: 1 }]), /not an ISO time/);
});

const DAYS = ['2026-11-27T08:00:00Z', '2026-11-26T21:00:00Z', '2026-11-25T07:00:00Z', '2026-11-23T12:00:00Z'].map(
  (startedAt) => ({ startedAt, durationSec: 60 }),
);

test('the streak counts back from today, or from yesterday before today’s practice', () => {
  // 27, 26, 25 in a row, then a gap on the 24th.
  assert.equal(practiceStreakDays(DAYS, new Date('2026-11-27T15:00:00Z'), utcDay), 3);
  assert.equal(practiceStreakDays(DAYS, new Date('2026-11-28T09:00:00Z'), utcDay), 3);
  assert.equal(practiceStreakDays(DAYS, new Date('2026-11-29T09:00:00Z'), utcDay), 0);
  assert.equal(practiceStreakDays([], new Date('2026-11-29T09:00:00Z'), utcDay), 0);
});

test('minutes this week run from Monday', () => {
  // Friday 27 Nov 2026; the week began Monday the 23rd. 23rd 60 s + 25th 90 s + 27th 30 s = 180 s = 3 min;
  // Sunday the 22nd and a recording later than now are left out.
  const attempts = [
    { startedAt: '2026-11-23T00:30:00Z', durationSec: 60 },
    { startedAt: '2026-11-25T12:00:00Z', durationSec: 90 },
    { startedAt: '2026-11-27T09:00:00Z', durationSec: 30 },
    { startedAt: '2026-11-22T23:00:00Z', durationSec: 600 },
    { startedAt: '2026-11-27T18:00:00Z', durationSec: 600 },
  ];
  assert.equal(minutesThisWeek(attempts, new Date('2026-11-27T15:00:00Z'), utcDay), 3);
  // A week starting Sunday takes in the 22nd too: 780 s = 13 min.
  assert.equal(minutesThisWeek(attempts, new Date('2026-11-27T15:00:00Z'), utcDay, 0), 13);
});

test('a delta smaller than the mean moving range is within the usual range', () => {
  // 10, 12, 11, 15, 12: MR = 2, 1, 4, 3 → typical change 2.5.
  const series = [10, 12, 11, 15, 12];
  assert.deepEqual(compareToUsualRange(2, series), { delta: 2, typicalChange: 2.5, within: true });
  assert.equal(compareToUsualRange(-3, series)!.within, false);
  assert.equal(compareToUsualRange(2.5, series)!.within, false);
  assert.equal(compareToUsualRange(1, [10]), null);
  // A metric that never moved: no change is usual, any change is not.
  assert.equal(compareToUsualRange(0, [3, 3, 3])!.within, true);
  assert.equal(compareToUsualRange(0.5, [3, 3, 3])!.within, false);
});
