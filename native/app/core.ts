// The main process's logic, independent of Electron: recording journals, the processing queue
// (transcribe → score → store), settings and the model. electron/main wires it to IPC; tests and the
// Chromium harness drive the very same object.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { EventName, Events, ModelStatus, RecordedAudio, Settings, TargetWindow } from '../../common/contract';
import { SAMPLE_RATE } from '../audio/format';
import { listInterrupted, openJournal, removeJournal, type Journal, type JournalMeta } from '../audio/journal';
import { decodeOggOpus, encodeOggOpus, OggOpusEncoder } from '../audio/ogg-opus';
import { scoreSamples } from '../pipeline/analyze';
import { openStore, readStarterQuestions, type AttemptDetail, type AttemptSummary, type Question, type QuestionWithFollowUps, type Store } from '../store';
import type { TimedWord } from '../../common/report';
import { inspectModel } from '../transcriber/model-file';
import { StreamingTranscription, transcribeBatch, type StretchReport } from '../transcriber/streaming';
import { Transcriber, type SpawnTranscriber } from '../transcriber/transcriber';
import { alignCorrection } from '../analysis/align-correction';
import { ModelLibrary } from '../models/library';
import { shippedCatalogue } from '../models/shipped';
import { ModelService } from './models-service';
import type { DataPaths } from './paths';
import { loadSettings, saveSettings } from './settings';
import { drillLengthFor } from '../../common/drill-lengths';
import { SerialQueue } from './serial-queue';

export type Emit = <E extends EventName>(name: E, payload: Events[E]) => void;

export interface CoreOptions {
  paths: DataPaths;
  /** The app's resources/ folder (starter questions); its place differs between a checkout and a package. */
  resourcesDir: string;
  emit: Emit;
  /** better-sqlite3 built for Electron's ABI, when the one in node_modules is built for Node's. */
  sqliteBinding?: string;
  /** Asks the user for a model file; null when they cancel. */
  pickModelFile(): Promise<string | null>;
  /** Observes each stretch transcribed while recording (diagnostics, the benchmark). */
  onStretch?: (recordingId: string, report: StretchReport) => void;
  spawnTranscriber?: SpawnTranscriber; // how the transcriber process starts: child_process.fork by default
}

/** A recording being transcribed as it arrives, with the model it uses. */
interface LiveTranscript {
  stream: StreamingTranscription;
  modelPath: string;
}

/** What Stop hands to the processing queue: the live transcript and its result, awaited there. */
interface StreamedTranscript extends LiveTranscript {
  words: Promise<TimedWord[]>;
}

interface LiveRecording {
  journal: Journal;
  meta: JournalMeta;
  /** Compresses as chunks arrive, so Stop has almost nothing left to encode. */
  encoder: OggOpusEncoder;
  /** Transcribes as chunks arrive, so Stop has only the last stretch left; null without a model. */
  transcript: LiveTranscript | null;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function openCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.paths.journal, { recursive: true });
  const store = openStore(options.paths.database, { nativeBinding: options.sqliteBinding });
  store.seedStarterQuestions(readStarterQuestions(path.join(options.resourcesDir, 'questions.json')));
  const core = new Core(store, new ModelLibrary(options.paths.models, shippedCatalogue()), options);
  core.recoverInterrupted();
  return core;
}

export class Core {
  private readonly live = new Map<string, LiveRecording>();
  private readonly queue = new SerialQueue();
  private transcriber: Promise<Transcriber> | null = null;
  private loadedModel: { path: string; loaded: Promise<unknown> } | null = null;
  /** Set once the queue has drained at close: no worker may start after that. */
  private closing = false;

  readonly models: ModelService;

  constructor(
    private readonly store: Store,
    library: ModelLibrary,
    private readonly options: CoreOptions,
  ) {
    this.models = new ModelService(
      library,
      { get: () => this.getSettings().modelPath, set: (modelPath) => this.setActiveModel(modelPath) },
      options.emit,
    );
  }

  listQuestions(): QuestionWithFollowUps[] {
    return this.store.listQuestions();
  }

  addQuestion(input: { text: string; kind: 'question' | 'story' }): Question {
    const id = this.store.addQuestion({ kind: input.kind, text: input.text.trim() });
    return this.requireQuestion(id);
  }

  listAttempts(questionId: number): AttemptSummary[] {
    this.requireQuestion(questionId);
    return this.store.listAttempts(questionId);
  }

