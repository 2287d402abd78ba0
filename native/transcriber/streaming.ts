// Transcription that keeps up with a live recording: the audio is cut at pauses into stretches
// (segmenter.ts), and each completed stretch is transcribed in the background, one after another, with
// the encoder's context shrunk to its length. When the recording stops only the stretch after the last
// cut is left to do. Stored audio goes through the very same steps (transcribeBatch), so a recording
// transcribed later reads the same as one transcribed live.

import type { TimedWord } from '../../common/report';
import { clipOf, type Clip } from './decoding';
import { cutRepetitionLoops, dropUnvoicedWords, type DroppedWord } from './guards';
import type { DecodeOptions } from './params';
import { Segmenter, type SegmenterSettings, type Stretch } from './segmenter';
import { placeWords } from './stitch';
import type { TranscriptResult } from './types';

/** What the stream needs from a transcriber: the Transcriber, or a test double. */
export interface StretchTranscriber {
  transcribe(pcm: Float32Array, options: DecodeOptions): Promise<TranscriptResult>;
}

/** How one stretch went, for logs and the benchmark. */
export interface StretchReport {
  index: number;
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  /** What was sent to Whisper; null when the stretch held no voice and was skipped. */
  clip: Clip | null;
  /** Time whisper.cpp spent on the clip (0 when skipped). */
  elapsedMs: number;
  words: TimedWord[];
  /** Words the guards removed, with the reason. */
  dropped: DroppedWord[];
}

export interface StreamingOptions {
  segmenter?: Partial<SegmenterSettings>;
  onStretch?: (report: StretchReport) => void;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

export class StreamingTranscription {
  private readonly segmenter: Segmenter;
  private readonly transcriber: Promise<StretchTranscriber>;
  private readonly parts: TimedWord[][] = [];
  /** The stretches, transcribed one after another in recording order. */
  private work: Promise<void> = Promise.resolve();
  private failure: Error | null = null;
  private state: 'recording' | 'finishing' | 'cancelled' = 'recording';
  private result: Promise<TimedWord[]> | null = null;

  /** `transcriber` may still be starting (worker, model load): stretches wait for it. */
  constructor(
    transcriber: StretchTranscriber | Promise<StretchTranscriber>,
    private readonly options: StreamingOptions = {},
  ) {
    this.segmenter = new Segmenter(options.segmenter);
    this.transcriber = Promise.resolve(transcriber);
    // A transcriber that fails to start is reported by finish(), not as an unhandled rejection.
    this.transcriber.catch(() => undefined);
  }

  /**
   * Adds the next samples (16 kHz mono). Only cuts and queues: it never waits for transcription, so when
   * the transcriber falls behind, the work left at Stop grows instead. Ignored once cancelled.
   */
  push(samples: Float32Array): void {
    if (this.state === 'cancelled') return;
    if (this.state === 'finishing') throw new Error('the recording was already finished: no more audio can be added');
    for (const stretch of this.segmenter.push(samples)) this.schedule(stretch, false);
  }

  /** Ends the recording: transcribes what is left and resolves with all words, in recording time. */
  finish(): Promise<TimedWord[]> {
    if (this.result) return this.result;
    if (this.state === 'cancelled') return Promise.reject(new Error('the transcription was cancelled'));
    this.state = 'finishing';
    const tail = this.segmenter.finish();
    if (tail) this.schedule(tail, true);
    this.result = this.work.then(() => {
      if (this.cancelled) throw new Error('the transcription was cancelled');
      if (this.failure) throw this.failure;
      return this.parts.flat();
    });
    return this.result;
  }

  /** Drops the stretches not yet started; a running native call finishes, and its words are ignored. */
  cancel(): void {
    this.state = 'cancelled';
  }

  /** A getter, so that a check after an await reads the state anew. */
  private get cancelled(): boolean {
    return this.state === 'cancelled';
  }

  private schedule(stretch: Stretch, last: boolean): void {
    this.work = this.work
      .then(() => this.transcribe(stretch, last))
      .catch((error: unknown) => {
        this.failure ??= asError(error);
      });
  }

  private async transcribe(stretch: Stretch, last: boolean): Promise<void> {
    // After a failure the transcript would have a hole: finish() reports the failure instead.
    if (this.cancelled || this.failure) return;
    const clip = clipOf(stretch);
    if (clip === null) {
      this.parts.push([]);
      this.report(stretch, clip, 0, [], []);
      return;
    }
    const transcriber = await this.transcriber;
    const result = await transcriber.transcribe(clip.pcm, clip.options);
    if (this.cancelled) return;
    const placed = placeWords(result.words, clip.start, { start: stretch.start, end: stretch.end, last });
    const voiced = dropUnvoicedWords(placed.words, stretch.voiced);
    const unlooped = cutRepetitionLoops(voiced.words);
    this.parts.push(unlooped.words);
    this.report(stretch, clip, result.elapsedMs, unlooped.words, [...placed.dropped, ...voiced.dropped, ...unlooped.dropped]);
  }

  private report(stretch: Stretch, clip: Clip | null, elapsedMs: number, words: TimedWord[], dropped: DroppedWord[]): void {
    this.options.onStretch?.({ index: stretch.index, start: stretch.start, end: stretch.end, clip, elapsedMs, words, dropped });
  }
}

/** Transcribes stored audio exactly as a live recording of it would have been: same cuts, same steps. */
export function transcribeBatch(
  transcriber: StretchTranscriber | Promise<StretchTranscriber>,
  samples: Float32Array,
  options: StreamingOptions = {},
): Promise<TimedWord[]> {
  const stream = new StreamingTranscription(transcriber, options);
  stream.push(samples);
  return stream.finish();
}
