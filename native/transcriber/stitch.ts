// Puts the words of one transcribed stretch into the recording's time line. Stretches are cut in pauses
// and never overlap, so each word belongs to exactly one; a word whose middle falls outside its own
// stretch (a transcriber reporting a neighbour's word, or a time past its clip) is the neighbour's and
// is left to it, so no word can appear twice across a cut.

import type { TimedWord } from '../../common/report';
import type { Guarded } from './guards';

export interface StretchRange {
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  /** The recording's last stretch also owns a word centred exactly on its end. */
  last: boolean;
}

/**
 * Shifts clip-relative words by `offsetSec` (where the clip starts in the recording), keeps those whose
 * middle lies in `range`, and clamps them into it in order: each starts no earlier than the one before ends.
 */
export function placeWords(words: readonly TimedWord[], offsetSec: number, range: StretchRange): Guarded {
  const kept: TimedWord[] = [];
  const dropped: Guarded['dropped'] = [];
  let previousEnd = range.start;
  for (const word of words) {
    const start = word.start + offsetSec;
    const end = word.end + offsetSec;
    const middle = (start + end) / 2;
    const inside = middle >= range.start && (middle < range.end || (range.last && middle === range.end));
    if (!inside) {
      dropped.push({ word, reason: 'outside' });
      continue;
    }
    const placedStart = Math.min(range.end, Math.max(start, previousEnd));
    const placedEnd = Math.min(range.end, Math.max(end, placedStart));
    kept.push({ ...word, start: placedStart, end: placedEnd });
    previousEnd = placedEnd;
  }
  return { words: kept, dropped };
}
