// The processing queue: each stored attempt is transcribed (or takes its live transcript), scored and
// saved, one at a time, with its progress sent as events. Attempts left untranscribed are queued again.
import path from 'node:path';
import type { AttemptStage, ModelStatus } from '../../common/contract';
import { AppError } from '../../common/errors';
import type { TimedWord, TimeSpan } from '../../common/report';
import { SAMPLE_RATE } from '../audio/format';
import { decodeOggOpusAsync } from '../audio/decode-off-thread';
import { score } from '../analysis/score';
import { audioFacts } from '../pipeline/analyze';
import { rescoreAttemptsAsync } from '../pipeline/rescore-attempts';
import type { Store } from '../store';
import { FILLER_PROMPT } from '../transcriber/decoding';
import { transcribeBatch, type StreamingTranscription } from '../transcriber/streaming';
import type { Emit } from './events';
import { NO_LOG, type ErrorLog } from './error-log';
import { modelStatusOf } from './models';
import { SerialQueue } from './serial-queue';
import type { SettingsService } from './settings';
import { StretchProgress, type StretchCounts } from './stretch-progress';
import type { TranscriberHost } from './transcription';

/** What Stop hands over: the recording's live transcript, the model it uses, and its result, awaited here. */
export interface StreamedTranscript {
  stream: StreamingTranscription;
  modelPath: string;
  words: Promise<TimedWord[]>;
  progress: StretchProgress;
  /** The held sounds of the recording, analysed while it was made (see SteadyVoicedTracker). */
  steady: TimeSpan[];
}

export interface PipelineOptions {
  store: Store;
  settings: SettingsService;
  host: TranscriberHost;
  emit: Emit;
  /** Receives the developer detail of each failure (default: dropped). */
  log?: ErrorLog;
}

/** How many times a failed attempt is queued again at launch before it waits for the user's Retry. */
export const MAX_LAUNCH_RETRIES = 3;

/** What the user is told when an attempt cannot be transcribed with the model in settings. */
export function modelUnusableSentence(model: Exclude<ModelStatus, { state: 'ready' }>): string {
  if (model.state === 'missing') return 'No Whisper model is chosen. Choose a model and press Retry.';
  return `The model ${path.basename(model.path)} is missing or unusable. Choose another model and press Retry.`;
}

/** The sentence stored with a failed attempt: an AppError's own, else a plain one (the detail goes to the log). */
function failureSentence(error: unknown): string {
  if (error instanceof AppError && error.code !== 'internal') return error.message;
  return 'Transcription stopped unexpectedly. Press Retry, or choose another model.';
}

/** The model file to transcribe with; null when none is chosen. Throws when the file cannot be used. */
async function usableModel(modelPath: string | null): Promise<string | null> {
  const model = await modelStatusOf(modelPath);
  if (model.state === 'missing') return null;
  // The inspector's reason is developer detail: it reaches the log as the cause.
  if (model.state === 'invalid')
    throw new AppError('model-invalid', modelUnusableSentence(model), { cause: new Error(model.error) });
  return model.path;
}

export class Pipeline {
  private readonly queue = new SerialQueue();
  private readonly log: ErrorLog;

  constructor(private readonly options: PipelineOptions) {
    this.log = options.log ?? NO_LOG;
  }

  enqueue(attemptId: number, questionId: number, samples: Float32Array, streamed?: StreamedTranscript): void {
    this.options.emit('attemptProgress', { attemptId, questionId, stage: 'saving' });
    void this.queue.run(() => this.process(attemptId, questionId, samples, streamed));
  }

  /** Attempts saved without a transcript (no model yet, or a crash mid-transcription) are processed again. */
  requeueUntranscribed(): void {
    const { store } = this.options;
    if (this.options.settings.get().modelPath === null) return;
    for (const attempt of store.listUntranscribedAttempts()) this.requeue(attempt.id, attempt.questionId);
  }

  /**
   * At launch nothing may stay "Transcribing…": with a usable model every unfinished attempt is queued
   * again, and failed ones too, at most MAX_LAUNCH_RETRIES times each; without one, an attempt a crash
   * left mid-transcription (or one recorded for a model now gone) fails with a sentence saying what to do.
   */
  async requeueAtLaunch(): Promise<void> {
    const { store, settings } = this.options;
    const model = await modelStatusOf(settings.get().modelPath);
    const unfinished = store.listUnfinishedAttempts();
    if (model.state !== 'ready') {
      for (const attempt of unfinished) {
        // An attempt recorded before any model was chosen simply waits for one, as the UI says.
        if (attempt.status === 'recorded' && model.state === 'missing') continue;
        store.setAttemptStatus(attempt.id, 'failed', modelUnusableSentence(model));
      }
      return;
    }
    for (const attempt of unfinished) this.requeue(attempt.id, attempt.questionId);
    for (const attempt of store.listRetryableFailures(MAX_LAUNCH_RETRIES)) {
      store.countRetry(attempt.id);
      this.requeue(attempt.id, attempt.questionId);
    }
  }

  /** Queues a failed (or never transcribed) attempt again, from its stored audio: the user's Retry. */
  retry(attemptId: number): void {
    const { store } = this.options;
    const attempt = store.getAttempt(attemptId);
    if (!attempt) throw new AppError('not-found', 'That attempt no longer exists (it may have been deleted).');
    if (attempt.status === 'scored' || attempt.status === 'transcribing')
      throw new AppError('invalid-argument', 'This attempt is not failed, so there is nothing to retry.');
    if (!attempt.hasRecording) throw new AppError('not-found', 'This attempt has no recording to transcribe.');
    store.setAttemptStatus(attemptId, 'recorded');
    this.requeue(attemptId, attempt.questionId);
  }