  getAttempt(attemptId: number): AttemptDetail {
    const attempt = this.store.getAttempt(attemptId);
    if (!attempt) throw new Error(`attempt ${attemptId} does not exist (it may have been deleted)`);
    return attempt;
  }

  getRecording(attemptId: number): RecordedAudio {
    const recording = this.store.getRecording(attemptId);
    if (!recording) throw new Error(`attempt ${attemptId} has no recording`);
    return { mimeType: 'audio/ogg; codecs=opus', bytes: recording.bytes };
  }

  deleteAttempt(attemptId: number): void {
    if (!this.store.deleteAttempt(attemptId)) throw new Error(`attempt ${attemptId} does not exist`);
  }

  startRecording(input: { questionId: number; target: TargetWindow }): { recordingId: string } {
    this.requireQuestion(input.questionId);
    const meta: JournalMeta = {
      recordingId: randomUUID(),
      questionId: input.questionId,
      startedAt: new Date().toISOString(),
      targetMinSec: input.target.minSec,
      targetMaxSec: input.target.maxSec,
      sampleRate: SAMPLE_RATE,
    };
    const journal = openJournal(this.options.paths.journal, meta);
    const transcript = this.startLiveTranscript(meta.recordingId);
    this.live.set(meta.recordingId, { journal, meta, encoder: new OggOpusEncoder(), transcript });
    return { recordingId: meta.recordingId };
  }

  appendRecording(input: { recordingId: string; seq: number; samples: Float32Array }): void {
    const { journal, encoder, transcript } = this.requireLive(input.recordingId);
    if (journal.append(input.seq, input.samples)) {
      encoder.push(input.samples);
      transcript?.stream.push(input.samples);
    }
  }

  stopRecording(input: { recordingId: string }): { attemptId: number } {
    const { journal, meta, encoder, transcript } = this.requireLive(input.recordingId);
    this.live.delete(input.recordingId);
    journal.close();
    const samples = journal.samples();
    if (samples.length === 0) {
      encoder.discard();
      transcript?.stream.cancel();
      journal.remove();
      throw new Error('nothing was recorded: check the microphone level and try again');
    }
    // Finished at once, so the last stretch is transcribed while the attempt is stored.
    const streamed = transcript ? { ...transcript, words: transcript.stream.finish() } : undefined;
    streamed?.words.catch(() => undefined);
    const attemptId = this.storeRecording(meta, samples, false, encoder.finish(), streamed);
    journal.remove();
    return { attemptId };
  }

  discardRecording(input: { recordingId: string }): void {
    const { journal, encoder, transcript } = this.requireLive(input.recordingId);
    this.live.delete(input.recordingId);
    encoder.discard();
    transcript?.stream.cancel();
    journal.remove();
  }

  getSettings(): Settings {
    return loadSettings(this.store);
  }

  updateSettings(patch: Partial<Omit<Settings, 'modelPath'>>): Settings {
    return saveSettings(this.store, patch);
  }

  async getModelStatus(): Promise<ModelStatus> {
    return this.modelStatus(this.getSettings().modelPath);
  }

  async chooseModelFile(): Promise<ModelStatus> {
    const picked = await this.options.pickModelFile();
    if (picked === null) return this.getModelStatus();
    const status = await this.modelStatus(picked);
    if (status.state === 'ready') this.setActiveModel(picked);
    return status;
  }

  async useModel(name: string): Promise<ModelStatus> {
    const modelPath = this.models.pathOf(name);
    const status = await this.modelStatus(modelPath);
    if (status.state !== 'ready') throw new Error(status.state === 'invalid' ? status.error : `model '${name}' is missing`);
    this.setActiveModel(modelPath);
    return status;
  }

  async deleteModel(name: string): Promise<void> {
    await this.models.remove(name);
  }

  /** Keeps the user's text beside Whisper's words, re-timed to them, and scores the attempt again. */
  correctTranscript(input: { attemptId: number; text: string }): AttemptDetail {
    const attempt = this.getAttempt(input.attemptId);
    if (attempt.words.length === 0) throw new Error('this attempt has no transcript to correct yet');
    const words = alignCorrection(attempt.words, input.text);
    if (words.length === 0) throw new Error('the corrected transcript is empty; use "Revert" to go back to Whisper\'s');
    this.store.saveTranscript(input.attemptId, 'corrected', words);
    return this.rescore(attempt);
  }

