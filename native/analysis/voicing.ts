// How voiced stretches of the audio relate to the timed words. Whisper's word times are loose (a word's end
// often runs on into the silence after it), so the audio decides where sound really is, and the words decide
// what that sound was: a stretch that overlaps a word is that word; one that lies between words is not.

import type { Token } from './normalize';
import type { TimeSpan } from '../../common/report';

/** Overlap below this is timestamp jitter, not a sound belonging to the word. */
const ATTACH_TOLERANCE_SEC = 0.05;

function overlapSec(a: TimeSpan, b: TimeSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function belongsToWord(sound: TimeSpan, word: Token): boolean {
  return overlapSec(sound, word) > ATTACH_TOLERANCE_SEC;
}

/** Sounds between two neighbouring words, belonging to neither and not reaching past either. */
export function soundsBetween(sounds: readonly TimeSpan[], before: Token, after: Token): TimeSpan[] {
  return sounds.filter(
    (sound) =>
      sound.start >= before.end - ATTACH_TOLERANCE_SEC &&
      sound.end <= after.start + ATTACH_TOLERANCE_SEC &&
      !belongsToWord(sound, before) &&
      !belongsToWord(sound, after),
  );
}
