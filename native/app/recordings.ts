// Recordings in progress: each is journaled to disk chunk by chunk (so a crash loses nothing), compressed
// and transcribed as it arrives, and on Stop stored as an attempt and handed to the pipeline. At launch,
// journals left behind by a crash become attempts marked as recovered. One recording is live at a time.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { TargetWindow } from '../../common/contract';
import { drillLengthFor } from '../../common/drill-lengths';
import { AppError } from '../../common/errors';
import { SAMPLE_RATE } from '../audio/format';
import { listInterrupted, openJournal, removeJournal, type Journal, type JournalMeta } from '../audio/journal';
import { OggOpusEncoder } from '../audio/ogg-opus';
import { SteadyVoicedTracker } from '../audio/vocalized';
import { retryOnBusy, type Store } from '../store';
import { StreamingTranscription, type StretchReport } from '../transcriber/streaming';
import { NO_LOG, type ErrorLog } from './error-log';
import type { Emit } from './events';
import type { LibraryService } from './library';
import { LiveWords } from './live-words';
import type { Pipeline, StreamedTranscript } from './pipeline';
import type { SettingsService } from './settings';
import { StretchProgress } from './stretch-progress';
import type { TranscriberHost } from './transcription';

/** A recording being transcribed as it arrives, with the model it uses. */
type LiveTranscript = Omit<StreamedTranscript, 'words' | 'steady'>;

interface LiveRecording {
  journal: Journal;
  meta: JournalMeta;
  /** Compresses as chunks arrive, so Stop has almost nothing left to encode. */
  encoder: OggOpusEncoder;
  /** Transcribes as chunks arrive, so Stop has only the last stretch left; null without a model. */
  transcript: LiveTranscript | null;
  /** Analyses held sounds as chunks arrive, so Stop has only the window scan left. */
  steady: SteadyVoicedTracker;
}

export interface RecordingsOptions {
  store: Store;
  settings: SettingsService;
  library: LibraryService;
  pipeline: Pipeline;
  host: TranscriberHost;
  journalDir: string;
  emit: Emit;
  /** Receives the developer detail of a recovery that failed (default: dropped). */
  log?: ErrorLog;
  /** Observes each stretch transcribed while recording (diagnostics, the benchmark). */
  onStretch?: (recordingId: string, report: StretchReport) => void;
}

/** At most this many recordings are live: a renderer cannot open journals (and file descriptors) without bound. */
const MAX_LIVE = 1;
/** Recovery encodes this much audio between two turns of the event loop, so the app stays responsive. */
const RECOVERY_CHUNK_SAMPLES = SAMPLE_RATE * 2;

export class RecordingsService {
  private readonly live = new Map<string, LiveRecording>();
  /** Stopped recordings whose attempt is being written (perhaps waiting out another process's lock). */
  private readonly saving = new Set<string>();
  private readonly log: ErrorLog;

  constructor(private readonly options: RecordingsOptions) {
    mkdirSync(options.journalDir, { recursive: true });
    this.log = options.log ?? NO_LOG;
  }

  /** A recording is live, or a stopped one is still being written. */
  get busy(): boolean {
    return this.live.size > 0 || this.saving.size > 0;
  }

  start(input: { questionId: number; target: TargetWindow }): { recordingId: string } {
    this.options.library.requireQuestion(input.questionId);
    if (this.live.size >= MAX_LIVE)
      throw new AppError('recording-active', 'a recording is already in progress: stop or discard it first');
    const meta: JournalMeta = {
      recordingId: randomUUID(),
      questionId: input.questionId,
      startedAt: new Date().toISOString(),
      targetMinSec: input.target.minSec,
      targetMaxSec: input.target.maxSec,
      sampleRate: SAMPLE_RATE,
    };
    const journal = openJournal(this.options.journalDir, meta);
    const transcript = this.startLiveTranscript(meta.recordingId);
    this.live.set(meta.recordingId, {
      journal,
      meta,
      encoder: new OggOpusEncoder(),
      transcript,
      steady: new SteadyVoicedTracker(),
    });
    return { recordingId: meta.recordingId };
  }

  append(input: { recordingId: string; seq: number; samples: Float32Array }): void {
    const { journal, encoder, transcript, steady } = this.requireLive(input.recordingId);
    if (journal.append(input.seq, input.samples)) {
      encoder.push(input.samples);
      steady.push(input.samples);
      transcript?.stream.push(input.samples);
      transcript?.progress.push(input.samples, SAMPLE_RATE);
    }
  }

  /**
   * Stores the take as an attempt with its audio (one transaction, retried while another process holds
   * the write lock) and hands it to the pipeline. On any failure the journal stays for the next launch.
   */
  async stop(input: { recordingId: string }): Promise<{ attemptId: number }> {
    const { journal, meta, encoder, transcript, steady } = this.requireLive(input.recordingId);
    this.live.delete(input.recordingId);
    if (journal.durationSec === 0) {
      encoder.discard();
      transcript?.stream.cancel();
      journal.remove();
      throw new AppError('nothing-recorded', 'nothing was recorded: check the microphone level and try again');
    }
    // The last stretch goes to the transcriber first (the turn lets the stream send it), so that
    // whisper.cpp works on it while the take is read back, analysed and stored here.
    transcript?.progress.finish();
    const words = transcript?.stream.finish();
    words?.catch(() => undefined);
    this.saving.add(meta.recordingId);
    try {
      if (words) await nextTurn();
      journal.close();
      const samples = journal.samples();
      const streamed: StreamedTranscript | undefined =
        transcript && words ? { ...transcript, words, steady: steady.finish(samples) } : undefined;
      const attemptId = await this.storeRecording(meta, samples, false, encoder.finish(), streamed);
      journal.remove();
      return { attemptId };
    } catch (error) {
      transcript?.stream.cancel();
      throw error;
    } finally {
      this.saving.delete(meta.recordingId);
    }
  }

