import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttemptSummary, Question } from '../../../common/library';
import { newestFirst } from '../../../renderer/src/history/order';
import { addToast, MAX_TOASTS, toastLifetimeMs, type Toast } from '../../../renderer/src/notices/toasts';
import { questionRows } from '../../../renderer/src/questions/questionTree';
import {
  displayStage,
  isBusy,
  progressDetail,
  progressFromEvent,
  stageFromStatus,
  stageLabel,
} from '../../../renderer/src/replay/stage';
import { formatFillerWords, parseFillerWords } from '../../../renderer/src/settings/fillerWords';
import { ValueStore } from '../../../renderer/src/ui/store';

test('filler words split on commas and new lines, tidied and de-duplicated', () => {
  assert.deepEqual(parseFillerWords('um, uh\nlike,,  you   know \n\nUM, sort of'), ['um', 'uh', 'like', 'you know', 'sort of']);
  assert.deepEqual(parseFillerWords('  \n , '), []);
  assert.equal(formatFillerWords(['um', 'you know']), 'um, you know');
});

test('stored statuses and progress events map to one stage', () => {
  assert.equal(stageFromStatus('recorded'), 'recorded');
  assert.equal(stageFromStatus('transcribing'), 'transcribing');
  assert.equal(stageFromStatus('scored'), 'done');
  assert.equal(stageFromStatus('failed'), 'failed');
  assert.equal(displayStage('recorded', { stage: 'scoring' }), 'scoring', 'a progress event is newer');
  assert.equal(displayStage('scored', undefined), 'done');
  assert.equal(isBusy('transcribing'), true);
  assert.equal(isBusy('recorded'), false);
});

test('progress names the stretches and the time left, and nothing it does not know', () => {
  const event = {
    attemptId: 1,
    questionId: 2,
    stage: 'transcribing' as const,
    stretchesDone: 2,
    stretchesTotal: 5,
    etaSec: 12.2,
  };
  const progress = progressFromEvent(event);
  assert.deepEqual(progress, { stage: 'transcribing', stretchesDone: 2, stretchesTotal: 5, etaSec: 12.2 });
  assert.deepEqual(progressDetail(progress), { text: '3 of 5 stretches left · about 13 s left', fraction: 0.4 });
  assert.deepEqual(progressDetail({ stage: 'transcribing', etaSec: 95 }), { text: 'about 1 min 35 s left', fraction: null });
  assert.equal(progressDetail({ stage: 'transcribing' }), null, 'no frozen step count when nothing is measured');
  assert.equal(progressDetail({ stage: 'scoring', stretchesDone: 1, stretchesTotal: 1 }), null);
  assert.deepEqual(progressFromEvent({ stage: 'transcribing', stretchesDone: 7, stretchesTotal: 3, etaSec: Number.NaN }), {
    stage: 'transcribing',
  });
});

test('a finished attempt reads "Scored" only when it has a score', () => {
  assert.equal(stageLabel('done', true), 'Scored');
  assert.equal(stageLabel('done', false), 'Saved', 'no model: the pipeline ends after saving');
  assert.equal(stageLabel('transcribing', false), 'Transcribing on this device…');
  assert.equal(stageLabel('transcribing', false, true), 'Transcribing…');
});

function question(id: number, parentId: number | null, kind: Question['kind'] = 'question'): Question {
  return { id, kind, text: `q${id}`, parentId, source: 'user', createdAt: '', attemptCount: 0, lastAttemptAt: null };
}

test('follow-ups are listed under their parent; orphans stay at the top level', () => {
  const rows = questionRows([question(1, null), question(2, null, 'story'), question(3, 1), question(4, 99), question(5, 1)]);
  assert.deepEqual(
    rows.map((r) => [r.question.id, r.depth]),
    [
      [1, 0],
      [3, 1],
      [5, 1],
      [2, 0],
      [4, 0],
    ],
  );
});

function attempt(id: number, startedAt: string): AttemptSummary {
  return {
    id,
    questionId: 1,
    startedAt,
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

test('history is newest first, ties broken by id', () => {
  const sorted = newestFirst([
    attempt(1, '2025-03-01T10:00:00.000Z'),
    attempt(3, '2025-03-02T09:00:00.000Z'),
    attempt(2, '2025-03-01T10:00:00.000Z'),
  ]);
  assert.deepEqual(
    sorted.map((a) => a.id),
    [3, 2, 1],
  );
});

test('toasts: a repeated message replaces the old one, and the stack is capped', () => {
  const toast = (id: number, message: string): Toast => ({ id, level: 'info', message, source: 'notice' });
  let list = addToast([], toast(1, 'a'));
  list = addToast(list, toast(2, 'b'));
  list = addToast(list, toast(3, 'a'));
  assert.deepEqual(
    list.map((t) => t.id),
    [2, 3],
  );
  for (let i = 4; i < 10; i++) list = addToast(list, toast(i, `m${i}`));
  assert.equal(list.length, MAX_TOASTS);
  assert.equal(list.at(-1)?.id, 9);
  assert.ok(toastLifetimeMs('error') > toastLifetimeMs('info'));
});

test('ValueStore notifies subscribers of changes only, until they unsubscribe', () => {
  const store = new ValueStore(1);
  const seen: number[] = [];
  const unsubscribe = store.subscribe(() => seen.push(store.get()));
  store.set(1);
  store.set(2);
  unsubscribe();
  store.set(3);
  assert.deepEqual(seen, [2]);
});
