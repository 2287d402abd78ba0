// Writes random-weight whisper.cpp models in the legacy ggml layout with the real structure and sizes.
// They load and run through the same native code at the same cost as a real model of that size, so
// they serve plumbing tests and speed benchmarks; their transcripts are meaningless.

import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GGML_F16, GGML_F32 } from '../../native/transcriber/ggml-types';
import { ENGLISH_VOCAB, GGML_MAGIC, MEL_FFT_BINS } from '../../native/transcriber/model-file';
import {
  elementCount,
  expectedTensors,
  tensorDataBytes,
  tensorHeaderBytes,
  type TensorSpec,
  type WhisperDims,
} from '../../native/transcriber/whisper-layout';

export interface SyntheticDims {
  nState: number;
  nHead: number;
  nLayer: number;
}

export const TINY_EN: SyntheticDims = { nState: 384, nHead: 6, nLayer: 4 };
export const BASE_EN: SyntheticDims = { nState: 512, nHead: 8, nLayer: 6 };

const N_MELS = 80;
const N_AUDIO_CTX = 1500;
const N_TEXT_CTX = 448;
const FTYPE_F16 = 1;
/** Real .en files store the GPT-2 tokens without <|endoftext|>; whisper.cpp names the special tokens itself. */
const FILE_VOCAB = 50256;
const WEIGHT_SIGMA = 0.02;
const CHUNK_ELEMENTS = 1 << 22;

