// The one audio format the app works in, and conversions to and from 16-bit integer PCM.

/** Whisper's input rate: every recording is mono Float32 PCM at this rate inside the app. */
export const SAMPLE_RATE = 16000;

/** Converts one float sample to 16-bit PCM, clamping to full scale; `where` names the source in the error. */
export function toInt16(sample: number, where: string): number {
  if (!Number.isFinite(sample)) throw new Error(`${where} contains an invalid sample (${sample})`);
  // Scaling by 32768, like the decoders, makes a round trip exact for every 16-bit value.
  return Math.max(-32768, Math.min(32767, Math.round(sample * 32768)));
}

/** Writes samples as little-endian 16-bit PCM into `view` starting at byte `offset`. */
export function writeInt16(view: DataView, offset: number, samples: Float32Array, where: string): void {
  for (let i = 0; i < samples.length; i++) {
    view.setInt16(offset + i * 2, toInt16(samples[i]!, where), true);
  }
}

/** 16-bit PCM values as float samples, scaled as readInt16 scales them. */
export function int16ToFloat(values: Int16Array): Float32Array {
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]! / 32768;
  return out;
}

/** Reads little-endian 16-bit PCM; a trailing odd byte is ignored. */
export function readInt16(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(Math.floor(bytes.byteLength / 2));
  for (let i = 0; i < out.length; i++) out[i] = view.getInt16(i * 2, true) / 32768;
  return out;
}

/** Throws unless `rate` is a whole number of Hz in the range real audio uses. */
export function assertSampleRate(rate: number): void {
  if (!Number.isInteger(rate) || rate < 1000 || rate > 384000) {
    throw new Error(`unsupported sample rate ${rate} Hz (expected a whole number from 1000 to 384000)`);
  }
}

export function concatSamples(parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
