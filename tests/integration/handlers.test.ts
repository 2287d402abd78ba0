// The main-process handlers behind the contract, driven as the renderer drives them (through dispatch),
// with the real core, store, journal, Opus encoder and whisper.cpp transcriber.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CALL_NAMES, type CallName, type Events } from '../../electron/contract';
import { createHandlers, dispatch, type Handlers } from '../../electron/main/handlers';
import { openCore, type Core } from '../../native/app/core';
import { resolveDataPaths } from '../../native/app/paths';
import { decodeOggOpus } from '../../native/audio/ogg-opus';
import { speechLike } from '../utils/audio-signals';
import { ensureSyntheticModel } from '../utils/synthetic-model';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Fixture {
  core: Core;
  handlers: Handlers;
  home: string;
  progress: Events['attemptProgress'][];
  picked: { file: string | null };
  call(name: CallName, ...args: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

async function fixture(): Promise<Fixture> {
  const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-handlers-'));
  const progress: Events['attemptProgress'][] = [];
  const picked = { file: null as string | null };
  const core = await openCore({
    paths: resolveDataPaths(home, {}),
    resourcesDir: path.join(repo, 'resources'),
    emit: (name, payload) => {
      if (name === 'attemptProgress') progress.push(payload as Events['attemptProgress']);
    },
    pickModelFile: async () => picked.file,
  });
  const handlers = createHandlers(core);
  return {
    core,
    handlers,
    home,
    progress,
    picked,
    async call(name, ...args) {
      const outcome = await dispatch(handlers, name, args);
      if (!outcome.ok) throw new Error(outcome.error);
      return outcome.value;
    },
    async close() {
      await core.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

async function record(f: Fixture, questionId: number, seconds: number): Promise<number> {
  const { recordingId } = (await f.call('startRecording', { questionId, target: { minSec: 60, maxSec: 90 } })) as { recordingId: string };
  const samples = speechLike(seconds);
  for (let seq = 0; seq * 4000 < samples.length; seq++) {
    await f.call('appendRecording', { recordingId, seq, samples: samples.slice(seq * 4000, (seq + 1) * 4000) });
  }
  const { attemptId } = (await f.call('stopRecording', { recordingId })) as { attemptId: number };
  return attemptId;
}

test('every call of the contract has a handler, and bad calls get a clear error', async () => {
  const f = await fixture();
  try {
    const expectError = async (name: unknown, args: unknown, pattern: RegExp): Promise<void> => {
      const outcome = await dispatch(f.handlers, name, args);
      assert.equal(outcome.ok, false);
      assert.match(outcome.ok ? '' : outcome.error, pattern);
    };
    assert.deepEqual(Object.keys(f.handlers).sort(), [...CALL_NAMES].sort());
    await expectError('deleteEverything', [], /unknown call 'deleteEverything'/);
    await expectError('listQuestions', 'x', /expected a list/);
    await expectError('listAttempts', [], /expected 1, got 0/);
    await expectError('listAttempts', ['1'], /argument 1 must be a non-negative integer/);
    await expectError('getAttempt', [-3], /non-negative integer/);
    await expectError('addQuestion', [{ text: '   ', kind: 'question' }], /non-empty text/);
    await expectError('addQuestion', [{ text: 'Why?', kind: 'riddle' }], /question or story/);
    await expectError('addQuestion', [{ text: 'Why?', kind: 'question', admin: true }], /admin must be absent/);
    await expectError('startRecording', [{ questionId: 1, target: { minSec: 90, maxSec: 60 } }], /ends before it starts/);
    await expectError('startRecording', [{ questionId: 99999, target: { minSec: 60, maxSec: 90 } }], /question 99999 does not exist/);
    await expectError('appendRecording', [{ recordingId: 'nope', seq: 0, samples: new Float32Array(4) }], /no longer active/);
    await expectError('appendRecording', [{ recordingId: 'nope', seq: 0, samples: [0.1, 0.2] }], /Float32Array/);
    await expectError('appendRecording', [{ recordingId: 'nope', seq: 0, samples: new Float32Array(16000 * 6) }], /at most 5 s/);
    await expectError('updateSettings', [{ modelPath: '/etc/passwd' }], /modelPath must be absent/);
    await expectError('deleteAttempt', [12345], /does not exist/);
    assert.equal(await f.call('getModelStatus').then((status) => (status as { state: string }).state), 'missing');
  } finally {
    await f.close();
  }
});

test('a recording without a model is kept with its duration, and transcribed once a model is chosen', async () => {
  const f = await fixture();
  try {
    const [question] = (await f.call('listQuestions')) as { id: number }[];
    assert.ok(question);
    const attemptId = await record(f, question.id, 2.6);
    await f.core.idle();
    const saved = (await f.call('getAttempt', attemptId)) as { status: string; durationSec: number; report: unknown };
    assert.deepEqual([saved.status, saved.durationSec, saved.report], ['recorded', 2.6, null]);
    assert.match(f.progress.at(-1)?.message ?? '', /Choose a Whisper model/);
    const audio = (await f.call('getRecording', attemptId)) as { mimeType: string; bytes: Uint8Array };
    assert.equal(audio.mimeType, 'audio/ogg; codecs=opus');
    assert.equal(decodeOggOpus(audio.bytes).length, 2.6 * 16000);
    assert.deepEqual(readdirSync(path.join(f.home, 'journal')), [], 'the journal is gone once the attempt is stored');

    const bogus = path.join(f.home, 'bogus.bin');
    await writeFile(bogus, 'not a model');
    f.picked.file = bogus;
    const refused = (await f.call('chooseModelFile')) as { state: string; error: string };
    assert.equal(refused.state, 'invalid');
    assert.match(refused.error, /not a whisper\.cpp model|truncated/);
    assert.equal(((await f.call('getSettings')) as { modelPath: string | null }).modelPath, null, 'a refused file is not kept');

    f.picked.file = await ensureSyntheticModel();
    const chosen = (await f.call('chooseModelFile')) as { state: string; name: string };
    assert.deepEqual([chosen.state, chosen.name], ['ready', path.basename(f.picked.file)]);
    await f.core.idle();
    const scored = (await f.call('getAttempt', attemptId)) as { status: string; report: { durationSec: number } | null; model: string };
    assert.equal(scored.status, 'scored');
    assert.equal(scored.report?.durationSec, 2.6);
    assert.deepEqual(
      f.progress.filter((event) => event.attemptId === attemptId).map((event) => event.stage),
      ['saving', 'done', 'saving', 'transcribing', 'scoring', 'done'],
    );
  } finally {
    await f.close();
  }
});

test('discarding removes the journal and stores nothing; an empty recording is refused', async () => {
  const f = await fixture();
  try {
    const [question] = (await f.call('listQuestions')) as { id: number }[];
    assert.ok(question);
    const target = { minSec: 20, maxSec: 35 };
    const first = (await f.call('startRecording', { questionId: question.id, target })) as { recordingId: string };
    await f.call('appendRecording', { recordingId: first.recordingId, seq: 0, samples: speechLike(0.25) });
    await f.call('discardRecording', { recordingId: first.recordingId });
    const second = (await f.call('startRecording', { questionId: question.id, target })) as { recordingId: string };
    await assert.rejects(f.call('stopRecording', { recordingId: second.recordingId }), /nothing was recorded/);
    assert.deepEqual(await f.call('listAttempts', question.id), []);
    assert.deepEqual(readdirSync(path.join(f.home, 'journal')), []);
  } finally {
    await f.close();
  }
});

test('settings are kept across calls', async () => {
  const f = await fixture();
  try {
    const updated = (await f.call('updateSettings', { fillerWords: ['um', 'right'], target: { minSec: 20, maxSec: 35 } })) as {
      fillerWords: string[];
      target: { minSec: number };
    };
    assert.deepEqual(updated.fillerWords, ['um', 'right']);
    const again = (await f.call('getSettings')) as { fillerWords: string[]; target: { minSec: number }; inputDeviceId: null };
    assert.deepEqual([again.fillerWords, again.target.minSec, again.inputDeviceId], [['um', 'right'], 20, null]);
  } finally {
    await f.close();
  }
});
