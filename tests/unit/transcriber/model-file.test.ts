import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectModel } from '../../../native/transcriber/model-file';
import { expectedTensors, tensorDataBytes, tensorHeaderBytes } from '../../../native/transcriber/whisper-layout';
import { syntheticModelSize, writeSyntheticModel } from '../../utils/synthetic-model';

// Small width and one layer keep the file at ~7 MB; vocabulary and mel sizes stay real.
const DIMS = { nState: 64, nHead: 2, nLayer: 1 };

let dir = '';
let model = '';
let bytes = Buffer.alloc(0);

/** Offset of the first tensor header: everything after it is tensors. */
function firstTensorOffset(): number {
  const specs = expectedTensors({
    nVocab: 51864,
    nAudioCtx: 1500,
    nAudioState: DIMS.nState,
    nAudioLayer: DIMS.nLayer,
    nTextCtx: 448,
    nTextState: DIMS.nState,
    nTextLayer: DIMS.nLayer,
    nMels: 80,
    weightType: 1,
  });
  return bytes.length - specs.reduce((sum, spec) => sum + tensorHeaderBytes(spec) + (tensorDataBytes(spec) ?? 0), 0);
}

async function variant(name: string, content: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'voicedrill-model-file-'));
  model = join(dir, 'small.bin');
  await writeSyntheticModel(model, DIMS, 7);
  bytes = await readFile(model);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('inspectModel reads the header of a well-formed model', async () => {
  const info = await inspectModel(model);
  assert.deepEqual(info, {
    path: model,
    sizeBytes: syntheticModelSize(DIMS, 7),
    nVocab: 51864,
    nAudioState: 64,
    nAudioHead: 2,
    nAudioLayer: 1,
    nTextState: 64,
    nTextLayer: 1,
    nMels: 80,
    ftype: 1,
    // 11 model-level tensors, 15 per encoder layer, 24 per decoder layer.
    tensorCount: 11 + 15 + 24,
    kind: 'unknown',
    english: true,
  });
  assert.equal((await stat(model)).size, info.sizeBytes);
});

test('a model cut short in its tensor data is reported with the exact expected size', async () => {
  const path = await variant('cut.bin', bytes.subarray(0, bytes.length - 1000));
  await assert.rejects(inspectModel(path), {
    message: `model file is truncated (expected ${bytes.length} bytes, found ${bytes.length - 1000})`,
  });
});

test('a model cut short inside its header is reported as truncated', async () => {
  const path = await variant('cut-header.bin', bytes.subarray(0, 30_000));
  await assert.rejects(inspectModel(path), /^Error: model file is truncated \(expected at least \d+ bytes, found 30000\)$/);
});

test('a file with the wrong magic is not a model', async () => {
  const content = Buffer.from(bytes);
  content.writeUInt32LE(0x46554747, 0);
  await assert.rejects(inspectModel(await variant('gguf.bin', content)), {
    message: 'not a whisper.cpp model (bad magic 0x46554747)',
  });
});

test('a random file is not a model', async () => {
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  noise.write('RIFF', 0);
  await assert.rejects(inspectModel(await variant('noise.wav', noise)), {
    message: 'not a whisper.cpp model (bad magic 0x46464952)',
  });
});

test('a tiny file is not a model', async () => {
  await assert.rejects(inspectModel(await variant('tiny.bin', Buffer.from('gg'))), {
    message: 'not a whisper.cpp model (file is only 2 bytes)',
  });
});

test('a missing file is reported with its path', async () => {
  const path = join(dir, 'nope.bin');
  await assert.rejects(inspectModel(path), { message: `model file not found: ${path}` });
});

test('a directory is not a model file', async () => {
  await assert.rejects(inspectModel(dir), { message: `model path is not a file: ${dir}` });
});

test('impossible hyper-parameters are rejected before the tensors are read', async () => {
  const content = Buffer.from(bytes);
  content.writeInt32LE(0, 4 * 3); // n_audio_state
  await assert.rejects(inspectModel(await variant('zero-width.bin', content)), {
    message: 'model file has implausible dimensions (n_audio_state = 0)',
  });
});

test('a tensor stored in an unsupported type is rejected', async () => {
  const content = Buffer.from(bytes);
  content.writeInt32LE(10, firstTensorOffset() + 8); // q2_k
  await assert.rejects(inspectModel(await variant('q2k.bin', content)), {
    message: "model uses an unsupported tensor type 10 (tensor 'encoder.positional_embedding')",
  });
});

test('a tensor whose shape differs from what whisper.cpp expects is rejected', async () => {
  const content = Buffer.from(bytes);
  const offset = firstTensorOffset();
  // Swap the two extents of the positional embedding: same size, wrong shape.
  content.writeInt32LE(1500, offset + 12);
  content.writeInt32LE(64, offset + 16);
  await assert.rejects(inspectModel(await variant('transposed.bin', content)), {
    message: "model file tensor 'encoder.positional_embedding' has shape [1500, 64], expected [64, 1500]",
  });
});

test('a renamed tensor is rejected', async () => {
  const content = Buffer.from(bytes);
  const offset = firstTensorOffset();
  // The name follows n_dims, name length, type and two extents.
  content.write('X', offset + 20);
  await assert.rejects(inspectModel(await variant('renamed.bin', content)), {
    message: "model file has an unexpected tensor 'Xncoder.positional_embedding'",
  });
});
