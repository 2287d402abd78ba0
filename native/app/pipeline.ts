// The processing queue: each stored attempt is transcribed (or takes its live transcript), scored and
// saved, one at a time, with its progress sent as events. Attempts left untranscribed are queued again.
import path from 'node:path';
import type { AttemptStage } from '../../common/contract';
import type { TimedWord } from '../../common/report';
import { SAMPLE_RATE } from '../audio/format';
import { decodeOggOpus } from '../audio/ogg-opus';
import { scoreSamples } from '../pipeline/analyze';
import type { Store } from '../store';
import { transcribeBatch, type StreamingTranscription } from '../transcriber/streaming';
import type { Emit } from './events';
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
}

export interface PipelineOptions {
  store: Store;
  settings: SettingsService;
  host: TranscriberHost;
  emit: Emit;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class Pipeline {
  private readonly queue = new SerialQueue();

  constructor(private readonly options: PipelineOptions) {}

  enqueue(attemptId: number, questionId: number, samples: Float32Array, streamed?: StreamedTranscript): void {
    this.options.emit('attemptProgress', { attemptId, questionId, stage: 'saving' });
    void this.queue.run(() => this.process(attemptId, questionId, samples, streamed));
  }

  /** Attempts saved without a transcript (no model yet, or a crash mid-transcription) are processed again. */
  requeueUntranscribed(): void {
    const { store } = this.options;
    if (this.options.settings.get().modelPath === null) return;
    for (const attempt of store.listUntranscribedAttempts()) {
      const recording = store.getRecording(attempt.id);
      if (recording) this.enqueue(attempt.id, attempt.questionId, decodeOggOpus(recording.bytes));
    }
  }

  /** Waits for queued transcription and scoring to finish. */
  idle(): Promise<void> {
    return this.queue.idle();
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
      if (!store.getAttempt(attemptId)) return;
      const settings = settingsService.get();
      const model = await modelStatusOf(settings.modelPath);
      if (model.state !== 'ready') {
        emit('done', { message: model.state === 'missing' ? 'Saved. Choose a Whisper model to transcribe it.' : model.error });
        return;
      }
      store.setAttemptStatus(attemptId, 'transcribing');
      const words = await this.transcribe(samples, model.path, streamed, (counts) => emit('transcribing', counts));
      if (!store.getAttempt(attemptId)) return;
      store.saveTranscript(attemptId, 'whisper', words, path.basename(model.path));
      emit('scoring');
      const question = store.getQuestion(questionId)?.text;
      store.saveReport(attemptId, scoreSamples(samples, words, { fillerWords: settings.fillerWords, question }));
      emit('done');
    } catch (error) {
      if (store.getAttempt(attemptId)) store.setAttemptStatus(attemptId, 'failed', message(error));
      emit('failed', { message: message(error) });
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
