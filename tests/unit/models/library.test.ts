// The library's view of the models folder and its file operations, on real files (no network).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCatalogue, type Catalogue } from '../../../native/models/catalogue';
import { ModelLibrary } from '../../../native/models/library';
import { smallModel } from './fixtures';

const work = mkdtempSync(path.join(tmpdir(), 'voicedrill-library-'));
const outside = path.join(work, 'outside');
let model: Buffer;
let catalogue: Catalogue;
let counter = 0;

function catalogueEntry(name: string, sha1: string | null, recommended: boolean): Record<string, unknown> {
  return {
    name,
    file: `ggml-${name}.bin`,
    description: `${name} model`,
    sizeBytes: 8_000_000,
    sizeExact: false,
    sha1,
    sha256: null,
    url: `https://example.org/ggml-${name}.bin`,
    recommended,
  };
}

before(async () => {
  mkdirSync(outside);
  model = await smallModel(path.join(outside, 'ggml-mine.bin'));
  const sha1 = createHash('sha1').update(model).digest('hex');
  catalogue = parseCatalogue({ models: [catalogueEntry('tiny', sha1, false), catalogueEntry('base', '0'.repeat(40), true)] });
});

after(() => rmSync(work, { recursive: true, force: true }));

function library(): ModelLibrary {
  return new ModelLibrary(path.join(work, `models-${++counter}`), catalogue);
}

test('an empty (even missing) folder lists the catalogue as available', () => {
  const lib = library();
  assert.deepEqual(lib.list(null), [
    {
      name: 'tiny',
      description: 'tiny model',
      sizeBytes: 8_000_000,
      recommended: false,
      state: 'available',
      receivedBytes: 0,
      active: false,
      unverified: false,
      resumable: false,
    },
    {
      name: 'base',
      description: 'base model',
      sizeBytes: 8_000_000,
      recommended: true,
      state: 'available',
      receivedBytes: 0,
      active: false,
      unverified: false,
      resumable: false,
    },
  ]);
});

test('installed, partial and user-added files are listed; the active one is marked', () => {
  const lib = library();
  mkdirSync(lib.dir);
  writeFileSync(path.join(lib.dir, 'ggml-tiny.bin'), model);
  writeFileSync(path.join(lib.dir, 'ggml-base.bin.part'), Buffer.alloc(1234));
  writeFileSync(path.join(lib.dir, 'ggml-own.bin'), Buffer.alloc(10));
  writeFileSync(path.join(lib.dir, 'ggml-later.bin.part'), Buffer.alloc(99));
  writeFileSync(path.join(lib.dir, '.ggml-own.bin.abc.tmp'), Buffer.alloc(5));
  const entries = lib.list(path.join(lib.dir, 'ggml-own.bin'));
  assert.deepEqual(
    entries.map((e) => [e.name, e.state, e.sizeBytes, e.receivedBytes, e.active, e.description, e.resumable]),
    [
      ['tiny', 'installed', model.length, 0, false, 'tiny model', false],
      ['base', 'partial', 8_000_000, 1234, false, 'base model', true],
      // A .part with no record of its URL cannot resume: the UI offers to download it again instead.
      ['ggml-later.bin', 'partial', 0, 99, false, 'Added by you', false],
      ['ggml-own.bin', 'installed', 10, 0, true, 'Added by you', false],
    ],
  );
  assert.equal(lib.list(path.join(lib.dir, 'ggml-tiny.bin'))[0]?.active, true);
  assert.equal(lib.pathOf('tiny'), path.join(lib.dir, 'ggml-tiny.bin'));
  assert.equal(lib.pathOf('ggml-tiny.bin'), path.join(lib.dir, 'ggml-tiny.bin'));
  assert.equal(lib.pathOf('ggml-own.bin'), path.join(lib.dir, 'ggml-own.bin'));
  assert.throws(() => lib.pathOf('base'), /^Error: model 'base' is not installed$/);
  assert.throws(() => lib.pathOf('../outside/ggml-mine.bin'), /plain file name/);
});

test('remove deletes the file and any .part, and nothing outside the folder', async () => {
  const lib = library();
  mkdirSync(lib.dir);
  writeFileSync(path.join(lib.dir, 'ggml-tiny.bin'), model);
  writeFileSync(path.join(lib.dir, 'ggml-tiny.bin.part'), Buffer.alloc(3));
  writeFileSync(path.join(lib.dir, 'ggml-base.bin.part'), Buffer.alloc(3));
  await lib.remove('tiny');
  await lib.remove('ggml-base.bin');
  assert.deepEqual(readdirSync(lib.dir), []);
  await assert.rejects(lib.remove('tiny'), /^Error: model 'tiny' is not installed$/);
  await assert.rejects(lib.remove('../outside/ggml-mine.bin'), /must be a plain file name inside the models folder/);
  await assert.rejects(lib.remove(path.join(outside, 'ggml-mine.bin')), /must be a plain file name inside the models folder/);
  assert.ok(existsSync(path.join(outside, 'ggml-mine.bin')));
});

