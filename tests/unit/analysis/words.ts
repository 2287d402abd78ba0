// Builds Whisper-style word lists for analysis tests.

import type { TimedWord } from '../../../common/report';

/** Word length and step: 0.3 s words with 0.1 s gaps, below the pause threshold. */
const WORD_SEC = 0.3;
const STEP_SEC = 0.4;

/** Splits a sentence on spaces into evenly timed words, keeping punctuation attached as Whisper does. */
export function timed(sentence: string, startSec = 0): TimedWord[] {
  return sentence
    .split(' ')
    .filter((text) => text !== '')
    .map((text, index) => ({ text, start: startSec + index * STEP_SEC, end: startSec + index * STEP_SEC + WORD_SEC }));
}

/** Words with explicit times, for cases where gaps matter: [text, start, end]. */
export function at(...words: ReadonlyArray<readonly [string, number, number]>): TimedWord[] {
  return words.map(([text, start, end]) => ({ text, start, end }));
}
