import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ChecksumVerifier, parseChecksum } from '../../../native/models/checksums';

const data = Buffer.from('a model file, more or less');
const sha1 = createHash('sha1').update(data).digest('hex');
const sha256 = createHash('sha256').update(data).digest('hex');

test('hashes fed in pieces, and a prefix read from disk, verify like the whole', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'voicedrill-sum-'));
  try {
    const file = path.join(dir, 'part');
    writeFileSync(file, data.subarray(0, 10));
    const verifier = new ChecksumVerifier({ sha1: sha1.toUpperCase(), sha256 });
    await verifier.updateFromFile(file, 10);
    verifier.update(data.subarray(10));
    assert.doesNotThrow(() => verifier.verify('ggml-x.bin'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a mismatch names the file, the algorithm and both values', () => {
  const verifier = new ChecksumVerifier({ sha1, sha256: '0'.repeat(64) });
  verifier.update(data);
  assert.throws(
    () => verifier.verify('ggml-x.bin'),
    new RegExp(`^Error: checksum mismatch for ggml-x\\.bin: expected SHA-256 ${'0'.repeat(64)}, got ${sha256}$`),
  );
});

test('no checksums means nothing to check', () => {
  const verifier = new ChecksumVerifier({ sha1: null });
  assert.equal(verifier.checks, false);
  assert.doesNotThrow(() => verifier.verify('x'));
});

test('user-given checksums are normalised or refused', () => {
  assert.equal(parseChecksum('sha1', ` ${sha1.toUpperCase()} `), sha1);
  assert.throws(() => parseChecksum('sha256', sha1), /^Error: SHA-256 must be 64 hex digits, got '/);
  assert.throws(() => new ChecksumVerifier({ sha1: 'xyz' }), /SHA-1 must be 40 hex digits, got 'xyz'/);
});
