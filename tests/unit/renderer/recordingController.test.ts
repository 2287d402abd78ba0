import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TargetWindow } from '../../../common/contract';
import {
  CHUNK_SAMPLES,
  RecordingController,
  UNDO_MS,
  type RecorderCalls,
  type UndoTimer,
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

/** An undo timer the test fires by hand, so no test waits on the wall clock. */
function manualTimer() {
  const armed = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timer: UndoTimer = {
    set: (callback, ms) => {
      armed.set(++next, { callback, ms });
      return next;
    },
    clear: (handle) => armed.delete(handle as number),
  };
  const fire = (): void => {
    for (const [id, { callback }] of [...armed]) {
      armed.delete(id);
      callback();
    }
  };
  return { timer, armed, fire };
}

function controller(calls: RecorderCalls) {
  const outcomes: RecorderOutcome[] = [];
  const snapshots: RecorderSnapshot[] = [];
  const clock = manualTimer();
  const recorder = new RecordingController(
    calls,
    {
      onChange: (s) => snapshots.push(s),
      onOutcome: (o) => outcomes.push(o),
    },
    clock.timer,
  );
  return { recorder, outcomes, snapshots, clock };
}

const block = (length: number): Float32Array => new Float32Array(length).fill(0.1);

test('a recording streams 0.25 s chunks in order and flushes the partial last one on stop', async () => {
  assert.equal(CHUNK_SAMPLES, 4000);
  const { calls, log } = fakeCalls();
  const { recorder, outcomes } = controller(calls);
  await recorder.start(7, target);
  for (let i = 0; i < 40; i++) recorder.push(block(512));
  await tick();
  assert.deepEqual(
    log.appended.map((a) => a.seq),
    [0, 1, 2, 3, 4],
    'the full chunks are sent while recording',
  );
  assert.equal(recorder.snapshot().elapsedSec, (40 * 512) / 16000);
  await recorder.stop();
  assert.deepEqual(
    log.appended.map((a) => a.length),
    [4000, 4000, 4000, 4000, 4000, 40 * 512 - 20000],
  );
  assert.deepEqual(log.stopped, ['rec-1']);
  assert.deepEqual(outcomes, [{ kind: 'stopped', attemptId: 42, questionId: 7 }]);
  assert.equal(recorder.snapshot().phase, 'idle');
  assert.equal(recorder.snapshot().elapsedSec, (40 * 512) / 16000, 'the finished length stays on the timer');
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
  recorder.push(block(16000));
  recorder.push(block(100));
  open();
  await starting;
  await recorder.stop();
  assert.deepEqual(
    log.appended.map((a) => [a.seq, a.length]),
    [
      [0, 4000],
      [1, 4000],
      [2, 4000],
      [3, 4000],
      [4, 100],
    ],
  );
});

test('blocks outside a recording are ignored', async () => {
  const { calls, log } = fakeCalls();
  const { recorder } = controller(calls);
  recorder.push(block(8000));
  assert.equal(recorder.snapshot().elapsedSec, 0);
  await recorder.start(1, target);
  recorder.push(block(16000));
  await recorder.stop();
  assert.deepEqual(
    log.appended.reduce((sum, a) => sum + a.length, 0),
    16000,
  );
});

test('stop pressed while starting takes effect as soon as the recording is open', async () => {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const { calls, log } = fakeCalls({ startGate: gate });
  const { recorder, outcomes } = controller(calls);
  const starting = recorder.start(1, target);
  recorder.push(block(16000));
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
  assert.deepEqual(outcomes, [{ kind: 'cut-short', attemptId: 42, questionId: 3, keptSec: 0.5, reason: 'The disk is full.' }]);
  recorder.push(block(4000));
  assert.equal(log.appended.length, 2);
});

test('Esc ends capture, keeps the take for the undo window, then discards it on main', async () => {
  const { calls, log } = fakeCalls();
  const { recorder, outcomes, clock } = controller(calls);
  await recorder.start(1, target);
  recorder.push(block(6000));
  await recorder.discard();
  assert.deepEqual(outcomes, [{ kind: 'discard-pending', undoMs: UNDO_MS }]);
  assert.deepEqual(recorder.snapshot(), { phase: 'idle', elapsedSec: 0 });
  assert.deepEqual(
    [...clock.armed.values()].map((t) => t.ms),
    [5000],
  );
  assert.deepEqual(log.discarded, [], 'nothing is thrown away while Undo is offered');
  recorder.push(block(4000));
  clock.fire();
  await tick();
  assert.deepEqual(log.discarded, ['rec-1']);
  assert.deepEqual(log.stopped, []);
  assert.deepEqual(outcomes.at(-1), { kind: 'discarded' });
  assert.equal(recorder.canUndo(), false);
  assert.equal(
    log.appended.reduce((sum, a) => sum + a.length, 0),
    6000,
    'audio after Esc is not recorded',
  );
});

test('Undo within the window stores the discarded take with all its audio', async () => {
  const { calls, log } = fakeCalls();
  const { recorder, outcomes, clock } = controller(calls);
  await recorder.start(5, target);
  recorder.push(block(20000));
  await recorder.discard();
  assert.equal(recorder.canUndo(), true);
  await recorder.undoDiscard();
  assert.deepEqual(log.stopped, ['rec-1']);
  assert.deepEqual(log.discarded, []);
  assert.equal(
    log.appended.reduce((sum, a) => sum + a.length, 0),
    20000,
  );
  assert.deepEqual(outcomes.at(-1), { kind: 'stopped', attemptId: 42, questionId: 5 });
  assert.deepEqual(recorder.snapshot(), { phase: 'idle', elapsedSec: 1.25 }, 'the timer shows the kept take');
  assert.equal(clock.armed.size, 0, 'the undo window is closed');
  clock.fire();
  await tick();
  assert.deepEqual(log.discarded, []);
});

test('a new take ends the undo window of the previous one first', async () => {
  const { calls, log } = fakeCalls();
  const { recorder, outcomes } = controller(calls);
  await recorder.start(1, target);
  recorder.push(block(6000));
  await recorder.discard();
  await recorder.start(1, target);
  assert.deepEqual(log.discarded, ['rec-1']);
  assert.equal(log.started, 2);
  assert.equal(recorder.snapshot().phase, 'recording');
  assert.ok(outcomes.some((o) => o.kind === 'discarded'));
});

test('a take under one second is not stored and says why; a double-tap stores nothing', async () => {
  const { calls, log } = fakeCalls();
  const { recorder, outcomes } = controller(calls);
  await recorder.start(1, target);
  recorder.push(block(8000));
  await recorder.stop();
  await tick();
  assert.deepEqual(log.stopped, []);
  assert.deepEqual(log.discarded, ['rec-1']);
  assert.deepEqual(outcomes, [{ kind: 'too-short', sec: 0.5, minSec: 1 }]);
  assert.equal(recorder.snapshot().phase, 'idle');

  // Space, Space: stop arrives while main is still opening the recording.
  const starting = recorder.start(1, target);
  void recorder.stop();
  await starting;
  await tick();
  assert.deepEqual(log.stopped, [], 'no 0:00 attempt');
  assert.deepEqual(outcomes.at(-1), { kind: 'too-short', sec: 0, minSec: 1 });
});

test('a recorder going away discards a take waiting for undo', async () => {
  const { calls, log } = fakeCalls();
  const { recorder } = controller(calls);
  await recorder.start(1, target);
  recorder.push(block(6000));
  await recorder.discard();
  await recorder.dispose();
  assert.deepEqual(log.discarded, ['rec-1']);
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
  recorder.push(block(16000));
  recorder.clearElapsed();
  assert.equal(recorder.snapshot().elapsedSec, 1);
  await recorder.stop();
  recorder.clearElapsed();
  assert.equal(recorder.snapshot().elapsedSec, 0);
});
