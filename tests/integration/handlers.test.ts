// The main-process handlers behind the contract, driven as the renderer drives them (through dispatch),
// with the real core, store, journal, Opus encoder and whisper.cpp transcriber.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CALL_NAMES, CALLS, type CallName, type Events } from '../../common/contract';
import { createHandlers, dispatch, type Handlers } from '../../electron/main/handlers';
import { openApp, type App } from '../../native/app/compose';
import { resolveDataPaths } from '../../native/app/paths';
import { decodeOggOpus } from '../../native/audio/ogg-opus';
import { speechLike } from '../utils/audio-signals';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { startModelServer } from './models-server';

async function until(done: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Fixture {
  core: App;
  handlers: Handlers;
  home: string;
  progress: Events['attemptProgress'][];
  downloads: Events['modelDownload'][];
  picked: { file: string | null };
  call(name: CallName, ...args: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

async function fixture(): Promise<Fixture> {
  const home = await mkdtemp(path.join(tmpdir(), 'voicedrill-handlers-'));
  const progress: Events['attemptProgress'][] = [];
  const downloads: Events['modelDownload'][] = [];
  const picked = { file: null as string | null };
  const core = await openApp({
    paths: resolveDataPaths(home, {}),
    emit: (name, payload) => {
      if (name === 'attemptProgress') progress.push(payload as Events['attemptProgress']);
      if (name === 'modelDownload') downloads.push(payload as Events['modelDownload']);
    },
    pickModelFile: async () => picked.file,
  });
  const handlers = createHandlers(core);
  return {
    core,
    handlers,
    home,
    progress,
    downloads,
    picked,
    async call(name, ...args) {
      const outcome = await dispatch(handlers, name, args);
      if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), { code: outcome.error.code });
      // What main returns matches the contract's result schema, not only its compile-time type.
      const checked = CALLS[name].result.safeParse(outcome.value);
      assert.ok(checked.success, `${name} returned a value outside its schema: ${checked.error?.message ?? ''}`);
      return outcome.value;
    },
    async close() {
      await core.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

async function record(f: Fixture, questionId: number, seconds: number): Promise<number> {
  const { recordingId } = (await f.call('startRecording', { questionId, target: { minSec: 60, maxSec: 90 } })) as {
    recordingId: string;
  };
  const samples = speechLike(seconds);
  for (let seq = 0; seq * 4000 < samples.length; seq++) {
    await f.call('appendRecording', { recordingId, seq, samples: samples.slice(seq * 4000, (seq + 1) * 4000) });
  }
  const { attemptId } = (await f.call('stopRecording', { recordingId })) as { attemptId: number };
  return attemptId;
}

test('every call of the contract has a handler, and bad calls get a clear error with a code', async () => {
  const f = await fixture();
  try {
    const expectError = async (name: unknown, args: unknown, code: string, pattern: RegExp): Promise<void> => {
      const outcome = await dispatch(f.handlers, name, args);
      assert.equal(outcome.ok, false);
      if (outcome.ok) return;
      assert.equal(outcome.error.code, code, outcome.error.message);
      assert.match(outcome.error.message, pattern);
    };
    assert.deepEqual(Object.keys(f.handlers).sort(), [...CALL_NAMES].sort());
    await expectError('deleteEverything', [], 'invalid-argument', /unknown call 'deleteEverything'/);
    await expectError('constructor', [], 'invalid-argument', /unknown call 'constructor'/);
    await expectError('listQuestions', 'x', 'invalid-argument', /invalid arguments to listQuestions/);
    await expectError('listQuestions', [1], 'invalid-argument', /invalid arguments/);
    await expectError('listAttempts', [], 'invalid-argument', /invalid arguments to listAttempts/);
    await expectError('listAttempts', ['1'], 'invalid-argument', /argument 1: .*number/);
    await expectError('getAttempt', [-3], 'invalid-argument', /argument 1/);
    await expectError('getAttempt', [2 ** 60], 'invalid-argument', /argument 1/);
    await expectError(
      'addQuestion',
      [{ text: '   ', kind: 'question' }],
      'invalid-argument',
      /argument 1\.text: must not be empty/,
    );
    await expectError('addQuestion', [{ text: 'Why?', kind: 'riddle' }], 'invalid-argument', /argument 1\.kind/);
    await expectError('addQuestion', [{ text: 'Why?', kind: 'question', admin: true }], 'invalid-argument', /admin/);
    await expectError(
      'addQuestion',
      [JSON.parse('{"text":"Why?","kind":"question","__proto__":{"x":1}}')],
      'invalid-argument',
      /__proto__/,
    );
    await expectError('addQuestion', [{ text: 'Why?', kind: 'question', constructor: 1 }], 'invalid-argument', /constructor/);
    await expectError(
      'startRecording',
      [{ questionId: 1, target: { minSec: 90, maxSec: 60 } }],
      'invalid-argument',
      /ends before it starts/,
    );
    await expectError('startRecording', [{ questionId: 1, target: { minSec: 60, maxSec: 1e308 } }], 'invalid-argument', /maxSec/);
    await expectError('startRecording', [{ questionId: 1, target: { minSec: NaN, maxSec: 90 } }], 'invalid-argument', /minSec/);
    await expectError(
      'startRecording',
      [{ questionId: 99999, target: { minSec: 60, maxSec: 90 } }],
      'not-found',
      /question 99999 does not exist/,
    );
    await expectError(
      'appendRecording',
      [{ recordingId: 'nope', seq: 0, samples: new Float32Array(4) }],
      'not-found',
      /no longer active/,
    );
    await expectError(
      'appendRecording',
      [{ recordingId: 'nope', seq: 0, samples: [0.1, 0.2] }],
      'invalid-argument',
      /Float32Array/,
    );
    await expectError(
      'appendRecording',
      [{ recordingId: 'nope', seq: 0, samples: new Float32Array(16000 * 6) }],
      'invalid-argument',
      /at most 5 s/,
    );
    await expectError(
      'appendRecording',
      [{ recordingId: 'nope', seq: 0, samples: new Float32Array([NaN]) }],
      'invalid-argument',
      /finite/,
    );
    await expectError('updateSettings', [{ modelPath: '/etc/passwd' }], 'invalid-argument', /modelPath/);
    await expectError('updateSettings', [{ shortcutsEnabled: 'yes' }], 'invalid-argument', /shortcutsEnabled/);
    await expectError('deleteAttempt', [12345], 'not-found', /does not exist/);
    assert.equal(await f.call('getModelStatus').then((status) => (status as { state: string }).state), 'missing');
  } finally {
    await f.close();
  }
});

test('only one recording is live at a time', async () => {
  const f = await fixture();
  try {
    const [question] = (await f.call('listQuestions')) as { id: number }[];
    assert.ok(question);
    const input = { questionId: question.id, target: { minSec: 60, maxSec: 90 } };
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => dispatch(f.handlers, 'startRecording', [input])));
    const started = outcomes.filter((outcome) => outcome.ok);
    assert.equal(started.length, 1);
    for (const outcome of outcomes) if (!outcome.ok) assert.equal(outcome.error.code, 'recording-active');
    assert.equal(readdirSync(path.join(f.home, 'journal')).length, 1, 'one journal open');
    const { recordingId } = (started[0] as { value: { recordingId: string } }).value;
    await f.call('discardRecording', { recordingId });
    const again = (await f.call('startRecording', input)) as { recordingId: string };
    await f.call('discardRecording', again);
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
    const scored = (await f.call('getAttempt', attemptId)) as {
      status: string;
      report: { durationSec: number } | null;
      model: string;
    };
    assert.equal(scored.status, 'scored');
    assert.equal(scored.report?.durationSec, 2.6);
    const stages = f.progress.filter((event) => event.attemptId === attemptId).map((event) => event.stage);
    // Transcription reports each stretch it finishes: repeated 'transcribing' events, counted and with an ETA.
    assert.deepEqual(
      stages.filter((stage, index) => stage !== stages[index - 1]),
      ['saving', 'done', 'saving', 'transcribing', 'scoring', 'done'],
    );
    const counted = f.progress.filter((event) => event.attemptId === attemptId && event.stage === 'transcribing');
    const last = counted.at(-1);
    assert.ok(last?.stretchesTotal !== undefined && last.stretchesTotal >= 1, JSON.stringify(counted));
    assert.equal(last.stretchesDone, last.stretchesTotal, 'the last report has every stretch done');
    assert.ok(
      counted.slice(1).some((event) => event.etaSec !== undefined && Number.isFinite(event.etaSec)),
      'an ETA once a stretch is timed',
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

test('the model manager downloads (from a local mirror), activates, and deletes a model', async () => {
  const model = await readFile(await ensureSyntheticModel());
  const server = await startModelServer({ 'ggml-tiny.en-q5_1.bin': model });
  process.env.VOICEDRILL_MODEL_MIRROR = server.url('');
  // The local mirror is plain http, which needs the explicit opt-in.
  process.env.VOICEDRILL_ALLOW_HTTP = '1';
  const f = await fixture();
  try {
    const before = (await f.call('listModels')) as { name: string; state: string; recommended: boolean }[];
    assert.equal(before.find((entry) => entry.recommended)?.name, 'base.en');
    assert.ok(
      before.every((entry) => entry.state === 'available'),
      'nothing is downloaded until asked',
    );
    const unverified = (await f.call('listModels')) as { name: string; unverified: boolean }[];
    assert.equal(unverified.find((entry) => entry.name === 'tiny.en-q5_1')?.unverified, true);
    await assert.rejects(f.call('downloadModel', 'tiny.en-q5_1', { allowUnverified: false }), /No checksum is known/);
    await f.call('downloadModel', 'tiny.en-q5_1', { allowUnverified: true });
    await until(() => f.downloads.some((event) => event.state === 'done' || event.state === 'failed'));
    const states = f.downloads.map((event) => event.state);
    assert.equal(states.at(-1), 'done', JSON.stringify(f.downloads.at(-1)));
    assert.ok(states.includes('downloading') && states.includes('verifying'));
    assert.equal(f.downloads.at(-1)?.receivedBytes, model.length);
    const installed = ((await f.call('listModels')) as { name: string; state: string; active: boolean }[]).find(
      (entry) => entry.name === 'tiny.en-q5_1',
    );
    assert.deepEqual([installed?.state, installed?.active], ['installed', true], 'the first model downloaded is put to use');
    assert.equal(((await f.call('getModelStatus')) as { state: string }).state, 'ready');
    await assert.rejects(f.call('downloadModel', 'tiny.en-q5_1', { allowUnverified: true }), /already installed/);
    await assert.rejects(f.call('cancelModelDownload', 'tiny.en-q5_1'), /not downloading/);
    await f.call('deleteModel', 'tiny.en-q5_1');
    assert.equal(((await f.call('getModelStatus')) as { state: string }).state, 'missing');
    await assert.rejects(f.call('useModel', 'tiny.en-q5_1'), /not installed/);
  } finally {
    delete process.env.VOICEDRILL_MODEL_MIRROR;
    delete process.env.VOICEDRILL_ALLOW_HTTP;
    await f.close();
    await server.close();
  }
});

test("a corrected transcript is kept beside Whisper's, re-timed to it, re-scored, and can be reverted", async () => {
  const f = await fixture();
  try {
    const [question] = (await f.call('listQuestions')) as { id: number; text: string }[];
    assert.ok(question);
    const attemptId = await record(f, question.id, 4);
    f.picked.file = await ensureSyntheticModel();
    await f.call('chooseModelFile');
    await f.core.idle();
    const transcribed = (await f.call('getAttempt', attemptId)) as { words: { start: number }[]; transcriptSource: string };
    // The synthetic model's words are meaningless but real output of the binding: they are what gets corrected.
    assert.ok(transcribed.words.length > 0, 'the synthetic model transcribed something to correct');
    const text = 'So we cut latency by forty percent. In hindsight I would measure first.';
    const corrected = (await f.call('correctTranscript', { attemptId, text })) as {
      transcriptSource: string;
      words: { text: string; start: number; end: number }[];
      report: {
        metrics: { present: boolean };
        reflection: { present: boolean };
        transcript: { words: unknown[] };
        durationSec: number;
      };
    };
    assert.equal(corrected.transcriptSource, 'corrected');
    assert.equal(corrected.words.map((word) => word.text).join(' '), text);
    for (const [index, word] of corrected.words.entries()) {
      assert.ok(word.start <= word.end && word.end <= 4 + 0.01, `word ${index} within the recording`);
      if (index > 0) assert.ok(word.start >= (corrected.words[index - 1]?.start ?? 0), 'words stay in time order');
    }
    assert.equal(corrected.report.metrics.present, true);
    assert.equal(corrected.report.reflection.present, true);
    assert.equal(corrected.report.durationSec, 4);
    const reverted = (await f.call('revertTranscript', attemptId)) as { transcriptSource: string; words: unknown[] };
    assert.equal(reverted.transcriptSource, 'whisper');
    assert.equal(reverted.words.length, transcribed.words.length);
    await assert.rejects(f.call('correctTranscript', { attemptId, text: '   ' }), /must not be empty/);
  } finally {
    await f.close();
  }
});
