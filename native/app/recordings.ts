// Recordings in progress: each is journaled to disk chunk by chunk (so a crash loses nothing), compressed
// and transcribed as it arrives, and on Stop stored as an attempt and handed to the pipeline. At launch,
// journals left behind by a crash become attempts marked as recovered. One recording is live at a time.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { TargetWindow } from '../../common/contract';
import { drillLengthFor } from '../../common/drill-lengths';
import { AppError } from '../../common/errors';
import { SAMPLE_RATE } from '../audio/format';
import { listInterrupted, openJournal, removeJournal, type Journal, type JournalMeta } from '../audio/journal';
import { encodeOggOpus, OggOpusEncoder } from '../audio/ogg-opus';
import type { Store } from '../store';
import { StreamingTranscription, type StretchReport } from '../transcriber/streaming';
import type { Emit } from './events';
import type { LibraryService } from './library';
import type { Pipeline, StreamedTranscript } from './pipeline';
import type { SettingsService } from './settings';
import { StretchProgress } from './stretch-progress';
import type { TranscriberHost } from './transcription';

/** A recording being transcribed as it arrives, with the model it uses. */
type LiveTranscript = Omit<StreamedTranscript, 'words'>;

interface LiveRecording {
  journal: Journal;
  meta: JournalMeta;
  /** Compresses as chunks arrive, so Stop has almost nothing left to encode. */
  encoder: OggOpusEncoder;
  /** Transcribes as chunks arrive, so Stop has only the last stretch left; null without a model. */
  transcript: LiveTranscript | null;
}

export interface RecordingsOptions {
  store: Store;
  settings: SettingsService;
  library: LibraryService;
  pipeline: Pipeline;
  host: TranscriberHost;
  journalDir: string;
  emit: Emit;
  /** Observes each stretch transcribed while recording (diagnostics, the benchmark). */
  onStretch?: (recordingId: string, report: StretchReport) => void;
}

/** At most this many recordings are live: a renderer cannot open journals (and file descriptors) without bound. */
const MAX_LIVE = 1;

export class RecordingsService {
  private readonly live = new Map<string, LiveRecording>();

  constructor(private readonly options: RecordingsOptions) {
    mkdirSync(options.journalDir, { recursive: true });
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
    this.live.set(meta.recordingId, { journal, meta, encoder: new OggOpusEncoder(), transcript });
    return { recordingId: meta.recordingId };
  }

  append(input: { recordingId: string; seq: number; samples: Float32Array }): void {
    const { journal, encoder, transcript } = this.requireLive(input.recordingId);
    if (journal.append(input.seq, input.samples)) {
      encoder.push(input.samples);
      transcript?.stream.push(input.samples);
      transcript?.progress.push(input.samples, SAMPLE_RATE);
    }
  }

  stop(input: { recordingId: string }): { attemptId: number } {
    const { journal, meta, encoder, transcript } = this.requireLive(input.recordingId);
    this.live.delete(input.recordingId);
    journal.close();
    const samples = journal.samples();
    if (samples.length === 0) {
      encoder.discard();
      transcript?.stream.cancel();
      journal.remove();
      throw new AppError('nothing-recorded', 'nothing was recorded: check the microphone level and try again');
    }
    // Finished at once, so the last stretch is transcribed while the attempt is stored.
    let streamed: StreamedTranscript | undefined;
    if (transcript) {
      transcript.progress.finish();
      streamed = { ...transcript, words: transcript.stream.finish() };
      streamed.words.catch(() => undefined);
    }
    const attemptId = this.storeRecording(meta, samples, false, encoder.finish(), streamed);
    journal.remove();
    return { attemptId };
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
   * Never throws: it runs from window events.
   */
  settleLive(): void {
    for (const recordingId of [...this.live.keys()]) {
      try {
        this.stop({ recordingId });
      } catch {
        // Nothing recorded: nothing to keep. Any other failure leaves the journal for the next launch.
      }
    }
  }

  /** Turns recordings left behind by a crash or a kill into attempts, marked as recovered. */
  recoverInterrupted(): void {
    const { recovered, unreadable } = listInterrupted(this.options.journalDir);
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

  private storeRecording(
    meta: JournalMeta,
    samples: Float32Array,
    recovered: boolean,
    encoded?: Uint8Array,
    streamed?: StreamedTranscript,
  ): number {
    const { store } = this.options;
    const target = { minSec: meta.targetMinSec, maxSec: meta.targetMaxSec };
    const attemptId = store.createAttempt({
      questionId: meta.questionId,
      startedAt: meta.startedAt,
      drillLength: drillLengthFor(target),
      targetMinSec: target.minSec,
      targetMaxSec: target.maxSec,
      recovered,
    });
    const bytes = encoded ?? encodeOggOpus(samples);
    store.saveRecording(
      attemptId,
      { codec: 'ogg-opus', sampleRate: SAMPLE_RATE, sampleCount: samples.length, bytes },
      samples.length / SAMPLE_RATE,
    );
    this.options.pipeline.enqueue(attemptId, meta.questionId, samples, streamed);
    return attemptId;
  }

  /** Starts transcribing a new recording as it arrives, when a model is set; a bad model falls back to the queue. */
  private startLiveTranscript(recordingId: string): LiveTranscript | null {
    const modelPath = this.options.settings.get().modelPath;
    if (modelPath === null) return null;
    const progress = new StretchProgress();
    const onStretch = this.options.onStretch;
    const stream = new StreamingTranscription(this.options.host.forCheckedModel(modelPath), {
      onStretch: (report: StretchReport) => {
        progress.record(report);
        onStretch?.(recordingId, report);
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
