// Voice activity for audio that arrives a little at a time: frame levels, an adaptive threshold learnt
// from every frame heard so far, and voiced regions from levels. The rules follow audio/facts.ts
// (voicedRegions), but the threshold only ever looks back, so a live recording and the same recording
// read back from storage are judged alike.

import type { Region } from '../audio/facts';
import { DIGITAL_SILENCE_DB, SILENCE_DB, toDbfs } from '../audio/facts';
import { SAMPLE_RATE } from '../audio/format';

/** 10 ms frames, as in audio/facts.ts. */
export const FRAME_SAMPLES = SAMPLE_RATE / 100;
export const FRAME_SEC = FRAME_SAMPLES / SAMPLE_RATE;
// Pauses shorter than this many frames (stop consonants, short breaths) stay inside one region.
const BRIDGED_GAP_FRAMES = 10;
// Regions shorter than this many frames are clicks and pops, not voice.
const MIN_REGION_FRAMES = 3;
const BINS = -DIGITAL_SILENCE_DB + 1;

/** Mean square of samples[start, end): a frame's energy. */
export function frameEnergy(samples: Float32Array, start: number, end: number): number {
  let energy = 0;
  for (let i = start; i < end; i++) energy += samples[i]! * samples[i]!;
  return end > start ? energy / (end - start) : 0;
}

export function energyDb(energy: number): number {
  return toDbfs(Math.sqrt(energy));
}

/**
 * Counts of frame levels in 1 dB bins from DIGITAL_SILENCE_DB to 0 dBFS. The threshold is 10 dB above
 * the noise floor (10th percentile) but at most 20 dB below the loud frames (95th percentile), never
 * below SILENCE_DB: the rule of audio/facts.ts, kept up to date one frame at a time in constant memory.
 */
export class LevelHistogram {
  private readonly counts = new Uint32Array(BINS);
  private total = 0;

  add(levelDb: number): void {
    const bin = Math.min(BINS - 1, Math.max(0, Math.floor(levelDb) - DIGITAL_SILENCE_DB));
    this.counts[bin]!++;
    this.total++;
  }

  threshold(): number {
    if (this.total === 0) return SILENCE_DB;
    const noise = this.percentile(0.1);
    const loud = this.percentile(0.95);
    return Math.max(SILENCE_DB, Math.min(noise + 10, loud - 20));
  }

  private percentile(fraction: number): number {
    const rank = Math.floor(fraction * (this.total - 1));
    let seen = 0;
    for (let bin = 0; bin < BINS; bin++) {
      seen += this.counts[bin]!;
      if (seen > rank) return bin + DIGITAL_SILENCE_DB;
    }
    return 0;
  }
}

/**
 * Regions whose frames are louder than `thresholdDb`, with short gaps bridged and clicks dropped, in
 * seconds from `startSec` (the time of the first frame); the last region ends no later than `endSec`.
 */
export function regionsAbove(levelsDb: readonly number[], thresholdDb: number, startSec: number, endSec: number): Region[] {
  const runs: { first: number; end: number }[] = [];
  levelsDb.forEach((level, i) => {
    if (level <= thresholdDb) return;
    const previous = runs[runs.length - 1];
    if (previous !== undefined && i - previous.end < BRIDGED_GAP_FRAMES) previous.end = i + 1;
    else runs.push({ first: i, end: i + 1 });
  });
  return runs
    .filter((run) => run.end - run.first >= MIN_REGION_FRAMES)
    .map((run) => ({ start: startSec + run.first * FRAME_SEC, end: Math.min(endSec, startSec + run.end * FRAME_SEC) }));
}
