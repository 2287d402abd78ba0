// Vocalized fillers: the "um"s and "uh"s Whisper leaves out of the transcript. A voiced stretch of 0.2–1.5 s
// between two words, belonging to neither, is a hesitation sound: shorter ones are clicks and breaths,
// longer ones are speech the transcript missed rather than a filler.

import type { Token } from './normalize';
import { roundTo } from './rounding';
import type { TimeSpan } from '../../common/report';
import { soundsBetween } from './voicing';

const MIN_FILLER_SEC = 0.2;
const MAX_FILLER_SEC = 1.5;

export function detectVocalizedFillers(tokens: readonly Token[], voiced: readonly TimeSpan[]): TimeSpan[] {
  return tokens.slice(1).flatMap((after, index) => {
    const before = tokens[index];
    if (before === undefined || after.start - before.end < MIN_FILLER_SEC) return [];
    return soundsBetween(voiced, before, after)
      .filter((sound) => {
        const length = roundTo(sound.end - sound.start, 3);
        return length >= MIN_FILLER_SEC && length <= MAX_FILLER_SEC;
      })
      .map((sound) => ({ start: roundTo(sound.start, 3), end: roundTo(sound.end, 3) }));
  });
}
