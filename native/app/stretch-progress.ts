// How far the transcription of one recording has come, for the progress after Stop: stretches done out of
// all, and an ETA from the measured speed of the stretches already transcribed. A shadow segmenter with
// the transcriber's own settings counts the stretches the recording is cut into.
import type { Events } from '../../common/contract';
import type { StretchReport } from '../transcriber/streaming';
import { Segmenter } from '../transcriber/segmenter';

export type StretchCounts = Pick<Events['attemptProgress'], 'stretchesDone' | 'stretchesTotal' | 'etaSec'>;

export class StretchProgress {
  private readonly segmenter = new Segmenter();
  private cuts = 0;
  private total: number | null = null;
  private done = 0;
  private doneAudioSec = 0;
  private elapsedMs = 0;
  private audioSec = 0;
  /** Called after each stretch is transcribed. */
  onChange: (() => void) | null = null;

  push(samples: Float32Array, sampleRate: number): void {
    if (this.total !== null) return;
    this.cuts += this.segmenter.push(samples).length;
    this.audioSec += samples.length / sampleRate;
  }

  /** The recording has ended: the number of stretches is now known. */
  finish(): void {
    if (this.total === null) this.total = this.cuts + (this.segmenter.finish() ? 1 : 0);
  }

  record(report: StretchReport): void {
    this.done += 1;
    this.doneAudioSec += report.end - report.start;
    this.elapsedMs += report.elapsedMs;
    this.onChange?.();
  }

  counts(): StretchCounts {
    const counts: StretchCounts = { stretchesDone: this.done };
    if (this.total !== null) counts.stretchesTotal = Math.max(this.total, this.done);
    if (this.doneAudioSec > 0 && this.elapsedMs > 0) {
      const secondsPerAudioSecond = this.elapsedMs / 1000 / this.doneAudioSec;
      counts.etaSec = Math.max(0, this.audioSec - this.doneAudioSec) * secondsPerAudioSecond;
    }
    return counts;
  }
}