  discard(input: { recordingId: string }): void {
    const { journal, encoder, transcript } = this.requireLive(input.recordingId);
    this.live.delete(input.recordingId);
    encoder.discard();
    transcript?.stream.cancel();
    journal.remove();
  }

  /**
   * Ends every live recording as Stop would (an empty one is dropped), for when the page that started it
   * is gone (a reload, a renderer crash): its take is kept, and the next recording is not refused.
   * Never rejects: it runs from window events.
   */
  async settleLive(): Promise<void> {
    for (const recordingId of [...this.live.keys()]) {
      try {
        await this.stop({ recordingId });
      } catch {
        // Nothing recorded: nothing to keep. Any other failure leaves the journal for the next launch.
      }
    }
  }

  /**
   * Turns recordings left behind by a crash or a kill into attempts, marked as recovered. Runs in the
   * background: the audio is encoded a chunk per turn of the event loop. A journal is deleted only after
   * its attempt and audio are committed together, so a crash anywhere leaves it for the next launch.
   */
  async recoverInterrupted(): Promise<void> {
    const { recovered, unreadable } = listInterrupted(this.options.journalDir);
    // Recovery runs after start-up, so a recording may already be live: its journal is not left behind.
    const current = (recordingId: string): boolean => this.live.has(recordingId) || this.saving.has(recordingId);
    for (const { meta, samples, path: journalPath } of recovered.filter(({ meta }) => !current(meta.recordingId))) {
      if (samples.length === 0) {
        removeJournal(journalPath);
        continue;
      }
      const encoder = new OggOpusEncoder();
      for (let start = 0; start < samples.length; start += RECOVERY_CHUNK_SAMPLES) {
        encoder.push(samples.subarray(start, start + RECOVERY_CHUNK_SAMPLES));
        await nextTurn();
      }
      try {
        await this.storeRecording(meta, samples, true, encoder.finish());
      } catch (error) {
        this.log.error(error, `recovering ${journalPath}`);
        this.options.emit('notice', {
          level: 'error',
          message: 'An interrupted recording could not be restored yet. Voicedrill will try again at the next start.',
        });
        continue;
      }
      removeJournal(journalPath);
      this.options.emit('notice', {
        level: 'info',
        message: `Recovered an interrupted recording (${(samples.length / SAMPLE_RATE).toFixed(1)} s).`,
      });
    }
    for (const { path: journalPath, reason } of unreadable) {
      this.log.error(new Error(reason), `recovering ${journalPath}`);
      this.options.emit('notice', { level: 'error', message: 'An interrupted recording is damaged and could not be restored.' });
    }
  }

  /** A recording still open at quit stays journaled and is recovered at the next launch. */
  close(): void {
    for (const { journal, encoder, transcript } of this.live.values()) {
      encoder.discard();
      transcript?.stream.cancel();
      journal.close();
    }
    this.live.clear();
  }

  private async storeRecording(
    meta: JournalMeta,
    samples: Float32Array,
    recovered: boolean,
    bytes: Uint8Array,
    streamed?: StreamedTranscript,
  ): Promise<number> {
    const target = { minSec: meta.targetMinSec, maxSec: meta.targetMaxSec };
    // One transaction: an attempt without its audio can never exist, and a try that met the lock left nothing.
    const attemptId = await retryOnBusy(() =>
      this.options.store.createAttemptWithRecording(
        {
          questionId: meta.questionId,
          startedAt: meta.startedAt,
          drillLength: drillLengthFor(target),
          targetMinSec: target.minSec,
          targetMaxSec: target.maxSec,
          recovered,
        },
        { codec: 'ogg-opus', sampleRate: SAMPLE_RATE, sampleCount: samples.length, bytes },
        samples.length / SAMPLE_RATE,
      ),
    );
    this.options.pipeline.enqueue(attemptId, meta.questionId, samples, streamed);
    return attemptId;
  }

  /** Starts transcribing a new recording as it arrives, when a model is set; a bad model falls back to the queue. */
  private startLiveTranscript(recordingId: string): LiveTranscript | null {
    const { modelPath, liveView, fillerWords } = this.options.settings.get();
    if (modelPath === null) return null;
    const progress = new StretchProgress();
    const onStretch = this.options.onStretch;
    const live = liveView ? new LiveWords(recordingId, fillerWords) : null;
    const stream = new StreamingTranscription(this.options.host.forCheckedModel(modelPath), {
      onStretch: (report: StretchReport) => {
        progress.record(report);
        onStretch?.(recordingId, report);
        if (live && report.words.length > 0 && this.live.has(recordingId)) this.options.emit('liveWords', live.add(report.words));
      },
    });
    return { stream, modelPath, progress };
  }

  private requireLive(recordingId: string): LiveRecording {
    const recording = this.live.get(recordingId);
    if (!recording) throw new AppError('not-found', 'that recording is no longer active');
    return recording;
  }
}