test('addFile copies a checked model under its own name', async () => {
  const lib = library();
  const added = await lib.addFile(path.join(outside, 'ggml-mine.bin'));
  assert.equal(added, path.join(lib.dir, 'ggml-mine.bin'));
  assert.deepEqual(readFileSync(added), model);
  assert.equal(await lib.addFile(added), added, 'a file already in the folder is taken as it is');
  await assert.rejects(
    lib.addFile(path.join(outside, 'ggml-mine.bin')),
    /^Error: a model named ggml-mine\.bin is already installed; remove it first$/,
  );
  assert.deepEqual(readdirSync(lib.dir), ['ggml-mine.bin']);
});

test('a file named like a catalogue model must match its checksum', async () => {
  const lib = library();
  const good = path.join(outside, 'ggml-tiny.bin');
  const bad = path.join(outside, 'ggml-base.bin');
  writeFileSync(good, model);
  writeFileSync(bad, model);
  assert.equal(await lib.addFile(good), path.join(lib.dir, 'ggml-tiny.bin'));
  await assert.rejects(lib.addFile(bad), /^Error: checksum mismatch for ggml-base\.bin: expected SHA-1 0{40}, got [0-9a-f]{40}$/);
  assert.deepEqual(readdirSync(lib.dir), ['ggml-tiny.bin']);
  assert.equal(lib.list(null)[0]?.state, 'installed');
});

test('a truncated file, random bytes or a missing file are refused, leaving nothing behind', async () => {
  const lib = library();
  const truncated = path.join(outside, 'ggml-cut.bin');
  writeFileSync(truncated, model.subarray(0, model.length - 1));
  const noise = path.join(outside, 'ggml-noise.bin');
  writeFileSync(noise, Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256)));
  await assert.rejects(
    lib.addFile(truncated),
    /^Error: cannot add ggml-cut\.bin: model file is truncated \(expected \d+ bytes, found \d+\)$/,
  );
  await assert.rejects(
    lib.addFile(noise),
    /^Error: cannot add ggml-noise\.bin: not a whisper\.cpp model \(bad magic 0x[0-9a-f]{8}\)$/,
  );
  await assert.rejects(lib.addFile(path.join(outside, 'absent.bin')), /^Error: cannot add absent\.bin: model file not found: /);
  await assert.rejects(lib.addFile(path.join(outside, '.hidden.bin')), /plain file name/);
  assert.deepEqual(existsSync(lib.dir) ? readdirSync(lib.dir) : [], []);
});

test('download and cancel know only catalogue names and sane file names', async () => {
  const lib = library();
  await assert.rejects(lib.download('medium'), {
    code: 'not-found',
    message: /^'medium' is not in the catalogue \(tiny, base\), and no download of it can be resumed; add it again by its URL$/,
  });
  assert.equal(lib.cancel('tiny'), false);
  assert.throws(() => lib.cancel('../x'), /plain file name/);
  await assert.rejects(lib.addUrl('https://example.org/'), /the file name in https:\/\/example\.org\/ must be a plain file name/);
  await assert.rejects(lib.addUrl('example.org/x.bin'), /^Error: not a valid URL: 'example\.org\/x\.bin'$/);
  await assert.rejects(lib.addUrl('https://example.org/x.bin', { sha256: 'nope' }), /SHA-256 must be 64 hex digits/);
});

test('a model without a known checksum needs an explicit allowUnverified, for the catalogue and for URLs', async () => {
  const unverified = parseCatalogue({
    models: [{ ...catalogueEntry('quant', null, true), unverified: true }],
  });
  const lib = new ModelLibrary(path.join(work, 'unverified'), unverified);
  const events: string[] = [];
  await assert.rejects(lib.download('quant', { onProgress: (event) => events.push(`${event.state}: ${event.error ?? ''}`) }), {
    code: 'model-unverified',
    message: /No checksum is known for quant/,
  });
  assert.deepEqual(
    events.map((e) => e.split(':')[0]),
    ['failed'],
    'a listener waiting for progress hears of the refusal',
  );
  await assert.rejects(lib.addUrl('https://example.org/x.bin'), {
    code: 'model-unverified',
    message: /No checksum is known for x\.bin/,
  });
  assert.throws(
    () => parseCatalogue({ models: [catalogueEntry('bare', null, true)] }),
    /has no checksum: give sha256 \(or sha1\), or mark it "unverified": true/,
  );
  assert.throws(
    () => parseCatalogue({ models: [{ ...catalogueEntry('both', 'a'.repeat(40), true), unverified: true }] }),
    /has a checksum, so it cannot be unverified/,
  );
});

test('partial downloads can be listed and deleted to free a full disk', async () => {
  const lib = new ModelLibrary(path.join(work, 'partials'), catalogue);
  mkdirSync(lib.dir, { recursive: true });
  writeFileSync(path.join(lib.dir, 'ggml-tiny.bin.part'), Buffer.alloc(3000));
  writeFileSync(path.join(lib.dir, 'ggml-own.bin.part'), Buffer.alloc(500));
  writeFileSync(path.join(lib.dir, 'ggml-kept.bin'), Buffer.alloc(10));
  assert.deepEqual(
    lib.partialDownloads().sort((a, b) => a.file.localeCompare(b.file)),
    [
      { file: 'ggml-own.bin', bytes: 500 },
      { file: 'ggml-tiny.bin', bytes: 3000 },
    ],
  );
  assert.equal(await lib.removePartialDownloads(), 3500);
  assert.deepEqual(lib.partialDownloads(), []);
  assert.ok(existsSync(path.join(lib.dir, 'ggml-kept.bin')), 'installed models stay');
});
