// The transcriber used by the main process and the CLI: whisper.cpp runs in a child process, so the
// caller's event loop stays free and a native abort costs the calls in flight, not the app. A dead
// process is replaced on the next call, with the model reloaded.

import { fileURLToPath } from 'node:url';
import type { ModelInfo } from './model-file';
import { checkThreads, defaultThreads, nativeParams, preparePcm, WHISPER_SAMPLE_RATE, type DecodeOptions } from './params';
import { forkTranscriber, type SpawnTranscriber } from './process';
import { ProcessSession } from './process-session';
import type { TranscriptResult } from './types';

export { audioCtxFor } from './params';
export type { DecodeOptions } from './params';
export type { ModelInfo } from './model-file';
export type { TranscribeOptions, TranscriptResult } from './types';
export type { SpawnTranscriber, TranscriberProcess } from './process';

export interface StartOptions {
  /** Process entry; by default worker.ts next to this file from source, transcriber-worker.js when bundled. */
  workerUrl?: URL;
  /** Starts the process; child_process.fork by default (Electron's main passes one on utilityProcess). */
  spawn?: SpawnTranscriber;
  /** Threads whisper.cpp computes with; default min(4, available cores). */
  threads?: number;
  /** Let whisper.cpp log to stderr (off by default: the CLI's stderr is for one-line errors). */
  nativeLogs?: boolean;
}

function defaultWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./worker.ts', import.meta.url)
    : new URL('./transcriber-worker.js', import.meta.url);
}

export class Transcriber {
  private session: ProcessSession | null = null;
  /** The model the caller loaded; a replacement process loads it again before anything else. */
  private modelPath: string | null = null;
  private closed = false;

  private constructor(
    private readonly entry: string,
    private readonly spawn: SpawnTranscriber,
    private readonly threads: number,
    private readonly nativeLogs: boolean,
  ) {}

  /** Starts the process and waits until it has loaded the native binding. */
  static async start(options: StartOptions = {}): Promise<Transcriber> {
    const threads = checkThreads(options.threads ?? defaultThreads());
    const entry = fileURLToPath(options.workerUrl ?? defaultWorkerUrl());
    const transcriber = new Transcriber(entry, options.spawn ?? forkTranscriber, threads, options.nativeLogs ?? false);
    await transcriber.currentSession().ready;
    return transcriber;
  }

  /** The transcriber process's id while one runs. */
  get pid(): number | undefined {
    return this.session?.pid;
  }

  /** Checks the file, then loads it in the process, freeing the model loaded before. */
  async load(modelPath: string): Promise<ModelInfo> {
    const info = await this.currentSession().call({ type: 'load', path: modelPath });
    this.modelPath = modelPath;
    return info;
  }

  /**
   * Transcribes 16 kHz mono samples. The caller's array is left untouched; a copy goes to the process.
   * If the process dies meanwhile, rejects with an AppError coded 'transcriber-crashed'.
   */
  async transcribe(pcm: Float32Array, options: DecodeOptions = {}): Promise<TranscriptResult> {
    const samples = preparePcm(pcm);
    const durationSec = pcm.length / WHISPER_SAMPLE_RATE;
    const params = nativeParams(options, this.threads, durationSec);
    const request = { type: 'transcribe', pcm: samples, params, durationSec } as const;
    return this.currentSession().call(request, options.onProgress);
  }

  /** Fails calls in flight at once; resolves when the process has ended (after any running native call). */
  async close(): Promise<void> {
    this.closed = true;
    const session = this.session;
    this.session = null;
    await session?.close(new Error('the transcriber was closed'));
  }

  private currentSession(): ProcessSession {
    if (this.closed) throw new Error('the transcriber was closed');
    if (this.session) return this.session;
    const session = new ProcessSession(this.entry, {
      spawn: this.spawn,
      nativeLogs: this.nativeLogs,
      onStop: () => {
        if (this.session === session) this.session = null;
      },
    });
    this.session = session;
    // Queued ahead of the caller's request; if the model cannot be reloaded, that request reports
    // that no model is loaded.
    if (this.modelPath) {
      session.call({ type: 'load', path: this.modelPath }).catch(() => {
        this.modelPath = null;
      });
    }
    return session;
  }
}
