import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Report, TimedWord } from '../../../common/report';
import { openStore } from '../../../native/store/open';
import type { Store } from '../../../native/store/store';
import type { NewAttempt, StoredRecording } from '../../../common/library';
import { newAttempt, report, tempDir, WHISPER_WORDS } from './fixtures';
import { verdictMarks } from '../../../common/verdict-marks';

function recording(size = 64): StoredRecording {
  const bytes = new Uint8Array(size);
  // A fixed pseudo-random pattern, so every byte value shows up and nothing compresses to a run.
  let state = 12345;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    bytes[i] = (state >>> 16) & 0xff;
  }
  return { codec: 'ogg-opus', sampleRate: 48000, sampleCount: 3_600_000, bytes };
}

function storeWithQuestion(): { store: Store; questionId: number } {
  const store = openStore(':memory:');
  return { store, questionId: store.addQuestion({ kind: 'question', text: 'Tell me about a launch.' }) };
}

test('an attempt goes from recorded to scored and reads back in full', () => {
  const { store, questionId } = storeWithQuestion();
  const id = store.createAttempt({ ...newAttempt(questionId, '2025-03-01T11:00:00+01:00'), recovered: true });

  const fresh = store.getAttempt(id);
  assert.equal(fresh?.status, 'recorded');
  assert.equal(fresh?.startedAt, '2025-03-01T10:00:00.000Z');
  assert.equal(fresh?.durationSec, null);
  assert.equal(fresh?.hasRecording, false);
  assert.equal(fresh?.report, null);
  assert.equal(fresh?.transcriptSource, null);

  store.saveRecording(id, recording(), 75);
  store.setAttemptStatus(id, 'transcribing');
  store.saveTranscript(id, 'whisper', WHISPER_WORDS, 'ggml-base.en');
  store.setSelfEstimate(id, { durationSec: 60, fillerCount: null });
  store.saveReport(id, report());

  assert.deepEqual(store.getAttempt(id), {
    id,
    questionId,
    startedAt: '2025-03-01T10:00:00.000Z',
    drillLength: 'full',
    durationSec: 75,
    targetMinSec: 60,
    targetMaxSec: 90,
    status: 'scored',
    recovered: true,
    selfEstimate: { durationSec: 60, fillerCount: null },
    wordsPerMinute: 142.5,
    fillersPerMinute: 2.4,
    fillerCount: 3,
    metricPresent: true,
    reflectionPresent: false,
    marks: verdictMarks(report().verdicts),
    error: null,
    model: 'ggml-base.en',
    report: report(),
    transcriptSource: 'whisper',
    words: WHISPER_WORDS,
    hasRecording: true,
    retranscription: null,
  });
  store.close();
});

test('a failed attempt keeps its reason until it is scored', () => {
  const { store, questionId } = storeWithQuestion();
  const id = store.createAttempt(newAttempt(questionId));
  store.setAttemptStatus(id, 'failed', 'the Whisper model file is missing');
  assert.equal(store.getAttempt(id)?.error, 'the Whisper model file is missing');
  store.setAttemptStatus(id, 'transcribing');
  assert.equal(store.getAttempt(id)?.error, null);
  store.setAttemptStatus(id, 'failed', 'out of memory');
  store.saveReport(id, report());
  assert.equal(store.getAttempt(id)?.status, 'scored');
  assert.equal(store.getAttempt(id)?.error, null);
  store.close();
});

test('history lists a question’s attempts newest first, unscored ones with null scores', () => {
  const { store, questionId } = storeWithQuestion();
  const other = store.addQuestion({ kind: 'story', text: 'The outage' });
  const older = store.createAttempt(newAttempt(questionId, '2025-01-01T09:00:00.000Z'));
  const newer = store.createAttempt({ ...newAttempt(questionId, '2025-02-01T09:00:00.000Z'), drillLength: 'elevator' });
  store.createAttempt(newAttempt(other));
  store.saveReport(older, report({ wordsPerMinute: 120 }));

  const history = store.listAttempts(questionId);
  assert.deepEqual(
    history.map((attempt) => [attempt.id, attempt.drillLength, attempt.status, attempt.wordsPerMinute]),
    [
      [newer, 'elevator', 'recorded', null],
      [older, 'full', 'scored', 120],
    ],
  );
  assert.deepEqual(
    [history[0]?.fillersPerMinute, history[0]?.fillerCount, history[0]?.metricPresent, history[0]?.reflectionPresent],
    [null, null, null, null],
  );
  assert.ok(history[1] !== undefined && !('report' in history[1]), 'history rows carry no report JSON');
  assert.deepEqual(store.listAttempts(999), []);
  store.close();
});

