import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../../common/errors';
import { runProgressCommand, type ProgressCliContext } from '../../../native/cli/progress-commands';
import { encodeOggOpus } from '../../../native/audio/ogg-opus';
import { decodeWav } from '../../../native/audio/wav';
import { addScored, progressDb, scoredAttempt } from './fixtures';

function context(t: TestContext) {
  const db = progressDb();
  for (let id = 1; id <= 3; id++) addScored(db, id, 1);
  const out: string[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'voicedrill-cli-progress-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const recording = {
    codec: 'ogg-opus' as const,
    sampleRate: 16000,
    sampleCount: 8000,
    bytes: encodeOggOpus(new Float32Array(8000)),
  };
  const ctx: ProgressCliContext = {
    db,
    getAttempt: (id) => (id <= 3 ? scoredAttempt({ id, questionId: 1 }) : null),
    getRecording: (id) => (id === 1 ? recording : null),
    write: (text) => out.push(text),
  };
  return { ctx, out, dir, db };
}

const code = (expected: string) => (error: unknown) => error instanceof AppError && error.code === expected;

test('history --json prints the attempts and the stats of duration, pace and fillers', async (t) => {
  const { ctx, out } = context(t);
  await runProgressCommand(
    { kind: 'history', question: { text: '  tell me about a FAILURE. ' }, length: null, window: 5, json: true },
    ctx,
  );
  const printed = JSON.parse(out.join('')) as {
    attempts: { durationSec: number }[];
    stats: { durationSec: { mean: number; label: string } };
  };
  // Durations 21, 22, 23 s → mean 22.
  assert.deepEqual(
    printed.attempts.map((a) => a.durationSec),
    [21, 22, 23],
  );
  assert.equal(printed.stats.durationSec.mean, 22);
  assert.equal(printed.stats.durationSec.label, 'too few attempts');
});

test('unknown or ambiguous questions are refused with a sentence', async (t) => {
  const { ctx, db } = context(t);
  await assert.rejects(
    runProgressCommand({ kind: 'history', question: { text: 'Nope' }, length: null, window: 5, json: false }, ctx),
    code('not-found'),
  );
  await assert.rejects(
    runProgressCommand({ kind: 'history', question: { id: 42 }, length: null, window: 5, json: false }, ctx),
    code('not-found'),
  );
  db.prepare(`INSERT INTO questions (id, kind, text, source) VALUES (3, 'story', 'Why us?', 'user')`).run();
  await assert.rejects(
    runProgressCommand({ kind: 'history', question: { text: 'why us?' }, length: null, window: 5, json: false }, ctx),
    /give --question-id \(2, 3\)/,
  );
});

test('exports: attempts CSV to standard output, a transcript to a new file, never over an existing one', async (t) => {
  const { ctx, out, dir } = context(t);
  await runProgressCommand({ kind: 'export-attempts', question: { id: 1 }, format: 'csv', out: null }, ctx);
  assert.equal(out.join('').split('\r\n').filter(Boolean).length, 4);
  const file = path.join(dir, 'answer.srt');
  assert.equal(await runProgressCommand({ kind: 'export-transcript', attemptId: 2, format: 'srt', out: file }, ctx), file);
  assert.ok(readFileSync(file, 'utf8').startsWith('1\r\n00:00:00,600 --> 00:00:02,900\r\n'));
  writeFileSync(path.join(dir, 'taken.md'), 'mine');
  await assert.rejects(
    runProgressCommand({ kind: 'export-transcript', attemptId: 2, format: 'md', out: path.join(dir, 'taken.md') }, ctx),
    /already exists/,
  );
  assert.equal(readFileSync(path.join(dir, 'taken.md'), 'utf8'), 'mine');
  await assert.rejects(
    runProgressCommand({ kind: 'export-transcript', attemptId: 9, format: 'md', out: null }, ctx),
    code('not-found'),
  );
});

test('audio export writes WAV or the stored Opus', async (t) => {
  const { ctx, dir } = context(t);
  const wav = path.join(dir, 'a.wav');
  await runProgressCommand({ kind: 'export-audio', attemptId: 1, format: 'wav', out: wav }, ctx);
  assert.equal(decodeWav(readFileSync(wav)).samples.length, 8000);
  await assert.rejects(
    runProgressCommand({ kind: 'export-audio', attemptId: 2, format: 'opus', out: path.join(dir, 'b.opus') }, ctx),
    /no recording/,
  );
});
