import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TargetWindow } from '../../../common/contract';
import {
  CHUNK_SAMPLES,
  RecordingController,
  type RecorderCalls,
  type RecorderOutcome,
  type RecorderSnapshot,
} from '../../../renderer/src/recorder/recordingController';

const target: TargetWindow = { minSec: 60, maxSec: 90 };
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Log {
  appended: { seq: number; length: number }[];
  stopped: string[];
  discarded: string[];
  started: number;
}

/** Fake main-process calls; `failAppendAt` makes that seq reject, `startGate` holds startRecording open. */
function fakeCalls(options: { failAppendAt?: number; startGate?: Promise<void>; failStart?: boolean } = {}) {
  const log: Log = { appended: [], stopped: [], discarded: [], started: 0 };
  const calls: RecorderCalls = {
    startRecording: async () => {
      log.started += 1;
      await options.startGate;
      if (options.failStart) throw new Error('Another recording is still running.');
      return { recordingId: 'rec-1' };
    },
    appendRecording: async ({ seq, samples }) => {
      if (seq === options.failAppendAt) throw new Error('The disk is full.');
      log.appended.push({ seq, length: samples.length });
    },
    stopRecording: async ({ recordingId }) => {
      log.stopped.push(recordingId);
      return { attemptId: 42 };
    },
    discardRecording: async ({ recordingId }) => {
      log.discarded.push(recordingId);
    },
  };
  return { calls, log };
}

function controller(calls: RecorderCalls) {
  const outcomes: RecorderOutcome[] = [];
  const snapshots: RecorderSnapshot[] = [];
  const recorder = new RecordingController(calls, {
    onChange: (s) => snapshots.push(s),
    onOutcome: (o) => outcomes.push(o),
  });
  return { recorder, outcomes, snapshots };
}

const block = (length: number): Float32Array => new Float32Array(length).fill(0.1);

test('a recording streams 0.25 s chunks in order and flushes the partial last one on stop', async () => {
  assert.equal(CHUNK_SAMPLES, 4000);
  const { calls, log } = fakeCalls();
  const { recorder, outcomes } = controller(calls);
  await recorder.start(7, target);
  for (let i = 0; i < 20; i++) recorder.push(block(512));
  await tick();
  assert.deepEqual(
    log.appended.map((a) => a.seq),
    [0, 1],
    'the two full chunks are sent while recording',
  );
  assert.equal(recorder.snapshot().elapsedSec, (20 * 512) / 16000);
  await recorder.stop();
  assert.deepEqual(
    log.appended.map((a) => a.length),
    [4000, 4000, 20 * 512 - 8000],
  );
  assert.deepEqual(log.stopped, ['rec-1']);
  assert.deepEqual(outcomes, [{ kind: 'stopped', attemptId: 42, questionId: 7 }]);
  assert.equal(recorder.snapshot().phase, 'idle');
  assert.equal(recorder.snapshot().elapsedSec, (20 * 512) / 16000, 'the finished length stays on the timer');
});

test('audio captured while startRecording is in flight is kept and sent first', async () => {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const { calls, log } = fakeCalls({ startGate: gate });
  const { recorder } = controller(calls);
  const starting = recorder.start(1, target);
  assert.equal(recorder.snapshot().phase, 'starting');
  recorder.push(block(4000));
  recorder.push(block(100));
  open();
  await starting;
  await recorder.stop();
  assert.deepEqual(
    log.appended.map((a) => [a.seq, a.length]),
    [
      [0, 4000],
      [1, 100],
    ],
  );
});

test('blocks outside a recording are ignored', async () => {
  const { calls, log } = fakeCalls();
  const { recorder } = controller(calls);
  recorder.push(block(8000));
  assert.equal(recorder.snapshot().elapsedSec, 0);
  await recorder.start(1, target);
  await recorder.stop();
  assert.deepEqual(log.appended, []);
});

test('stop pressed while starting takes effect as soon as the recording is open', async () => {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const { calls, log } = fakeCalls({ startGate: gate });
  const { recorder, outcomes } = controller(calls);
  const starting = recorder.start(1, target);
  recorder.push(block(500));
  void recorder.stop();
  open();
  await starting;
  await tick();
  assert.deepEqual(log.stopped, ['rec-1']);
  assert.equal(outcomes[0]?.kind, 'stopped');
});

test('a failed append stops the recording, keeps what was sent and says why', async () => {
  const { calls, log } = fakeCalls({ failAppendAt: 2 });
  const { recorder, outcomes } = controller(calls);
  await recorder.start(3, target);
  for (let i = 0; i < 4; i++) recorder.push(block(4000));
  await tick();
  await tick();
  assert.deepEqual(log.stopped, ['rec-1'], 'stopRecording is called so main keeps the chunks it has');
  assert.deepEqual(outcomes, [
    { kind: 'cut-short', attemptId: 42, questionId: 3, keptSec: 0.5, reason: 'The disk is full.' },
  ]);
  recorder.push(block(4000));
  assert.equal(log.appended.length, 2);
});

test('discard throws the recording away on main and reports it', async () => {
  const { calls, log } = fakeCalls();
  const { recorder, outcomes } = controller(calls);
  await recorder.start(1, target);
  recorder.push(block(6000));
  await recorder.discard();
  assert.deepEqual(log.discarded, ['rec-1']);
  assert.deepEqual(log.stopped, []);
  assert.deepEqual(outcomes, [{ kind: 'discarded' }]);
  assert.deepEqual(recorder.snapshot(), { phase: 'idle', elapsedSec: 0 });
});

test('discard while starting closes the recording main opens afterwards', async () => {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const { calls, log } = fakeCalls({ startGate: gate });
  const { recorder, outcomes } = controller(calls);
  const starting = recorder.start(1, target);
  await recorder.discard();
  assert.deepEqual(outcomes, [{ kind: 'discarded' }]);
  open();
  await starting;
  await tick();
  assert.deepEqual(log.discarded, ['rec-1']);
  assert.equal(recorder.snapshot().phase, 'idle');
});

test('a refused start is reported and leaves the recorder ready again', async () => {
  const { calls } = fakeCalls({ failStart: true });
  const { recorder, outcomes } = controller(calls);
  await recorder.start(1, target);
  assert.deepEqual(outcomes, [{ kind: 'failed', message: 'Another recording is still running.' }]);
  assert.deepEqual(recorder.snapshot(), { phase: 'idle', elapsedSec: 0 });
});

test('start is ignored while a recording is running', async () => {
  const { calls, log } = fakeCalls();
  const { recorder } = controller(calls);
  await recorder.start(1, target);
  await recorder.start(1, target);
  assert.equal(log.started, 1);
});

test('clearElapsed resets the finished length, but never during a recording', async () => {
  const { calls } = fakeCalls();
  const { recorder } = controller(calls);
  await recorder.start(1, target);
  recorder.push(block(1600));
  recorder.clearElapsed();
  assert.equal(recorder.snapshot().elapsedSec, 0.1);
  await recorder.stop();
  recorder.clearElapsed();
  assert.equal(recorder.snapshot().elapsedSec, 0);
});
