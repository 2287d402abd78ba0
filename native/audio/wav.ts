// WAV (RIFF/WAVE) reading for imported recordings, and 16-bit writing for exports and tests.

import { assertSampleRate, writeInt16 } from './format';

export interface DecodedWav {
  sampleRate: number;
  /** Channel count of the file; `samples` is already mixed down to mono. */
  channels: number;
  samples: Float32Array;
}

const FORMAT_PCM = 0x0001;
const FORMAT_FLOAT = 0x0003;
const FORMAT_EXTENSIBLE = 0xfffe;
// Every WAVE_FORMAT_EXTENSIBLE sub-format GUID ends with these 14 bytes; the first two hold the format tag.
const GUID_TAIL = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];
// Streaming writers leave the size at 0 or at the maximum when they cannot seek back to fix it.
const UNKNOWN_SIZE = 0xffffffff;

interface Format {
  tag: number;
  channels: number;
  sampleRate: number;
  blockAlign: number;
}

type SampleReader = (view: DataView, offset: number) => number;

export function decodeWav(bytes: Uint8Array): DecodedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || fourCC(bytes, 0) !== 'RIFF' || fourCC(bytes, 8) !== 'WAVE') {
    throw new Error('not a WAV file (no RIFF/WAVE header)');
  }
  let format: Format | undefined;
  let data: Uint8Array | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = fourCC(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    const end = body + size;
    if (id === 'data' && data === undefined) {
      if (size === 0 || size === UNKNOWN_SIZE || end > bytes.length) {
        data = bytes.subarray(body);
        break;
      }
      data = bytes.subarray(body, end);
    } else if (end > bytes.length) {
      if (format !== undefined && data !== undefined) break;
      throw new Error('WAV file is truncated');
    } else if (id === 'fmt ') {
      format = parseFormat(new DataView(bytes.buffer, bytes.byteOffset + body, size));
    }
    // Chunks are word-aligned: an odd-sized chunk is followed by one pad byte.
    offset = end + (size % 2);
  }
  if (format === undefined) throw new Error(data === undefined ? 'WAV file is truncated' : 'WAV file has no fmt chunk');
  if (data === undefined) throw new Error('WAV file has no audio data');
  const frames = Math.floor(data.length / format.blockAlign);
  if (frames === 0) throw new Error('WAV file has no audio data');
  return { sampleRate: format.sampleRate, channels: format.channels, samples: mixDown(data, frames, format) };
}

/** Encodes mono samples as a 16-bit PCM WAV file. */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  assertSampleRate(sampleRate);
  const dataSize = samples.length * 2;
  if (44 + dataSize > 0xffffffff) throw new Error('the audio is too long for a WAV file (over 4 GB)');
  const bytes = new Uint8Array(44 + dataSize);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string): void => {
    for (let i = 0; i < text.length; i++) bytes[offset + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataSize, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, FORMAT_PCM, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, dataSize, true);
  writeInt16(view, 44, samples, 'the audio to encode');
  return bytes;
}

function fourCC(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

function parseFormat(fmt: DataView): Format {
  if (fmt.byteLength < 16) throw new Error('WAV file has an invalid fmt chunk');
  let tag = fmt.getUint16(0, true);
  const channels = fmt.getUint16(2, true);
  const sampleRate = fmt.getUint32(4, true);
  const blockAlign = fmt.getUint16(12, true);
  if (tag === FORMAT_EXTENSIBLE) {
    if (fmt.byteLength < 40) throw new Error('WAV file has an invalid fmt chunk');
    tag = fmt.getUint16(24, true);
    if (GUID_TAIL.some((byte, i) => fmt.getUint8(26 + i) !== byte)) {
      throw new Error('unsupported WAV encoding (unknown extensible sub-format)');
    }
  }
  if (tag !== FORMAT_PCM && tag !== FORMAT_FLOAT) {
    throw new Error(`unsupported WAV encoding (format 0x${tag.toString(16).padStart(4, '0')})`);
  }
  if (channels === 0) throw new Error('WAV file declares 0 channels');
  assertSampleRate(sampleRate);
  const bytesPerSample = blockAlign / channels;
  const validSizes = tag === FORMAT_PCM ? [1, 2, 3, 4] : [4, 8];
  if (!validSizes.includes(bytesPerSample)) {
    const kind = tag === FORMAT_PCM ? 'integer PCM' : 'float';
    throw new Error(`unsupported WAV encoding (${kind} with ${bytesPerSample * 8}-bit samples)`);
  }
  return { tag, channels, sampleRate, blockAlign };
}

// Samples narrower than their container (e.g. 20 bits in 24) are left-aligned, so scaling by the container works.
function sampleReader(tag: number, bytesPerSample: number): SampleReader {
  if (tag === FORMAT_FLOAT) {
    return bytesPerSample === 4 ? (v, o) => v.getFloat32(o, true) : (v, o) => v.getFloat64(o, true);
  }
  switch (bytesPerSample) {
    case 1:
      return (v, o) => (v.getUint8(o) - 128) / 128;
    case 2:
      return (v, o) => v.getInt16(o, true) / 32768;
    case 3:
      return (v, o) => ((v.getInt8(o + 2) << 16) | (v.getUint8(o + 1) << 8) | v.getUint8(o)) / 8388608;
    default:
      return (v, o) => v.getInt32(o, true) / 2147483648;
  }
}

function mixDown(data: Uint8Array, frames: number, format: Format): Float32Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const bytesPerSample = format.blockAlign / format.channels;
  const read = sampleReader(format.tag, bytesPerSample);
  const out = new Float32Array(frames);
  for (let frame = 0; frame < frames; frame++) {
    let sum = 0;
    for (let channel = 0; channel < format.channels; channel++) {
      sum += read(view, frame * format.blockAlign + channel * bytesPerSample);
    }
    const value = sum / format.channels;
    if (!Number.isFinite(value)) throw new Error(`WAV file contains an invalid sample at frame ${frame}`);
    out[frame] = value;
  }
  return out;
}
