// Hums that touch a word: the "uhh" that runs straight out of the previous word ("the service-uhh") or into the
// next, which Whisper leaves out and often covers by stretching the word's timestamps. The audio gives the
// stretches of steady voiced sound (facts.steady); a stretch is a hum when
//   - it runs at least 100 ms out of a word into the silence beside it, or
//   - it lies in the part of a word's time span beyond what the word's letters take to say (the span is at
//     least 250 ms longer than that), at the word's end or its start.
// A vowel drawn out inside an ordinarily timed word stays a word.

import type { Token } from './normalize';
import { roundTo } from './rounding';
import type { TimeSpan } from '../../common/report';

/** What one letter takes to say, and a word's fixed part, at an ordinary pace. */
const SEC_PER_LETTER = 0.07;
const WORD_BASE_SEC = 0.05;
/** A word's span this much longer than its letters take hides something else. */
const OVERLONG_SEC = 0.25;
/** How far a steady stretch must run past a word's edge into silence. */
const RUNS_OUT_SEC = 0.1;
/** The share of the word's expected length the hum may reach back into (its last vowel runs into the hum). */
const REACH_BACK = 0.4;

function expectedSec(token: Token): number {
  const letters = token.norm.replace(/[^\p{L}\p{N}]/gu, '').length;
  return WORD_BASE_SEC + SEC_PER_LETTER * Math.max(1, letters);
}

function touches(hum: TimeSpan, token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  if (hum.end <= token.start || hum.start >= token.end) return false;
  const expected = expectedSec(token);
  // Out of the word's end into a gap, or out of a gap into the word's start.
  const outOfEnd = hum.end - token.end >= RUNS_OUT_SEC && (next === undefined || next.start >= hum.end - 0.05);
  const intoStart = token.start - hum.start >= RUNS_OUT_SEC && (previous === undefined || previous.end <= hum.start + 0.05);
  if (outOfEnd || intoStart) return true;
  const overlong = token.end - token.start >= expected + OVERLONG_SEC;
  if (!overlong) return false;
  const tail = hum.start >= token.start + (1 - REACH_BACK) * expected;
  const head = hum.end <= token.end - (1 - REACH_BACK) * expected;
  return tail || head;
}

export function detectTouchingHums(
  tokens: readonly Token[],
  steady: readonly TimeSpan[],
  gapFillers: readonly TimeSpan[],
): TimeSpan[] {
  return steady
    .filter((hum) => !gapFillers.some((filler) => filler.start < hum.end && hum.start < filler.end))
    .filter((hum) => tokens.some((token, index) => touches(hum, token, tokens[index - 1], tokens[index + 1])))
    .map((hum) => ({ start: roundTo(hum.start, 3), end: roundTo(hum.end, 3) }));
}
