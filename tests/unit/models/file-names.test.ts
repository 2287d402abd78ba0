import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathInside, requireFileName } from '../../../native/models/file-names';

test('plain file names pass; anything that could leave the folder is refused', () => {
  assert.equal(requireFileName('ggml-base.en.bin', 'model'), 'ggml-base.en.bin');
  for (const bad of ['', '.', '..', '../x.bin', 'a/b.bin', 'a\\b.bin', '.hidden', 'x.bin.part', 'nul\0.bin']) {
    assert.throws(
      () => requireFileName(bad, 'model name'),
      /^Error: model name must be a plain file name inside the models folder, got '/,
      JSON.stringify(bad),
    );
  }
});

test('pathInside resolves inside the folder', () => {
  assert.equal(pathInside('/data/models', 'ggml-tiny.en.bin', 'model'), path.resolve('/data/models/ggml-tiny.en.bin'));
  assert.throws(() => pathInside('/data/models', '../voicedrill.sqlite', 'model'), /plain file name/);
});
