// Turns Whisper's words into tokens that detectors can match, while keeping the original text for spans.
// Whisper attaches punctuation ("time,", "percent."), varies case and adds leading spaces.

import { roundTo } from './rounding';
import type { Span, TimedWord } from '../../common/report';

/** A word as the detectors see it. */
export interface Token {
  /** The original text, trimmed: what spans show. */
  raw: string;
  /** Lowercase, curly apostrophes straightened, surrounding punctuation removed: what rules match. */
  norm: string;
  start: number;
  end: number;
}

const CURLY_APOSTROPHES = /[\u2018\u2019\u02BC]/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// Closing quotes and brackets may follow the mark that ends a sentence: `done."`, `(really?)`.
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
const CLAUSE_BREAK = /[.!?…,;:—–-]["'”’)\]]*$/;

export function normalizeWord(text: string): string {
  return text.trim().replace(CURLY_APOSTROPHES, "'").toLowerCase().replace(EDGE_PUNCTUATION, '');
}

export function tokenize(words: readonly TimedWord[]): Token[] {
  return words.map((word) => ({ raw: word.text.trim(), norm: normalizeWord(word.text), start: word.start, end: word.end }));
}

export function endsSentence(raw: string): boolean {
  return SENTENCE_END.test(raw);
}

/** Any punctuation at the end of a word: the speaker's phrase stops there ("time,", "done."). */
export function endsClause(raw: string): boolean {
  return CLAUSE_BREAK.test(raw);
}

/** Silence between the previous word and this one, to the millisecond; Infinity for the first word. */
export function gapBefore(tokens: readonly Token[], index: number): number {
  const previous = tokens[index - 1];
  const current = tokens[index];
  if (previous === undefined || current === undefined) return Infinity;
  // Rounding keeps 2.3 − 2.0 (0.29999…) a 0.3 s pause, as the timestamps say.
  return roundTo(current.start - previous.end, 3);
}

/** Whether the normalized words from `at` onwards read `words`. */
export function readsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[at + offset]?.norm === word);
}

export function spanOf(tokens: readonly Token[], firstWord: number, lastWord: number): Span {
  const first = tokens[firstWord];
  const last = tokens[lastWord];
  if (first === undefined || last === undefined || lastWord < firstWord) {
    throw new Error(`analysis: no words ${firstWord}–${lastWord} to point at`);
  }
  const text = tokens
    .slice(firstWord, lastWord + 1)
    .map((token) => token.raw)
    .join(' ');
  return { text, start: first.start, end: last.end, firstWord, lastWord };
}
