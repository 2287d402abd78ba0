// Re-transcription as the user asks for it, with a stand-in for whisper.cpp (the real one runs in
// tests/integration/retranscribe.test.ts): which attempts a scope covers, the preview, and the service's own
// work — provenance replaced only once the new transcript is stored, corrections kept, failures and cancels
// leaving the old result, progress events counted n of N, and a crash's leftover mark explained at launch.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RetranscribeProgress } from '../../../common/retranscribe';
import type { TimedWord } from '../../../common/report';
import { defaultAnalysisOptions, score } from '../../../native/analysis/score';
import { Pipeline } from '../../../native/app/pipeline';
import { INTERRUPTED_SENTENCE, RetranscribeService } from '../../../native/app/retranscribe';
import type { TranscriberHost } from '../../../native/app/transcription';
import { encodeOggOpus } from '../../../native/audio/ogg-opus';
import { previewOf, selectForRetranscribe } from '../../../native/pipeline/retranscribe-scope';
import { openStore, type Store } from '../../../native/store';
import { LATEST_VERSION, migrate } from '../../../native/store/migrations';
import type { StretchTranscriber } from '../../../native/transcriber/streaming';
import type { TranscriptResult } from '../../../native/transcriber/types';
import { speechLike } from '../../utils/audio-signals';
import { ensureSyntheticModel } from '../../utils/synthetic-model';
import { newAttempt } from '../store/fixtures';
import { eventRecorder, memoryStore, type Recorded } from './fixtures';

const OLD_WORDS: TimedWord[] = [
  { text: 'old', start: 0.2, end: 0.5 },
  { text: 'words', start: 0.6, end: 0.9 },
];

/** A scored attempt with its recording, transcribed by `model`. */
function scoredAttempt(store: Store, questionId: number, model: string | null, startedAt = '2026-11-01T09:00:00Z'): number {
  const samples = speechLike(1.5);
  const id = store.createAttemptWithRecording(
    newAttempt(questionId, startedAt),
    { codec: 'ogg-opus', sampleRate: 16000, sampleCount: samples.length, bytes: encodeOggOpus(samples) },
    samples.length / 16000,
  );
  if (model === null) store.saveTranscript(id, 'whisper', OLD_WORDS);
  else store.saveTranscript(id, 'whisper', OLD_WORDS, model, 'old prompt');
  store.saveReport(id, score(OLD_WORDS, { durationSec: 1.5 }, defaultAnalysisOptions()));
  return id;
}

/** whisper.cpp's stand-in: every stretch says "new", or fails, or waits for `gate` first. */
function standIn(behaviour: { fail?: boolean; gate?: Promise<void>; calls?: { n: number } } = {}): TranscriberHost {
  const transcriber: StretchTranscriber = {
    async transcribe(pcm): Promise<TranscriptResult> {
      if (behaviour.calls) behaviour.calls.n += 1;
      if (behaviour.gate) await behaviour.gate;
      if (behaviour.fail) throw new Error('whisper.cpp stopped');
      return {
        words: [{ text: 'new', start: 0.1, end: Math.min(0.6, pcm.length / 16000) }],
        text: 'new',
        model: 'x',
        elapsedMs: 5,
      };
    },
  };
  return { forModel: async () => transcriber } as unknown as TranscriberHost;
}

async function service(t: TestContext, host: TranscriberHost) {
  const { store, settings, questionId } = memoryStore(t);
  const modelPath = await ensureSyntheticModel();
  settings.setModelPath(modelPath);
  const { emit, events } = eventRecorder();
  const pipeline = new Pipeline({ store, settings, host, emit });
  const retranscribe = new RetranscribeService({ store, settings, host, schedule: (job) => pipeline.schedule(job), emit });
  const active = modelPath.split('/').at(-1)!;
  return { store, settings, questionId, events, retranscribe, active };
}

const runEvents = (events: Recorded[]) =>
  events.filter((event) => event.name === 'retranscribeProgress').map((event) => event.payload as RetranscribeProgress);

