// Checks on Whisper's words against what it is known to invent: words in silence and phrases repeated
// in a loop. Pure functions; every word they remove is returned with the reason, and the words they keep
// are untouched (times and probability included), so nothing is lost without a trace and low-confidence
// words are left for the reader to judge.

import type { Region } from '../audio/facts';
import type { TimedWord } from '../../common/report';

export type DropReason = 'unvoiced' | 'repeated' | 'outside';

export interface DroppedWord {
  word: TimedWord;
  reason: DropReason;
}

export interface Guarded {
  words: TimedWord[];
  dropped: DroppedWord[];
}

/**
 * Whisper's word times can be off by a tenth of a second or two at a word's edges (soft onsets, trailing
 * fricatives that an energy detector misses), so a word counts as voiced when it comes this close to voice.
 */
export const VOICE_TOLERANCE_SEC = 0.15;

/** Drops words that lie entirely in unvoiced audio: text Whisper wrote for silence or noise. */
export function dropUnvoicedWords(
  words: readonly TimedWord[],
  voiced: readonly Region[],
  toleranceSec = VOICE_TOLERANCE_SEC,
): Guarded {
  const kept: TimedWord[] = [];
  const dropped: DroppedWord[] = [];
  for (const word of words) {
    const heard = voiced.some((region) => word.start < region.end + toleranceSec && word.end > region.start - toleranceSec);
    if (heard) kept.push(word);
    else dropped.push({ word, reason: 'unvoiced' });
  }
  return { words: kept, dropped };
}

/** The longest phrase, in words, whose looping is caught. */
export const MAX_LOOP_WORDS = 6;

/**
 * Repetitions in a row that make a loop. Whisper's loops repeat a phrase many times ("Thank you. Thank you.
 * Thank you."); people repeat a phrase twice ("I think, I think") and a single word up to three times for
 * emphasis or in a stutter ("no, no, no", "I I I"), which the report should keep. So a phrase of two or
 * more words looping three times is cut, a single word only from four.
 */
export function loopRepeats(phraseWords: number): number {
  return phraseWords === 1 ? 4 : 3;
}

/** Case and surrounding punctuation do not make a repetition different ("Thank you." / "thank you,"). */
function loopKey(text: string): string {
  const key = text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return key === '' ? text : key;
}

function repeatsAt(keys: readonly string[], at: number, length: number): number {
  let repeats = 1;
  for (;;) {
    const next = at + repeats * length;
    if (next + length > keys.length) return repeats;
    for (let k = 0; k < length; k++) {
      if (keys[next + k] !== keys[at + k]) return repeats;
    }
    repeats++;
  }
}

/** Cuts every loop (a phrase of 1–MAX_LOOP_WORDS words repeated in a row, see loopRepeats) to its first occurrence. */
export function cutRepetitionLoops(words: readonly TimedWord[]): Guarded {
  const keys = words.map((word) => loopKey(word.text));
  const kept: TimedWord[] = [];
  const dropped: DroppedWord[] = [];
  let at = 0;
  while (at < words.length) {
    let loop: { length: number; repeats: number } | null = null;
    for (let length = 1; length <= MAX_LOOP_WORDS && loop === null; length++) {
      const repeats = repeatsAt(keys, at, length);
      if (repeats >= loopRepeats(length)) loop = { length, repeats };
    }
    const keep = loop?.length ?? 1;
    const span = loop ? loop.length * loop.repeats : 1;
    kept.push(...words.slice(at, at + keep));
    for (const word of words.slice(at + keep, at + span)) dropped.push({ word, reason: 'repeated' });
    at += span;
  }
  return { words: kept, dropped };
}
