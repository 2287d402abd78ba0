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

/** A stretch of time with no words attached. */
export interface TimeSpan {
  start: number;
  end: number;
}

/** What analysis needs to know about the audio itself, measured from the samples. */
export interface AudioFacts {
  durationSec: number;
  /**
   * Where the audio is voiced (energy / voice activity), in time order. Absent when only words are known
   * (a CLI run on a transcript alone gets them from the audio too); vocalized fillers need them.
   */
  voiced?: TimeSpan[];
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

/** Options the user controls, and what the answer is an answer to. */
export interface AnalysisOptions {
  /** Lexical fillers to count: single words or phrases ("you know"). Matched case-insensitively. */
  fillerWords: string[];
  /** The question's text, which decides the answer mode and its checklist; absent → 'general'. */
  question?: string;
}

export interface Pause extends TimeSpan {
  durationSec: number;
  /** Index of the word before the pause. Pauses lie between words: the silence before the first word is
   * `timeToFirstWordSec`. */
  afterWord: number;
}

export type StarSectionName = 'situation' | 'task' | 'action' | 'result' | 'reflection';

export interface StarSection extends TimeSpan {
  name: StarSectionName;
  durationSec: number;
  firstWord: number;
  lastWord: number;
}

/** 'motivation': why this company or role, where you see yourself; 'pitch': tell me about yourself. */
export type AnswerMode = 'behavioral' | 'design' | 'incident' | 'product' | 'motivation' | 'pitch' | 'general';

export interface ChecklistItem {
  /** Stable id, e.g. 'metric', 'reflection', 'star', 'requirements', 'rollback'. */
  id: string;
  label: string;
  met: boolean;
  evidence: Span[];
}

/** One line of the five-second summary, tied to the words and seconds it came from. */
export interface Finding {
  text: string;
  evidence: Span[];
}

export type EndingKind = 'result' | 'decision' | 'summary' | 'reflection' | 'trailing-off' | 'filler' | 'none';

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
  fillers: {
    count: number;
    perMinute: number;
    per100Words: number;
    items: Span[];
    /** Three or more fillers within 10 s, each as one span from the first to the last. */
    clusters: Span[];
  };
  /** Voiced sounds (0.2–1.5 s) in gaps between words with no word in them: the "um"s Whisper drops. */
  vocalizedFillers: { count: number; perMinute: number; items: TimeSpan[] };
  pace: {
    /** Words per minute over the whole recording. */
    overallWpm: number;
    /** Words per minute over speaking time only (the same figure as `wordsPerMinute`). */
    articulationWpm: number;
    /** Pace over consecutive stretches of the answer, to show speeding up or slowing down. */
    segments: (TimeSpan & { wpm: number })[];
    /** Coefficient of variation of the segments' pace (0 = perfectly even). */
    variation: number;
  };
  /** Every silence of 1 s or more between words, in order; measured on `voiced` when the audio is known. */
  pauses: Pause[];
  longestPauseSec: number;
  metrics: { present: boolean; items: MetricSpan[] };
  reflection: { present: boolean; items: Span[]; atEnd: boolean };
  ownership: { i: number; we: number; ratio: number | null; mostlyWe: boolean };
  hedges: { count: number; items: Span[] };
  star: { sections: StarSection[]; missing: StarSectionName[] };
  ending: { crisp: boolean; kind: EndingKind; evidence: Span | null };
  mode: AnswerMode;
  checklist: ChecklistItem[];
  summary: { strengths: Finding[]; fixes: Finding[] };
  transcript: { words: TimedWord[] };
}
