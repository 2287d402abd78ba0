// ModelLibrary downloads against a local server: progress states, one download per model, cancel,
// resume, and what list() shows at each step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DownloadProgress } from '../../common/contract';
import { parseCatalogue, withMirror, type Catalogue } from '../../native/models/catalogue';
import { DownloadCancelledError } from '../../native/models/download';
import { ModelLibrary } from '../../native/models/library';
import { smallModel } from '../unit/models/fixtures';
import { startModelServer, type ModelServer } from './models-server';

const work = mkdtempSync(path.join(tmpdir(), 'voicedrill-library-dl-'));
let server: ModelServer;
let model: Buffer;
let catalogue: Catalogue;
let counter = 0;

before(async () => {
  model = await smallModel(path.join(work, 'source.bin'));
  server = await startModelServer({ 'ggml-test.bin': model, 'ggml-exact.bin': model });
  const entry = {
    description: 'test model',
    sizeExact: false,
    sha1: createHash('sha1').update(model).digest('hex'),
    sha256: null,
    recommended: false,
  };
  const shipped = parseCatalogue({
    models: [
      {
        ...entry,
        name: 'test',
        file: 'ggml-test.bin',
        sizeBytes: 9_000_000,
        url: 'https://example.org/ggml-test.bin',
        recommended: true,
      },
      // Claims an exact size the served file does not have.
      {
        ...entry,
        name: 'exact',
        file: 'ggml-exact.bin',
        sizeBytes: 1_000,
        sizeExact: true,
        url: 'https://example.org/ggml-exact.bin',
      },
    ],
  });
  catalogue = withMirror(shipped, server.url(''));
});