test('scopes: named attempts, a question (all or other models only), every other model; the rest is skipped', (t) => {
  const { store, questionId } = memoryStore(t);
  const other = store.addQuestion({ kind: 'story', text: 'The outage story.' });
  const a = scoredAttempt(store, questionId, 'base.en', '2026-11-01T09:00:00Z');
  const b = scoredAttempt(store, questionId, 'small.en', '2026-11-02T09:00:00Z');
  const c = scoredAttempt(store, other, 'base.en', '2026-11-03T09:00:00Z');
  const unknown = scoredAttempt(store, other, null, '2026-11-04T09:00:00Z');
  const failed = store.createAttempt(newAttempt(questionId, '2026-11-05T09:00:00Z'));
  store.setAttemptStatus(failed, 'failed', 'whisper.cpp stopped');
  store.saveTranscript(c, 'corrected', [{ text: 'fixed', start: 0.2, end: 0.9 }]);
  const select = (scope: Parameters<typeof selectForRetranscribe>[1]) =>
    store.read((db) => selectForRetranscribe(db, scope, 'small.en'));

  assert.deepEqual(
    select({ kind: 'question', questionId, otherModelsOnly: false }).candidates.map((x) => x.id),
    [a, b],
  );
  assert.equal(select({ kind: 'question', questionId, otherModelsOnly: false }).skipped, 1, 'the failed attempt');
  assert.deepEqual(
    select({ kind: 'question', questionId, otherModelsOnly: true }).candidates.map((x) => x.id),
    [a],
  );
  const others = select({ kind: 'otherModels' });
  assert.deepEqual(
    others.candidates.map((x) => x.id),
    [a, c, unknown],
    'oldest first; an unrecorded model counts as another',
  );
  assert.deepEqual(previewOf(others, 'small.en'), {
    total: 3,
    byModel: [
      { model: 'base.en', count: 2 },
      { model: null, count: 1 },
    ],
    corrected: 1,
    skipped: 0,
    model: 'small.en',
  });
  const named = select({ kind: 'attempts', attemptIds: [b, failed, b] });
  assert.deepEqual(
    named.candidates.map((x) => x.id),
    [b],
  );
  assert.equal(named.skipped, 1);
  assert.throws(() => select({ kind: 'attempts', attemptIds: [a, 999] }), /no attempt has the id 999/);
  assert.throws(() => select({ kind: 'question', questionId: 999, otherModelsOnly: false }), /question 999 does not exist/);
  store.markRetranscribing([a], 'small.en');
  assert.deepEqual(
    select({ kind: 'otherModels' }).candidates.map((x) => x.id),
    [c, unknown],
    'an attempt queued already is not queued twice',
  );
});

test('re-transcribing replaces the words, the model, the prompt and the report, and counts n of N', async (t) => {
  const { store, questionId, events, retranscribe, active } = await service(t, standIn());
  const first = scoredAttempt(store, questionId, 'base.en', '2026-11-01T09:00:00Z');
  const second = scoredAttempt(store, questionId, 'base.en', '2026-11-02T09:00:00Z');
  assert.deepEqual(retranscribe.preview({ kind: 'otherModels' }).byModel, [{ model: 'base.en', count: 2 }]);
  const { total } = await retranscribe.start({ kind: 'otherModels' });
  assert.equal(total, 2);
  assert.equal(store.getAttempt(first)?.retranscription?.state, 'pending', 'marked before the run starts');
  await retranscribe.idle();
  for (const id of [first, second]) {
    const attempt = store.getAttempt(id)!;
    assert.equal(attempt.model, active);
    assert.deepEqual(
      attempt.words.map((word) => word.text),
      ['new'],
    );
    assert.deepEqual(
      attempt.report?.transcript.words.map((word) => word.text.trim()),
      ['new'],
    );
    assert.equal(attempt.retranscription, null);
    assert.equal(attempt.status, 'scored');
  }
  const prompt = store.read((db) => db.prepare('SELECT prompt FROM attempts WHERE id = ?').get(first)) as { prompt: string };
  assert.notEqual(prompt.prompt, 'old prompt');
  const progress = runEvents(events);
  assert.deepEqual(
    progress.filter((event) => event.stage === 'done').map((event) => [event.attemptId, event.done, event.total]),
    [
      [first, 1, 2],
      [second, 2, 2],
    ],
  );
  assert.ok(progress.some((event) => event.stage === 'transcribing' && event.stretchesTotal !== undefined));
  assert.equal(progress.at(-1)?.state, 'finished');
  assert.equal(retranscribe.preview({ kind: 'otherModels' }).total, 0, 'nothing is left on another model');
  await assert.rejects(retranscribe.start({ kind: 'otherModels' }), /nothing to re-transcribe/);
});

test('a correction is kept, re-timed to the new words, and is what is scored', async (t) => {
  const { store, questionId, retranscribe, active } = await service(t, standIn());
  const id = scoredAttempt(store, questionId, 'base.en');
  store.saveTranscript(id, 'corrected', [
    { text: 'my', start: 0.2, end: 0.5 },
    { text: 'correction', start: 0.6, end: 0.9 },
  ]);
  await retranscribe.start({ kind: 'attempts', attemptIds: [id] });
  await retranscribe.idle();
  const attempt = store.getAttempt(id)!;
  assert.equal(attempt.model, active);
  assert.equal(attempt.transcriptSource, 'corrected');
  assert.deepEqual(
    attempt.words.map((word) => word.text),
    ['my', 'correction'],
  );
  // Re-timed into the new words' span (0.1–0.6 s), where the old correction spanned 0.2–0.9 s.
  assert.ok(attempt.words.every((word) => word.start >= 0.1 && word.end <= 0.6 + 1e-9));
  assert.deepEqual(
    attempt.report?.transcript.words.map((word) => word.text.trim()),
    ['my', 'correction'],
  );
});

