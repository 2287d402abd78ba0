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
  /**
   * Stretches of steady voiced sound (flat pitch, stable spectrum) of 200 ms or more, in time order: where a held
   * "uhh" may be, inside or beside a word as well as between words. Absent when only words are known.
   */
  steady?: TimeSpan[];
}

/** A stretch of the answer that a finding points at: word indices (inclusive) and seconds. */
export interface Span {
  text: string;
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
}

/** What a number does in the answer: a change or result, a size, or the story's setting (team, dates). */
export type MetricKind = 'impact' | 'scale' | 'context';

export interface MetricSpan extends Span {
  /** The number the words stand for, when it can be computed ("forty percent" → 40); a range's low bound. */
  value: number | null;
  /** The unit that follows or precedes the number, normalised ("%", "ms", "$", "users"…), if any. */
  unit: string | null;
  /** A range's high bound ("40–50 %" → 50); null for a single number. Absent in reports before analysis 2. */
  high?: number | null;
  /** Impact, scale or context. Absent in reports before analysis 2. */
  kind?: MetricKind;
}

/** Options the user controls, and what the answer is an answer to. */
export interface AnalysisOptions {
  /** Lexical fillers to count: single words or phrases ("you know"). Matched case-insensitively. */
  fillerWords: string[];
  /** The question's text, which decides the answer mode and its checklist; absent → 'general'. */
  question?: string;
  /** The mode the user chose for the question, overriding the one read from its text. */
  mode?: AnswerMode;
  /** The length the answer should fall inside (the drill's window); absent → length is not judged. */
  window?: { minSec: number; maxSec: number };
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

/** Everything the scorecard, the summary, the STAR caption and the history judge, one object each. */
export type VerdictId =
  | 'length'
  | 'pace'
  | 'opening'
  | 'fillers'
  | 'hums'
  | 'pauses'
  | 'metric'
  | 'structure'
  | 'reflection'
  | 'ending'
  | 'ownership'
  | 'hedges';

/** good: on target; warn: off, a little; bad: far off or missing; neutral: not judged for this answer or mode. */
export type VerdictState = 'good' | 'warn' | 'bad' | 'neutral';

export interface Verdict {
  id: VerdictId;
  /** Short name for a tile: "Pace", "Fillers". */
  label: string;
  state: VerdictState;
  /** How far from the target, 0 (on it) to 1 (far off); ranks the fixes and shades the tile. */
  severity: number;
  /** False when the mode does not ask for it: a design answer is not held to a reflection or a story. */
  applies: boolean;
  /** The figure behind the verdict, rounded for people ("150 wpm", "3 a minute"); null when there is none. */
  figure: string | null;
  /** What to fix, one plain sentence, when the state is warn or bad; else null. */
  fix: string | null;
  /** What worked, one plain sentence, when the state is good and it is worth saying; else null. */
  strength: string | null;
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
  /**
   * Version of the analysis that produced the findings. Reports from before it was added lack it (treat as 1);
   * a report whose version is older than the app's is re-scored from its stored words.
   */
  analysisVersion?: number;
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
  /**
   * The "um"s Whisper drops: voiced sounds (0.2–1.5 s) in gaps between words, and, from analysis 2 on, held hums
   * that touch a word (steady sound running out of or into a word, or inside a word's over-long time span).
   */
  vocalizedFillers: {
    count: number;
    perMinute: number;
    items: TimeSpan[];
    /** Of `items`, the hums that touch a word. Absent in reports before analysis 2. */
    touching?: TimeSpan[];
  };
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
  /** The verdicts, in display order; the summary, tiles, STAR caption and history marks all read these. */
  verdicts?: Verdict[];
  /** Derived from `verdicts`: the good ones worth saying, and the fixes ranked by impact, three of each. */
  summary: { strengths: Finding[]; fixes: Finding[] };
  transcript: { words: TimedWord[] };
}
