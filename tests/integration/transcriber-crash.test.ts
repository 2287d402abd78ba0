// The real whisper.cpp process killed in the middle of a transcription: the calls in flight fail with
// 'transcriber-crashed', this process carries on, and the next call runs in a fresh process with the
// model loaded again. A random-weight model of tiny.en's size stands in for a real one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../common/errors';
import { audioCtxFor, Transcriber } from '../../native/transcriber/transcriber';
import { ensureSyntheticModel, TINY_EN } from '../utils/synthetic-model';

const RATE = 16000;

/** A tone with a slow tremolo: enough for whisper.cpp to run its encoder and decoder on. */
function tone(seconds: number): Float32Array {
  const out = new Float32Array(seconds * RATE);
  for (let i = 0; i < out.length; i++)
    out[i] = 0.3 * Math.sin((2 * Math.PI * 220 * i) / RATE) * (0.6 + 0.4 * Math.sin((2 * Math.PI * 3 * i) / RATE));
  return out;
}

let transcriber: Transcriber;

before(async () => {
  const modelPath = await ensureSyntheticModel(TINY_EN);
  transcriber = await Transcriber.start({ threads: 2 });
  await transcriber.load(modelPath);
});

after(async () => {
  await transcriber.close();
});

test('SIGKILL of the transcriber mid-transcription fails the calls in flight; the next call respawns it', async () => {
  const pcm = tone(35);
  const options = { audioCtx: audioCtxFor(35), maxTokens: 8 };
  const pid = transcriber.pid;
  assert.ok(pid !== undefined, 'the transcriber process runs');

  // whisper.cpp reports 0 as it starts on the clip: that is when the process is killed.
  let killed = false;
  const running = transcriber.transcribe(pcm, {
    ...options,
    onProgress: () => {
      if (killed) return;
      killed = true;
      process.kill(pid, 'SIGKILL');
    },
  });
  const queued = transcriber.transcribe(pcm.subarray(0, 2 * RATE), { audioCtx: audioCtxFor(2), maxTokens: 8 });
  for (const call of [running, queued]) {
    await assert.rejects(call, (error: unknown) => {
      assert.ok(error instanceof AppError, `an AppError, not ${String(error)}`);
      assert.equal(error.code, 'transcriber-crashed');
      assert.equal(error.message, 'The transcriber stopped unexpectedly. Try again: it restarts on its own.');
      assert.equal((error.cause as Error).message, 'the transcriber process ended (signal SIGKILL)');
      return true;
    });
  }
  assert.ok(killed, 'the process was killed while transcribing');

  const result = await transcriber.transcribe(pcm.subarray(0, 3 * RATE), { audioCtx: audioCtxFor(3), maxTokens: 8 });
  assert.equal(result.model, 'synthetic-tiny.en.bin', 'the model was loaded again');
  assert.ok(result.elapsedMs > 0);
  assert.notEqual(transcriber.pid, pid, 'a new process did the work');
});
