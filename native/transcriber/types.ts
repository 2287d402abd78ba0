// Public shapes of the transcriber, shared by the client and its child process.

import type { TimedWord } from '../../common/report';

export interface TranscribeOptions {
  /** Text the decoder treats as preceding speech: steers spelling, style and whether fillers are kept. */
  initialPrompt?: string;
  /** Upper bound on tokens per segment (whisper's max_tokens); unbounded when absent. */
  maxTokens?: number;
  /** Encoder positions (20 ms each, at most 1500 = 30 s); see audioCtxFor. Full 30 s windows when absent. */
  audioCtx?: number;
  /** Called with the share of the clip transcribed so far (0–1), once per decoded segment. */
  onProgress?: (fraction: number) => void;
}

export interface TranscriptResult {
  words: TimedWord[];
  text: string;
  /** File name of the model that produced the words. */
  model: string;
  /** Time spent in whisper.cpp for this clip. */
  elapsedMs: number;
}
