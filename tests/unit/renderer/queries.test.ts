import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QueryKey } from '@tanstack/react-query';
import { createQueryClient, invalidateFor, queryKeys } from '../../../renderer/src/data/queries';

function cached(): { client: ReturnType<typeof createQueryClient>; stale: () => QueryKey[] } {
  const client = createQueryClient();
  const keys = [
    queryKeys.questions,
    queryKeys.attempts(1),
    queryKeys.attempts(2),
    queryKeys.attempt(7),
    queryKeys.attempt(8),
    queryKeys.settings,
    queryKeys.modelStatus,
    queryKeys.models,
  ];
  for (const key of keys) client.setQueryData(key, 'cached');
  const stale = () => keys.filter((key) => client.getQueryState(key)?.isInvalidated);
  return { client, stale };
}

test("an attempt's progress makes its question's attempts and its own detail stale, nothing else", () => {
  const { client, stale } = cached();
  invalidateFor(client, 'attemptProgress', {
    attemptId: 7,
    questionId: 1,
    stage: 'transcribing',
    stretchesDone: 1,
    stretchesTotal: 3,
    etaSec: 4,
  });
  assert.deepEqual(stale(), [queryKeys.attempts(1), queryKeys.attempt(7)]);
});

test('a download makes the model list stale only once it has ended', () => {
  const { client, stale } = cached();
  const progress = { name: 'base.en', receivedBytes: 1, totalBytes: 2, bytesPerSec: 1, etaSec: 1 };
  invalidateFor(client, 'modelDownload', { ...progress, state: 'downloading' });
  invalidateFor(client, 'modelDownload', { ...progress, state: 'verifying' });
  invalidateFor(client, 'notice', { level: 'info', message: 'Recovered an interrupted recording (3.0 s).' });
  assert.deepEqual(stale(), []);
  invalidateFor(client, 'modelDownload', { ...progress, state: 'failed', error: 'disk full' });
  assert.deepEqual(stale(), [queryKeys.models]);
});

test('re-scoring after an upgrade makes every history and scorecard stale once it ends, not before', () => {
  const { client, stale } = cached();
  invalidateFor(client, 'rescoreProgress', { done: 3, total: 40 });
  assert.deepEqual(stale(), []);
  invalidateFor(client, 'rescoreProgress', { done: 40, total: 40 });
  assert.deepEqual(stale(), [queryKeys.attempts(1), queryKeys.attempts(2), queryKeys.attempt(7), queryKeys.attempt(8)]);
});

test('a restored or deleted library makes every query stale; backup progress makes none', () => {
  const { client, stale } = cached();
  invalidateFor(client, 'backupProgress', { done: 10, total: 10 });
  assert.deepEqual(stale(), []);
  invalidateFor(client, 'libraryReplaced', { reason: 'restored' });
  assert.equal(stale().length, 8);
});
