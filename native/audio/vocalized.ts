// Voiced regions for analysis (pauses and vocalized fillers), tuned for the short, quiet sounds that
// `voicedRegions` is not built for: a hesitation is often 10–20 dB quieter than words and sits in a room's
// noise. `voicedRegions` answers "did anyone speak?"; this answers "where exactly is there sound?".
//
// Two thresholds (hysteresis): a stretch starts where a frame rises 6 dB above the noise floor and lasts while
// frames stay 2 dB above it, so the fading ends of sounds stay attached instead of flickering. Gaps under 60 ms
// (stop consonants) are bridged; anything shorter than 30 ms is a click.

import type { TimeSpan } from '../../common/report';
import { SILENCE_DB, toDbfs } from './facts';
import { assertSampleRate, SAMPLE_RATE } from './format';

const FRAMES_PER_SEC = 100;
const ENTER_ABOVE_NOISE_DB = 6;
const STAY_ABOVE_NOISE_DB = 2;
const HYSTERESIS_DB = 4;
/** Audio without pauses has no noise floor to measure: then anything within 20 dB of the loud frames counts. */
const BELOW_LOUD_DB = 20;
const BRIDGED_GAP_FRAMES = 6;
const MIN_REGION_FRAMES = 3;

function frameLevels(samples: Float32Array, frame: number): number[] {
  const levels: number[] = [];
  for (let start = 0; start < samples.length; start += frame) {
    const end = Math.min(start + frame, samples.length);
    let energy = 0;
    for (let i = start; i < end; i += 1) energy += (samples[i] ?? 0) ** 2;
    levels.push(toDbfs(Math.sqrt(energy / (end - start))));
  }
  return levels;
}

function percentile(sorted: Float64Array, share: number): number {
  return sorted[Math.floor(share * (sorted.length - 1))] ?? SILENCE_DB;
}

/** Where the audio has sound, in time order: pass it to analysis as `facts.voiced`. */
export function voicedForAnalysis(samples: Float32Array, sampleRate = SAMPLE_RATE): TimeSpan[] {
  assertSampleRate(sampleRate);
  const frame = Math.round(sampleRate / FRAMES_PER_SEC);
  const levels = frameLevels(samples, frame);
  if (levels.length === 0) return [];
  const sorted = Float64Array.from(levels).sort();
  const noiseDb = percentile(sorted, 0.1);
  const loudDb = percentile(sorted, 0.95);
  const enter = Math.max(SILENCE_DB, Math.min(noiseDb + ENTER_ABOVE_NOISE_DB, loudDb - BELOW_LOUD_DB));
  const stay = Math.max(enter - HYSTERESIS_DB, noiseDb + STAY_ABOVE_NOISE_DB);

  const runs: { first: number; end: number }[] = [];
  let inside = false;
  levels.forEach((level, index) => {
    inside = inside ? level > stay : level > enter;
    if (!inside) return;
    const previous = runs[runs.length - 1];
    if (previous !== undefined && index - previous.end < BRIDGED_GAP_FRAMES) previous.end = index + 1;
    else runs.push({ first: index, end: index + 1 });
  });
  return runs
    .filter((run) => run.end - run.first >= MIN_REGION_FRAMES)
    .map((run) => ({ start: (run.first * frame) / sampleRate, end: Math.min(run.end * frame, samples.length) / sampleRate }));
}

// Held hesitations ("the service-uhh", "umm-so"): sustained voiced sound whose pitch stays flat and whose
// spectrum stays put for 200 ms or more. Words change — consonants, gliding vowels, falling pitch — every
// 50–150 ms; a hum does not. Pitch comes from the normalised autocorrelation of each 40 ms frame (audio halved
// to 8 kHz, which keeps 70–400 Hz voices); the spectral envelope from the first autocorrelation lags, a cheap
// stand-in for the formants.

const STEADY_HOP_SEC = 0.01;
const STEADY_WINDOW_SEC = 0.04;
const MIN_PITCH_HZ = 70;
const MAX_PITCH_HZ = 400;
/** Normalised autocorrelation peak above which a frame is voiced (periodic). */
const VOICED_PERIODICITY = 0.6;
/** Pitch may stray this much from the window's median, and the envelope (first autocorrelation lags) this far from its mean. */
const PITCH_SPREAD = 0.08;
const ENVELOPE_SPREAD = 0.25;
const ENVELOPE_LAGS = 8;
export const MIN_STEADY_SEC = 0.2;

interface SteadyFrame {
  voiced: boolean;
  pitchHz: number;
  envelope: number[];
}

/** The audio averaged over every `factor` samples: pitch and envelope need no more, and it is `factor`² cheaper. */
function decimated(samples: Float32Array, factor: number): Float32Array {
  const out = new Float32Array(Math.floor(samples.length / factor));
  for (let i = 0; i < out.length; i += 1) {
    let sum = 0;
    for (let j = 0; j < factor; j += 1) sum += samples[factor * i + j] ?? 0;
    out[i] = sum / factor;
  }
  return out;
}

