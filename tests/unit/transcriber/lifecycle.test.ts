// How the client copes with its transcriber process starting, dying and closing. A scripted process
// stands in for whisper.cpp here; the real one is exercised in tests/integration/transcriber*.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../../common/errors';
import { forkTranscriber, type SpawnRequest, type SpawnTranscriber } from '../../../native/transcriber/process';
import { Transcriber } from '../../../native/transcriber/transcriber';

const scripted = new URL('./fixtures/scripted-worker.ts', import.meta.url);
const pcm = new Float32Array(16000);

function crashed(message: string, cause: string): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof AppError, `an AppError, not ${String(error)}`);
    assert.equal(error.code, 'transcriber-crashed');
    assert.equal(error.message, message);
    assert.equal((error.cause as Error).message, cause);
    return true;
  };
}
const midCall = (how: string) =>
  crashed('The transcriber stopped unexpectedly. Try again: it restarts on its own.', `the transcriber process ended (${how})`);

test('start fails with a transcriber-crashed error when the process cannot start', async () => {
  await assert.rejects(
    Transcriber.start({ workerUrl: new URL('./fixtures/failing-worker.ts', import.meta.url) }),
    crashed('The transcriber could not start.', 'the transcriber process ended (exit code 1)'),
  );
});

test('a process that exits mid-call fails that call; the next call restarts it with the model reloaded', async () => {
  const transcriber = await Transcriber.start({ workerUrl: scripted });
  try {
    await transcriber.load('/models/a.bin');
    const first = transcriber.pid;
    assert.equal((await transcriber.transcribe(pcm)).text, 'loaded /models/a.bin');
    await assert.rejects(transcriber.transcribe(pcm, { initialPrompt: 'exit' }), midCall('exit code 3'));
    assert.equal((await transcriber.transcribe(pcm)).text, 'loaded /models/a.bin');
    assert.notEqual(transcriber.pid, first, 'a new process serves the call');
  } finally {
    await transcriber.close();
  }
});

test('an uncaught error in the process fails every call in flight', async () => {
  const transcriber = await Transcriber.start({ workerUrl: scripted });
  try {
    const failing = transcriber.transcribe(pcm, { initialPrompt: 'throw' });
    const queued = transcriber.transcribe(pcm);
    await assert.rejects(failing, midCall('exit code 1'));
    await assert.rejects(queued, midCall('exit code 1'));
    assert.equal((await transcriber.transcribe(pcm)).text, 'loaded nothing');
  } finally {
    await transcriber.close();
  }
});

test('close fails the calls in flight and every later call, and ends the process', async () => {
  const transcriber = await Transcriber.start({ workerUrl: scripted });
  const hanging = assert.rejects(transcriber.transcribe(pcm, { initialPrompt: 'hang' }), {
    message: 'the transcriber was closed',
  });
  await transcriber.close();
  await hanging;
  assert.equal(transcriber.pid, undefined);
  await assert.rejects(transcriber.transcribe(pcm), { message: 'the transcriber was closed' });
  await assert.rejects(transcriber.load('/models/a.bin'), { message: 'the transcriber was closed' });
});

test('bad audio is refused before it reaches the process', async () => {
  const transcriber = await Transcriber.start({ workerUrl: scripted });
  try {
    await assert.rejects(transcriber.transcribe(new Float32Array(0)), { message: 'audio is empty' });
    await assert.rejects(transcriber.transcribe(pcm, { audioCtx: 10 }), /^Error: audioCtx 10 covers only 0.2 s of a 1.00 s clip/);
  } finally {
    await transcriber.close();
  }
});

test('the process is started by the given spawner, with malloc bounded and whisper.cpp quiet', async () => {
  const requests: SpawnRequest[] = [];
  const spawn: SpawnTranscriber = (request) => {
    requests.push(request);
    return forkTranscriber(request);
  };
  const transcriber = await Transcriber.start({ workerUrl: scripted, spawn });
  try {
    assert.equal(
      (await transcriber.transcribe(pcm, { initialPrompt: 'env' })).text,
      'MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 NODE_ENV=production',
    );
    await assert.rejects(transcriber.transcribe(pcm, { initialPrompt: 'exit' }), midCall('exit code 3'));
    await transcriber.transcribe(pcm);
    assert.deepEqual(
      requests.map((r) => r.entry),
      [scripted.pathname, scripted.pathname],
      'the replacement process comes from the same spawner',
    );
  } finally {
    await transcriber.close();
  }
});
