import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  catalogueChecksums,
  findModel,
  parseCatalogue,
  readCatalogue,
  withMirror,
  type CatalogueModel,
} from '../../../native/models/catalogue';
import { shippedCatalogue } from '../../../native/models/shipped';

const shippedFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources/models.json');

function model(overrides: Partial<Record<keyof CatalogueModel, unknown>> = {}): Record<string, unknown> {
  return {
    name: 'base.en',
    file: 'ggml-base.en.bin',
    description: 'base',
    sizeBytes: 148_000_000,
    sizeExact: false,
    sha1: '137c40403d78fd54d454da0f9bd998f78703390c',
    sha256: null,
    url: 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-base.en.bin',
    recommended: true,
    ...overrides,
  };
}

test('the shipped catalogue is valid and holds the upstream facts', () => {
  const catalogue = readCatalogue(shippedFile);
  assert.deepEqual(shippedCatalogue({}), catalogue);
  const names = catalogue.models.map((m) => m.name);
  for (const name of ['tiny.en', 'base.en', 'small.en']) assert.ok(names.includes(name), name);
  assert.deepEqual(
    catalogue.models.filter((m) => m.recommended).map((m) => m.name),
    ['base.en'],
  );

  const tiny = findModel(catalogue, 'tiny.en');
  assert.equal(tiny?.sizeBytes, 77_704_715);
  assert.equal(tiny?.sizeExact, true);
  assert.equal(tiny?.sha1, 'c78c86eb1a8faa21b369bcd33207cc90d64ae9df');
  assert.equal(findModel(catalogue, 'base.en')?.sha1, '137c40403d78fd54d454da0f9bd998f78703390c');
  assert.equal(findModel(catalogue, 'small.en')?.sha1, 'db8a495a91d927739e50b3fc1cc4c6b8f6c2d022');
  for (const m of catalogue.models) {
    assert.equal(m.url, `https://huggingface.co/ggerganov/whisper.cpp/resolve/main/${m.file}`);
    if (m.name !== 'tiny.en') assert.equal(m.sizeExact, false, `${m.name} size is approximate`);
    // Quantized files are in no upstream checksum table: they rely on size and structure.
    if (m.name.includes('-q')) assert.deepEqual([m.sha1, m.sha256], [null, null], m.name);
  }
});

test('a model is found by its name or its file name', () => {
  const catalogue = shippedCatalogue({});
  assert.equal(findModel(catalogue, 'ggml-small.en.bin')?.name, 'small.en');
  assert.equal(findModel(catalogue, 'medium'), undefined);
});

test('downloads check the authoritative SHA-1, and SHA-256 only where no SHA-1 is known', () => {
  const catalogue = parseCatalogue({ models: [model({ sha256: 'a'.repeat(64) })] });
  const [base] = catalogue.models;
  assert.ok(base);
  assert.deepEqual(catalogueChecksums(base), { sha1: '137c40403d78fd54d454da0f9bd998f78703390c' });
  assert.deepEqual(catalogueChecksums({ ...base, sha1: null }), { sha256: 'a'.repeat(64) });
  assert.deepEqual(catalogueChecksums({ ...base, sha1: null, sha256: null }), {});
});

test('a mirror replaces every download URL, keeping the file names', () => {
  const catalogue = parseCatalogue({ models: [model()] });
  assert.equal(
    withMirror(catalogue, 'http://10.0.0.2:8080/whisper').models[0]?.url,
    'http://10.0.0.2:8080/whisper/ggml-base.en.bin',
  );
  assert.throws(() => withMirror(catalogue, 'not a url'), /^Error: model mirror must be an http\(s\) URL, got 'not a url'$/);
  assert.throws(() => withMirror(catalogue, 'file:///srv/models'), /model mirror must be an http\(s\) URL/);
  assert.throws(() => shippedCatalogue({ VOICEDRILL_MODEL_MIRROR: 'ftp://x' }), /model mirror must be an http\(s\) URL/);
});

test('every bad catalogue edit is refused with one clear line', () => {
  const cases: [unknown, RegExp][] = [
    [[], /catalogue must be an object with a "models" list/],
    [{ models: [42] }, /catalogue model 1 must be an object/],
    [{ models: [model({ name: 'Base EN' })] }, /catalogue model name 'Base EN' must be lowercase/],
    [{ models: [model({ sha1: 'ABC' })] }, /catalogue model 'base\.en' sha1 must be null or 40 lowercase hex digits/],
    [{ models: [model({ sha256: 'a'.repeat(63) })] }, /sha256 must be null or 64 lowercase hex digits/],
    [{ models: [model({ sizeBytes: -1 })] }, /sizeBytes must be a positive whole number/],
    [{ models: [model({ sizeExact: 'yes' })] }, /sizeExact must be true or false/],
    [{ models: [model({ file: '../ggml-base.en.bin' })] }, /file must be a plain file name/],
    [
      { models: [model({ url: 'http://huggingface.co/ggml-base.en.bin' })] },
      /url must be https and end with \/ggml-base\.en\.bin/,
    ],
    [{ models: [model({ url: 'https://huggingface.co/other.bin' })] }, /url must be https and end with/],
    [{ models: [model({ description: '' })] }, /description must be non-empty text/],
    [{ models: [{ ...model(), sha_256: null }] }, /catalogue model 'base\.en' has an unknown field 'sha_256'/],
    [
      { models: [model(), model({ file: 'ggml-other.bin', url: 'https://x.org/ggml-other.bin', recommended: false })] },
      /catalogue lists 'base\.en' twice/,
    ],
    [
      { models: [model(), model({ name: 'other', file: 'ggml-other.bin', url: 'https://x.org/ggml-other.bin' })] },
      /recommend exactly one model, not 2/,
    ],
    [{ models: [model({ recommended: false })] }, /recommend exactly one model, not 0/],
  ];
  for (const [value, pattern] of cases) assert.throws(() => parseCatalogue(value), pattern, JSON.stringify(value));
  assert.throws(
    () => readCatalogue('/nonexistent/models.json'),
    /^Error: cannot read the model catalogue \/nonexistent\/models\.json: ENOENT/,
  );
});

test('every shipped model carries a SHA-256, or is marked unverified and needs confirmation (issue 9: 6 had no checksum)', () => {
  const catalogue = readCatalogue(shippedFile);
  for (const m of catalogue.models) {
    assert.ok(m.sha256 !== null || m.unverified, `${m.name} has neither a SHA-256 nor the unverified mark`);
    assert.equal(m.unverified, m.sha1 === null && m.sha256 === null, m.name);
  }
  assert.deepEqual(
    catalogue.models.filter((m) => m.unverified).map((m) => m.name),
    ['tiny.en-q5_1', 'tiny.en-q8_0', 'base.en-q5_1', 'base.en-q8_0', 'small.en-q5_1', 'small.en-q8_0'],
  );
  assert.equal(findModel(catalogue, 'tiny.en')?.sha256, '921e4cf8686fdd993dcd081a5da5b6c365bfde1162e72b08d75ac75289920b1f');
});
