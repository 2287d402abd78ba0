// Deterministic synthetic audio and small helpers shared by the audio tests.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { concatSamples } from '../../native/audio/format';

/** Uniform noise in [-0.5, 0.5) from a fixed-seed linear congruential generator. */
export function noiseSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000 - 0.5;
  };
}

export function tone(frequency: number, seconds: number, amplitude: number, rate = 16000): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * frequency * i) / rate);
  return out;
}

/**
 * A voice-like sound at 16 kHz: a gliding pitch around `f0` with harmonics from `lowestHarmonic` up to 4 kHz,
 * a 4 Hz syllable rhythm, and breath-like noise.
 */
export function speechLike(seconds: number, opts: { f0?: number; lowestHarmonic?: number; noise?: number } = {}): Float32Array {
  const { f0 = 140, lowestHarmonic = 1, noise = 0.01 } = opts;
  const random = noiseSource(7);
  const out = new Float32Array(Math.round(seconds * 16000));
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / 16000;
    phase += (2 * Math.PI * f0 * (1 + 0.1 * Math.sin(2 * Math.PI * 0.5 * t))) / 16000;
    let voice = 0;
    for (let h = lowestHarmonic; h * f0 < 4000; h++) voice += Math.sin(h * phase) / h;
    const syllables = 0.55 + 0.45 * Math.sin(2 * Math.PI * 4 * t);
    out[i] = 0.2 * syllables * voice + noise * random();
  }
  return out;
}

/** Normalised correlation of `a[i]` with `b[i + lag]` over the middle of the signals. */
export function correlation(a: Float32Array, b: Float32Array, lag = 0, margin = 200): number {
  let cross = 0;
  let energyA = 0;
  let energyB = 0;
  for (let i = margin; i < a.length - margin; i++) {
    const x = a[i]!;
    const y = b[i + lag] ?? 0;
    cross += x * y;
    energyA += x * x;
    energyB += y * y;
  }
  return cross / Math.sqrt(energyA * energyB);
}

export function rmsOf(samples: Float32Array, from = 0, to = samples.length): number {
  let energy = 0;
  for (let i = from; i < to; i++) energy += samples[i]! * samples[i]!;
  return Math.sqrt(energy / (to - from));
}

/** A fresh folder under the OS temp dir, deleted when the test ends. */
export function tempDir(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'voicedrill-audio-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const concatSignals = (...parts: Float32Array[]): Float32Array => concatSamples(parts);
