import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BASE_EN,
  syntheticModelSize,
  syntheticVocabulary,
  TINY_EN,
  toHalfBits,
  writeSyntheticModel,
} from '../../utils/synthetic-model';

test('toHalfBits encodes IEEE half precision with round-to-nearest-even', () => {
  assert.equal(toHalfBits(0), 0x0000);
  assert.equal(toHalfBits(-0), 0x8000);
  assert.equal(toHalfBits(1), 0x3c00);
  assert.equal(toHalfBits(-2), 0xc000);
  assert.equal(toHalfBits(0.1), 0x2e66);
  assert.equal(toHalfBits(65504), 0x7bff);
  assert.equal(toHalfBits(1e6), 0x7c00);
  assert.equal(toHalfBits(-Infinity), 0xfc00);
  assert.equal(toHalfBits(Number.NaN) & 0x7e00, 0x7e00);
  assert.equal(toHalfBits(2 ** -24), 0x0001);
  assert.equal(toHalfBits(2 ** -20), 0x0010);
  assert.equal(toHalfBits(1e-9), 0x0000);
  // 1 + 2^-11 lies halfway between two halves and rounds to the even one.
  assert.equal(toHalfBits(1 + 2 ** -11), 0x3c00);
  assert.equal(toHalfBits(1 + 3 * 2 ** -11), 0x3c02);
});

test('the vocabulary is deterministic, unique, and has the tokens whisper.cpp looks up', () => {
  const vocabulary = syntheticVocabulary(3).map((token) => token.toString('latin1'));
  assert.equal(vocabulary.length, 50256);
  assert.equal(new Set(vocabulary).size, vocabulary.length);
  for (const token of [' ', ' -', " '"]) assert.ok(vocabulary.includes(token), `has ${JSON.stringify(token)}`);
  assert.deepEqual(syntheticVocabulary(3).slice(-5), syntheticVocabulary(3).slice(-5));
  assert.notDeepEqual(syntheticVocabulary(3).slice(-5), syntheticVocabulary(4).slice(-5));
});

test('model sizes match the real tiny.en and base.en files up to the vocabulary text', () => {
  // ggml-tiny.en.bin is 77,704,715 bytes and ggml-base.en.bin about 148 MB; the pseudo-words are a
  // little longer than GPT-2's tokens.
  assert.ok(Math.abs(syntheticModelSize(TINY_EN) - 77_704_715) < 300_000);
  assert.ok(Math.abs(syntheticModelSize(BASE_EN) - 148_000_000) < 1_000_000);
});

test('writeSyntheticModel writes exactly the predicted size', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'voicedrill-synthetic-'));
  try {
    const dims = { nState: 32, nHead: 2, nLayer: 1 };
    await writeSyntheticModel(join(dir, 'm.bin'), dims, 5);
    assert.equal((await stat(join(dir, 'm.bin'))).size, syntheticModelSize(dims, 5));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('impossible dimensions are refused', async () => {
  await assert.rejects(writeSyntheticModel('/nonexistent/m.bin', { nState: 100, nHead: 3, nLayer: 1 }), {
    message:
      'synthetic model dimensions must be positive integers with nState divisible by nHead (got {"nState":100,"nHead":3,"nLayer":1})',
  });
});