  /** Drops the correction and scores Whisper's words again. */
  revertTranscript(attemptId: number): AttemptDetail {
    const attempt = this.getAttempt(attemptId);
    this.store.saveTranscript(attemptId, 'corrected', []);
    return this.rescore(attempt);
  }

  /** Turns recordings left behind by a crash or a kill into attempts, marked as recovered. */
  recoverInterrupted(): void {
    const { recovered, unreadable } = listInterrupted(this.options.paths.journal);
    for (const { meta, samples, path: journalPath } of recovered) {
      if (samples.length === 0) {
        removeJournal(journalPath);
        continue;
      }
      this.storeRecording(meta, samples, true);
      removeJournal(journalPath);
      this.options.emit('notice', {
        level: 'info',
        message: `Recovered an interrupted recording (${(samples.length / SAMPLE_RATE).toFixed(1)} s).`,
      });
    }
    for (const { path: journalPath, reason } of unreadable) {
      this.options.emit('notice', { level: 'error', message: `Could not recover ${journalPath}: ${reason}` });
    }
    this.requeueUntranscribed();
  }

  /** Waits for queued transcription and scoring to finish. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  async close(): Promise<void> {
    // A recording still open at quit stays journaled and is recovered at the next launch.
    for (const { journal, encoder, transcript } of this.live.values()) {
      encoder.discard();
      transcript?.stream.cancel();
      journal.close();
    }
    this.live.clear();
    await this.queue.idle();
    this.closing = true;
    const transcriber = await this.transcriber?.catch(() => null);
    this.transcriber = null;
    this.loadedModel = null;
    await transcriber?.close();
    this.store.close();
  }

  private storeRecording(
    meta: JournalMeta,
    samples: Float32Array,
    recovered: boolean,
    encoded?: Uint8Array,
    streamed?: StreamedTranscript,
  ): number {
    const target = { minSec: meta.targetMinSec, maxSec: meta.targetMaxSec };
    const attemptId = this.store.createAttempt({
      questionId: meta.questionId,
      startedAt: meta.startedAt,
      drillLength: drillLengthFor(target),
      targetMinSec: target.minSec,
      targetMaxSec: target.maxSec,
      recovered,
    });
    const bytes = encoded ?? encodeOggOpus(samples);
    this.store.saveRecording(
      attemptId,
      { codec: 'ogg-opus', sampleRate: SAMPLE_RATE, sampleCount: samples.length, bytes },
      samples.length / SAMPLE_RATE,
    );
    this.enqueue(attemptId, meta.questionId, samples, streamed);
    return attemptId;
  }

  private enqueue(attemptId: number, questionId: number, samples: Float32Array, streamed?: StreamedTranscript): void {
    this.options.emit('attemptProgress', { attemptId, questionId, stage: 'saving' });
    void this.queue.run(() => this.process(attemptId, questionId, samples, streamed));
  }

  private async process(attemptId: number, questionId: number, samples: Float32Array, streamed?: StreamedTranscript): Promise<void> {
    const emit = (stage: Events['attemptProgress']['stage'], note?: string): void =>
      this.options.emit('attemptProgress', { attemptId, questionId, stage, ...(note ? { message: note } : {}) });
    try {
      if (!this.store.getAttempt(attemptId)) return;
      const settings = this.getSettings();
      const model = await this.modelStatus(settings.modelPath);
      if (model.state !== 'ready') {
        emit('done', model.state === 'missing' ? 'Saved. Choose a Whisper model to transcribe it.' : model.error);
        return;
      }
      this.store.setAttemptStatus(attemptId, 'transcribing');
      emit('transcribing');
      const words = await this.transcribe(samples, model.path, streamed);
      if (!this.store.getAttempt(attemptId)) return;
      this.store.saveTranscript(attemptId, 'whisper', words, path.basename(model.path));
      emit('scoring');
      const question = this.store.getQuestion(questionId)?.text;
      this.store.saveReport(attemptId, scoreSamples(samples, words, { fillerWords: settings.fillerWords, question }));
      emit('done');
    } catch (error) {
      if (this.store.getAttempt(attemptId)) this.store.setAttemptStatus(attemptId, 'failed', message(error));
      emit('failed', message(error));
    } finally {
      // Whatever became of the attempt, the live transcript has nothing more to do.
      streamed?.stream.cancel();
    }
  }

  private setActiveModel(modelPath: string | null): void {
    saveSettings(this.store, { modelPath });
    if (modelPath !== null) this.requeueUntranscribed();
  }

  /** Scores the attempt's current words (the correction when there is one) against its stored audio. */
  private rescore(attempt: AttemptDetail): AttemptDetail {
    const recording = this.store.getRecording(attempt.id);
    if (!recording) throw new Error(`attempt ${attempt.id} has no recording`);
    const words = this.getAttempt(attempt.id).words;
    const question = this.store.getQuestion(attempt.questionId)?.text;
    const options = { fillerWords: this.getSettings().fillerWords, ...(question ? { question } : {}) };
    this.store.saveReport(attempt.id, scoreSamples(decodeOggOpus(recording.bytes), words, options));
    return this.getAttempt(attempt.id);
  }