test('a failed re-transcription keeps the old transcript, model and report, and says so', async (t) => {
  const { store, questionId, events, retranscribe } = await service(t, standIn({ fail: true }));
  const id = scoredAttempt(store, questionId, 'base.en');
  const before = store.getAttempt(id)!;
  await retranscribe.start({ kind: 'attempts', attemptIds: [id] });
  await retranscribe.idle();
  const after = store.getAttempt(id)!;
  assert.equal(after.model, 'base.en');
  assert.deepEqual(after.words, before.words);
  assert.deepEqual(after.report, before.report);
  assert.equal(after.status, 'scored');
  assert.equal(after.retranscription?.state, 'failed');
  assert.match(after.retranscription?.error ?? '', /earlier transcript and scores are kept/);
  const last = runEvents(events).at(-1);
  assert.deepEqual([last?.state, last?.failed, last?.done], ['finished', 1, 1]);
  retranscribe.dismissFailure(id);
  assert.equal(store.getAttempt(id)?.retranscription, null);
});

test('cancel stops a bulk run: the attempt in hand and those not started keep their old result', async (t) => {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const calls = { n: 0 };
  const { store, questionId, events, retranscribe } = await service(t, standIn({ gate, calls }));
  const ids = ['01', '02', '03'].map((day) => scoredAttempt(store, questionId, 'base.en', `2026-11-${day}T09:00:00Z`));
  const { runId } = await retranscribe.start({ kind: 'question', questionId, otherModelsOnly: false });
  // Cancel once the first attempt is in whisper.cpp's hands, then let that call return.
  while (calls.n === 0) await new Promise((resolve) => setImmediate(resolve));
  retranscribe.cancel(runId);
  open();
  await retranscribe.idle();
  for (const id of ids) {
    const attempt = store.getAttempt(id)!;
    assert.equal(attempt.model, 'base.en');
    assert.deepEqual(
      attempt.words.map((word) => word.text),
      ['old', 'words'],
    );
    assert.equal(attempt.retranscription, null, 'no pending mark is left behind');
  }
  assert.equal(calls.n, 1, 'no stretch of a later attempt went to whisper.cpp');
  const progress = runEvents(events);
  assert.deepEqual(
    progress.filter((event) => event.stage === 'cancelled').map((event) => event.attemptId),
    ids,
  );
  assert.deepEqual([progress.at(-1)?.state, progress.at(-1)?.done], ['cancelled', 3]);
  retranscribe.cancel(runId);
});

test('a run is refused without a usable model; a mark left pending by a crash becomes a failure at launch', async (t) => {
  const { store, settings, questionId } = memoryStore(t);
  const { emit, events } = eventRecorder();
  const host = standIn();
  const pipeline = new Pipeline({ store, settings, host, emit });
  const retranscribe = new RetranscribeService({ store, settings, host, schedule: (job) => pipeline.schedule(job), emit });
  const id = scoredAttempt(store, questionId, 'base.en');
  await assert.rejects(retranscribe.start({ kind: 'attempts', attemptIds: [id] }), { code: 'model-missing' });
  assert.equal(retranscribe.preview({ kind: 'attempts', attemptIds: [id] }).model, null);
  store.markRetranscribing([id], 'small.en');
  assert.equal(retranscribe.recoverInterrupted(), 1);
  assert.deepEqual(
    events.filter((event) => event.name === 'notice').map((event) => event.payload),
    [
      {
        level: 'info',
        message:
          'Voicedrill closed while re-transcribing: 1 attempt kept its earlier transcript. Re-transcribe it again when you like.',
      },
    ],
  );
  assert.equal(retranscribe.recoverInterrupted(), 0, 'said once');
  const attempt = store.getAttempt(id)!;
  assert.equal(attempt.retranscription?.state, 'failed');
  assert.ok(attempt.retranscription?.error?.startsWith(INTERRUPTED_SENTENCE));
  assert.equal(attempt.model, 'base.en');
});

test('a library opened read-only before the re-transcription step reads its attempts as having none under way', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'voicedrill-retranscribe-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'library.sqlite');
  const db = new Database(file);
  migrate(db, LATEST_VERSION - 1);
  db.prepare("INSERT INTO questions (id, kind, text, source) VALUES (1, 'question', 'Why?', 'user')").run();
  db.prepare(
    "INSERT INTO attempts (id, question_id, started_at, target_min_sec, target_max_sec) VALUES (1, 1, '2026-11-01T09:00:00Z', 25, 35)",
  ).run();
  db.close();
  const store = openStore(file, { readonly: true });
  t.after(() => store.close());
  assert.equal(store.getAttempt(1)?.retranscription, null);
});