test('deleting an attempt removes its recording, words and scores', (t) => {
  const file = join(tempDir(t), 'cascade.db');
  const store = openStore(file);
  const questionId = store.addQuestion({ kind: 'question', text: 'Q?' });
  const doomed = store.createAttempt(newAttempt(questionId));
  const kept = store.createAttempt(newAttempt(questionId));
  for (const id of [doomed, kept]) {
    store.saveRecording(id, recording(), 10);
    store.saveTranscript(id, 'whisper', WHISPER_WORDS);
    store.saveTranscript(id, 'corrected', WHISPER_WORDS.slice(1));
    store.saveReport(id, report());
  }

  assert.equal(store.deleteAttempt(doomed), true);
  assert.equal(store.deleteAttempt(doomed), false);
  assert.equal(store.getAttempt(doomed), null);
  assert.equal(store.getRecording(doomed), null);
  store.close();

  const db = new Database(file, { readonly: true });
  t.after(() => db.close());
  for (const table of ['recordings', 'words', 'scores']) {
    const row = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE attempt_id = ?`).get(doomed) as { n: number };
    assert.equal(row.n, 0, `${table} still holds rows of the deleted attempt`);
  }
  const keptWords = db.prepare('SELECT count(*) AS n FROM words WHERE attempt_id = ?').get(kept) as { n: number };
  assert.equal(keptWords.n, WHISPER_WORDS.length * 2 - 1);
});

test('the corrected transcript takes precedence over Whisper’s and can be withdrawn', () => {
  const { store, questionId } = storeWithQuestion();
  const id = store.createAttempt(newAttempt(questionId));
  const corrected: TimedWord[] = [
    { text: 'We', start: 0.4, end: 0.6 },
    { text: 'shipped', start: 1.0, end: 1.4 },
  ];
  store.saveTranscript(id, 'whisper', WHISPER_WORDS);
  store.saveTranscript(id, 'corrected', [...corrected, { text: 'it', start: 1.5, end: 1.6 }]);
  store.saveTranscript(id, 'corrected', corrected);
  assert.equal(store.getAttempt(id)?.transcriptSource, 'corrected');
  assert.deepEqual(store.getAttempt(id)?.words, corrected);

  store.saveTranscript(id, 'whisper', WHISPER_WORDS.slice(0, 1));
  assert.deepEqual(store.getAttempt(id)?.words, corrected);

  store.saveTranscript(id, 'corrected', []);
  assert.equal(store.getAttempt(id)?.transcriptSource, 'whisper');
  assert.deepEqual(store.getAttempt(id)?.words, WHISPER_WORDS.slice(0, 1));
  store.close();
});

test('a 300 KB recording round-trips byte for byte as a plain Uint8Array', () => {
  const { store, questionId } = storeWithQuestion();
  const id = store.createAttempt(newAttempt(questionId));
  const original = recording(300 * 1024);
  store.saveRecording(id, original, 225);

  const loaded = store.getRecording(id);
  assert.ok(loaded !== null);
  assert.equal(Buffer.isBuffer(loaded.bytes), false);
  assert.equal(loaded.bytes.byteLength, original.bytes.byteLength);
  assert.ok(Buffer.from(loaded.bytes).equals(Buffer.from(original.bytes)), 'recording bytes differ');
  assert.deepEqual({ ...loaded, bytes: null }, { ...original, bytes: null });

  const replacement = original.bytes.subarray(1000, 2000);
  store.saveRecording(id, { ...original, bytes: replacement }, 1);
  assert.deepEqual(store.getRecording(id)?.bytes, new Uint8Array(replacement));
  assert.equal(store.getAttempt(id)?.durationSec, 1);
  store.close();
});

test('bad attempt input is refused with a readable reason', () => {
  const { store, questionId } = storeWithQuestion();
  const id = store.createAttempt(newAttempt(questionId));
  const attemptCases: [Partial<NewAttempt>, string][] = [
    [{ questionId: 77 }, 'there is no question with id 77'],
    [{ startedAt: 'yesterday' }, "startedAt must be an ISO 8601 time, got 'yesterday'"],
    [{ targetMinSec: 100 }, 'targetMaxSec (90) must not be below targetMinSec (100)'],
    [{ targetMaxSec: Number.NaN }, 'targetMaxSec must be a finite number of at least 0, got NaN'],
    [{ drillLength: 'epic' as NewAttempt['drillLength'] }, "drill length must be one of elevator, full, deep, got 'epic'"],
  ];
  for (const [change, message] of attemptCases) {
    assert.throws(() => store.createAttempt({ ...newAttempt(questionId), ...change }), { message });
  }

  assert.throws(() => store.setAttemptStatus(id, 'scored'), /becomes scored by saving its report/);
  assert.throws(() => store.setAttemptStatus(id, 'failed'), { message: 'failure reason must be non-empty text, got undefined' });
  assert.throws(() => store.setAttemptStatus(id, 'recorded', 'oops'), /only a failed attempt carries an error/);
  assert.throws(() => store.setAttemptStatus(404, 'transcribing'), { message: 'there is no attempt with id 404' });
  assert.throws(() => store.saveReport(404, report()), { message: 'there is no attempt with id 404' });
  assert.throws(() => store.saveReport(id, { ...report(), version: 2 } as unknown as Report), /report version must be 1/);
  assert.throws(() => store.saveTranscript(id, 'corrected', WHISPER_WORDS, 'base'), /only a Whisper transcript names a model/);
  assert.throws(() => store.saveTranscript(id, 'whisper', [{ text: 'x', start: 2, end: 1 }]), {
    message: 'transcript word 0 ends (1s) before it starts (2s)',
  });
  assert.throws(() => store.saveRecording(id, { ...recording(), bytes: new Uint8Array() }, 1), /non-empty Uint8Array/);
  assert.throws(() => store.saveRecording(id, { ...recording(), sampleRate: 0 }, 1), /sample rate must be above 0/);
  assert.throws(() => store.saveRecording(id, recording(), -1), /recording duration must be a finite number/);
  assert.throws(
    () => store.setSelfEstimate(id, { durationSec: null, fillerCount: 2.5 }),
    /estimated filler count must be a whole number/,
  );
  assert.throws(() => store.getAttempt(-1), { message: 'attempt id must be a positive integer, got -1' });

  assert.equal(store.getAttempt(id)?.status, 'recorded');
  assert.deepEqual(store.getAttempt(id)?.words, []);
  store.close();
});
