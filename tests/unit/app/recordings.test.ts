import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../common/errors';
import { LibraryService } from '../../../native/app/library';
import { Pipeline } from '../../../native/app/pipeline';
import { RecordingsService } from '../../../native/app/recordings';
import { TranscriberHost } from '../../../native/app/transcription';
import { speechLike, tempDir } from '../../utils/audio-signals';
import { eventRecorder, memoryStore } from './fixtures';

const code = (expected: string) => (error: unknown) => error instanceof AppError && error.code === expected;

function services(t: Parameters<typeof memoryStore>[0], journalDir = path.join(tempDir(t), 'journal')) {
  const { store, settings, questionId } = memoryStore(t);
  const { emit, events } = eventRecorder();
  const host = new TranscriberHost();
  const pipeline = new Pipeline({ store, settings, host, emit });
  const library = new LibraryService(store, settings);
  const recordings = new RecordingsService({ store, settings, library, pipeline, host, journalDir, emit });
  return { store, library, pipeline, recordings, events, questionId, journalDir };
}

const target = { minSec: 60, maxSec: 90 };

test('a recording is journaled, stored on Stop with its drill length, and its journal removed', async (t) => {
  const s = services(t);
  const { recordingId } = s.recordings.start({ questionId: s.questionId, target: { minSec: 25, maxSec: 35 } });
  assert.equal(readdirSync(s.journalDir).length, 1);
  const samples = speechLike(1);
  for (let seq = 0; seq * 4000 < samples.length; seq++)
    s.recordings.append({ recordingId, seq, samples: samples.slice(seq * 4000, (seq + 1) * 4000) });
  const { attemptId } = s.recordings.stop({ recordingId });
  await s.pipeline.idle();
  const attempt = s.library.getAttempt(attemptId);
  assert.deepEqual([attempt.durationSec, attempt.drillLength, attempt.status], [1, 'elevator', 'recorded']);
  assert.deepEqual(readdirSync(s.journalDir), []);
  assert.throws(() => s.recordings.append({ recordingId, seq: 4, samples: new Float32Array(4) }), code('not-found'));
});

test('only one recording is live at a time; discarding frees the slot and stores nothing', (t) => {
  const s = services(t);
  const first = s.recordings.start({ questionId: s.questionId, target });
  for (let i = 0; i < 100; i++)
    assert.throws(() => s.recordings.start({ questionId: s.questionId, target }), code('recording-active'));
  assert.equal(readdirSync(s.journalDir).length, 1, 'refused starts open no journal');
  s.recordings.discard(first);
  const second = s.recordings.start({ questionId: s.questionId, target });
  assert.throws(() => s.recordings.stop(second), code('nothing-recorded'));
  assert.deepEqual(readdirSync(s.journalDir), []);
  assert.deepEqual(s.library.listAttempts(s.questionId), []);
  assert.throws(() => s.recordings.start({ questionId: 9999, target }), code('not-found'));
});

test('a recording open at close is recovered at the next launch, once, with a notice', async (t) => {
  const journalDir = path.join(tempDir(t), 'journal');
  const before = services(t, journalDir);
  const { recordingId } = before.recordings.start({ questionId: before.questionId, target });
  before.recordings.append({ recordingId, seq: 0, samples: speechLike(0.5) });
  before.recordings.close();
  assert.equal(readdirSync(journalDir).length, 1, 'the journal is kept');

  const after = services(t, journalDir);
  // The question of the first store is recreated with the same id in the second in-memory store.
  after.recordings.recoverInterrupted();
  await after.pipeline.idle();
  const [attempt, ...others] = after.library.listAttempts(after.questionId);
  assert.deepEqual([others.length, attempt?.recovered, attempt?.durationSec], [0, true, 0.5]);
  assert.ok(
    after.events.some(
      (event) =>
        event.name === 'notice' &&
        /Recovered an interrupted recording \(0\.5 s\)/.test((event.payload as { message: string }).message),
    ),
  );
  assert.deepEqual(readdirSync(journalDir), []);
});

test('when the page that started a recording is gone, its take is stored and a new recording can start', async (t) => {
  const s = services(t);
  const { recordingId } = s.recordings.start({ questionId: s.questionId, target });
  s.recordings.append({ recordingId, seq: 0, samples: speechLike(0.5) });
  s.recordings.settleLive();
  await s.pipeline.idle();
  assert.deepEqual(
    s.library.listAttempts(s.questionId).map((attempt) => attempt.durationSec),
    [0.5],
  );
  const empty = s.recordings.start({ questionId: s.questionId, target });
  s.recordings.settleLive();
  assert.equal(s.library.listAttempts(s.questionId).length, 1, 'an empty take is dropped');
  assert.throws(
    () => s.recordings.append({ recordingId: empty.recordingId, seq: 0, samples: new Float32Array(4) }),
    code('not-found'),
  );
  s.recordings.discard(s.recordings.start({ questionId: s.questionId, target }));
  assert.deepEqual(readdirSync(s.journalDir), []);
});
