import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DrillLength } from '../../../common/drill-lengths';
import { windowOf } from '../../../common/drill-lengths';
import { compressionCheck, storyReadiness, type StoryAttempt } from '../../../native/library/readiness';
import type { Report } from '../../../common/report';
import { analysed, report, type ReportFacts } from './reports';

const story = { mode: 'behavioral' as const, keyNumbers: ['40%', '$2M'] };
let nextId = 1;

function attempt(
  length: DrillLength,
  durationSec: number,
  facts: ReportFacts,
  day: number,
  status: StoryAttempt['summary']['status'] = 'scored',
): StoryAttempt {
  const window = windowOf(length);
  return {
    summary: {
      id: nextId++,
      startedAt: new Date(Date.UTC(2026, 0, day)).toISOString(),
      drillLength: length,
      durationSec,
      targetMinSec: window.minSec,
      targetMaxSec: window.maxSec,
      status,
    },
    report: status === 'scored' ? report(facts) : null,
  };
}

const both = 'we cut errors by forty percent and saved two million dollars';
const one = 'we cut errors by forty percent';

test('each cell marks window, number and reflection; the story is ready when every latest attempt is green', () => {
  const attempts = [
    attempt('elevator', 31, { words: both }, 1),
    attempt('full', 75, { words: both }, 1),
    attempt('deep', 180, { words: both }, 1),
  ];
  const readiness = storyReadiness(story, attempts);
  assert.equal(readiness.ready, true);
  assert.deepEqual(readiness.cells.elevator.latest?.marks, { inWindow: true, carriedNumber: true, reflection: true });
});

test('a later miss turns a cell red even when an earlier attempt was the best', () => {
  const good = attempt('elevator', 30, { words: both }, 1);
  const late = attempt('elevator', 44, { words: one, reflection: false }, 2);
  const attempts = [good, late, attempt('full', 80, { words: both }, 1), attempt('deep', 160, { words: both }, 1)];
  const readiness = storyReadiness(story, attempts);
  const cell = readiness.cells.elevator;
  assert.equal(readiness.ready, false);
  assert.equal(cell.attemptCount, 2);
  assert.equal(cell.best?.attemptId, good.summary.id);
  assert.equal(cell.latest?.attemptId, late.summary.id);
  assert.deepEqual(cell.latest?.marks, { inWindow: false, carriedNumber: false, reflection: false });
  assert.equal(cell.latest?.green, false);
});

test('a length never drilled, or only failed transcriptions, keeps the story from being ready', () => {
  const attempts = [
    attempt('elevator', 30, { words: both }, 1),
    attempt('full', 80, { words: both }, 1),
    attempt('deep', 160, {}, 1, 'failed'),
  ];
  const readiness = storyReadiness(story, attempts);
  assert.equal(readiness.cells.deep.latest, null);
  assert.equal(readiness.cells.deep.attemptCount, 0);
  assert.equal(readiness.ready, false);
});

test('marks that do not apply do not block: no key numbers set, a mode without a reflection', () => {
  const plain = { mode: 'design' as const, keyNumbers: [] };
  const attempts = [attempt('elevator', 30, { reflection: false }, 1), attempt('full', 61, {}, 1), attempt('deep', 200, {}, 1)];
  const readiness = storyReadiness(plain, attempts);
  assert.deepEqual(readiness.cells.elevator.latest?.marks, { inWindow: true, carriedNumber: null, reflection: null });
  assert.equal(readiness.ready, true);
});

test('compression check: what survives in 30 s and what only the 3 min version adds', () => {
  const short = attempt('elevator', 30, { words: one, sections: ['situation', 'action', 'result'] }, 2);
  const long = attempt(
    'deep',
    190,
    { words: `${both} and served 3,000 users`, sections: ['situation', 'task', 'action', 'result', 'reflection'] },
    2,
  );
  const older = attempt('elevator', 30, { words: both, sections: ['action'] }, 1);
  const check = compressionCheck(story, [older, short, long]);
  assert.ok(check !== null);
  assert.equal(check.shortAttemptId, short.summary.id);
  assert.equal(check.longAttemptId, long.summary.id);
  assert.equal(check.longLength, 'deep');
  assert.deepEqual(check.survives, { sections: ['situation', 'action', 'result'], keyNumbers: ['40%'] });
  assert.deepEqual(check.onlyLong.sections, ['task', 'reflection']);
  assert.deepEqual(check.onlyLong.keyNumbers, ['$2M']);
});

test('compression check falls back to the full answer and waits for both versions', () => {
  const short = attempt('elevator', 30, { words: one }, 1);
  assert.equal(compressionCheck(story, [short]), null);
  const full = attempt('full', 70, { words: both }, 1);
  assert.equal(compressionCheck(story, [short, full])?.longLength, 'full');
});

test('compression check lists the other figures only the long version says, from the real analysis', () => {
  const question = 'Tell me about a time you improved reliability.';
  const shortReport = analysed('I cut errors by forty percent in a month.', question);
  const longReport = analysed(
    'I cut errors by forty percent in a month, for 3,000 users, and saved two million dollars.',
    question,
  );
  const asAttempt = (length: DrillLength, r: Report, durationSec: number): StoryAttempt => ({
    summary: {
      id: nextId++,
      startedAt: new Date(Date.UTC(2026, 1, 1)).toISOString(),
      drillLength: length,
      durationSec,
      targetMinSec: 0,
      targetMaxSec: 999,
      status: 'scored',
    },
    report: r,
  });
  const check = compressionCheck(story, [asAttempt('elevator', shortReport, 30), asAttempt('deep', longReport, 180)]);
  assert.deepEqual(check?.survives.keyNumbers, ['40%']);
  assert.deepEqual(check?.onlyLong.keyNumbers, ['$2M']);
  assert.deepEqual(check?.onlyLong.otherNumbers, ['3,000 users']);
});
