// Speaking pace: how long the speaker actually talked and how many content words per minute.

import { isHesitation } from './hesitations';
import { gapBefore, type Token } from './normalize';
import { roundTo } from './rounding';

/** A silence between words at least this long is a pause, not speaking time. */
const PAUSE_GAP_SEC = 0.3;

/**
 * Hesitation sounds (um, uh…) and punctuation-only tokens are not content: counting them would reward
 * hesitating with a faster pace. Lexical fillers ("like", "so") stay in, since they are real words.
 */
export function isContentWord(token: Token): boolean {
  return token.norm !== '' && !isHesitation(token.norm);
}

export interface Pace {
  speakingSec: number;
  wordsPerMinute: number;
  timeToFirstWordSec: number | null;
}

export function measurePace(tokens: readonly Token[]): Pace {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return { speakingSec: 0, wordsPerMinute: 0, timeToFirstWordSec: null };
  let paused = 0;
  for (let index = 1; index < tokens.length; index += 1) {
    const gap = gapBefore(tokens, index);
    if (gap >= PAUSE_GAP_SEC) paused += gap;
  }
  const speakingSec = Math.max(0, last.end - first.start - paused);
  const contentWords = tokens.filter(isContentWord).length;
  return {
    speakingSec: roundTo(speakingSec, 2),
    wordsPerMinute: speakingSec > 0 ? roundTo((contentWords / speakingSec) * 60, 1) : 0,
    timeToFirstWordSec: first.start,
  };
}