/** 16 kHz to 8 kHz: voices of 70–400 Hz keep their pitch and their formants. */
const DECIMATION = 2;

/** What a frame's autocorrelation says, before the loudness gate (which needs the whole recording's levels). */
interface FrameFeatures {
  db: number;
  periodicity: number;
  pitchHz: number;
  envelope: number[];
}

const SILENT: SteadyFrame = { voiced: false, pitchHz: 0, envelope: [] };

/**
 * The frame at `from`, or null at the end of the audio or in digital silence. Frames quieter than `skipBelowDb`
 * skip the autocorrelation (the batch path knows its gate; the live path does not yet and passes -Infinity).
 */
function frameFeatures(audio: Float32Array, from: number, size: number, rate: number, skipBelowDb: number): FrameFeatures | null {
  if (from + size + Math.ceil(rate / MIN_PITCH_HZ) > audio.length) return null;
  let energy = 0;
  for (let i = from; i < from + size; i += 1) energy += (audio[i] ?? 0) ** 2;
  if (energy === 0) return null;
  const db = toDbfs(Math.sqrt(energy / size));
  if (db < skipBelowDb) return { db, periodicity: 0, pitchHz: 0, envelope: [] };
  const correlation = (lag: number): number => {
    let sum = 0;
    let shifted = 0;
    for (let i = from; i < from + size; i += 1) {
      sum += (audio[i] ?? 0) * (audio[i + lag] ?? 0);
      shifted += (audio[i + lag] ?? 0) ** 2;
    }
    return shifted === 0 ? 0 : sum / Math.sqrt(energy * shifted);
  };
  // Every other lag first, then the neighbours of the best: half the work, the same peak.
  let best = 0;
  let bestLag = 0;
  for (let lag = Math.floor(rate / MAX_PITCH_HZ); lag <= Math.ceil(rate / MIN_PITCH_HZ); lag += 2) {
    const value = correlation(lag);
    if (value > best) {
      best = value;
      bestLag = lag;
    }
  }
  for (const lag of [bestLag - 1, bestLag + 1]) {
    const value = correlation(lag);
    if (value > best) {
      best = value;
      bestLag = lag;
    }
  }
  if (best < VOICED_PERIODICITY) return { db, periodicity: best, pitchHz: 0, envelope: [] };
  const envelope = Array.from({ length: ENVELOPE_LAGS }, (_, index) => correlation(index + 1));
  return { db, periodicity: best, pitchHz: rate / bestLag, envelope };
}

function gated(features: FrameFeatures | null, quietest: number): SteadyFrame {
  if (features === null || features.db < quietest || features.periodicity < VOICED_PERIODICITY) return SILENT;
  return { voiced: true, pitchHz: features.pitchHz, envelope: features.envelope };
}

function distance(a: readonly number[], b: ArrayLike<number>): number {
  return Math.sqrt(a.reduce((sum, value, index) => sum + (value - (b[index] ?? 0)) ** 2, 0));
}

/** Share of a window's frames that must be voiced and on its pitch and envelope: a dropped frame is not a change. */
const STEADY_SHARE = 0.85;

/**
 * Scratch for isSteady, reused from window to window: it runs for every 10 ms window of a recording right after
 * Stop, beside whisper.cpp on the last stretch, so it allocates nothing per window.
 */
const windowPitches: number[] = [];
const windowMean = new Float64Array(ENVELOPE_LAGS);

/** Whether frames[first, first + count) are one steady sound: voiced, flat pitch (around the median), stable envelope. */
function isSteady(frames: readonly SteadyFrame[], first: number, count: number): boolean {
  const needed = STEADY_SHARE * count;
  const end = first + count;
  windowPitches.length = 0;
  for (let index = first; index < end; index += 1) {
    const frame = frames[index];
    if (frame?.voiced === true) windowPitches.push(frame.pitchHz);
  }
  const voiced = windowPitches.length;
  if (voiced < needed) return false;
  windowPitches.sort((x, y) => x - y);
  const pitch = windowPitches[Math.floor(voiced / 2)] ?? 0;
  for (let lag = 0; lag < ENVELOPE_LAGS; lag += 1) {
    let sum = 0;
    for (let index = first; index < end; index += 1) {
      const frame = frames[index];
      if (frame?.voiced === true) sum += frame.envelope[lag] ?? 0;
    }
    windowMean[lag] = sum / voiced;
  }
  let onPitch = 0;
  let onEnvelope = 0;
  for (let index = first; index < end; index += 1) {
    const frame = frames[index];
    if (frame?.voiced !== true) continue;
    if (Math.abs(frame.pitchHz - pitch) <= PITCH_SPREAD * pitch) onPitch += 1;
    if (distance(frame.envelope, windowMean) <= ENVELOPE_SPREAD) onEnvelope += 1;
  }
  return onPitch >= needed && onEnvelope >= needed;
}

