// Killing the transcriber process while the app transcribes an answer: the app stays up and keeps serving
// calls, that attempt fails with a sentence and a code, and Retry transcribes it in a new process. Real
// services, store and whisper.cpp (random-weight tiny.en), espeak-ng speech fed in 250 ms chunks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Events } from '../../common/contract';
import { openApp } from '../../native/app/compose';
import { resolveDataPaths } from '../../native/app/paths';
import { forkTranscriber, type TranscriberProcess } from '../../native/transcriber/process';
import { ensureSyntheticModel, TINY_EN } from '../utils/synthetic-model';
import { speechToolsMissing } from '../utils/speech';
import { spokenAnswer } from '../unit/transcriber/spoken-answer';

const CHUNK = 4000;

async function until(what: string, check: () => boolean, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test(
  'a transcriber killed mid-answer fails that attempt only; the app stays up and Retry succeeds',
  { skip: speechToolsMissing() ?? false, timeout: 600_000 },
  async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-crash-'));
    const model = await ensureSyntheticModel(TINY_EN);
    const processes: TranscriberProcess[] = [];
    const progress: Events['attemptProgress'][] = [];
    const app = await openApp({
      paths: resolveDataPaths(home, {}),
      emit: (name, payload) => {
        if (name === 'attemptProgress') progress.push(payload as Events['attemptProgress']);
      },
      pickModelFile: async () => model,
      // The real fork, watched: the test needs the process to kill.
      spawnTranscriber: (request) => {
        const child = forkTranscriber(request);
        processes.push(child);
        return child;
      },
    });
    try {
      const [question] = app.library.listQuestions();
      assert.ok(question);
      // Recorded before a model is chosen, so choosing one sends the stored audio to the transcriber.
      const { samples } = spokenAnswer();
      const { recordingId } = app.recordings.start({ questionId: question.id, target: { minSec: 20, maxSec: 35 } });
      let seq = 0;
      for (let at = 0; at < samples.length; at += CHUNK)
        app.recordings.append({ recordingId, seq: seq++, samples: samples.slice(at, at + CHUNK) });
      const { attemptId } = await app.recordings.stop({ recordingId });
      await app.idle();
      assert.equal(app.library.getAttempt(attemptId).status, 'recorded');

      await app.models.chooseFile();
      await until(
        'the transcriber process to start on the attempt',
        () => processes.length === 1 && progress.some((event) => event.attemptId === attemptId && event.stage === 'transcribing'),
      );
      const [first] = processes;
      assert.ok(first?.pid, 'the transcriber runs in a process of its own');
      process.kill(first.pid, 'SIGKILL');
      await until('the attempt to fail', () =>
        progress.some((event) => event.attemptId === attemptId && event.stage === 'failed'),
      );
      await app.idle();

      const failed = app.library.getAttempt(attemptId);
      assert.equal(failed.status, 'failed');
      assert.ok(failed.error && !/SIGKILL|exit code|stack/i.test(failed.error), `a sentence for people: ${failed.error}`);
      assert.ok(failed.hasRecording, 'the audio is kept for Retry');
      // The app itself never stopped: it still serves calls.
      assert.equal(app.library.listQuestions().length > 0, true);
      assert.equal(app.settings.get().modelPath, model);

      app.pipeline.retry(attemptId);
      await app.idle();
      const retried = app.library.getAttempt(attemptId);
      assert.equal(retried.status, 'scored', retried.error ?? '');
      assert.equal(processes.length, 2, 'Retry started a new transcriber process');
    } finally {
      await app.close();
      await rm(home, { recursive: true, force: true });
    }
  },
);
