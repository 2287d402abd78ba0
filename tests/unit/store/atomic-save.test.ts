// Issue 9: "Stop hit SQLITE_BUSY while the CLI wrote … each left an orphan attempt; the 5 s busy
// timeout never applied", and "an attempt with no audio remained".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../common/errors';
import type { StoredRecording } from '../../../common/library';
import { retryOnBusy } from '../../../native/store/busy';
import { openStore } from '../../../native/store/open';
import { newAttempt, tempDir } from './fixtures';
import { holdWriteLock } from './write-lock';

const AUDIO: StoredRecording = { codec: 'ogg-opus', sampleRate: 48000, sampleCount: 48000, bytes: new Uint8Array([1, 2, 3, 4]) };

function rows(file: string): { attempts: number; recordings: number } {
  const db = new Database(file, { readonly: true });
  try {
    const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { attempts: count('attempts'), recordings: count('recordings') };
  } finally {
    db.close();
  }
}

test('an attempt and its recording are saved together, or not at all', (t) => {
  const file = join(tempDir(t), 'library.db');
  const store = openStore(file);
  t.after(() => store.close());
  const questionId = store.addQuestion({ kind: 'question', text: 'Tell me about a launch.' });

  const id = store.createAttemptWithRecording(newAttempt(questionId), AUDIO, 1);
  assert.deepEqual(store.getRecording(id)?.bytes, AUDIO.bytes);
  assert.equal(store.getAttempt(id)?.durationSec, 1);

  // Bad audio and a missing question are refused before anything is written.
  assert.throws(
    () => store.createAttemptWithRecording(newAttempt(questionId), { ...AUDIO, bytes: new Uint8Array() }, 1),
    /non-empty/,
  );
  assert.throws(() => store.createAttemptWithRecording(newAttempt(questionId + 99), AUDIO, 1), /no question/);
  assert.deepEqual(rows(file), { attempts: 1, recordings: 1 });
});

test('a save waits out another connection holding the write lock instead of failing', async (t) => {
  const file = join(tempDir(t), 'library.db');
  const store = openStore(file);
  t.after(() => store.close());
  const questionId = store.addQuestion({ kind: 'question', text: 'Tell me about a launch.' });
  store.setSetting('warm', true);

  const lock = await holdWriteLock(file, 300);
  // Blocks in SQLite's busy handler until the worker commits; a deferred transaction would fail at once.
  const id = store.createAttemptWithRecording(newAttempt(questionId), AUDIO, 1);
  await lock.released;
  assert.ok(store.getRecording(id));
  assert.equal(store.getSetting('held', 0), 1, 'the other connection committed first');
  assert.deepEqual(rows(file), { attempts: 1, recordings: 1 });
});

test('when the lock outlasts the busy timeout, the save fails cleanly with code busy and leaves nothing', async (t) => {
  const file = join(tempDir(t), 'library.db');
  const store = openStore(file, { busyTimeoutMs: 50 });
  t.after(() => store.close());
  const questionId = store.addQuestion({ kind: 'question', text: 'Tell me about a launch.' });

  const lock = await holdWriteLock(file, null);
  assert.throws(
    () => store.createAttemptWithRecording(newAttempt(questionId), AUDIO, 1),
    (error) => error instanceof AppError && error.code === 'busy' && /in use by another Voicedrill process/.test(error.message),
  );
  // Retried writes succeed once the other side lets go.
  const retried = retryOnBusy(() => store.createAttemptWithRecording(newAttempt(questionId), AUDIO, 1), {
    attempts: 50,
    delayMs: 20,
  });
  lock.release();
  await lock.released;
  const id = await retried;
  assert.ok(store.getRecording(id));
  assert.deepEqual(rows(file), { attempts: 1, recordings: 1 });
});

test('retryOnBusy retries only SQLITE_BUSY, a bounded number of times', async () => {
  const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
  let calls = 0;
  assert.equal(
    await retryOnBusy(
      () =>
        ++calls < 3
          ? (() => {
              throw busy;
            })()
          : 'saved',
      { delayMs: 1 },
    ),
    'saved',
  );
  assert.equal(calls, 3);

  calls = 0;
  await assert.rejects(
    retryOnBusy(
      () => {
        calls++;
        throw busy;
      },
      { attempts: 4, delayMs: 1 },
    ),
    (error) => error instanceof AppError && error.code === 'busy',
  );
  assert.equal(calls, 4);

  calls = 0;
  await assert.rejects(
    retryOnBusy(
      () => {
        calls++;
        throw new Error('constraint failed');
      },
      { delayMs: 1 },
    ),
    /constraint failed/,
  );
  assert.equal(calls, 1);
});
