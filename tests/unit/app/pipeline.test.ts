// The processing queue with a stand-in for whisper.cpp (the real one is in tests/integration): the
// stand-in returns one word per stretch, so what is checked here is the queue's own work: statuses,
// progress events with stretch counts and an ETA, the stored transcript and report, and the requeue.
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Events } from '../../../common/contract';
import { Pipeline } from '../../../native/app/pipeline';
import type { TranscriberHost } from '../../../native/app/transcription';
import { encodeOggOpus } from '../../../native/audio/ogg-opus';
import { StretchProgress } from '../../../native/app/stretch-progress';
import { StreamingTranscription, type StretchTranscriber } from '../../../native/transcriber/streaming';
import { concatSignals, speechLike, tempDir } from '../../utils/audio-signals';
import { ensureSyntheticModel } from '../../utils/synthetic-model';
import { newAttempt } from '../store/fixtures';
import { eventRecorder, memoryStore } from './fixtures';

function standIn(fail = false): TranscriberHost {
  const transcriber: StretchTranscriber = {
    async transcribe(pcm) {
      if (fail) throw new Error('whisper.cpp stopped');
      return {
        words: [{ text: 'word', start: 0.1, end: Math.min(0.5, pcm.length / 16000) }],
        text: 'word',
        model: 'stand-in',
        elapsedMs: 100,
      };
    },
  };
  return {
    forModel: async () => transcriber,
    forCheckedModel: async () => transcriber,
    close: async () => undefined,
  } as unknown as TranscriberHost;
}

function storedAttempt(store: ReturnType<typeof memoryStore>['store'], questionId: number, samples: Float32Array): number {
  const attemptId = store.createAttempt(newAttempt(questionId));
  store.saveRecording(
    attemptId,
    { codec: 'ogg-opus', sampleRate: 16000, sampleCount: samples.length, bytes: encodeOggOpus(samples) },
    samples.length / 16000,
  );
  return attemptId;
}

const progressOf = (events: { name: string; payload: unknown }[]) =>
  events.filter((event) => event.name === 'attemptProgress').map((event) => event.payload as Events['attemptProgress']);

test('without a model an attempt is kept, told to choose a model, and not requeued', async (t) => {
  const { store, settings, questionId } = memoryStore(t);
  const { emit, events } = eventRecorder();
  const pipeline = new Pipeline({ store, settings, host: standIn(), emit });
  const samples = speechLike(1);
  const attemptId = storedAttempt(store, questionId, samples);
  pipeline.enqueue(attemptId, questionId, samples);
  await pipeline.idle();
  assert.deepEqual(
    progressOf(events).map((event) => event.stage),
    ['saving', 'done'],
  );
  assert.match(progressOf(events).at(-1)?.message ?? '', /Choose a Whisper model/);
  pipeline.requeueUntranscribed();
  await pipeline.idle();
  assert.equal(progressOf(events).length, 2);
  assert.equal(store.getAttempt(attemptId)?.status, 'recorded');
});

test('an attempt is transcribed stretch by stretch with counted progress and an ETA, then scored', async (t) => {
  const { store, settings, questionId } = memoryStore(t);
  settings.setModelPath(await ensureSyntheticModel());
  const { emit, events } = eventRecorder();
  const pipeline = new Pipeline({ store, settings, host: standIn(), emit });
  const pause = new Float32Array(16000 * 2);
  const samples = concatSignals(speechLike(5), pause, speechLike(5), pause, speechLike(5));
  const attemptId = storedAttempt(store, questionId, samples);
  pipeline.requeueUntranscribed();
  await pipeline.idle();
  const progress = progressOf(events);
  const transcribing = progress.filter((event) => event.stage === 'transcribing');
  const total = transcribing[0]?.stretchesTotal ?? 0;
  assert.ok(total >= 2, `cut into ${total} stretches`);
  assert.deepEqual(
    transcribing.map((event) => event.stretchesDone),
    Array.from({ length: total + 1 }, (_, done) => done),
  );
  assert.equal(transcribing[0]?.etaSec, undefined, 'no ETA before a stretch is timed');
  assert.ok(transcribing.slice(1).every((event) => Number.isFinite(event.etaSec)));
  assert.equal(transcribing.at(-1)?.etaSec, 0);
  assert.deepEqual(
    progress.slice(-2).map((event) => event.stage),
    ['scoring', 'done'],
  );
  const attempt = store.getAttempt(attemptId);
  assert.equal(attempt?.status, 'scored');
  assert.ok((attempt?.words.length ?? 0) >= 2);
  assert.equal(attempt?.report?.durationSec, samples.length / 16000);
});

test('a failed transcription marks the attempt failed with a sentence; the developer detail goes to the log', async (t) => {
  const { store, settings, questionId } = memoryStore(t);
  settings.setModelPath(await ensureSyntheticModel());
  const { emit, events } = eventRecorder();
  const logged: string[] = [];
  const log = { error: (error: unknown) => logged.push(String(error)) > 0 };
  const pipeline = new Pipeline({ store, settings, host: standIn(true), emit, log });
  const samples = speechLike(2);
  const attemptId = storedAttempt(store, questionId, samples);
  pipeline.enqueue(attemptId, questionId, samples);
  await pipeline.idle();
  const sentence = 'Transcription stopped unexpectedly. Press Retry, or choose another model.';
  assert.deepEqual([progressOf(events).at(-1)?.stage, progressOf(events).at(-1)?.message], ['failed', sentence]);
  assert.deepEqual([store.getAttempt(attemptId)?.status, store.getAttempt(attemptId)?.error], ['failed', sentence]);
  assert.match(logged.join('\n'), /whisper\.cpp stopped/);
});

test('a live transcript is stored and scored even when its model file has gone since the recording began', async (t) => {
  const { store, settings, questionId } = memoryStore(t);
  const gone = path.join(tempDir(t), 'removed-since.bin');
  settings.setModelPath(gone);
  const { emit, events } = eventRecorder();
  const host = standIn();
  const pipeline = new Pipeline({ store, settings, host, emit });
  const samples = concatSignals(speechLike(4), new Float32Array(16000), speechLike(4));
  const stream = new StreamingTranscription(await host.forModel(gone));
  stream.push(samples);
  const progress = new StretchProgress();
  progress.push(samples, 16000);
  progress.finish();
  const attemptId = storedAttempt(store, questionId, samples);
  pipeline.enqueue(attemptId, questionId, samples, { stream, modelPath: gone, words: stream.finish(), progress, steady: [] });
  await pipeline.idle();
  assert.equal(progressOf(events).at(-1)?.stage, 'done');
  const attempt = store.getAttempt(attemptId);
  assert.equal(attempt?.status, 'scored');
  assert.equal(attempt?.words.length, 2, 'one word from each stretch of the live transcript');
});
