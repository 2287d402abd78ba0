// Cuts a recording, as it arrives, into stretches that end in pauses, so that each can be transcribed on
// its own while the speaker goes on. Every decision is taken frame by frame from the audio up to that
// frame, so the same audio gives the same stretches however it is chunked: live in 250 ms pieces, or all
// at once from storage.

import type { Region } from '../audio/facts';
import { SAMPLE_RATE } from '../audio/format';
import { energyDb, frameEnergy, FRAME_SAMPLES, FRAME_SEC, LevelHistogram, regionsAbove } from './voicing';

export interface SegmenterSettings {
  /** A pause ends a stretch only once the stretch would be at least this long: Whisper needs context. */
  minStretchSec: number;
  /**
   * Silence this long ends a stretch, as soon as it has lasted that long: the cut goes half of it after
   * the last sound, leaving the same margin on either side, and transcription starts during the pause.
   */
  pauseSec: number;
  /** Past this length a shorter pause will do, for speakers who rarely stop. */
  relaxAfterSec: number;
  relaxedPauseSec: number;
  /** No stretch grows longer: it is cut at its quietest moment instead. */
  maxStretchSec: number;
}

/**
 * Sentences and clauses end in pauses of 0.4 s and more; 3 s is a phrase or two, enough for Whisper's
 * language model. 20 s bounds the encoder's work for one stretch (and so the wait after Stop) well below
 * a full 30 s window.
 */
export const DEFAULT_SEGMENTER: SegmenterSettings = {
  minStretchSec: 3,
  pauseSec: 0.4,
  relaxAfterSec: 12,
  relaxedPauseSec: 0.2,
  maxStretchSec: 20,
};

/** The width of the moving window in which a forced cut looks for the quietest moment. */
const QUIET_WINDOW_FRAMES = 20;

export interface Stretch {
  /** Position in the recording: 0 for the first stretch. */
  index: number;
  /** Seconds from the start of the recording; `end` is where the next stretch starts. */
  start: number;
  end: number;
  samples: Float32Array;
  /** Where the stretch is voiced, in seconds from the start of the recording. */
  voiced: Region[];
}

function checkSettings(s: SegmenterSettings): void {
  const positive = Object.values(s).every((value) => Number.isFinite(value) && value > 0);
  if (!positive || s.relaxedPauseSec > s.pauseSec || s.minStretchSec + 2 * QUIET_WINDOW_FRAMES * FRAME_SEC > s.maxStretchSec) {
    throw new Error(`segmenter settings are inconsistent: ${JSON.stringify(s)}`);
  }
}

/** Samples not yet part of a stretch, with room to grow. */
class PendingSamples {
  private buffer = new Float32Array(SAMPLE_RATE * 8);
  length = 0;

  append(samples: Float32Array): void {
    if (this.length + samples.length > this.buffer.length) {
      const grown = new Float32Array(Math.max(2 * this.buffer.length, this.length + samples.length));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(samples, this.length);
    this.length += samples.length;
  }

  view(): Float32Array {
    return this.buffer.subarray(0, this.length);
  }

  /** Removes and returns the first `count` samples. */
  take(count: number): Float32Array {
    const taken = this.buffer.slice(0, count);
    this.buffer.copyWithin(0, count, this.length);
    this.length -= count;
    return taken;
  }
}

/** The settings in whole frames. */
interface FrameCounts {
  minStretch: number;
  pause: number;
  relaxAfter: number;
  relaxedPause: number;
  maxStretch: number;
}

function inFrames(s: SegmenterSettings): FrameCounts {
  const frames = (sec: number): number => Math.round(sec / FRAME_SEC);
  return {
    minStretch: frames(s.minStretchSec),
    pause: frames(s.pauseSec),
    relaxAfter: frames(s.relaxAfterSec),
    relaxedPause: frames(s.relaxedPauseSec),
    maxStretch: frames(s.maxStretchSec),
  };
}

export class Segmenter {
  private readonly frames: FrameCounts;
  private readonly histogram = new LevelHistogram();
  private readonly pending = new PendingSamples();
  /** Energy of each whole frame of the pending samples. */
  private energies: number[] = [];
  /** Sample index in the recording of the first pending sample. */
  private pendingStart = 0;
  /** Unvoiced frames in a row up to the latest frame (it may reach back before the pending samples). */
  private silentFrames = 0;
  private nextIndex = 0;
  private finished = false;