after(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

function library(): ModelLibrary {
  return new ModelLibrary(path.join(work, `models-${++counter}`), catalogue, { stallTimeoutMs: 2000, allowHttp: true });
}

test('download reports downloading → verifying → done, lists the model as downloading meanwhile, then installed', async () => {
  const lib = library();
  server.behave({ slices: { count: 6, pauseMs: 100 } });
  const events: DownloadProgress[] = [];
  const states: string[] = [];
  const running = lib.download('test', {
    onProgress: (event) => {
      events.push(event);
      states.push(lib.list(null)[0]?.state ?? '');
    },
  });
  await assert.rejects(lib.download('test'), /^Error: model 'test' is already downloading$/);
  await assert.rejects(lib.remove('test'), /model 'test' is downloading; cancel the download before removing it/);
  const installed = await running;
  assert.equal(installed, path.join(lib.dir, 'ggml-test.bin'));
  const names = [...new Set(events.map((e) => e.name))];
  assert.deepEqual(names, ['test']);
  const sequence = events.map((e) => e.state).filter((s, i, all) => s !== all[i - 1]);
  assert.deepEqual(sequence, ['downloading', 'verifying', 'done']);
  assert.ok(states.includes('downloading'));
  assert.deepEqual(events.at(-1), {
    name: 'test',
    state: 'done',
    receivedBytes: model.length,
    totalBytes: model.length,
    bytesPerSec: events.at(-1)?.bytesPerSec,
    etaSec: 0,
  });
  assert.deepEqual(
    lib.list(installed).map((e) => [e.name, e.state, e.sizeBytes, e.active]),
    [
      ['test', 'installed', model.length, true],
      ['exact', 'available', 1_000, false],
    ],
  );

  server.requests.length = 0;
  assert.equal(await lib.download('test'), installed, 'an installed model is not fetched again');
  assert.equal(server.requests.length, 0);
});

test('cancel(name) stops the download, keeps the .part (listed as partial) and the next download resumes', async () => {
  const lib = library();
  server.behave({ slices: { count: 20, pauseMs: 100 } });
  const events: DownloadProgress[] = [];
  const running = lib.download('test', {
    onProgress: (event) => {
      events.push(event);
      if (event.receivedBytes > 0 && event.state === 'downloading') lib.cancel('test');
    },
  });
  await assert.rejects(running, (error: unknown) => error instanceof DownloadCancelledError);
  assert.equal(events.at(-1)?.state, 'cancelled');
  assert.match(events.at(-1)?.error ?? '', /cancelled/);
  const partial = statSync(path.join(lib.dir, 'ggml-test.bin.part')).size;
  const entry = lib.list(null)[0];
  assert.deepEqual([entry?.state, entry?.receivedBytes], ['partial', partial]);

  server.behave({});
  server.requests.length = 0;
  await lib.download('test');
  assert.deepEqual(
    server.requests.map((r) => r.range),
    [`bytes=${partial}-`],
  );
  assert.equal(lib.list(null)[0]?.state, 'installed');
});

test('a caller AbortSignal cancels too, and a failure is reported as a failed event', async () => {
  const lib = library();
  server.behave({ slices: { count: 20, pauseMs: 100 } });
  const controller = new AbortController();
  const events: DownloadProgress[] = [];
  const running = lib.download('test', {
    signal: controller.signal,
    onProgress: (event) => {
      events.push(event);
      if (event.receivedBytes > 0) controller.abort();
    },
  });
  await assert.rejects(running, DownloadCancelledError);
  assert.equal(events.at(-1)?.state, 'cancelled');

  server.behave({});
  const failures: DownloadProgress[] = [];
  await assert.rejects(
    lib.download('exact', { onProgress: (e) => failures.push(e) }),
    /the server offers \d+ bytes for ggml-exact\.bin, but 1000 are expected/,
  );
  assert.equal(failures.at(-1)?.state, 'failed');
  assert.match(failures.at(-1)?.error ?? '', /the server offers/);
  assert.equal(existsSync(path.join(lib.dir, 'ggml-exact.bin')), false);
});

test('addUrl names the file after the URL and checks a given SHA-256', async () => {
  const lib = library();
  server.behave({});
  const sha256 = createHash('sha256').update(model).digest('hex');
  await assert.rejects(
    lib.addUrl(server.url('ggml-test.bin'), { sha256: 'f'.repeat(64) }),
    /checksum mismatch for ggml-test\.bin: expected SHA-256 f{64}/,
  );
  assert.equal(lib.list(null)[0]?.state, 'available');
  const installed = await lib.addUrl(server.url('redirect/ggml-test.bin'), { sha256 });
  assert.equal(installed, path.join(lib.dir, 'ggml-test.bin'));
  assert.equal(lib.list(null)[0]?.state, 'installed', 'a URL download with a catalogue file name is that catalogue model');
});

test('"Resume" on a URL download works: the .part remembers its URL and checksum', async () => {
  const lib = library();
  const sha256 = createHash('sha256').update(model).digest('hex');
  // Served under a name the catalogue does not know, as a user's own URL would be.
  server.replace('ggml-url-only.bin', model);
  server.behave({ dropAfter: 2_000_000 });
  await assert.rejects(lib.addUrl(server.url('ggml-url-only.bin'), { sha256 }), /interrupted/);
  const kept = statSync(path.join(lib.dir, 'ggml-url-only.bin.part')).size;
  assert.equal(lib.list(null).find((e) => e.name === 'ggml-url-only.bin')?.state, 'partial');
  assert.equal(await lib.canResume('ggml-url-only.bin'), true);

  server.behave({});
  server.requests.length = 0;
  const installed = await lib.download('ggml-url-only.bin');
  assert.equal(installed, path.join(lib.dir, 'ggml-url-only.bin'));
  assert.deepEqual(
    server.requests.map((r) => [r.path, r.range]),
    [['/ggml-url-only.bin', `bytes=${kept}-`]],
  );
  assert.deepEqual(lib.list(null).find((e) => e.name === 'ggml-url-only.bin')?.state, 'installed');
  assert.equal(existsSync(path.join(lib.dir, '.ggml-url-only.bin.part.json')), false, 'the sidecar goes with the .part');
});

test('a partial file nobody knows the origin of is not resumable, and says so', async () => {
  const lib = library();
  mkdirSync(lib.dir, { recursive: true });
  writeFileSync(path.join(lib.dir, 'ggml-stray.bin.part'), Buffer.alloc(100));
  assert.equal(await lib.canResume('ggml-stray.bin'), false);
  await assert.rejects(lib.download('ggml-stray.bin'), {
    code: 'not-found',
    message: /no download of it can be resumed; add it again by its URL/,
  });
});