  /** Attempts saved without a transcript (no model yet, or a crash mid-transcription) are processed again. */
  private requeueUntranscribed(): void {
    if (this.getSettings().modelPath === null) return;
    for (const attempt of this.store.listUntranscribedAttempts()) {
      const recording = this.store.getRecording(attempt.id);
      if (recording) this.enqueue(attempt.id, attempt.questionId, decodeOggOpus(recording.bytes));
    }
  }

  /**
   * The words of a recording: what the live transcript made of it, or, when there was none (recovered,
   * transcribed once a model was chosen), when it failed, or when the model has changed since, the same
   * stretch-by-stretch transcription of the whole stored audio.
   */
  private async transcribe(samples: Float32Array, modelPath: string, streamed?: StreamedTranscript): Promise<TimedWord[]> {
    if (streamed?.modelPath === modelPath) {
      const words = await streamed.words.catch(() => null);
      if (words) return words;
    }
    return transcribeBatch(this.transcriberFor(modelPath), samples);
  }

  /** Starts transcribing a new recording as it arrives, when a model is set; a bad model falls back to the queue. */
  private startLiveTranscript(recordingId: string): LiveTranscript | null {
    const modelPath = this.getSettings().modelPath;
    if (modelPath === null) return null;
    const onStretch = this.options.onStretch;
    const stream = new StreamingTranscription(this.checkedTranscriberFor(modelPath), {
      ...(onStretch ? { onStretch: (report: StretchReport) => onStretch(recordingId, report) } : {}),
    });
    return { stream, modelPath };
  }

  private async checkedTranscriberFor(modelPath: string): Promise<Transcriber> {
    const status = await this.modelStatus(modelPath);
    if (status.state !== 'ready') throw new Error(status.state === 'invalid' ? status.error : 'no Whisper model is chosen');
    return this.transcriberFor(modelPath);
  }

  /**
   * One worker for the app, with the model loaded once: live transcripts and the queue ask for it at
   * the same time, so the start and each load are shared promises, forgotten when they fail.
   */
  private async transcriberFor(modelPath: string): Promise<Transcriber> {
    if (this.closing) throw new Error('the app is closing');
    if (this.transcriber === null) {
      const starting = Transcriber.start({ spawn: this.options.spawnTranscriber });
      this.transcriber = starting;
      starting.catch(() => {
        if (this.transcriber === starting) this.transcriber = null;
      });
    }
    const transcriber = await this.transcriber;
    let model = this.loadedModel;
    if (model?.path !== modelPath) {
      const loading = { path: modelPath, loaded: transcriber.load(modelPath) };
      model = loading;
      this.loadedModel = loading;
      loading.loaded.catch(() => {
        if (this.loadedModel === loading) this.loadedModel = null;
      });
    }
    await model.loaded;
    return transcriber;
  }

  private async modelStatus(modelPath: string | null): Promise<ModelStatus> {
    if (modelPath === null) return { state: 'missing' };
    try {
      const info = await inspectModel(modelPath);
      return { state: 'ready', path: modelPath, name: path.basename(modelPath), sizeBytes: info.sizeBytes };
    } catch (error) {
      return { state: 'invalid', path: modelPath, error: message(error) };
    }
  }

  private requireQuestion(id: number): Question {
    const question = this.store.getQuestion(id);
    if (!question) throw new Error(`question ${id} does not exist`);
    return question;
  }

  private requireLive(recordingId: string): LiveRecording {
    const recording = this.live.get(recordingId);
    if (!recording) throw new Error('that recording is no longer active');
    return recording;
  }
}