/**
 * Stretches of steady voiced sound of at least 200 ms, in time order: where a held "uhh" or "umm" may be, inside
 * or beside a word as well as between words. Every 200 ms window that is steady is kept, and overlapping
 * windows merge. Pass them to analysis as `facts.steady`.
 */
export function steadyVoiced(samples: Float32Array, sampleRate = SAMPLE_RATE): TimeSpan[] {
  assertSampleRate(sampleRate);
  const quietest = quietestOf(samples, sampleRate);
  if (quietest === null) return [];
  const audio = decimated(samples, DECIMATION);
  const { rate, hop, size } = steadyGeometry(sampleRate);
  const frames: SteadyFrame[] = [];
  for (let from = 0; from + size <= audio.length; from += hop)
    frames.push(gated(frameFeatures(audio, from, size, rate, quietest), quietest));
  return steadySpans(frames);
}

function steadyGeometry(sampleRate: number): { rate: number; hop: number; size: number } {
  const rate = sampleRate / DECIMATION;
  return { rate, hop: Math.round(STEADY_HOP_SEC * rate), size: Math.round(STEADY_WINDOW_SEC * rate) };
}

/** The loudness below which a frame is not a voice: above the noise floor by a margin, and within 30 dB of the loud frames. */
function quietestOf(samples: Float32Array, sampleRate: number): number | null {
  const levels = frameLevels(samples, Math.round(sampleRate / FRAMES_PER_SEC));
  if (levels.length === 0) return null;
  const sorted = Float64Array.from(levels).sort();
  return Math.max(SILENCE_DB, percentile(sorted, 0.1) + ENTER_ABOVE_NOISE_DB, percentile(sorted, 0.95) - 30);
}

/** Every 200 ms window of frames that is steady, merged where they overlap. */
function steadySpans(frames: readonly SteadyFrame[]): TimeSpan[] {
  const windowFrames = Math.round(MIN_STEADY_SEC / STEADY_HOP_SEC);
  const spans: TimeSpan[] = [];
  for (let first = 0; first + windowFrames <= frames.length; first += 1) {
    if (!isSteady(frames, first, windowFrames)) continue;
    const start = first * STEADY_HOP_SEC;
    const end = (first + windowFrames - 1) * STEADY_HOP_SEC + STEADY_WINDOW_SEC;
    const last = spans[spans.length - 1];
    if (last !== undefined && start <= last.end) last.end = end;
    else spans.push({ start, end });
  }
  return spans.map((span) => ({ start: Math.round(span.start * 1000) / 1000, end: Math.round(span.end * 1000) / 1000 }));
}

/**
 * `steadyVoiced` for a recording in progress: each frame's autocorrelation is computed as its audio arrives,
 * so Stop is left with the loudness gate and the window scan — a few milliseconds instead of the whole
 * analysis (about a third of a second for a 90 s answer). `finish` gives exactly what `steadyVoiced` gives.
 */
export class SteadyVoicedTracker {
  private audio = new Float32Array(16000);
  private length = 0;
  /** An odd sample left over from the last chunk, waiting for its pair. */
  private carry: number | null = null;
  private readonly features: (FrameFeatures | null)[] = [];
  private readonly geometry = steadyGeometry(SAMPLE_RATE);

  push(samples: Float32Array): void {
    let index = 0;
    if (this.carry !== null && samples.length > 0) {
      this.append((this.carry + (samples[0] ?? 0)) / DECIMATION);
      this.carry = null;
      index = 1;
    }
    for (; index + 1 < samples.length; index += DECIMATION)
      this.append(((samples[index] ?? 0) + (samples[index + 1] ?? 0)) / DECIMATION);
    if (index < samples.length) this.carry = samples[index] ?? 0;
    const { rate, hop, size } = this.geometry;
    const reach = size + Math.ceil(rate / MIN_PITCH_HZ);
    // Only frames whose whole autocorrelation reach has arrived: later audio cannot change them.
    for (let from = this.features.length * hop; from + reach <= this.length; from += hop) {
      this.features.push(frameFeatures(this.audio.subarray(0, this.length), from, size, rate, -Infinity));
    }
  }

  /** The steady spans of the whole recording, whose samples are `samples` (all that was pushed). */
  finish(samples: Float32Array): TimeSpan[] {
    const quietest = quietestOf(samples, SAMPLE_RATE);
    if (quietest === null) return [];
    const audio = this.audio.subarray(0, this.length);
    const { rate, hop, size } = this.geometry;
    const frames: SteadyFrame[] = [];
    for (let index = 0, from = 0; from + size <= audio.length; index += 1, from += hop) {
      const features =
        index < this.features.length ? (this.features[index] ?? null) : frameFeatures(audio, from, size, rate, quietest);
      frames.push(gated(features, quietest));
    }
    return steadySpans(frames);
  }

  private append(value: number): void {
    if (this.length === this.audio.length) {
      const grown = new Float32Array(this.audio.length * 2);
      grown.set(this.audio);
      this.audio = grown;
    }
    this.audio[this.length] = value;
    this.length += 1;
  }
}
