// How the client copes with its worker thread starting, dying and closing. A scripted worker stands
// in for whisper.cpp here; the real worker is exercised in tests/integration/transcriber.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Transcriber } from '../../../native/transcriber/transcriber';

const scripted = new URL('./fixtures/scripted-worker.ts', import.meta.url);
const pcm = new Float32Array(16000);

test('start fails with the reason when the worker cannot start', async () => {
  await assert.rejects(Transcriber.start({ workerUrl: new URL('./fixtures/failing-worker.ts', import.meta.url) }), {
    message: 'transcription worker failed: native binding missing',
  });
});

test('a worker that exits mid-call fails that call; the next call restarts it with the model reloaded', async () => {
  const transcriber = await Transcriber.start({ workerUrl: scripted });
  try {
    await transcriber.load('/models/a.bin');
    assert.equal((await transcriber.transcribe(pcm)).text, 'loaded /models/a.bin');
    await assert.rejects(transcriber.transcribe(pcm, { initialPrompt: 'exit' }), {
      message: 'transcription worker stopped unexpectedly (exit code 3)',
    });
    assert.equal((await transcriber.transcribe(pcm)).text, 'loaded /models/a.bin');
  } finally {
    await transcriber.close();
  }
});

test('an uncaught error in the worker fails every call in flight', async () => {
  const transcriber = await Transcriber.start({ workerUrl: scripted });
  try {
    const failing = transcriber.transcribe(pcm, { initialPrompt: 'throw' });
    const queued = transcriber.transcribe(pcm);
    await assert.rejects(failing, { message: 'transcription worker failed: scripted failure' });
    await assert.rejects(queued, { message: 'transcription worker failed: scripted failure' });
    assert.equal((await transcriber.transcribe(pcm)).text, 'loaded nothing');
  } finally {
    await transcriber.close();
  }
});

test('close fails the calls in flight and every later call', async () => {
  const transcriber = await Transcriber.start({ workerUrl: scripted });
  const hanging = assert.rejects(transcriber.transcribe(pcm, { initialPrompt: 'hang' }), { message: 'the transcriber was closed' });
  await transcriber.close();
  await hanging;
  await assert.rejects(transcriber.transcribe(pcm), { message: 'the transcriber was closed' });
  await assert.rejects(transcriber.load('/models/a.bin'), { message: 'the transcriber was closed' });
});

test('bad audio is refused before it reaches the worker', async () => {
  const transcriber = await Transcriber.start({ workerUrl: scripted });
  try {
    await assert.rejects(transcriber.transcribe(new Float32Array(0)), { message: 'audio is empty' });
    await assert.rejects(transcriber.transcribe(pcm, { audioCtx: 10 }), /^Error: audioCtx 10 covers only 0.2 s of a 1.00 s clip/);
  } finally {
    await transcriber.close();
  }
});
