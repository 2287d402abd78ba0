import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttemptSummary } from '../../../common/library';
import type { AttemptLink } from '../../../common/practice';
import { threadAttempts } from '../../../renderer/src/library/threads';
import { findQuestion } from '../../../renderer/src/questions/questionTree';

function attempt(id: number, minute: number): AttemptSummary {
  return {
    id,
    questionId: 1,
    startedAt: new Date(Date.UTC(2026, 10, 27, 9, minute)).toISOString(),
    drillLength: 'full',
    durationSec: 60,
    targetMinSec: 60,
    targetMaxSec: 90,
    status: 'scored',
    recovered: false,
    selfEstimate: null,
    wordsPerMinute: null,
    fillersPerMinute: null,
    fillerCount: null,
    metricPresent: null,
    reflectionPresent: null,
    marks: {},
  };
}
const link = (attemptId: number, parentAttemptId: number | null, note: string | null = null): AttemptLink => ({
  attemptId,
  parentAttemptId,
  twistId: null,
  twistText: parentAttemptId === null ? null : 'Why?',
  sessionId: null,
  storyId: null,
  note,
});

test('history threads: first answers newest first, each followed by its follow-up answers', () => {
  const attempts = [attempt(1, 0), attempt(2, 1), attempt(3, 2), attempt(4, 3), attempt(5, 4)];
  const links = new Map(
    [link(1, null), link(2, 1), link(3, null, 'Lead with the number'), link(4, 1), link(5, 99)].map((item) => [
      item.attemptId,
      item,
    ]),
  );
  const rows = threadAttempts(attempts, links);
  assert.deepEqual(
    rows.map((row) => [row.attempt.id, row.depth]),
    [
      [5, 0],
      [3, 0],
      [1, 0],
      [2, 1],
      [4, 1],
    ],
  );
  assert.equal(rows[1]?.link?.note, 'Lead with the number');
  assert.deepEqual(
    threadAttempts(attempts, new Map()).map((row) => row.attempt.id),
    [5, 4, 3, 2, 1],
    'without links: newest first',
  );
});

test('a follow-up question is found under its parent', () => {
  const q = (id: number, parentId: number | null) => ({
    id,
    kind: 'question' as const,
    text: `q${id}`,
    parentId,
    source: 'user' as const,
    createdAt: '',
    attemptCount: 0,
    lastAttemptAt: null,
  });
  const list = [
    { ...q(1, null), followUps: [q(2, 1)] },
    { ...q(3, null), followUps: [] },
  ];
  assert.equal(findQuestion(list, 2)?.text, 'q2');
  assert.equal(findQuestion(list, 3)?.text, 'q3');
  assert.equal(findQuestion(list, 9), null);
});
