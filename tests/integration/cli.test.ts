// The CLI as a user runs it: the built dist/cli.js in a child process, with its exit code and output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, truncateSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeWav } from '../../native/audio/wav';
import { speechLike } from '../utils/audio-signals';
import { ensureSyntheticModel } from '../utils/synthetic-model';
import { mountTmpfs } from '../utils/tmpfs';
import { openStore } from '../../native/store/open';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'dist', 'cli.js');
const work = mkdtempSync(path.join(tmpdir(), 'voicedrill-cli-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return runIn(work, ...args);
}

function runIn(home: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VOICEDRILL_HOME: home, VOICEDRILL_MODEL: '' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(work, name);
  writeFileSync(target, content);
  return target;
}

const speech = file('answer.wav', encodeWav(speechLike(6.5), 16000));
const words = file(
  'words.json',
  JSON.stringify({
    words: [
      ['So,', 0.4, 0.6],
      ['um,', 0.9, 1.2],
      ['we', 1.5, 1.6],
      ['cut', 1.6, 1.8],
      ['p99', 1.8, 2.2],
      ['latency', 2.2, 2.6],
      ['by', 2.6, 2.7],
      ['forty', 2.7, 3.0],
      ['percent.', 3.0, 3.4],
      ['Looking', 3.9, 4.2],
      ['back,', 4.2, 4.5],
      ['I', 4.6, 4.7],
      ['would', 4.7, 4.9],
      ['measure', 4.9, 5.3],
      ['first.', 5.3, 5.8],
    ].map(([text, start, end]) => ({ text, start, end })),
  }),
);

function assertOneLineError(result: ReturnType<typeof run>, pattern: RegExp): void {
  assert.equal(result.status, 1, result.stderr);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line, got:\n${result.stderr}`);
  assert.match(lines[0] ?? '', /^voicedrill: /);
  assert.match(lines[0] ?? '', pattern);
  assert.equal(result.stdout, '');
}

test('analyze --transcript --json prints the documented report', () => {
  const result = run('analyze', speech, '--transcript', words, '--json');
  assert.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout) as Record<string, unknown> & {
    durationSec: number;
    fillers: { count: number; perMinute: number; items: { text: string; start: number; end: number }[] };
    metrics: { present: boolean; items: { text: string }[] };
    reflection: { present: boolean; items: { text: string }[] };
    ownership: { i: number; we: number; ratio: number | null; mostlyWe: boolean };
    transcript: { words: unknown[] };
  };
  for (const key of [
    'durationSec',
    'speakingSec',
    'wordsPerMinute',
    'timeToFirstWordSec',
    'fillers',
    'metrics',
    'reflection',
    'ownership',
    'transcript',
  ]) {
    assert.ok(key in report, `report has ${key}`);
  }
  assert.equal(report.durationSec, 6.5);
  assert.equal(report.timeToFirstWordSec, 0.4);
  assert.deepEqual(
    report.fillers.items.map((item) => [item.text, item.start, item.end]),
    [
      ['So,', 0.4, 0.6],
      ['um,', 0.9, 1.2],
    ],
  );
  assert.equal(report.fillers.perMinute, Math.round((2 / 6.5) * 60 * 10) / 10);
  assert.deepEqual(
    report.metrics.items.map((item) => item.text),
    ['forty percent.'],
  );
  assert.equal(report.reflection.present, true);
  assert.deepEqual(report.ownership, { i: 1, we: 1, ratio: 0.5, mostlyWe: false });
  assert.equal(report.transcript.words.length, 15);
});

test('analyze without --json prints a readable summary', () => {
  const result = run('analyze', speech, '--transcript', words);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Duration\s+6\.5 s/);
  assert.match(result.stdout, /Fillers\s+2 .*So, um/);
  assert.match(result.stdout, /Concrete metric\s+✓ forty percent/);
});

test('bad input gets exit code 1 and a one-line error, never a stack trace', () => {
  assertOneLineError(run('analyze', path.join(work, 'missing.wav'), '--transcript', words), /audio file not found/);
  assertOneLineError(run('analyze', file('notes.txt', 'hello, not audio'), '--transcript', words), /not a WAV file/);
  assertOneLineError(run('analyze', file('empty.wav', ''), '--transcript', words), /file is empty/);
  assertOneLineError(
    run('analyze', file('silent.wav', encodeWav(new Float32Array(32000), 16000)), '--transcript', words),
    /silent/,
  );
  assertOneLineError(run('analyze', speech, '--transcript', file('bad.json', '{"words":[{"text":"x"}]}')), /words\.json/);
  assertOneLineError(
    run('analyze', speech, '--model', file('model.bin', 'definitely not a model')),
    /not a whisper\.cpp model|truncated/,
  );
  assertOneLineError(run('analyze', speech, '--model', path.join(work, 'absent.bin')), /model file not found/);
  assertOneLineError(run('analyze', speech), /no Whisper model/);
});

test('usage errors exit with 2 and print the usage', () => {
  const result = run('analyse', speech);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown command 'analyse'/);
  assert.match(result.stderr, /usage: voicedrill analyze/);
});

test('a truncated model is refused before whisper.cpp sees it', async () => {
  const truncated = path.join(work, 'truncated.bin');
  copyFileSync(await ensureSyntheticModel(), truncated);
  truncateSync(truncated, Math.floor(statSync(truncated).size / 2));
  assertOneLineError(run('analyze', speech, '--model', truncated), /truncated/);
});

test('analyze transcribes with the real whisper.cpp binding when given a model', async () => {
  const model = await ensureSyntheticModel();
  const result = run('analyze', speech, '--model', model, '--json');
  assert.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout) as { durationSec: number; transcript: { words: { start: number; end: number }[] } };
  assert.equal(report.durationSec, 6.5);
  for (const word of report.transcript.words) {
    assert.ok(word.start >= 0 && word.end >= word.start && word.end <= 6.5 + 0.5, JSON.stringify(word));
  }
});

test('--question sets the answer mode and its checklist', () => {
  const result = run(
    'analyze',
    speech,
    '--transcript',
    words,
    '--question',
    'Tell me about a time you fixed a slow service.',
    '--json',
  );
  assert.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout) as { mode: string; checklist: { id: string; met: boolean }[] };
  assert.equal(report.mode, 'behavioral');
  const met = Object.fromEntries(report.checklist.map((item) => [item.id, item.met]));
  assert.equal(met.metric, true);
  assert.equal(met.reflection, true);
  const general = JSON.parse(run('analyze', speech, '--transcript', words, '--json').stdout) as { mode: string };
  assert.equal(general.mode, 'general');
});

test('a word time far past the audio (end: 1e308) is one transcript-invalid line and exit 1, not a V8 crash', () => {
  const huge = file('huge.json', '{"words":[{"text":"So","start":0.4,"end":0.6},{"text":"far","start":1,"end":1e308}]}');
  const result = run('analyze', speech, '--transcript', huge);
  assertOneLineError(
    result,
    /^voicedrill: transcript-invalid: words\.json: word 2 \('far'\) ends at 1e\+308 s, after the audio ends \(6\.50 s\)$/,
  );
  const late = file('late.json', '{"words":[{"text":"late","start":7.5,"end":7.9}]}');
  assertOneLineError(run('analyze', speech, '--transcript', late), /transcript-invalid: .*word 1 \('late'\) ends at 7\.9 s/);
});

test('errors print code: sentence and leave their detail in the log file of the data folder', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'voicedrill-cli-log-'));
  try {
    const result = runIn(home, 'analyze', speech, '--transcript', file('broken.json', '{"words": ['));
    assertOneLineError(result, /^voicedrill: transcript-invalid: words\.json: not valid JSON$/);
    const log = readFileSync(path.join(home, 'voicedrill.log'), 'utf8');
    assert.match(log, /ERROR transcript-invalid \(voicedrill analyze /);
    assert.match(log, /caused by: SyntaxError: /, "the JSON parser's own message is in the log, not on screen");
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

test('analyze --transcript works with a read-only data folder', (t) => {
  const disk = mountTmpfs(t, 2048);
  if (disk === null) return;
  const store = openStore(path.join(disk.dir, 'voicedrill.sqlite'));
  store.setSetting('settings', { fillerWords: ['um'] });
  store.close();
  disk.readOnly();
  const result = runIn(disk.dir, 'analyze', speech, '--transcript', words, '--json');
  assert.equal(result.status, 0, result.stderr);
  assert.equal((JSON.parse(result.stdout) as { durationSec: number }).durationSec, 6.5);
});
