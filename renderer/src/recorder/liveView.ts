// Live view's pure parts: when the chime is due, and how much of the running transcript is shown.
import type { TargetWindow } from '../../../common/contract';

/** Words shown while recording: the latest ones, so the line the speaker is on stays in view. */
export const LIVE_WORDS_SHOWN = 80;

/** The chime sounds once, when the elapsed time first reaches the end of the target window. */
export function chimeDue(previousSec: number, elapsedSec: number, target: TargetWindow): boolean {
  return previousSec < target.maxSec && elapsedSec >= target.maxSec;
}

export function shownWords(words: readonly string[]): { hidden: number; shown: string[] } {
  const hidden = Math.max(0, words.length - LIVE_WORDS_SHOWN);
  return { hidden, shown: words.slice(hidden) };
}
