// Re-transcription through the real app: the handlers as the renderer calls them, the store, the Opus decode
// worker and whisper.cpp in its own process on a random-weight tiny.en model. Attempts seeded as made with
// "base.en" get the new model's provenance (and the progress charts mark the change); a transcriber killed
// mid-run fails that attempt only and keeps its old transcript; a cancelled bulk run leaves the rest as they were;
// an app killed mid-run leaves every attempt's old result, and the next launch says so.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CALLS, EVENTS, type CallName, type Events } from '../../common/contract';
import type { ProgressHistory } from '../../common/progress';
import type { RetranscribePreview } from '../../common/retranscribe';
import type { TimedWord } from '../../common/report';
import { createHandlers, dispatch } from '../../electron/main/handlers';
import { openApp, type App } from '../../native/app/compose';
import { INTERRUPTED_SENTENCE } from '../../native/app/retranscribe';
import { resolveDataPaths } from '../../native/app/paths';
import { forkTranscriber } from '../../native/transcriber/process';
import { seedTranscribedAttempts } from '../utils/transcribed-attempts';
import { ensureSyntheticModel, TINY_EN } from '../utils/synthetic-model';

const QUESTION = 'Tell me about a decision you regret.';
const OLD: TimedWord[] = [
  { text: 'the', start: 0.3, end: 0.5 },
  { text: 'old', start: 0.6, end: 0.9 },
  { text: 'words', start: 1.0, end: 1.4 },
];

type Progress = Events['retranscribeProgress'];

interface Fixture {
  app: App;
  questionId: number;
  ids: number[];
  events: Progress[];
  /**
   * Kills the transcriber process the moment the audio of `attemptId` is sent to it, so that it dies with the
   * attempt in hand whatever the machine's speed.
   */
  killWhileTranscribing(attemptId: number): void;
  /** Calls `listener` with each progress event as it is emitted, before the app goes on. */
  whenProgress(listener: (event: Progress) => void): void;
  modelName: string;
  call<T>(name: CallName, ...args: unknown[]): Promise<T>;
}

/** A library of `count` scored attempts made with base.en, in a new data folder; its paths and ids. */
async function seedLibrary(count: number) {
  const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-retranscribe-'));
  const paths = resolveDataPaths(home, {});
  const { questionId, ids } = seedTranscribedAttempts(paths.database, { question: QUESTION, words: OLD, count });
  return { home, paths, questionId, ids };
}

/** The seeded library, then the app opened on the synthetic model. */
async function fixture(t: TestContext, count: number): Promise<Fixture> {
  const { home, paths, questionId, ids } = await seedLibrary(count);
  const model = await ensureSyntheticModel(TINY_EN);
  const events: Progress[] = [];
  // The attempt to kill the transcriber for, and whether its audio is next to be sent (its run has begun).
  let killFor: number | null = null;
  let armed = false;
  let onProgress: ((event: Progress) => void) | null = null;
  const app = await openApp({
    paths,
    emit: (name, payload) => {
      if (name !== 'retranscribeProgress') return;
      const event = EVENTS.retranscribeProgress.parse(payload);
      events.push(event);
      onProgress?.(event);
      if (event.attemptId === killFor && event.stage === 'transcribing') armed = true;
    },
    pickModelFile: async () => model,
    spawnTranscriber: (request) => {
      const child = forkTranscriber(request);
      return {
        get pid() {
          return child.pid;
        },
        send: (message) => {
          child.send(message);
          if (!armed || message.type !== 'transcribe' || child.pid === undefined) return;
          armed = false;
          killFor = null;
          process.kill(child.pid, 'SIGKILL');
        },
        onMessage: (listener) => child.onMessage(listener),
        onExit: (listener) => child.onExit(listener),
        kill: () => child.kill(),
      };
    },
  });
  t.after(async () => {
    await app.close();
    await rm(home, { recursive: true, force: true });
  });
  await app.idle();
  await app.models.chooseFile();
  await app.idle();
  const handlers = createHandlers(app);
  return {
    app,
    questionId,
    ids,
    events,
    killWhileTranscribing: (attemptId) => {
      killFor = attemptId;
    },
    whenProgress: (listener) => {
      onProgress = listener;
    },
    modelName: path.basename(model),
    async call<T>(name: CallName, ...args: unknown[]): Promise<T> {
      const outcome = await dispatch(handlers, name, args);
      if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), { code: outcome.error.code });
      const checked = CALLS[name].result.safeParse(outcome.value);
      assert.ok(checked.success, `${name} returned a value outside its schema`);
      return outcome.value as T;
    },
  };
}

