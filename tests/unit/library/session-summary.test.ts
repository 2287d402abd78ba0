import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttemptLink, DrillSession } from '../../../common/practice';
import { summarizeSession, type SessionAttempt } from '../../../native/library/session-summary';
import { report, type ReportFacts } from './reports';

const session: DrillSession = {
  id: 1,
  options: { kind: 'mock', order: 'shuffled', count: 2, chime: false, autoStop: false, twists: true, budgetMin: 10 },
  items: [
    {
      questionId: 1,
      text: 'Tell me about a failure.',
      mode: 'behavioral',
      length: 'full',
      window: { minSec: 60, maxSec: 90 },
      hardCapSec: 100,
    },
    {
      questionId: 2,
      text: 'Why here?',
      mode: 'motivation',
      length: 'elevator',
      window: { minSec: 25, maxSec: 35 },
      hardCapSec: 40,
    },
  ],
  startedAt: '2026-11-27T10:00:00.000Z',
  endedAt: null,
};

function link(attemptId: number, parentAttemptId: number | null = null, twistText: string | null = null): AttemptLink {
  return { attemptId, parentAttemptId, twistId: null, twistText, sessionId: 1, storyId: null, note: null };
}

function answer(
  id: number,
  questionId: number,
  durationSec: number,
  window: [number, number],
  facts: ReportFacts | null,
  parent: number | null = null,
): SessionAttempt {
  return {
    summary: {
      id,
      questionId,
      durationSec,
      targetMinSec: window[0],
      targetMaxSec: window[1],
      status: facts === null ? 'transcribing' : 'scored',
    },
    report: facts === null ? null : report(facts),
    link: link(id, parent, parent === null ? null : 'What would you do differently?'),
  };
}

test('a session summary: marks, grades, minutes, budget and what to drill next', () => {
  const summary = summarizeSession(session, [
    answer(10, 1, 102, [60, 90], { metric: false }),
    answer(11, 1, 45, [30, 60], {}, 10),
    answer(12, 2, 30, [25, 35], {}),
  ]);
  assert.equal(summary.answers.length, 3);
  assert.deepEqual(summary.answers[0]!.marks, {
    inWindow: false,
    number: false,
    result: true,
    ownership: true,
    reflection: true,
  });
  assert.equal(summary.answers[0]!.grade, 3);
  assert.equal(summary.answers[1]!.parentAttemptId, 10);
  assert.equal(summary.answers[1]!.twistText, 'What would you do differently?');
  assert.equal(summary.answers[2]!.grade, 5);
  assert.equal(summary.minutesSpoken, 3);
  assert.equal(summary.budgetMin, 10);
  assert.equal(summary.withinBudget, true);
  assert.deepEqual(summary.drillNext, [
    { questionId: 1, text: 'Tell me about a failure.', reason: '12 s over its window, no number' },
  ]);
});

test('answers still being transcribed are counted as pending and not judged', () => {
  const summary = summarizeSession({ ...session, options: { ...session.options, kind: 'drill' } }, [
    answer(20, 2, 20, [25, 35], null),
  ]);
  assert.equal(summary.pending, 1);
  assert.equal(summary.answers[0]!.grade, null);
  assert.deepEqual(summary.drillNext, []);
  assert.equal(summary.withinBudget, null, 'only a mock interview has a budget');
});
