// Messages between the Transcriber client and its child process. Every request carries an id that
// its progress reports and its single final reply repeat.

import type { ModelInfo } from './model-file';
import type { NativeParams } from './params';
import type { TranscriptResult } from './types';

export type Request =
  { type: 'load'; path: string } | { type: 'transcribe'; pcm: Float32Array; params: NativeParams; durationSec: number };

/** What each request resolves to. */
export interface Results {
  load: ModelInfo;
  transcribe: TranscriptResult;
}

/** `close` skips queued requests, waits for the running one, then frees the model. */
export type ToWorker = (Request & { id: number }) | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  /** The model is freed; the process may be ended. Reports the process's peak resident memory. */
  | { type: 'closed'; peakRssBytes: number }
  /** 0 when whisper.cpp starts on the clip, then the share done after each decoded segment. */
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; value: Results[Request['type']] }
  | { type: 'error'; id: number; message: string };
