// Validates a whisper.cpp model file (legacy ggml layout) by walking its headers.
// whisper.cpp aborts the whole process when it fails to load a file (smart-whisper then prints timings
// of a null context), so every structural fact its loader relies on is checked here first.

import { open, type FileHandle } from 'node:fs/promises';
import { EndOfFileError, FileReader } from './file-reader';
import { ggmlType, weightTypeForFtype, QUANT_VERSION_FACTOR } from './ggml-types';
import { expectedTensors, tensorDataBytes, tensorHeaderBytes, type TensorSpec, type WhisperDims } from './whisper-layout';

export type ModelKind = 'tiny' | 'base' | 'small' | 'medium' | 'large' | 'unknown';

export interface ModelInfo {
  path: string;
  sizeBytes: number;
  nVocab: number;
  nAudioState: number;
  nAudioHead: number;
  nAudioLayer: number;
  nTextState: number;
  nTextLayer: number;
  nMels: number;
  /** Weight storage type code (0 = f32, 1 = f16, 2+ = quantized), without the quantization version. */
  ftype: number;
  tensorCount: number;
  kind: ModelKind;
  /** English-only vocabulary (the `.en` models). */
  english: boolean;
}

export const GGML_MAGIC = 0x67676d6c;
/** Bins of whisper's 400-point FFT (1 + 400 / 2): the mel filter width every model file carries. */
export const MEL_FFT_BINS = 201;
/** Vocabulary size of the English-only models; multilingual ones have 51865 (51866 for large-v3). */
export const ENGLISH_VOCAB = 51864;

const MAX_TOKEN_BYTES = 1024;
const MAX_NAME_BYTES = 256;
const MAX_TENSOR_DIMS = 4;

const KIND_BY_LAYERS = new Map<number, ModelKind>([
  [4, 'tiny'],
  [6, 'base'],
  [12, 'small'],
  [24, 'medium'],
  [32, 'large'],
]);

interface Hparams {
  nVocab: number;
  nAudioCtx: number;
  nAudioState: number;
  nAudioHead: number;
  nAudioLayer: number;
  nTextCtx: number;
  nTextState: number;
  nTextHead: number;
  nTextLayer: number;
  nMels: number;
  ftype: number;
}

function implausible(detail: string): Error {
  return new Error(`model file has implausible dimensions (${detail})`);
}

function checkRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw implausible(`${name} = ${value}`);
}

function checkHparams(h: Hparams): void {
  // Whisper's token ids (end-of-text 50256, timestamps from 50363 to +1500) must fit the vocabulary.
  checkRange('n_vocab', h.nVocab, ENGLISH_VOCAB, 52000);
  // Fixed by the architecture: 30 s windows of 20 ms positions, 448 text positions.
  checkRange('n_audio_ctx', h.nAudioCtx, 1500, 1500);
  checkRange('n_text_ctx', h.nTextCtx, 448, 448);
  if (h.nMels !== 80 && h.nMels !== 128) throw implausible(`n_mels = ${h.nMels}`);
  checkRange('n_audio_state', h.nAudioState, 1, 8192);
  checkRange('n_audio_head', h.nAudioHead, 1, 128);
  checkRange('n_audio_layer', h.nAudioLayer, 1, 64);
  checkRange('n_text_head', h.nTextHead, 1, 128);
  checkRange('n_text_layer', h.nTextLayer, 1, 64);
  if (h.nTextState !== h.nAudioState) {
    throw implausible(`n_text_state ${h.nTextState} differs from n_audio_state ${h.nAudioState}`);
  }
  if (h.nAudioState % h.nAudioHead !== 0 || h.nTextState % h.nTextHead !== 0) {
    throw implausible(`width ${h.nAudioState} is not divisible by the head count`);
  }
}

function dataBytes(spec: TensorSpec): number {
  const bytes = tensorDataBytes(spec);
  if (bytes === null) throw implausible(`tensor '${spec.name}' does not fill whole storage blocks`);
  return bytes;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < MAX_TENSOR_DIMS; i++) {
    if ((a[i] ?? 1) !== (b[i] ?? 1)) return false;
  }
  return true;
}

async function readHparams(reader: FileReader): Promise<Hparams> {
  const b = await reader.bytes(11 * 4);
  const at = (i: number): number => b.readInt32LE(4 * i);
  return {
    nVocab: at(0),
    nAudioCtx: at(1),
    nAudioState: at(2),
    nAudioHead: at(3),
    nAudioLayer: at(4),
    nTextCtx: at(5),
    nTextState: at(6),
    nTextHead: at(7),
    nTextLayer: at(8),
    nMels: at(9),
    ftype: at(10),
  };
}

async function skipMelFilters(reader: FileReader, nMels: number): Promise<void> {
  const nMel = await reader.int32();
  const nFft = await reader.int32();
  if (nMel !== nMels || nFft !== MEL_FFT_BINS) {
    throw implausible(`mel filters ${nMel}×${nFft}, expected ${nMels}×${MEL_FFT_BINS}`);
  }
  reader.skip(nMel * nFft * 4);
}

