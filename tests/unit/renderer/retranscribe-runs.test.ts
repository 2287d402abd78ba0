// The renderer's folding of re-transcription events into runs, the sentences the controls show, which
// cached data an event makes stale, and the CLI's reading of `voicedrill retranscribe`'s arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RetranscribeProgress } from '../../../common/retranscribe';
import { parseRetranscribeCommand } from '../../../native/cli/retranscribe';
import { UsageError } from '../../../native/cli/args';
import { createQueryClient, invalidateFor, queryKeys } from '../../../renderer/src/data/queries';
import {
  activeBulkRun,
  applyProgress,
  attemptInRuns,
  correctionSentence,
  previewSentence,
  runSummary,
  type Runs,
} from '../../../renderer/src/retranscribe/runs';

const base = { runId: 'r1', state: 'running', total: 3, done: 0, failed: 0, model: 'small.en' } as const;
function event(part: Partial<RetranscribeProgress>): RetranscribeProgress {
  return { ...base, attemptId: null, questionId: null, stage: null, ...part };
}
const fold = (events: RetranscribeProgress[]): Runs => events.reduce<Runs>(applyProgress, new Map());

test('events fold into a run: counts, the attempt in hand with its stretches, each attempt’s stage', () => {
  let runs = fold([
    event({}),
    event({ attemptId: 1, questionId: 9, stage: 'queued' }),
    event({ attemptId: 2, questionId: 9, stage: 'queued' }),
    event({ attemptId: 3, questionId: 9, stage: 'queued' }),
    event({ attemptId: 1, questionId: 9, stage: 'transcribing', stretchesDone: 1, stretchesTotal: 4 }),
  ]);
  assert.equal(runs.get('r1')?.current?.stretchesDone, 1);
  assert.equal(attemptInRuns(runs, 1)?.stage, 'transcribing');
  assert.equal(attemptInRuns(runs, 2)?.stage, 'queued');
  assert.equal(attemptInRuns(runs, 2)?.current, null, 'only the attempt in hand has stretch counts');
  assert.equal(activeBulkRun(runs)?.runId, 'r1');
  runs = applyProgress(runs, event({ attemptId: 1, questionId: 9, stage: 'done', done: 1 }));
  assert.equal(runs.get('r1')?.current, null, 'a finished attempt is no longer in hand');
  assert.equal(attemptInRuns(runs, 1), null);
  runs = fold([
    event({}),
    event({ attemptId: 1, questionId: 9, stage: 'done', done: 1 }),
    event({ attemptId: 2, questionId: 9, stage: 'failed', done: 2, failed: 1, message: 'x' }),
    event({ attemptId: 3, questionId: 9, stage: 'cancelled', done: 3, failed: 1 }),
    event({ state: 'cancelled', done: 3, failed: 1 }),
  ]);
  const run = runs.get('r1')!;
  assert.equal(activeBulkRun(runs), null);
  assert.equal(
    runSummary(run),
    'Re-transcribed 1 of 3 attempts with small.en. 1 attempt failed and kept its earlier results. Cancelled: 1 attempt was left as it was.',
  );
});

test('the preview and correction sentences', () => {
  const preview = { total: 5, corrected: 0, skipped: 0, model: 'small.en' };
  assert.equal(
    previewSentence({
      ...preview,
      byModel: [
        { model: 'base.en', count: 4 },
        { model: 'tiny.en', count: 1 },
      ],
    }),
    '4 attempts were transcribed with base.en and 1 with tiny.en.',
  );
  assert.equal(
    previewSentence({ ...preview, total: 1, byModel: [{ model: null, count: 1 }] }),
    '1 attempt was transcribed with an unrecorded model.',
  );
  assert.equal(correctionSentence(0), null);
  assert.match(correctionSentence(1) ?? '', /^One of them has your corrected transcript: it is kept/);
  assert.match(correctionSentence(3) ?? '', /^3 of them have/);
});

test('an attempt queued or through makes its detail, its question’s list, charts and previews stale; stretches do not', () => {
  const client = createQueryClient();
  const keys = [
    queryKeys.attempt(1),
    queryKeys.attempts(9),
    ['progress', 'history'],
    queryKeys.retranscribePreview({ kind: 'otherModels' }),
    queryKeys.models,
  ];
  for (const key of keys) client.setQueryData(key, 'cached');
  const stale = () => keys.filter((key) => client.getQueryState(key)?.isInvalidated).length;
  invalidateFor(client, 'retranscribeProgress', event({ attemptId: 1, questionId: 9, stage: 'transcribing' }));
  assert.equal(stale(), 0);
  invalidateFor(client, 'retranscribeProgress', event({ attemptId: 1, questionId: 9, stage: 'done', done: 1 }));
  assert.equal(stale(), 4, 'all but the model list');
});

test('retranscribe arguments: exactly one choice, ids as whole numbers, --question by text or id', () => {
  assert.deepEqual(parseRetranscribeCommand(['3', '5']), { target: { kind: 'attempts', attemptIds: [3, 5] }, model: null });
  assert.deepEqual(parseRetranscribeCommand(['--question', 'Why us?', '--model', 'small.en']), {
    target: { kind: 'question', question: { text: 'Why us?' } },
    model: 'small.en',
  });
  assert.deepEqual(parseRetranscribeCommand(['--question-id', '4']).target, { kind: 'question', question: { id: 4 } });
  assert.deepEqual(parseRetranscribeCommand(['--all-other-models']).target, { kind: 'otherModels' });
  for (const bad of [[], ['3', '--all-other-models'], ['--question', ' '], ['0'], ['1.5'], ['--bogus']])
    assert.throws(() => parseRetranscribeCommand(bad), UsageError, bad.join(' '));
});
