// `voicedrill retranscribe` as a user runs it: the built dist/cli.js in a child process, the real
// whisper.cpp binding on a synthetic model, against a library in a temporary data folder whose attempts
// were transcribed with "base.en".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TimedWord } from '../../common/report';
import { defaultAnalysisOptions, score } from '../../native/analysis/score';
import { resolveDataPaths } from '../../native/app/paths';
import { encodeOggOpus } from '../../native/audio/ogg-opus';
import { openStore } from '../../native/store';
import { speechLike } from '../utils/audio-signals';
import { ensureSyntheticModel } from '../utils/synthetic-model';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'dist', 'cli.js');
const home = mkdtempSync(path.join(tmpdir(), 'voicedrill-cli-retranscribe-'));
test.after(() => rmSync(home, { recursive: true, force: true }));
const QUESTION = 'Why do you want this role?';
/** Long enough that Ctrl-C, sent at the first progress line, lands while it is being transcribed. */
const LONG_SEC = 8;
const OLD: TimedWord[] = [
  { text: 'old', start: 0.3, end: 0.6 },
  { text: 'answer', start: 0.7, end: 1.2 },
];

/** Two short scored attempts of one question and a long one of another, all made with base.en; their ids. */
function seed(): number[] {
  const store = openStore(resolveDataPaths(home, {}).database);
  try {
    const questionId = store.addQuestion({ kind: 'question', text: QUESTION });
    const longStory = store.addQuestion({ kind: 'story', text: 'The long outage story.' });
    return [3, 3, LONG_SEC].map((seconds, i) => {
      const samples = speechLike(seconds);
      const id = store.createAttemptWithRecording(
        {
          questionId: i < 2 ? questionId : longStory,
          startedAt: `2026-11-0${i + 1}T09:00:00.000Z`,
          drillLength: 'elevator',
          targetMinSec: 25,
          targetMaxSec: 35,
          recovered: false,
        },
        { codec: 'ogg-opus', sampleRate: 16000, sampleCount: samples.length, bytes: encodeOggOpus(samples) },
        seconds,
      );
      store.saveTranscript(id, 'whisper', OLD, 'base.en', 'old prompt');
      store.saveReport(id, score(OLD, { durationSec: seconds }, { ...defaultAnalysisOptions(), question: QUESTION }));
      return id;
    });
  } finally {
    store.close();
  }
}
const ids = seed();

const env = { ...process.env, VOICEDRILL_HOME: home, VOICEDRILL_MODEL: '' };

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env, timeout: 600_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function attempt(id: number) {
  const store = openStore(resolveDataPaths(home, {}).database, { readonly: true });
  try {
    return store.getAttempt(id)!;
  } finally {
    store.close();
  }
}

test('usage: exactly one choice of attempts, and clear errors for a bad one', () => {
  const none = run('retranscribe');
  assert.equal(none.status, 2);
  assert.match(none.stderr, /needs exactly one of: attempt ids, --question TEXT/);
  assert.equal(run('retranscribe', '1', '--all-other-models').status, 2);
  assert.match(run('retranscribe', 'abc').stderr, /an attempt id must be a whole number/);
  assert.match(run('retranscribe', '--help').stdout, /--all-other-models/);
});

test('Ctrl-C stops the run: the attempt in hand keeps its old transcript and model', async () => {
  const model = await ensureSyntheticModel();
  const before = attempt(ids[2]!);
  const child = spawn(process.execPath, [cli, 'retranscribe', String(ids[2]), '--model', model], { env });
  let stderr = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    // Interrupted once transcription has begun.
    if (/transcribing/.test(stderr) && child.signalCode === null && !child.killed) child.kill('SIGINT');
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(status, 0, stderr);
  assert.match(stderr, /cancelled, old transcript kept/);
  assert.deepEqual((JSON.parse(stdout) as { cancelled: number[] }).cancelled, [ids[2]]);
  const after = attempt(ids[2]!);
  assert.equal(after.model, 'base.en');
  assert.deepEqual(after.words, before.words);
  assert.deepEqual(after.report, before.report);
  assert.equal(after.retranscription, null);
});

test('one attempt, a question, then every other model: the stored model changes, with a progress line', async () => {
  const model = await ensureSyntheticModel();
  const modelName = path.basename(model);
  const missing = run('retranscribe', '999', '--model', model);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /not-found: no attempt has the id 999/);

  const one = run('retranscribe', String(ids[0]), '--model', model);
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stderr, new RegExp(`\\[1/1\\] attempt ${ids[0]}: transcribing \\d+ %`));
  assert.ok(one.stderr.includes(`[1/1] attempt ${ids[0]}: done (base.en → ${modelName})`), one.stderr);
  assert.deepEqual(JSON.parse(one.stdout), { model: modelName, retranscribed: [ids[0]], failed: [], skipped: 0, cancelled: [] });
  assert.equal(attempt(ids[0]!).model, modelName);
  assert.equal(attempt(ids[0]!).retranscription, null);
  assert.equal(attempt(ids[1]!).model, 'base.en', 'only the named attempt');

  // By question: only its attempts made with another model.
  const question = run('retranscribe', '--question', QUESTION, '--model', model);
  assert.equal(question.status, 0, question.stderr);
  assert.deepEqual((JSON.parse(question.stdout) as { retranscribed: number[] }).retranscribed, [ids[1]]);
  assert.equal(attempt(ids[2]!).model, 'base.en', 'another question is left alone');

  const others = run('retranscribe', '--all-other-models', '--model', model);
  assert.equal(others.status, 0, others.stderr);
  assert.deepEqual((JSON.parse(others.stdout) as { retranscribed: number[] }).retranscribed, [ids[2]]);
  assert.ok(ids.every((id) => attempt(id).model === modelName));
  const again = run('retranscribe', '--all-other-models', '--model', model);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /nothing to re-transcribe/);
});