/** Walks the vocabulary; returns whether it holds the lone-space token whisper.cpp looks up by text. */
async function walkVocabulary(reader: FileReader, nVocab: number): Promise<boolean> {
  const count = await reader.int32();
  if (count < 1 || count > nVocab) throw new Error(`model file has a corrupt vocabulary (${count} tokens for n_vocab ${nVocab})`);
  let hasSpace = false;
  for (let i = 0; i < count; i++) {
    const length = await reader.uint32();
    if (length > MAX_TOKEN_BYTES) throw new Error(`model file has a corrupt vocabulary (token ${i} is ${length} bytes long)`);
    if (length === 1) {
      const isSpace = (await reader.bytes(1))[0] === 0x20;
      hasSpace = hasSpace || isSpace;
    } else {
      reader.skip(length);
    }
  }
  return hasSpace;
}

async function walkTensors(reader: FileReader, specs: readonly TensorSpec[]): Promise<number> {
  const pending = new Map(specs.map((spec) => [spec.name, spec]));
  let count = 0;
  while (reader.remaining > 0) {
    const nDims = await reader.int32();
    const nameLength = await reader.int32();
    const typeCode = await reader.int32();
    if (nDims < 1 || nDims > MAX_TENSOR_DIMS || nameLength < 1 || nameLength > MAX_NAME_BYTES) {
      throw new Error(`model file has a corrupt tensor header at byte ${reader.position - 12}`);
    }
    const shape: number[] = [];
    for (let i = 0; i < nDims; i++) shape.push(await reader.int32());
    const name = (await reader.bytes(nameLength)).toString('utf8');
    const type = ggmlType(typeCode);
    if (!type) throw new Error(`model uses an unsupported tensor type ${typeCode} (tensor '${name}')`);
    const spec = pending.get(name);
    if (!spec) {
      const known = specs.some((s) => s.name === name);
      throw new Error(known ? `model file repeats tensor '${name}'` : `model file has an unexpected tensor '${name}'`);
    }
    if (!sameShape(shape, spec.shape)) {
      throw new Error(`model file tensor '${name}' has shape [${shape.join(', ')}], expected [${spec.shape.join(', ')}]`);
    }
    if (typeCode !== spec.type) {
      throw new Error(`model file tensor '${name}' is ${type.name}, expected ${ggmlType(spec.type)?.name ?? spec.type}`);
    }
    reader.skip(dataBytes(spec));
    pending.delete(name);
    count++;
  }
  const missing = pending.keys().next();
  if (!missing.done) throw new Error(`model file is missing tensor '${missing.value}' (${count} of ${specs.length} present)`);
  return count;
}

async function openModel(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`model file not found: ${path}`, { cause: error });
    if (code === 'EACCES' || code === 'EPERM') throw new Error(`model file is not readable: ${path}`, { cause: error });
    throw new Error(`cannot open model file ${path}: ${(error as Error).message}`, { cause: error });
  }
}

async function inspect(reader: FileReader, path: string): Promise<ModelInfo> {
  if (reader.size < 4) throw new Error(`not a whisper.cpp model (file is only ${reader.size} bytes)`);
  const magic = await reader.uint32();
  if (magic !== GGML_MAGIC) throw new Error(`not a whisper.cpp model (bad magic 0x${magic.toString(16).padStart(8, '0')})`);

  const h = await readHparams(reader);
  checkHparams(h);
  const weightType = weightTypeForFtype(h.ftype);
  if (weightType === undefined) throw new Error(`model uses an unsupported weight format (ftype ${h.ftype})`);

  await skipMelFilters(reader, h.nMels);
  if (!(await walkVocabulary(reader, h.nVocab))) {
    throw new Error('model file has a corrupt vocabulary (no " " token, which whisper.cpp requires)');
  }

  const dims: WhisperDims = { ...h, weightType };
  const specs = expectedTensors(dims);
  const expectedSize = specs.reduce((total, spec) => total + tensorHeaderBytes(spec) + dataBytes(spec), reader.position);
  if (reader.size < expectedSize) {
    throw new Error(`model file is truncated (expected ${expectedSize} bytes, found ${reader.size})`);
  }
  const tensorCount = await walkTensors(reader, specs);

  return {
    path,
    sizeBytes: reader.size,
    nVocab: h.nVocab,
    nAudioState: h.nAudioState,
    nAudioHead: h.nAudioHead,
    nAudioLayer: h.nAudioLayer,
    nTextState: h.nTextState,
    nTextLayer: h.nTextLayer,
    nMels: h.nMels,
    ftype: h.ftype % QUANT_VERSION_FACTOR,
    tensorCount,
    kind: KIND_BY_LAYERS.get(h.nAudioLayer) ?? 'unknown',
    english: h.nVocab === ENGLISH_VOCAB,
  };
}

/** Reads and checks a model file's structure without loading its weights. */
export async function inspectModel(path: string): Promise<ModelInfo> {
  const file = await openModel(path);
  try {
    const stats = await file.stat();
    if (!stats.isFile()) throw new Error(`model path is not a file: ${path}`);
    try {
      return await inspect(new FileReader(file, stats.size), path);
    } catch (error) {
      // Headers that run past the end mean a cut-off file whose full size is not known yet.
      if (error instanceof EndOfFileError) {
        throw new Error(`model file is truncated (expected at least ${error.needed} bytes, found ${stats.size})`, {
          cause: error,
        });
      }
      throw error;
    }
  } finally {
    await file.close();
  }
}
