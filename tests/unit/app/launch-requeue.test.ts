// Issue 9: "killed during transcription, the model gone at relaunch: the attempt stays Transcribing…
// forever", and "a transcription failed: … no Retry, and it is never queued again".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { AppError } from '../../../common/errors';
import { MAX_LAUNCH_RETRIES, Pipeline } from '../../../native/app/pipeline';
import type { TranscriberHost } from '../../../native/app/transcription';
import { encodeOggOpus } from '../../../native/audio/ogg-opus';
import type { StretchTranscriber } from '../../../native/transcriber/streaming';
import { speechLike, tempDir } from '../../utils/audio-signals';
import { ensureSyntheticModel } from '../../utils/synthetic-model';
import { newAttempt } from '../store/fixtures';
import { eventRecorder, memoryStore } from './fixtures';

/** A stand-in for whisper.cpp that counts its calls and fails while `failing.now` is set. */
function standIn(failing = { now: false }): { host: TranscriberHost; calls: () => number } {
  let calls = 0;
  const transcriber: StretchTranscriber = {
    async transcribe(pcm) {
      calls++;
      if (failing.now) throw new Error('whisper.cpp stopped');
      return {
        words: [{ text: 'word', start: 0.1, end: Math.min(0.5, pcm.length / 16000) }],
        text: 'word',
        model: 'stand-in',
        elapsedMs: 10,
      };
    },
  };
  const host = { forModel: async () => transcriber, forCheckedModel: async () => transcriber, close: async () => undefined };
  return { host: host as unknown as TranscriberHost, calls: () => calls };
}

function stored(store: ReturnType<typeof memoryStore>['store'], questionId: number): number {
  const samples = speechLike(1);
  return store.createAttemptWithRecording(
    newAttempt(questionId),
    { codec: 'ogg-opus', sampleRate: 16000, sampleCount: samples.length, bytes: encodeOggOpus(samples) },
    1,
  );
}

test('at launch an attempt left transcribing fails with a sentence when its model is gone', async (t) => {
  const { store, settings, questionId } = memoryStore(t);
  settings.setModelPath(path.join(tempDir(t), 'ggml-base.en.bin'));
  const interrupted = stored(store, questionId);
  store.setAttemptStatus(interrupted, 'transcribing');
  const { emit } = eventRecorder();
  const pipeline = new Pipeline({ store, settings, host: standIn().host, emit });
  await pipeline.requeueAtLaunch();
  await pipeline.idle();
  const attempt = store.getAttempt(interrupted);
  assert.equal(attempt?.status, 'failed');
  assert.equal(attempt?.error, 'The model ggml-base.en.bin is missing or unusable. Choose another model and press Retry.');
});

test('at launch, without any model, an interrupted attempt fails and one merely recorded waits for a model', async (t) => {
  const { store, settings, questionId } = memoryStore(t);
  const interrupted = stored(store, questionId);
  store.setAttemptStatus(interrupted, 'transcribing');
  const waiting = stored(store, questionId);
  const pipeline = new Pipeline({ store, settings, host: standIn().host, emit: eventRecorder().emit });
  await pipeline.requeueAtLaunch();
  await pipeline.idle();
  assert.deepEqual(
    [store.getAttempt(interrupted)?.status, store.getAttempt(interrupted)?.error],
    ['failed', 'No Whisper model is chosen. Choose a model and press Retry.'],
  );
  assert.equal(store.getAttempt(waiting)?.status, 'recorded');
});

test('at launch, with a model, an interrupted attempt is transcribed and scored', async (t) => {
  const { store, settings, questionId } = memoryStore(t);
  settings.setModelPath(await ensureSyntheticModel());
  const interrupted = stored(store, questionId);
  store.setAttemptStatus(interrupted, 'transcribing');
  const pipeline = new Pipeline({ store, settings, host: standIn().host, emit: eventRecorder().emit });
  await pipeline.requeueAtLaunch();
  await pipeline.idle();
  assert.equal(store.getAttempt(interrupted)?.status, 'scored');
});

test('failed attempts are retried at launch a bounded number of times, and Retry queues one again', async (t) => {
  const { store, settings, questionId } = memoryStore(t);
  settings.setModelPath(await ensureSyntheticModel());
  const failing = { now: true };
  const stand = standIn(failing);
  const pipeline = new Pipeline({ store, settings, host: stand.host, emit: eventRecorder().emit });
  const attemptId = stored(store, questionId);
  store.setAttemptStatus(attemptId, 'failed', 'Transcription stopped unexpectedly.');
  for (let launch = 0; launch < MAX_LAUNCH_RETRIES + 2; launch++) {
    await pipeline.requeueAtLaunch();
    await pipeline.idle();
  }
  assert.equal(stand.calls(), MAX_LAUNCH_RETRIES, 'one transcription per launch retry, and no more');
  assert.equal(store.getAttempt(attemptId)?.status, 'failed');

  failing.now = false;
  pipeline.retry(attemptId);
  await pipeline.idle();
  assert.equal(store.getAttempt(attemptId)?.status, 'scored');
  assert.throws(
    () => pipeline.retry(attemptId),
    (error: unknown) => error instanceof AppError && error.code === 'invalid-argument',
  );
  assert.throws(
    () => pipeline.retry(9999),
    (error: unknown) => error instanceof AppError && error.code === 'not-found',
  );
});