  /**
   * After an upgrade of the analysis, attempts an older version scored are scored again in the background, in
   * the queue (never beside a new attempt's scoring), so history never mixes verdicts from two versions.
   */
  rescoreStale(): Promise<void> {
    const { store, settings, emit } = this.options;
    return this.queue.run(async () => {
      try {
        await rescoreAttemptsAsync(store, {
          fillerWords: settings.get().fillerWords,
          decode: decodeOggOpusAsync,
          onProgress: (done, total) => emit('rescoreProgress', { done, total }),
        });
      } catch (error) {
        this.log.error(error, 're-scoring attempts of an older analysis');
      }
    });
  }

  /** Runs a job in the processing queue, after the work queued so far (re-transcription queues its attempts here). */
  schedule(job: () => Promise<void>): Promise<void> {
    return this.queue.run(job);
  }

  /** Waits for queued transcription and scoring to finish. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private requeue(attemptId: number, questionId: number): void {
    const recording = this.options.store.getRecording(attemptId);
    if (!recording) return;
    this.options.emit('attemptProgress', { attemptId, questionId, stage: 'saving' });
    // Decoded on a worker thread, inside the queue, so idle() still waits for it and the event loop stays free.
    void this.queue.run(async () => {
      let samples: Float32Array;
      try {
        samples = await decodeOggOpusAsync(recording.bytes);
      } catch (error) {
        this.log.error(error, `decoding the audio of attempt ${attemptId}`);
        const reason = 'The stored audio of this attempt cannot be read.';
        this.options.store.setAttemptStatus(attemptId, 'failed', reason);
        this.options.emit('attemptProgress', { attemptId, questionId, stage: 'failed', message: reason });
        return;
      }
      await this.process(attemptId, questionId, samples);
    });
  }

  private async process(
    attemptId: number,
    questionId: number,
    samples: Float32Array,
    streamed?: StreamedTranscript,
  ): Promise<void> {
    const { store, settings: settingsService } = this.options;
    const emit = (stage: AttemptStage, extra: { message?: string } & StretchCounts = {}): void =>
      this.options.emit('attemptProgress', { attemptId, questionId, stage, ...extra });
    try {
      const attempt = store.getAttempt(attemptId);
      if (!attempt) return;
      const settings = settingsService.get();
      // A live transcript's model was checked when the recording began and is loaded: reading the file's
      // headers again would only compete with whisper.cpp for the last stretch.
      const modelPath =
        streamed && streamed.modelPath === settings.modelPath ? streamed.modelPath : await usableModel(settings.modelPath);
      if (modelPath === null) {
        emit('done', { message: 'Saved. Choose a Whisper model to transcribe it.' });
        return;
      }
      store.setAttemptStatus(attemptId, 'transcribing');
      const words = this.transcribe(samples, modelPath, streamed, (counts) => emit('transcribing', counts));
      // Awaited below; a failure while the facts are worked out must not leave it unhandled.
      words.catch(() => undefined);
      // The audio's own facts need no words: worked out while whisper.cpp transcribes the last stretch.
      const facts = audioFacts(samples, streamed?.steady);
      const transcript = await words.catch(async (error: unknown) => {
        // The model check skipped above explains a failure best when the file went away or was damaged
        // during the recording: its sentence replaces the transcriber's.
        if (modelPath === streamed?.modelPath) await usableModel(settings.modelPath);
        throw error;
      });
      if (!store.getAttempt(attemptId)) return;
      store.saveTranscript(attemptId, 'whisper', transcript, path.basename(modelPath), FILLER_PROMPT);
      emit('scoring');
      const question = store.getQuestion(questionId)?.text;
      const window = { minSec: attempt.targetMinSec, maxSec: attempt.targetMaxSec };
      store.saveReport(attemptId, score(transcript, facts, { fillerWords: settings.fillerWords, question, window }));
      emit('done');
    } catch (error) {
      this.log.error(error, `transcribing attempt ${attemptId}`);
      const sentence = failureSentence(error);
      if (store.getAttempt(attemptId)) store.setAttemptStatus(attemptId, 'failed', sentence);
      emit('failed', { message: sentence });
    } finally {
      // Whatever became of the attempt, the live transcript has nothing more to do.
      streamed?.stream.cancel();
    }
  }

  /**
   * The words of a recording: what the live transcript made of it, or, when there was none (recovered,
   * transcribed once a model was chosen), when it failed, or when the model has changed since, the same
   * stretch-by-stretch transcription of the whole stored audio.
   */
  private async transcribe(
    samples: Float32Array,
    modelPath: string,
    streamed: StreamedTranscript | undefined,
    report: (counts: StretchCounts) => void,
  ): Promise<TimedWord[]> {
    if (streamed?.modelPath === modelPath) {
      const live = streamed.progress;
      live.onChange = () => report(live.counts());
      report(live.counts());
      const words = await streamed.words.catch(() => null);
      live.onChange = null;
      if (words) return words;
    }
    const progress = new StretchProgress();
    progress.push(samples, SAMPLE_RATE);
    progress.finish();
    progress.onChange = () => report(progress.counts());
    report(progress.counts());
    return transcribeBatch(this.options.host.forModel(modelPath), samples, { onStretch: (stretch) => progress.record(stretch) });
  }
}
