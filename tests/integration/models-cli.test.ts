// `voicedrill models …` as a user runs it: the built dist/cli.js in a child process, with a private
// VOICEDRILL_HOME and a model server on 127.0.0.1 (also standing in as the catalogue's mirror).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveSettings } from '../../native/app/settings';
import { encodeWav } from '../../native/audio/wav';
import { openStore } from '../../native/store';
import { speechLike } from '../utils/audio-signals';
import { smallModel } from '../unit/models/fixtures';
import { startModelServer, type ModelServer } from './models-server';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'dist', 'cli.js');
const work = mkdtempSync(path.join(tmpdir(), 'voicedrill-models-cli-'));
const home = path.join(work, 'home');
const models = path.join(home, 'models');
let server: ModelServer;
let model: Buffer;
let sha256: string;

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

before(async () => {
  model = await smallModel(path.join(work, 'ggml-test.bin'));
  sha256 = createHash('sha256').update(model).digest('hex');
  server = await startModelServer({ 'ggml-test.bin': model, 'ggml-small.en.bin': model });
});

after(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** Asynchronous on purpose: the model server runs in this process and must keep answering. */
function run(...args: string[]): Promise<Result> {
  return runWith({ VOICEDRILL_ALLOW_HTTP: '1' }, ...args);
}

function runWith(extraEnv: Record<string, string>, ...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      {
        env: {
          ...process.env,
          VOICEDRILL_HOME: home,
          VOICEDRILL_MODEL: '',
          VOICEDRILL_MODEL_MIRROR: server.url(''),
          ...extraEnv,
        },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

function assertOneLineError(result: Result, pattern: RegExp): void {
  assert.equal(result.status, 1, result.stderr);
  const lines = result.stderr.trim().split('\n');
  assert.match(lines.at(-1) ?? '', /^voicedrill: /);
  assert.match(lines.at(-1) ?? '', pattern);
  assert.equal(lines.filter((line) => line.startsWith('voicedrill:')).length, 1, result.stderr);
  assert.equal(result.stdout, '');
}

function row(listing: string, name: string): string {
  const line = listing.split('\n').find((l) => l.startsWith(`${name} `));
  assert.ok(line, `no row for ${name} in:\n${listing}`);
  return line;
}

test('models list shows the catalogue, the recommended model and the models folder', async () => {
  const result = await run('models', 'list');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^NAME\s+SIZE\s+STATE\s+RECOMMENDED\s+ACTIVE$/m);
  assert.match(row(result.stdout, 'tiny.en'), /^tiny\.en\s+77\.7 MB\s+available$/);
  assert.match(row(result.stdout, 'base.en'), /^base\.en\s+~148 MB\s+available\s+yes$/);
  assert.match(row(result.stdout, 'small.en'), /available/);
  assert.ok(result.stdout.endsWith(`models folder: ${models}\n`));
});

test('models add URL downloads with progress lines on a pipe, verifies, and the model becomes usable by name', async () => {
  const result = await run('models', 'add', server.url('ggml-test.bin'), '--sha256', sha256);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, `installed ${path.join(models, 'ggml-test.bin')}\n`);
  const lines = result.stderr.trim().split('\n');
  assert.match(lines[0] ?? '', /^ggml-test\.bin {2}0 B of 8\.\d MB \(0%\)$/);
  assert.ok(
    lines.some((line) => /^ggml-test\.bin {2}8\.\d MB of 8\.\d MB \(100%\)/.test(line)),
    result.stderr,
  );
  assert.ok(lines.length <= 13, `one line per tenth at most, got:\n${result.stderr}`);
  assert.ok(!result.stderr.includes('\r'), 'no redraws when stderr is not a terminal');

  const store = openStore(path.join(home, 'voicedrill.sqlite'));
  saveSettings(store, { modelPath: path.join(models, 'ggml-test.bin') });
  store.close();
  const listing = await run('models', 'list');
  assert.match(row(listing.stdout, 'ggml-test.bin'), /^ggml-test\.bin\s+8\.\d MB\s+installed\s+yes$/);

  const speech = path.join(work, 'answer.wav');
  writeFileSync(speech, encodeWav(speechLike(3), 16000));
  const analyzed = await run('analyze', speech, '--model', 'ggml-test.bin', '--json');
  assert.equal(analyzed.status, 0, analyzed.stderr);
  assert.equal((JSON.parse(analyzed.stdout) as { durationSec: number }).durationSec, 3);
});

test('an interrupted download says it can resume, and the same command resumes it', async () => {
  rmSync(path.join(models, 'ggml-test.bin'));
  server.behave({ dropAfter: 2_000_000 });
  const dropped = await run('models', 'add', server.url('ggml-test.bin'), '--sha256', sha256);
  server.behave({});
  assertOneLineError(dropped, /interrupted at [12]\.\d MB of 8\.\d MB .*run it again to resume$/);
  // Chunks still buffered when the connection ends go with it: the .part holds what was written.
  const kept = statSync(path.join(models, 'ggml-test.bin.part')).size;
  const keptMb = (kept / 1e6).toFixed(1).replace('.', '\\.');
  const listing = await run('models', 'list');
  assert.match(row(listing.stdout, 'ggml-test.bin'), new RegExp(`partial \\(${keptMb} MB\\)`));

  server.requests.length = 0;
  const resumed = await run('models', 'add', server.url('ggml-test.bin'), '--sha256', sha256);
  assert.equal(resumed.status, 0, resumed.stderr);
  assert.deepEqual(
    server.requests.map((r) => r.range),
    [`bytes=${kept}-`],
  );
  assert.match(resumed.stderr.split('\n')[0] ?? '', new RegExp(`^ggml-test\\.bin {2}${keptMb} MB of 8\\.\\d MB \\(\\d+%\\)$`));
});

test('models add NAME downloads from the catalogue (here its mirror) and refuses a file that fails the checksum', async () => {
  const result = await run('models', 'add', 'small.en');
  assertOneLineError(
    result,
    /^voicedrill: checksum mismatch for ggml-small\.en\.bin: expected SHA-1 db8a495a91d927739e50b3fc1cc4c6b8f6c2d022, got [0-9a-f]{40}$/,
  );
  assert.deepEqual(
    readdirSync(models).filter((name) => name.includes('small')),
    [],
  );
});

test('models add FILE copies a checked model; a truncated or foreign file is refused and leaves nothing', async () => {
  const outside = path.join(work, 'outside');
  mkdirSync(outside, { recursive: true });
  const copy = path.join(outside, 'ggml-mine.bin');
  writeFileSync(copy, model);
  const added = await run('models', 'add', copy);
  assert.equal(added.status, 0, added.stderr);
  assert.equal(added.stdout, `added ${path.join(models, 'ggml-mine.bin')}\n`);

  const truncated = path.join(outside, 'ggml-cut.bin');
  writeFileSync(truncated, model.subarray(0, model.length - 1000));
  assertOneLineError(await run('models', 'add', truncated), /^voicedrill: cannot add ggml-cut\.bin: model file is truncated/);
  const noise = path.join(outside, 'noise.bin');
  writeFileSync(noise, Buffer.alloc(5000, 3));
  assertOneLineError(await run('models', 'add', noise), /cannot add noise\.bin: not a whisper\.cpp model/);
  assertOneLineError(
    await run('models', 'add', 'nothing-here'),
    /no such file, URL or catalogue model: 'nothing-here' \(the catalogue has tiny\.en, base\.en/,
  );
  assert.deepEqual(
    readdirSync(models).filter((name) => /cut|noise|tmp/.test(name)),
    [],
  );
});

test('models remove deletes by name and refuses unknown names and paths', async () => {
  const removed = await run('models', 'remove', 'ggml-mine.bin');
  assert.equal(removed.status, 0, removed.stderr);
  assert.equal(existsSync(path.join(models, 'ggml-mine.bin')), false);
  assertOneLineError(await run('models', 'remove', 'ggml-mine.bin'), /model 'ggml-mine\.bin' is not installed/);
  assertOneLineError(
    await run('models', 'remove', '../home/voicedrill.sqlite'),
    /must be a plain file name inside the models folder/,
  );
  assert.ok(existsSync(path.join(home, 'voicedrill.sqlite')));
});

test('--model with a catalogue name that is not installed says how to install it', async () => {
  const speech = path.join(work, 'answer.wav');
  assertOneLineError(
    await run('analyze', speech, '--model', 'base.en'),
    /^voicedrill: model 'base\.en' is not installed; run: voicedrill models add base\.en$/,
  );
});

test('models usage errors exit with 2 and print the usage', async () => {
  for (const args of [
    ['models'],
    ['models', 'frob'],
    ['models', 'add'],
    ['models', 'add', server.url('x.bin'), '--sha256', 'zz'],
    ['models', 'add', 'base.en', '--sha1', 'a'.repeat(40)],
    ['models', 'remove'],
  ]) {
    const result = await run(...args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /^voicedrill: .+\nusage: voicedrill analyze/);
    assert.match(result.stderr, /voicedrill models add <NAME\|URL\|FILE>/);
  }
});

test('an unverified catalogue model needs --allow-unverified, and plain http needs VOICEDRILL_ALLOW_HTTP=1', async () => {
  server.requests.length = 0;
  assertOneLineError(
    await run('models', 'add', 'tiny.en-q5_1'),
    /^voicedrill: model-unverified: No checksum is known for tiny\.en-q5_1.*Run again with --allow-unverified/,
  );
  assertOneLineError(
    await runWith({}, 'models', 'add', server.url('ggml-other.bin'), '--sha256', sha256),
    /^voicedrill: insecure-url: refused to download over plain http .*VOICEDRILL_ALLOW_HTTP=1/,
  );
  assert.equal(server.requests.length, 0, 'nothing was requested');
  // With the confirmation the download goes ahead (the mirror has no such file, so it stops at a 404).
  assertOneLineError(
    await run('models', 'add', 'tiny.en-q5_1', '--allow-unverified'),
    /ggml-tiny\.en-q5_1\.bin was not found on the server/,
  );
});
