import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChunkUploader } from '../../../renderer/src/recorder/uploader';

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A fake appendRecording whose calls settle only when the test says so. */
function controlledSend() {
  const calls: { seq: number; length: number; settle: Deferred }[] = [];
  const send = (seq: number, samples: Float32Array): Promise<void> => {
    const settle = deferred();
    calls.push({ seq, length: samples.length, settle });
    return settle.promise;
  };
  return { calls, send };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test('chunks go one at a time, in order, numbered from 0', async () => {
  const { calls, send } = controlledSend();
  const uploader = new ChunkUploader(send, () => assert.fail('no failure expected'));
  uploader.enqueue(new Float32Array(4));
  uploader.enqueue(new Float32Array(4));
  uploader.enqueue(new Float32Array(2));
  await tick();
  assert.equal(calls.length, 1, 'only one call in flight');
  calls[0]?.settle.resolve();
  await tick();
  assert.equal(calls.length, 2);
  calls[1]?.settle.resolve();
  await tick();
  calls[2]?.settle.resolve();
  await uploader.drain();
  assert.deepEqual(
    calls.map((c) => [c.seq, c.length]),
    [
      [0, 4],
      [1, 4],
      [2, 2],
    ],
  );
  assert.equal(uploader.sentSamples, 10);
});

test('drain resolves at once when idle, and after the queue empties otherwise', async () => {
  const { calls, send } = controlledSend();
  const uploader = new ChunkUploader(send, () => undefined);
  await uploader.drain();
  uploader.enqueue(new Float32Array(1));
  let drained = false;
  const waiting = uploader.drain().then(() => {
    drained = true;
  });
  await tick();
  assert.equal(drained, false);
  calls[0]?.settle.resolve();
  await waiting;
  assert.equal(drained, true);
});

test('the first failure is reported once, and nothing more is sent', async () => {
  const { calls, send } = controlledSend();
  const failures: string[] = [];
  const uploader = new ChunkUploader(send, (message) => failures.push(message));
  uploader.enqueue(new Float32Array(4));
  uploader.enqueue(new Float32Array(4));
  await tick();
  calls[0]?.settle.resolve();
  await tick();
  calls[1]?.settle.reject(new Error('The disk is full.'));
  await uploader.drain();
  uploader.enqueue(new Float32Array(4));
  await tick();
  assert.deepEqual(failures, ['The disk is full.']);
  assert.equal(uploader.error, 'The disk is full.');
  assert.equal(calls.length, 2);
  assert.equal(uploader.sentSamples, 4, 'only confirmed chunks count as sent');
});

test('cancel drops the queue and ignores the outcome of the call in flight', async () => {
  const { calls, send } = controlledSend();
  const failures: string[] = [];
  const uploader = new ChunkUploader(send, (message) => failures.push(message));
  uploader.enqueue(new Float32Array(4));
  uploader.enqueue(new Float32Array(4));
  await tick();
  uploader.cancel();
  calls[0]?.settle.reject(new Error('Unknown recording.'));
  await uploader.drain();
  assert.equal(calls.length, 1);
  assert.deepEqual(failures, []);
});
