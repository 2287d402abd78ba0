// The data that flows from the transcriber into analysis and from analysis into the store and the UI.
// Pure types only: this file is shared by main, preload and renderer, so it must not import Node.

/** One transcribed word. Times are seconds from the start of the recording. */
export interface TimedWord {
  text: string;
  start: number;
  end: number;
  /** Whisper's token probability (0–1); absent for hand-written transcripts. */
  probability?: number;
}

/** What analysis needs to know about the audio itself, measured from the samples. */
export interface AudioFacts {
  durationSec: number;
}

/** A stretch of the answer that a finding points at: word indices (inclusive) and seconds. */
export interface Span {
  text: string;
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
}

export interface MetricSpan extends Span {
  /** The number the words stand for, when it can be computed ("forty percent" → 40). */
  value: number | null;
  /** The unit that follows or precedes the number, normalised ("%", "ms", "$", "users"…), if any. */
  unit: string | null;
}

/** Options the user controls. */
export interface AnalysisOptions {
  /** Lexical fillers to count: single words or phrases ("you know"). Matched case-insensitively. */
  fillerWords: string[];
}

/**
 * The report of one attempt: the stable JSON format of `voicedrill analyze --json`.
 * Later versions add fields; existing names are never renamed or removed.
 */
export interface Report {
  /** Version of this format. */
  version: 1;
  durationSec: number;
  speakingSec: number;
  wordsPerMinute: number;
  /** Seconds from the start of the recording to the first word; null when there are no words. */
  timeToFirstWordSec: number | null;
  fillers: { count: number; perMinute: number; items: Span[] };
  metrics: { present: boolean; items: MetricSpan[] };
  reflection: { present: boolean; items: Span[] };
  ownership: { i: number; we: number };
  transcript: { words: TimedWord[] };
}