/** xorshift32: fast, deterministic, and plenty for random weights. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/** 65536 standard-normal draws (Box–Muller); weights then cost one table lookup per 16 random bits. */
function normalTable(next: () => number): Float64Array {
  const table = new Float64Array(1 << 16);
  for (let i = 0; i < table.length; i += 2) {
    const u = (next() + 1) / 0x100000001;
    const v = next() / 0x100000000;
    const r = Math.sqrt(-2 * Math.log(u));
    table[i] = r * Math.cos(2 * Math.PI * v);
    table[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  return table;
}

const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);

/** IEEE half-precision bits of a number, rounded to nearest even. */
export function toHalfBits(value: number): number {
  f32[0] = value;
  const x = f32Bits[0] ?? 0;
  const sign = (x >>> 16) & 0x8000;
  const exponent = ((x >>> 23) & 0xff) - 127 + 15;
  const mantissa = x & 0x7fffff;
  if (((x >>> 23) & 0xff) === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  if (exponent >= 0x1f) return sign | 0x7c00;
  if (exponent <= 0) {
    if (exponent < -10) return sign;
    const shift = 14 - exponent;
    const full = mantissa | 0x800000;
    const rest = full & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    let h = full >>> shift;
    if (rest > halfway || (rest === halfway && h & 1)) h++;
    return sign | h;
  }
  const rest = mantissa & 0x1fff;
  // A carry out of the mantissa correctly bumps the exponent.
  let h = (exponent << 10) | (mantissa >>> 13);
  if (rest > 0x1000 || (rest === 0x1000 && h & 1)) h++;
  return sign | h;
}

const ONSETS = [
  '',
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'y',
  'z',
  'br',
  'ch',
  'cl',
  'dr',
  'fl',
  'gr',
  'pl',
  'pr',
  'sh',
  'st',
  'th',
  'tr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ee', 'oo', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'ng', 'nd', 'st', 'ck', 'x', 'tion'];
// Tokens whisper.cpp looks up by text (blank and non-speech suppression), plus common pieces.
const FIXED_TOKENS = [' -', " '", "'s", "'m", "'t", ' the', ' and', ' I', ' we', ' a', ' to', ' of'];

/** The file vocabulary: the 256 single bytes, then fixed tokens, then pronounceable pseudo-words. */
export function syntheticVocabulary(seed: number): Buffer[] {
  const tokens = [
    ...Array.from({ length: 256 }, (_, byte) => Buffer.from([byte])),
    ...FIXED_TOKENS.map((text) => Buffer.from(text)),
  ];
  // Keyed by latin1 so single bytes stay distinct; pseudo-words are ASCII, the same in either spelling.
  const seen = new Set(tokens.map((token) => token.toString('latin1')));
  const next = rng(seed ^ 0x5bd1e995);
  const pick = (list: readonly string[]): string => list[next() % list.length] ?? '';
  while (tokens.length < FILE_VOCAB) {
    let word = next() % 10 < 6 ? ' ' : '';
    const syllables = 1 + (next() % 3);
    for (let s = 0; s < syllables; s++) word += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    if (!seen.has(word)) {
      seen.add(word);
      tokens.push(Buffer.from(word, 'utf8'));
    }
  }
  return tokens;
}

/** Triangular filters on the mel scale over 0–8 kHz, area-normalised like Whisper's (Slaney) filters. */
function melFilters(): Float32Array {
  const bins = MEL_FFT_BINS;
  const hzPerBin = 8000 / (bins - 1);
  const toMel = (hz: number): number => 2595 * Math.log10(1 + hz / 700);
  const toHz = (mel: number): number => 700 * (10 ** (mel / 2595) - 1);
  const top = toMel(8000);
  const edges = Array.from({ length: N_MELS + 2 }, (_, i) => toHz((top * i) / (N_MELS + 1)));
  const filters = new Float32Array(N_MELS * bins);
  for (let m = 0; m < N_MELS; m++) {
    const [lo, mid, hi] = [edges[m] ?? 0, edges[m + 1] ?? 0, edges[m + 2] ?? 0];
    const scale = 2 / (hi - lo);
    for (let k = 0; k < bins; k++) {
      const hz = k * hzPerBin;
      const weight = Math.max(0, Math.min((hz - lo) / (mid - lo), (hi - hz) / (hi - mid)));
      filters[m * bins + k] = weight * scale;
    }
  }
  return filters;
}

function modelDims(dims: SyntheticDims): WhisperDims & { nHead: number } {
  return {
    nVocab: ENGLISH_VOCAB,
    nAudioCtx: N_AUDIO_CTX,
    nAudioState: dims.nState,
    nAudioLayer: dims.nLayer,
    nTextCtx: N_TEXT_CTX,
    nTextState: dims.nState,
    nTextLayer: dims.nLayer,
    nMels: N_MELS,
    weightType: GGML_F16,
    nHead: dims.nHead,
  };
}

function checkDims(dims: SyntheticDims): void {
  const ok = [dims.nState, dims.nHead, dims.nLayer].every((v) => Number.isInteger(v) && v > 0);
  if (!ok || dims.nState % dims.nHead !== 0) {
    throw new Error(
      `synthetic model dimensions must be positive integers with nState divisible by nHead (got ${JSON.stringify(dims)})`,
    );
  }
}

function preamble(dims: SyntheticDims, vocabulary: readonly Buffer[]): Buffer {
  const d = modelDims(dims);
  const hparams = [
    d.nVocab,
    d.nAudioCtx,
    d.nAudioState,
    d.nHead,
    d.nAudioLayer,
    d.nTextCtx,
    d.nTextState,
    d.nHead,
    d.nTextLayer,
    d.nMels,
    FTYPE_F16,
  ];
  const head = Buffer.alloc(4 * (1 + hparams.length + 2));
  head.writeUInt32LE(GGML_MAGIC, 0);
  hparams.forEach((value, i) => head.writeInt32LE(value, 4 * (i + 1)));
  head.writeInt32LE(N_MELS, 4 * (hparams.length + 1));
  head.writeInt32LE(MEL_FFT_BINS, 4 * (hparams.length + 2));
  const filters = melFilters();
  const vocabParts: Buffer[] = [int32(vocabulary.length)];
  for (const token of vocabulary) vocabParts.push(int32(token.length), token);
  return Buffer.concat([head, Buffer.from(filters.buffer, filters.byteOffset, filters.byteLength), ...vocabParts]);
}

function int32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32LE(value, 0);
  return b;
}

function tensorHeader(spec: TensorSpec): Buffer {
  const name = Buffer.from(spec.name, 'utf8');
  const header = Buffer.alloc(12 + 4 * spec.shape.length);
  header.writeInt32LE(spec.shape.length, 0);
  header.writeInt32LE(name.length, 4);
  header.writeInt32LE(spec.type, 8);
  spec.shape.forEach((extent, i) => header.writeInt32LE(extent, 12 + 4 * i));
  return Buffer.concat([header, name]);
}

/** Layer-norm gains sit near 1 (as in trained models) so activations keep a sane scale; all else near 0. */
function meanFor(spec: TensorSpec): number {
  return /_ln\.weight$|ln_post\.weight$|decoder\.ln\.weight$/.test(spec.name) ? 1 : 0;
}

/** Exact size of the file writeSyntheticModel produces for these dimensions. */
export function syntheticModelSize(dims: SyntheticDims, seed = 1): number {
  checkDims(dims);
  const specs = expectedTensors(modelDims(dims));
  return specs.reduce(
    (total, spec) => total + tensorHeaderBytes(spec) + (tensorDataBytes(spec) ?? 0),
    preamble(dims, syntheticVocabulary(seed)).length,
  );
}

type WeightTable = Uint16Array | Float32Array;

/** Per storage type and mean, the 65536 values a weight may take, precomputed once per file. */
function weightTables(normal: Float64Array): (spec: TensorSpec) => WeightTable {
  const cache = new Map<string, WeightTable>();
  return (spec) => {
    const mean = meanFor(spec);
    const key = `${spec.type}:${mean}`;
    let table = cache.get(key);
    if (!table) {
      const values = Array.from(normal, (z) => mean + WEIGHT_SIGMA * z);
      table = spec.type === GGML_F16 ? Uint16Array.from(values, toHalfBits) : Float32Array.from(values);
      cache.set(key, table);
    }
    return table;
  };
}

export async function writeSyntheticModel(path: string, dims: SyntheticDims = TINY_EN, seed = 1): Promise<void> {
  checkDims(dims);
  const next = rng(seed);
  const tableFor = weightTables(normalTable(next));
  const chunks = { [GGML_F16]: new Uint16Array(CHUNK_ELEMENTS), [GGML_F32]: new Float32Array(CHUNK_ELEMENTS) };
  const file = await open(path, 'w');
  try {
    await file.write(preamble(dims, syntheticVocabulary(seed)));
    for (const spec of expectedTensors(modelDims(dims))) {
      await file.write(tensorHeader(spec));
      const table = tableFor(spec);
      const out = spec.type === GGML_F16 ? chunks[GGML_F16] : chunks[GGML_F32];
      for (let left = elementCount(spec.shape); left > 0; left -= CHUNK_ELEMENTS) {
        const n = Math.min(left, CHUNK_ELEMENTS);
        for (let i = 0; i < n; i += 2) {
          const r = next();
          out[i] = table[r & 0xffff] ?? 0;
          out[i + 1] = table[r >>> 16] ?? 0;
        }
        await file.write(new Uint8Array(out.buffer, 0, n * out.BYTES_PER_ELEMENT));
      }
    }
  } finally {
    await file.close();
  }
}

function cacheName(dims: SyntheticDims): string {
  if (dims.nState === TINY_EN.nState && dims.nHead === TINY_EN.nHead && dims.nLayer === TINY_EN.nLayer) return 'tiny.en';
  if (dims.nState === BASE_EN.nState && dims.nHead === BASE_EN.nHead && dims.nLayer === BASE_EN.nLayer) return 'base.en';
  return `${dims.nState}x${dims.nHead}x${dims.nLayer}`;
}

const CACHE_DIR = fileURLToPath(new URL('../../.cache/models/', import.meta.url));

/**
 * Path of a cached synthetic model of these dimensions under <repo>/.cache/models (git-ignored),
 * written on first use. Written to a temporary name and renamed, so parallel test files never
 * see a half-written model.
 */
export async function ensureSyntheticModel(dims: SyntheticDims = TINY_EN): Promise<string> {
  const path = `${CACHE_DIR}synthetic-${cacheName(dims)}.bin`;
  const size = await stat(path).then(
    (s) => s.size,
    () => -1,
  );
  if (size === syntheticModelSize(dims)) return path;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeSyntheticModel(temporary, dims);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return path;
}
