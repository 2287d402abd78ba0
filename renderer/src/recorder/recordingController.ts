// The life of one recording, independent of the microphone and of React so it can be tested with fake
// calls: start → stream chunks while recording → flush and stop (or discard).
//
// Audio is captured from the moment the user asks to start, while startRecording is still in flight, so
// the first word is never clipped; those samples are sent as soon as main hands out the recording id.
// The elapsed time is counted from the samples captured, not the wall clock, so it matches the recording.
//
// Discard is undoable: Esc ends capture at once, but the recording stays open on main (all of its audio
// sent) for UNDO_MS; only when that window passes is it discarded there. Undo stores it as an attempt.
// A take shorter than MIN_TAKE_SEC (a double-tap on Space, say) is never stored: it is discarded and
// reported as too short.
import { RECORDING_CHUNK_SEC, RECORDING_SAMPLE_RATE, type TargetWindow, type VoicedrillApi } from '../../../common/contract';
import { errorMessage } from '../format/errors';
import { Chunker } from './chunker';
import { ChunkUploader } from './uploader';

export type RecorderCalls = Pick<VoicedrillApi, 'startRecording' | 'appendRecording' | 'stopRecording' | 'discardRecording'>;

export type RecorderPhase = 'idle' | 'starting' | 'recording' | 'stopping';

export interface RecorderSnapshot {
  phase: RecorderPhase;
  elapsedSec: number;
}

export type RecorderOutcome =
  | { kind: 'stopped'; attemptId: number; questionId: number }
  /** Main rejected a chunk: the recording was stopped there and what main had received was kept. */
  | { kind: 'cut-short'; attemptId: number; questionId: number; keptSec: number; reason: string }
  /** Esc: capture ended, and the take is thrown away when the undo window passes unless undone. */
  | { kind: 'discard-pending'; undoMs: number }
  | { kind: 'discarded' }
  /** Stopped before MIN_TAKE_SEC: nothing was stored. */
  | { kind: 'too-short'; sec: number; minSec: number }
  | { kind: 'failed'; message: string };

export interface RecorderListener {
  onChange(snapshot: RecorderSnapshot): void;
  onOutcome(outcome: RecorderOutcome): void;
}

export const CHUNK_SAMPLES = Math.round(RECORDING_SAMPLE_RATE * RECORDING_CHUNK_SEC);
export const MIN_TAKE_SEC = 1;
export const UNDO_MS = 5000;

/** The timer the undo window runs on; tests pass a manual one. */
export interface UndoTimer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const WINDOW_TIMER: UndoTimer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A take discarded with Esc, still open on main until the undo window passes. */
interface PendingDiscard {
  recordingId: string;
  questionId: number;
  uploader: ChunkUploader;
  /** Samples captured, shown again on the timer if the take is brought back. */
  captured: number;
  timer: unknown;
}

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
  private pending: PendingDiscard | null = null;

  constructor(
    private readonly calls: RecorderCalls,
    private readonly listener: RecorderListener,
    private readonly timer: UndoTimer = WINDOW_TIMER,
  ) {}

  snapshot(): RecorderSnapshot {
    return { phase: this.phase, elapsedSec: this.captured / RECORDING_SAMPLE_RATE };
  }

  async start(questionId: number, target: TargetWindow): Promise<void> {
    if (this.phase !== 'idle') return;
    const session = ++this.session;
    this.phase = 'starting';
    // One live recording at a time: a take waiting for its undo window is discarded now.
    const finishing = this.pending ? this.confirmDiscard() : Promise.resolve();
    this.questionId = questionId;
    this.captured = 0;
    this.chunker = new Chunker(CHUNK_SAMPLES);
    this.stopRequested = false;
    this.emit();

    let recordingId: string;
    try {
      await finishing;
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
    if (this.captured < MIN_TAKE_SEC * RECORDING_SAMPLE_RATE) {
      const sec = this.captured / RECORDING_SAMPLE_RATE;
      uploader.cancel();
      this.session += 1;
      this.reset();
      this.calls.discardRecording({ recordingId }).catch(() => undefined);
      this.listener.onOutcome({ kind: 'too-short', sec, minSec: MIN_TAKE_SEC });
      return;
    }
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

  /**
   * Esc: ends capture now and starts the undo window. The audio captured so far is still sent, so Undo can
   * keep all of it. Too late once stopping has begun: the attempt is already being saved.
   */
  async discard(): Promise<void> {
    if (this.phase !== 'starting' && this.phase !== 'recording') return;
    const recordingId = this.recordingId;
    const uploader = this.uploader;
    this.session += 1;
    if (recordingId === null || !uploader) {
      this.captured = 0;
      // Still opening on main: nothing was sent yet, and start() discards what main opens.
      this.reset();
      this.listener.onOutcome({ kind: 'discarded' });
      return;
    }
    const tail = this.chunker.flush();
    if (tail) uploader.enqueue(tail);
    const pending: PendingDiscard = { recordingId, questionId: this.questionId, uploader, captured: this.captured, timer: null };
    this.captured = 0;
    pending.timer = this.timer.set(() => {
      if (this.pending === pending) void this.confirmDiscard();
    }, UNDO_MS);
    this.pending = pending;
    this.reset();
    this.listener.onOutcome({ kind: 'discard-pending', undoMs: UNDO_MS });
  }

  /** True while a discarded take can still be brought back. */
  canUndo(): boolean {
    return this.pending !== null;
  }

  /** Undo of Esc: the discarded take is stored as an attempt after all. */
  async undoDiscard(): Promise<void> {
    const pending = this.takePending();
    if (!pending || this.phase !== 'idle') return;
    this.phase = 'stopping';
    this.emit();
    await pending.uploader.drain();
    let outcome: RecorderOutcome;
    try {
      const { attemptId } = await this.calls.stopRecording({ recordingId: pending.recordingId });
      outcome = { kind: 'stopped', attemptId, questionId: pending.questionId };
      this.captured = pending.captured;
    } catch (error) {
      outcome = { kind: 'failed', message: errorMessage(error) };
    }
    this.reset();
    this.listener.onOutcome(outcome);
  }

  /** Ends the undo window now (it passed, a new take starts, or the recorder goes away). */
  async confirmDiscard(): Promise<void> {
    const pending = this.takePending();
    if (!pending) return;
    pending.uploader.cancel();
    try {
      await this.calls.discardRecording({ recordingId: pending.recordingId });
      this.listener.onOutcome({ kind: 'discarded' });
    } catch (error) {
      this.listener.onOutcome({ kind: 'failed', message: errorMessage(error) });
    }
  }

  /** The recorder goes away: a running take and one waiting for undo are both discarded on main. */
  async dispose(): Promise<void> {
    await this.discard();
    await this.confirmDiscard();
  }

  private takePending(): PendingDiscard | null {
    const pending = this.pending;
    if (pending) this.timer.clear(pending.timer);
    this.pending = null;
    return pending;
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
