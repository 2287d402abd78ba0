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
