// `voicedrill history`, `export` and `import` as a user runs them: the built dist/cli.js in a child
// process against a library in a temporary data folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeWav, encodeWav } from '../../native/audio/wav';
import { resolveDataPaths } from '../../native/app/paths';
import { openStore } from '../../native/store';
import { speechLike } from '../utils/audio-signals';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { DURATIONS, OWN_WORDS, SEEDED_QUESTION, seedProgressLibrary } from '../e2e/progress-seed';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'dist', 'cli.js');
const home = mkdtempSync(path.join(tmpdir(), 'voicedrill-cli-progress-'));
test.after(() => rmSync(home, { recursive: true, force: true }));
const { questionId, attemptIds } = seedProgressLibrary(home);

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VOICEDRILL_HOME: home, VOICEDRILL_MODEL: '' },
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface HistoryJson {
  attempts: { durationSec: number; wordsPerMinute: number; fillers: { perMinute: number } }[];
  stats: Record<
    'durationSec' | 'wordsPerMinute' | 'fillersPerMinute',
    { mean: number; sd: number; cv: number | null; xmr: { lower: number; upper: number }; label: string }
  >;
}

test('history --json prints every attempt and the statistics of duration, pace and fillers', () => {
  const { status, stdout, stderr } = run('history', '--question', SEEDED_QUESTION, '--json');
  assert.equal(status, 0, stderr);
  const history = JSON.parse(stdout) as HistoryJson;
  assert.deepEqual(
    history.attempts.map((a) => a.durationSec),
    DURATIONS,
  );
  assert.ok(history.attempts.every((a) => a.wordsPerMinute > 0 && typeof a.fillers.perMinute === 'number'));
  // Mean of the seeded durations: 382 / 12 = 31.833 s.
  assert.ok(Math.abs(history.stats.durationSec.mean - 382 / 12) < 1e-9);
  assert.ok(history.stats.durationSec.cv! > 0);
  assert.equal(history.stats.fillersPerMinute.cv, null);
  assert.ok(history.stats.durationSec.xmr.lower < history.stats.durationSec.mean);
  assert.match(history.stats.wordsPerMinute.label, /^(converging|steady|drifting|too few attempts)$/);

  const table = run('history', '--question-id', String(questionId));
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /duration {2}mean 31\.8 s/);
  const unknown = run('history', '--question', 'No such question');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /^voicedrill: not-found: no question reads "No such question"/);
  assert.equal(run('history', '--bogus').status, 2);
});

test('export mirrors the app: CSV, a transcript, the audio as WAV; never over an existing file', () => {
  const csv = run('export', 'attempts', '--question-id', String(questionId));
  assert.equal(csv.status, 0, csv.stderr);
  assert.equal(csv.stdout.split('\r\n').filter(Boolean).length, 1 + DURATIONS.length);
  const vtt = run('export', 'transcript', String(attemptIds[0]), '--format', 'vtt');
  assert.ok(vtt.stdout.startsWith('WEBVTT\n\n00:00:01.000 --> '));
  assert.ok(vtt.stdout.includes(OWN_WORDS[0]!));
  const wav = path.join(home, 'first.wav');
  const audio = run('export', 'audio', String(attemptIds[0]), '--format', 'wav', '--out', wav);
  assert.equal(audio.status, 0, audio.stderr);
  assert.equal(decodeWav(readFileSync(wav)).samples.length, DURATIONS[0]! * 16000);
  const again = run('export', 'audio', String(attemptIds[0]), '--format', 'wav', '--out', wav);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already exists/);
});

test('import adds recordings as scored attempts through the pipeline, with a progress line', async () => {
  const model = await ensureSyntheticModel();
  const answer = path.join(home, 'old-answer.wav');
  writeFileSync(answer, encodeWav(speechLike(4), 16000));
  const broken = path.join(home, 'broken.wav');
  writeFileSync(broken, 'not audio');
  const { status, stdout, stderr } = run(
    'import',
    answer,
    broken,
    '--question',
    'Why this company?',
    '--length',
    'elevator',
    '--model',
    model,
  );
  assert.equal(status, 1, 'one file failed');
  assert.match(stderr, /\[1\/2\] old-answer\.wav: transcribing \d+ %/);
  assert.match(stderr, /\[2\/2\] broken\.wav: failed: /);
  const result = JSON.parse(stdout) as { questionId: number; imported: { attemptId: number }[]; failed: unknown[] };
  assert.equal(result.imported.length, 1);
  assert.equal(result.failed.length, 1);
  const store = openStore(resolveDataPaths(home, {}).database, { readonly: true });
  try {
    const attempt = store.getAttempt(result.imported[0]!.attemptId)!;
    assert.equal(attempt.status, 'scored');
    assert.equal(attempt.drillLength, 'elevator');
    assert.equal(attempt.durationSec, 4);
    assert.equal(store.getQuestion(result.questionId)!.text, 'Why this company?');
  } finally {
    store.close();
  }
});