  constructor(settings: Partial<SegmenterSettings> = {}) {
    const merged = { ...DEFAULT_SEGMENTER, ...settings };
    checkSettings(merged);
    this.frames = inFrames(merged);
  }

  /** Adds audio; returns the stretches it completed, in order. */
  push(samples: Float32Array): Stretch[] {
    if (this.finished) throw new Error('the segmenter was finished: no more audio can be added');
    this.pending.append(samples);
    const completed: Stretch[] = [];
    // Frames are judged one at a time; a cut shifts the pending samples, so the view is renewed.
    let view = this.pending.view();
    while ((this.energies.length + 1) * FRAME_SAMPLES <= this.pending.length) {
      const first = this.energies.length * FRAME_SAMPLES;
      const energy = frameEnergy(view, first, first + FRAME_SAMPLES);
      this.energies.push(energy);
      const level = energyDb(energy);
      this.histogram.add(level);
      this.silentFrames = level > this.histogram.threshold() ? 0 : this.silentFrames + 1;
      const cut = this.cutFrame();
      if (cut !== null) {
        completed.push(this.cut(cut));
        view = this.pending.view();
      }
    }
    return completed;
  }

  /** Ends the recording; returns what is left after the last cut (null when nothing is). */
  finish(): Stretch | null {
    if (this.finished) throw new Error('the segmenter was already finished');
    this.finished = true;
    if (this.pending.length === 0) return null;
    const whole = this.energies.length * FRAME_SAMPLES;
    // A last partial frame still counts for voicing, as in audio/facts.ts.
    if (whole < this.pending.length) this.energies.push(frameEnergy(this.pending.view(), whole, this.pending.length));
    return this.cut(this.energies.length, this.pending.length);
  }

  /** Where to end the pending stretch after the latest frame, in frames from its start; null to wait. */
  private cutFrame(): number | null {
    const f = this.frames;
    const frames = this.energies.length;
    if (this.silentFrames >= (frames >= f.relaxAfter ? f.relaxedPause : f.pause)) {
      const middle = frames - Math.floor(this.silentFrames / 2);
      if (middle >= f.minStretch) return middle;
    }
    return frames >= f.maxStretch ? this.quietestFrame() : null;
  }

  /**
   * The centre of the quietest window of frames in the second half of the longest stretch (so that a
   * forced stretch still holds plenty of context); the latest one on a tie, so that the rest carried
   * over is as short as it can be.
   */
  private quietestFrame(): number {
    const half = QUIET_WINDOW_FRAMES / 2;
    const earliest = Math.max(this.frames.minStretch, Math.floor(this.frames.maxStretch / 2));
    let sum = 0;
    let best = this.energies.length;
    let bestSum = Number.POSITIVE_INFINITY;
    this.energies.forEach((energy, i) => {
      sum += energy - (i >= QUIET_WINDOW_FRAMES ? this.energies[i - QUIET_WINDOW_FRAMES]! : 0);
      const centre = i + 1 - half;
      if (i + 1 >= QUIET_WINDOW_FRAMES && centre >= earliest && sum <= bestSum) {
        bestSum = sum;
        best = centre;
      }
    });
    return best;
  }

  private cut(frames: number, samples = frames * FRAME_SAMPLES): Stretch {
    const threshold = this.histogram.threshold();
    const start = this.pendingStart / SAMPLE_RATE;
    const end = (this.pendingStart + samples) / SAMPLE_RATE;
    const levels = this.energies.slice(0, frames).map(energyDb);
    const stretch: Stretch = {
      index: this.nextIndex++,
      start,
      end,
      samples: this.pending.take(samples),
      voiced: regionsAbove(levels, threshold, start, end),
    };
    this.energies = this.energies.slice(frames);
    this.pendingStart += samples;
    return stretch;
  }
}

/** The stretches of a whole recording: exactly those a live Segmenter fed the same samples produces. */
export function segmentRecording(samples: Float32Array, settings: Partial<SegmenterSettings> = {}): Stretch[] {
  const segmenter = new Segmenter(settings);
  const stretches = segmenter.push(samples);
  const tail = segmenter.finish();
  return tail ? [...stretches, tail] : stretches;
}
