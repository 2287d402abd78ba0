// Level and voicing measurements: enough to refuse a silent take and to know how long the speaker spoke.

import { assertSampleRate, SAMPLE_RATE } from './format';

export interface AudioMeasurements {
  durationSec: number;
  /** Largest absolute sample value, 0–1 (full scale). */
  peak: number;
  /** RMS level of the whole recording in dBFS (DIGITAL_SILENCE_DB when every sample is zero). */
  rmsDb: number;
  /** Total length of the voiced regions. */
  voicedSec: number;
}

/** A stretch of sound, in seconds from the start of the audio. */
export interface Region {
  start: number;
  end: number;
}

/** Levels are floored here so they stay finite numbers in JSON and SQLite. */
export const DIGITAL_SILENCE_DB = -120;
/** Below this peak a take holds no usable speech, and no frame quieter than this counts as voiced. */
export const SILENCE_DB = -50;
const FRAMES_PER_SEC = 100;
// Pauses shorter than this many frames (stop consonants, short breaths) stay inside one region.
const BRIDGED_GAP_FRAMES = 10;
// Regions shorter than this many frames are clicks and pops, not voice.
const MIN_REGION_FRAMES = 3;

export function toDbfs(amplitude: number): number {
  return amplitude > 0 ? Math.max(DIGITAL_SILENCE_DB, 20 * Math.log10(amplitude)) : DIGITAL_SILENCE_DB;
}

export function measureAudio(samples: Float32Array, sampleRate = SAMPLE_RATE): AudioMeasurements {
  assertSampleRate(sampleRate);
  let peak = 0;
  let energy = 0;
  for (const sample of samples) {
    if (!Number.isFinite(sample)) throw new Error(`the audio contains an invalid sample (${sample})`);
    peak = Math.max(peak, Math.abs(sample));
    energy += sample * sample;
  }
  const regions = voicedRegions(samples, sampleRate);
  return {
    durationSec: samples.length / sampleRate,
    peak,
    rmsDb: samples.length === 0 ? DIGITAL_SILENCE_DB : toDbfs(Math.sqrt(energy / samples.length)),
    voicedSec: regions.reduce((sum, region) => sum + region.end - region.start, 0),
  };
}

/** Measures the audio, refusing a take that cannot contain speech. */
export function assertHasSpeech(samples: Float32Array, sampleRate = SAMPLE_RATE): AudioMeasurements {
  if (samples.length === 0) throw new Error('the audio is empty');
  const measured = measureAudio(samples, sampleRate);
  if (measured.peak === 0) throw new Error('the audio is silent (every sample is zero)');
  const peakDb = toDbfs(measured.peak).toFixed(1);
  if (toDbfs(measured.peak) < SILENCE_DB) throw new Error(`the audio is silent (peak ${peakDb} dBFS)`);
  if (measured.voicedSec === 0) throw new Error(`the audio is silent apart from clicks (peak ${peakDb} dBFS)`);
  return measured;
}

/**
 * Where the audio is louder than an adaptive threshold, in 10 ms frames: 10 dB above the noise floor
 * (the 10th percentile frame level), but no more than 20 dB below the loud frames (95th percentile),
 * so audio without pauses still counts as voiced; never below SILENCE_DB.
 */
export function voicedRegions(samples: Float32Array, sampleRate = SAMPLE_RATE): Region[] {
  assertSampleRate(sampleRate);
  const frame = Math.round(sampleRate / FRAMES_PER_SEC);
  const levels = frameLevels(samples, frame);
  if (levels.length === 0) return [];
  const sorted = Float64Array.from(levels).sort();
  const noiseDb = sorted[Math.floor(0.1 * (sorted.length - 1))]!;
  const loudDb = sorted[Math.floor(0.95 * (sorted.length - 1))]!;
  const threshold = Math.max(SILENCE_DB, Math.min(noiseDb + 10, loudDb - 20));

  const runs: { first: number; end: number }[] = [];
  levels.forEach((level, i) => {
    if (level <= threshold) return;
    const previous = runs[runs.length - 1];
    if (previous !== undefined && i - previous.end < BRIDGED_GAP_FRAMES) previous.end = i + 1;
    else runs.push({ first: i, end: i + 1 });
  });
  return runs
    .filter((run) => run.end - run.first >= MIN_REGION_FRAMES)
    .map((run) => ({
      start: (run.first * frame) / sampleRate,
      end: Math.min(run.end * frame, samples.length) / sampleRate,
    }));
}

function frameLevels(samples: Float32Array, frame: number): number[] {
  const levels: number[] = [];
  for (let start = 0; start < samples.length; start += frame) {
    const end = Math.min(start + frame, samples.length);
    let energy = 0;
    for (let i = start; i < end; i++) energy += samples[i]! * samples[i]!;
    levels.push(toDbfs(Math.sqrt(energy / (end - start))));
  }
  return levels;
}
