// The life of one recording, independent of the microphone and of React so it can be tested with fake
// calls: start → stream chunks while recording → flush and stop (or discard).
//
// Audio is captured from the moment the user asks to start, while startRecording is still in flight, so
// the first word is never clipped; those samples are sent as soon as main hands out the recording id.
// The elapsed time is counted from the samples captured, not the wall clock, so it matches the recording.
import { RECORDING_CHUNK_SEC, RECORDING_SAMPLE_RATE, type TargetWindow, type VoicedrillApi } from '../../../common/contract';
import { errorMessage } from '../format/errors';
import { Chunker } from './chunker';
import { ChunkUploader } from './uploader';

export type RecorderCalls = Pick<
  VoicedrillApi,
  'startRecording' | 'appendRecording' | 'stopRecording' | 'discardRecording'
>;

export type RecorderPhase = 'idle' | 'starting' | 'recording' | 'stopping';

export interface RecorderSnapshot {
  phase: RecorderPhase;
  elapsedSec: number;
}

export type RecorderOutcome =
  | { kind: 'stopped'; attemptId: number; questionId: number }
  /** Main rejected a chunk: the recording was stopped there and what main had received was kept. */
  | { kind: 'cut-short'; attemptId: number; questionId: number; keptSec: number; reason: string }
  | { kind: 'discarded' }
  | { kind: 'failed'; message: string };

export interface RecorderListener {
  onChange(snapshot: RecorderSnapshot): void;
  onOutcome(outcome: RecorderOutcome): void;
}

export const CHUNK_SAMPLES = Math.round(RECORDING_SAMPLE_RATE * RECORDING_CHUNK_SEC);

export class RecordingController {
  private phase: RecorderPhase = 'idle';
  private captured = 0;
  private chunker = new Chunker(CHUNK_SAMPLES);
  private uploader: ChunkUploader | null = null;
  private recordingId: string | null = null;
  private questionId = 0;
  private stopRequested = false;
  /** Bumped by every start and discard, so a late reply for an abandoned recording is recognised. */
  private session = 0;

  constructor(
    private readonly calls: RecorderCalls,
    private readonly listener: RecorderListener,
  ) {}

  snapshot(): RecorderSnapshot {
    return { phase: this.phase, elapsedSec: this.captured / RECORDING_SAMPLE_RATE };
  }

  async start(questionId: number, target: TargetWindow): Promise<void> {
    if (this.phase !== 'idle') return;
    const session = ++this.session;
    this.phase = 'starting';
    this.questionId = questionId;
    this.captured = 0;
    this.chunker = new Chunker(CHUNK_SAMPLES);
    this.stopRequested = false;
    this.emit();

    let recordingId: string;
    try {
      ({ recordingId } = await this.calls.startRecording({ questionId, target }));
    } catch (error) {
      if (session !== this.session) return;
      this.captured = 0;
      this.reset();
      this.listener.onOutcome({ kind: 'failed', message: errorMessage(error) });
      return;
    }
    if (session !== this.session) {
      // Discarded while main was still opening it: close it on main's side too.
      this.calls.discardRecording({ recordingId }).catch(() => undefined);
      return;
    }
    this.recordingId = recordingId;
    this.uploader = new ChunkUploader(
      (seq, samples) => this.calls.appendRecording({ recordingId, seq, samples }),
      () => {
        if (session === this.session) void this.stop();
      },
    );
    this.phase = 'recording';
    this.forwardReady();
    this.emit();
    if (this.stopRequested) await this.stop();
  }

  /** A block from the microphone; ignored unless a recording is starting or running. */
  push(block: Float32Array): void {
    if (this.phase !== 'starting' && this.phase !== 'recording') return;
    this.captured += block.length;
    this.chunker.push(block);
    if (this.phase === 'recording') this.forwardReady();
    this.emit();
  }

  async stop(): Promise<void> {
    if (this.phase === 'starting') {
      this.stopRequested = true;
      return;
    }
    const uploader = this.uploader;
    const recordingId = this.recordingId;
    if (this.phase !== 'recording' || !uploader || recordingId === null) return;
    const session = this.session;
    this.phase = 'stopping';
    this.emit();

    const tail = this.chunker.flush();
    if (tail) uploader.enqueue(tail);
    await uploader.drain();
    if (session !== this.session) return;

    let outcome: RecorderOutcome;
    try {
      const { attemptId } = await this.calls.stopRecording({ recordingId });
      const questionId = this.questionId;
      outcome =
        uploader.error === null
          ? { kind: 'stopped', attemptId, questionId }
          : {
              kind: 'cut-short',
              attemptId,
              questionId,
              keptSec: uploader.sentSamples / RECORDING_SAMPLE_RATE,
              reason: uploader.error,
            };
    } catch (error) {
      outcome = { kind: 'failed', message: errorMessage(error) };
    }
    this.reset();
    this.listener.onOutcome(outcome);
  }

  /** Clears the finished length from the timer, e.g. when another question is opened. */
  clearElapsed(): void {
    if (this.phase !== 'idle' || this.captured === 0) return;
    this.captured = 0;
    this.emit();
  }

  /** Throws the recording away. Too late once stopping has begun: the attempt is already being saved. */
  async discard(): Promise<void> {
    if (this.phase !== 'starting' && this.phase !== 'recording') return;
    const recordingId = this.recordingId;
    this.uploader?.cancel();
    this.session += 1;
    this.captured = 0;
    this.reset();
    if (recordingId === null) {
      this.listener.onOutcome({ kind: 'discarded' });
      return;
    }
    try {
      await this.calls.discardRecording({ recordingId });
      this.listener.onOutcome({ kind: 'discarded' });
    } catch (error) {
      this.listener.onOutcome({ kind: 'failed', message: errorMessage(error) });
    }
  }

  private forwardReady(): void {
    for (const chunk of this.chunker.take()) this.uploader?.enqueue(chunk);
  }

  /** Keeps the captured length, so the timer goes on showing how long the finished answer was. */
  private reset(): void {
    this.phase = 'idle';
    this.uploader = null;
    this.recordingId = null;
    this.stopRequested = false;
    this.emit();
  }

  private emit(): void {
    this.listener.onChange(this.snapshot());
  }
}
