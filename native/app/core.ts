// The main process's logic, independent of Electron: recording journals, the processing queue
// (transcribe → score → store), settings and the model. electron/main wires it to IPC; tests and the
// Chromium harness drive the very same object.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { EventName, Events, ModelStatus, RecordedAudio, Settings, TargetWindow } from '../../electron/contract';
import { SAMPLE_RATE } from '../audio/format';
import { listInterrupted, openJournal, removeJournal, type Journal, type JournalMeta } from '../audio/journal';
import { decodeOggOpus, encodeOggOpus, OggOpusEncoder } from '../audio/ogg-opus';
import { scoreSamples, transcribe } from '../pipeline/analyze';
import { openStore, readStarterQuestions, type AttemptDetail, type AttemptSummary, type Question, type QuestionWithFollowUps, type Store } from '../store';
import { inspectModel } from '../transcriber/model-file';
import { Transcriber } from '../transcriber/transcriber';
import type { DataPaths } from './paths';
import { drillLengthFor, loadSettings, saveSettings } from './settings';
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
}

interface LiveRecording {
  journal: Journal;
  meta: JournalMeta;
  /** Compresses as chunks arrive, so Stop has almost nothing left to encode. */
  encoder: OggOpusEncoder;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function openCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.paths.journal, { recursive: true });
  const store = openStore(options.paths.database, { nativeBinding: options.sqliteBinding });
  store.seedStarterQuestions(readStarterQuestions(path.join(options.resourcesDir, 'questions.json')));
  const core = new Core(store, options);
  core.recoverInterrupted();
  return core;
}

export class Core {
  private readonly live = new Map<string, LiveRecording>();
  private readonly queue = new SerialQueue();
  private transcriber: Transcriber | null = null;
  private loadedModel: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly options: CoreOptions,
  ) {}

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
    this.live.set(meta.recordingId, { journal, meta, encoder: new OggOpusEncoder() });
    return { recordingId: meta.recordingId };
  }

  appendRecording(input: { recordingId: string; seq: number; samples: Float32Array }): void {
    const { journal, encoder } = this.requireLive(input.recordingId);
    if (journal.append(input.seq, input.samples)) encoder.push(input.samples);
  }

  stopRecording(input: { recordingId: string }): { attemptId: number } {
    const { journal, meta, encoder } = this.requireLive(input.recordingId);
    this.live.delete(input.recordingId);
    journal.close();
    const samples = journal.samples();
    if (samples.length === 0) {
      encoder.discard();
      journal.remove();
      throw new Error('nothing was recorded: check the microphone level and try again');
    }
    const attemptId = this.storeRecording(meta, samples, false, encoder.finish());
    journal.remove();
    return { attemptId };
  }

  discardRecording(input: { recordingId: string }): void {
    const { journal, encoder } = this.requireLive(input.recordingId);
    this.live.delete(input.recordingId);
    encoder.discard();
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
    if (status.state === 'ready') {
      saveSettings(this.store, { modelPath: picked });
      this.requeueUntranscribed();
    }
    return status;
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
    for (const { journal, encoder } of this.live.values()) {
      encoder.discard();
      journal.close();
    }
    this.live.clear();
    await this.queue.idle();
    await this.transcriber?.close();
    this.transcriber = null;
    this.store.close();
  }

  private storeRecording(meta: JournalMeta, samples: Float32Array, recovered: boolean, encoded?: Uint8Array): number {
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
    this.enqueue(attemptId, meta.questionId, samples);
    return attemptId;
  }

  private enqueue(attemptId: number, questionId: number, samples: Float32Array): void {
    this.options.emit('attemptProgress', { attemptId, questionId, stage: 'saving' });
    void this.queue.run(() => this.process(attemptId, questionId, samples));
  }

  private async process(attemptId: number, questionId: number, samples: Float32Array): Promise<void> {
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
      const transcript = await transcribe(await this.transcriberFor(model.path), samples);
      if (!this.store.getAttempt(attemptId)) return;
      this.store.saveTranscript(attemptId, 'whisper', transcript.words, transcript.model ?? undefined);
      emit('scoring');
      this.store.saveReport(attemptId, scoreSamples(samples, transcript.words, settings.fillerWords));
      emit('done');
    } catch (error) {
      if (this.store.getAttempt(attemptId)) this.store.setAttemptStatus(attemptId, 'failed', message(error));
      emit('failed', message(error));
    }
  }

  /** Attempts saved without a transcript (no model yet, or a crash mid-transcription) are processed again. */
  private requeueUntranscribed(): void {
    if (this.getSettings().modelPath === null) return;
    for (const attempt of this.store.listUntranscribedAttempts()) {
      const recording = this.store.getRecording(attempt.id);
      if (recording) this.enqueue(attempt.id, attempt.questionId, decodeOggOpus(recording.bytes));
    }
  }

  private async transcriberFor(modelPath: string): Promise<Transcriber> {
    this.transcriber ??= await Transcriber.start({});
    if (this.loadedModel !== modelPath) {
      await this.transcriber.load(modelPath);
      this.loadedModel = modelPath;
    }
    return this.transcriber;
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