async function until(what: string, check: () => boolean, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const runEnded = (events: Progress[], runId: string) => () =>
  events.some((event) => event.runId === runId && event.state !== 'running');

test(
  're-transcribing every other model changes each attempt’s provenance, and the charts mark it',
  { timeout: 600_000 },
  async (t) => {
    const f = await fixture(t, 2);
    const preview = await f.call<RetranscribePreview>('retranscribePreview', { kind: 'otherModels' });
    assert.deepEqual(preview, {
      total: 2,
      byModel: [{ model: 'base.en', count: 2 }],
      corrected: 0,
      skipped: 0,
      model: f.modelName,
    });
    // One attempt first, as from replay: the chart then shows a change of model between the two.
    const single = await f.call<{ runId: string; total: number }>('retranscribe', { kind: 'attempts', attemptIds: [f.ids[1]] });
    assert.equal(single.total, 1);
    await until('the single run to end', runEnded(f.events, single.runId));
    const second = f.app.library.getAttempt(f.ids[1]!);
    assert.equal(second.model, f.modelName);
    assert.equal(second.retranscription, null);
    assert.notDeepEqual(second.words, OLD);
    const history = await f.call<ProgressHistory>('progressHistory', { questionId: f.questionId, drillLength: null }, 5);
    assert.deepEqual(
      history.provenance.map((change) => [change.index, change.what.includes('model'), change.model]),
      [[1, true, f.modelName]],
    );

    const bulk = await f.call<{ runId: string; total: number }>('retranscribe', { kind: 'otherModels' });
    assert.equal(bulk.total, 1, 'only the attempt still on base.en');
    await until('the bulk run to end', runEnded(f.events, bulk.runId));
    assert.equal(f.app.library.getAttempt(f.ids[0]!).model, f.modelName);
    const after = await f.call<ProgressHistory>('progressHistory', { questionId: f.questionId, drillLength: null }, 5);
    assert.deepEqual(after.provenance, [], 'one model throughout: nothing to mark');
    const stages = f.events.filter((event) => event.runId === bulk.runId).map((event) => event.stage);
    assert.deepEqual(
      stages.filter((stage) => stage !== 'transcribing'),
      [null, 'queued', 'scoring', 'done', null],
    );
  },
);

test(
  'a transcriber killed mid-run fails that attempt only: its old transcript stays, and it says so',
  { timeout: 600_000 },
  async (t) => {
    const f = await fixture(t, 3);
    const before = f.app.library.getAttempt(f.ids[1]!);
    f.killWhileTranscribing(f.ids[1]!);
    const { runId } = await f.call<{ runId: string }>('retranscribe', {
      kind: 'question',
      questionId: f.questionId,
      otherModelsOnly: true,
    });
    await until('the run to end', runEnded(f.events, runId));
    await f.app.idle();

    const failed = f.app.library.getAttempt(f.ids[1]!);
    assert.equal(failed.model, 'base.en');
    assert.deepEqual(failed.words, before.words);
    assert.deepEqual(failed.report, before.report);
    assert.equal(failed.status, 'scored');
    assert.equal(failed.retranscription?.state, 'failed');
    assert.match(failed.retranscription?.error ?? '', /earlier transcript and scores are kept/);
    assert.ok(!/SIGKILL|exit code|stack/i.test(failed.retranscription?.error ?? ''), 'a sentence for people');
    assert.equal(f.app.library.getAttempt(f.ids[0]!).model, f.modelName, 'the attempt before it is re-transcribed');
    assert.equal(f.app.library.getAttempt(f.ids[2]!).model, f.modelName, 'a new transcriber takes the attempt after it');
    const last = f.events.at(-1)!;
    assert.deepEqual([last.state, last.done, last.failed], ['finished', 3, 1]);

    // The user tries again: the failure's notice goes, and the new model's words arrive.
    const retry = await f.call<{ runId: string }>('retranscribe', { kind: 'attempts', attemptIds: [f.ids[1]] });
    await until('the retry to end', runEnded(f.events, retry.runId));
    assert.equal(f.app.library.getAttempt(f.ids[1]!).model, f.modelName);
    assert.equal(f.app.library.getAttempt(f.ids[1]!).retranscription, null);
  },
);

test('a cancelled bulk run stops after the attempt in hand and leaves the rest as they were', { timeout: 600_000 }, async (t) => {
  const f = await fixture(t, 3);
  // Cancelled as the first attempt's run begins: whatever the machine's speed, it is the attempt in hand.
  const cancelled: Promise<unknown>[] = [];
  f.whenProgress((event) => {
    if (event.attemptId === f.ids[0] && event.stage === 'transcribing' && cancelled.length === 0) {
      cancelled.push(f.call('cancelRetranscribe', event.runId));
    }
  });
  const { runId } = await f.call<{ runId: string }>('retranscribe', { kind: 'otherModels' });
  await Promise.all(cancelled);
  await until('the run to end', runEnded(f.events, runId));
  await f.app.idle();
  const last = f.events.at(-1)!;
  assert.deepEqual([last.state, last.done, last.failed], ['cancelled', 3, 0]);
  for (const id of f.ids) {
    const attempt = f.app.library.getAttempt(id);
    assert.equal(attempt.model, 'base.en');
    assert.deepEqual(attempt.words, OLD);
    assert.equal(attempt.retranscription, null, 'no mark is left behind');
  }
  const preview = await f.call<RetranscribePreview>('retranscribePreview', { kind: 'otherModels' });
  assert.equal(preview.total, 3, 'all three can be asked for again');
});

test('a crash mid-run leaves the old transcript, and the next launch says so', { timeout: 600_000 }, async () => {
  const { home, paths, ids } = await seedLibrary(2);
  try {
    const model = await ensureSyntheticModel(TINY_EN);
    const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/retranscribe-then-die.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, home, model], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => (output += text));
    while (!output.includes('\n')) await once(child.stdout, 'data');
    child.kill('SIGKILL');
    await once(child, 'exit');
    assert.equal(output, `transcribing ${ids[0]}\n`);

    const notices: string[] = [];
    const app = await openApp({
      paths,
      emit: (name, payload) => {
        if (name === 'notice') notices.push((payload as { message: string }).message);
      },
      pickModelFile: async () => null,
    });
    try {
      await app.idle();
      for (const id of ids) {
        const attempt = app.library.getAttempt(id);
        assert.equal(attempt.model, 'base.en');
        assert.deepEqual(attempt.words, OLD);
        assert.equal(attempt.status, 'scored');
        assert.equal(attempt.retranscription?.state, 'failed');
        assert.ok(attempt.retranscription?.error?.startsWith(INTERRUPTED_SENTENCE));
      }
      assert.deepEqual(notices, [
        'Voicedrill closed while re-transcribing: 2 attempts kept their earlier transcript. Re-transcribe them again when you like.',
      ]);
    } finally {
      await app.close();
    }
  } finally {
    await rm(home, { recursive: true, force: true });
  }
});
