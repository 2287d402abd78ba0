// Checks the caller's options and turns them into whisper.cpp parameters.

import { availableParallelism } from 'node:os';
import type { TranscribeParams } from 'smart-whisper';
import type { TranscribeOptions } from './types';

export type NativeParams = Partial<TranscribeParams<'detail', true>>;

/** TranscribeOptions plus the switches only callers inside the transcriber (and its benchmark) need. */
export interface DecodeOptions extends TranscribeOptions {
  /**
   * For timing only: decode a single segment of at most this many tokens per 30 s window, without
   * timestamps or temperature fallback, so that one encoder pass per window runs with a known amount of
   * decoding whatever the model's weights. The words it returns carry no meaningful times.
   */
  timingProbeTokens?: number;
}

function checkTokenCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (got ${value})`);
  return value;
}

/** whisper.cpp only accepts 16 kHz mono. */
export const WHISPER_SAMPLE_RATE = 16000;
/** Encoder positions per second of audio (20 ms each) and in one full 30 s window. */
const POSITIONS_PER_SEC = 50;
export const FULL_AUDIO_CTX = 1500;
const WINDOW_SEC = FULL_AUDIO_CTX / POSITIONS_PER_SEC;
const AUDIO_CTX_STEP = 64;
/** whisper.cpp skips clips under 1 s ("input is too short"); shorter ones are padded with silence. */
export const MIN_SAMPLES = Math.ceil(1.1 * WHISPER_SAMPLE_RATE);
const GREEDY = 0;

export function defaultThreads(): number {
  return Math.min(4, availableParallelism());
}

export function checkThreads(threads: number): number {
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) {
    throw new Error(`threads must be an integer from 1 to 64 (got ${threads})`);
  }
  return threads;
}

/**
 * The encoder context to use for a clip: the clip's length in 20 ms positions plus about a second of
 * margin, rounded up to a multiple of 64; a full window (1500) for clips of 30 s or more, which
 * whisper.cpp transcribes in sliding 30 s windows. The encoder's cost follows this number.
 */
export function audioCtxFor(durationSec: number): number {
  if (!Number.isFinite(durationSec) || durationSec < 0) {
    throw new Error(`clip duration must be a number of seconds ≥ 0 (got ${durationSec})`);
  }
  if (durationSec >= WINDOW_SEC) return FULL_AUDIO_CTX;
  const needed = Math.ceil(durationSec * POSITIONS_PER_SEC) + AUDIO_CTX_STEP;
  return Math.min(FULL_AUDIO_CTX, Math.ceil(needed / AUDIO_CTX_STEP) * AUDIO_CTX_STEP);
}

function checkAudioCtx(audioCtx: number, durationSec: number): void {
  if (!Number.isInteger(audioCtx) || audioCtx < 1 || audioCtx > FULL_AUDIO_CTX) {
    throw new Error(`audioCtx must be an integer from 1 to ${FULL_AUDIO_CTX} (got ${audioCtx})`);
  }
  // A smaller context than the clip makes whisper.cpp silently drop the rest of each window.
  const coveredSec = audioCtx / POSITIONS_PER_SEC;
  if (coveredSec < Math.min(durationSec, WINDOW_SEC)) {
    throw new Error(
      `audioCtx ${audioCtx} covers only ${coveredSec} s of a ${durationSec.toFixed(2)} s clip; use audioCtxFor(duration)`,
    );
  }
}

/**
 * Language English, no translation, greedy decoding (smart-whisper would default to beam search),
 * token timestamps, no conditioning on a previous clip.
 * suppress_blank only bars a blank or end-of-text as the very first token; suppress_non_speech_tokens
 * bars symbols and bracketed captions ("[MUSIC]", "(laughs)", "♪") that are not words. Neither touches
 * spoken fillers ("um", "uh", "like"), which are ordinary word tokens; whether Whisper writes them is
 * steered by initialPrompt.
 */
export function nativeParams(options: DecodeOptions, threads: number, durationSec: number): NativeParams {
  const params: NativeParams = {
    strategy: GREEDY,
    n_threads: threads,
    language: 'en',
    translate: false,
    no_context: true,
    token_timestamps: true,
    suppress_blank: true,
    suppress_non_speech_tokens: true,
    format: 'detail',
  };
  if (options.maxTokens !== undefined) params.max_tokens = checkTokenCount('maxTokens', options.maxTokens);
  if (options.audioCtx !== undefined) {
    checkAudioCtx(options.audioCtx, durationSec);
    params.audio_ctx = options.audioCtx;
  }
  if (options.initialPrompt !== undefined) {
    if (typeof options.initialPrompt !== 'string') throw new Error('initialPrompt must be text');
    params.initial_prompt = options.initialPrompt;
  }
  if (options.timingProbeTokens !== undefined) {
    // Without timestamps and in one segment, whisper.cpp moves on by a whole window after each pass.
    params.no_timestamps = true;
    params.single_segment = true;
    params.temperature_inc = 0;
    params.max_tokens = checkTokenCount('timingProbeTokens', options.timingProbeTokens);
  }
  return params;
}

/** A private copy of the samples, padded to whisper.cpp's minimum, sent to the transcriber process. */
export function preparePcm(pcm: Float32Array): Float32Array<ArrayBuffer> {
  if (!(pcm instanceof Float32Array)) throw new Error('audio must be a Float32Array of 16 kHz mono samples');
  if (pcm.length === 0) throw new Error('audio is empty');
  for (const sample of pcm) {
    if (!Number.isFinite(sample)) throw new Error('audio contains invalid samples (NaN or infinity)');
  }
  const copy = new Float32Array(Math.max(pcm.length, MIN_SAMPLES));
  copy.set(pcm);
  return copy;
}
