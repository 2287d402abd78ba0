// Pauses: every silence of a second or more between two words. With the audio's voiced regions, a pause runs
// from where the sound of the word before really stops to where the sound of the next word starts (Whisper's
// word ends drift into the silence after them), and a hesitation sound inside it splits it in two; sounds
// shorter than 0.1 s (clicks, lip noise) do not.

import { gapBefore, type Token } from './normalize';
import { roundTo } from './rounding';
import type { Pause, TimeSpan } from '../../common/report';

const PAUSE_SEC = 1;
const MIN_SOUND_SEC = 0.1;

function pause(start: number, end: number, afterWord: number): Pause {
  return { start: roundTo(start, 3), end: roundTo(end, 3), durationSec: roundTo(end - start, 2), afterWord };
}

function pausesFromWords(tokens: readonly Token[]): Pause[] {
  return tokens.slice(1).flatMap((after, index) => {
    const before = tokens[index];
    return before !== undefined && gapBefore(tokens, index + 1) >= PAUSE_SEC ? [pause(before.end, after.start, index)] : [];
  });
}

/**
 * The silences between two words, measured on the voiced regions: from the end of the last sound that began
 * before the first word ended to the start of the first sound still going when the second word starts. A word
 * with no sound under it (misplaced by the transcriber) keeps its own time.
 */
function silencesBetween(voiced: readonly TimeSpan[], before: Token, after: Token): TimeSpan[] {
  const soundBefore = voiced.filter((sound) => sound.start < before.end).pop();
  const soundAfter = voiced.find((sound) => sound.end > after.start);
  const start = soundBefore === undefined || soundBefore.end < before.start ? before.end : soundBefore.end;
  const end = soundAfter === undefined || soundAfter.start > after.end ? after.start : soundAfter.start;
  if (end - start < PAUSE_SEC) return [];
  const inside = voiced.filter((sound) => sound.start >= start && sound.end <= end && sound.end - sound.start >= MIN_SOUND_SEC);
  const silences: TimeSpan[] = [];
  let from = start;
  for (const sound of inside) {
    silences.push({ start: from, end: sound.start });
    from = sound.end;
  }
  silences.push({ start: from, end });
  return silences;
}

/** Pauses between words; `voiced` (in time order) refines their edges when the audio is known. */
export function detectPauses(tokens: readonly Token[], voiced?: readonly TimeSpan[]): Pause[] {
  if (voiced === undefined) return pausesFromWords(tokens);
  return tokens.slice(1).flatMap((after, index) => {
    const before = tokens[index];
    if (before === undefined) return [];
    return silencesBetween(voiced, before, after)
      .filter((silence) => roundTo(silence.end - silence.start, 3) >= PAUSE_SEC)
      .map((silence) => pause(silence.start, silence.end, index));
  });
}
