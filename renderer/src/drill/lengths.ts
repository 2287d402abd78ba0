// The drill screen's length choice, apart from React: a custom window typed by hand.
import { DRILL_LENGTH_TABLE, type DrillLength, type TargetWindow } from '../../../common/drill-lengths';

/** A custom window as typed, or the reason it cannot be used. */
export function readCustomWindow(minText: string, maxText: string): TargetWindow | string {
  const minSec = Number(minText);
  const maxSec = Number(maxText);
  if (!Number.isFinite(minSec) || !Number.isFinite(maxSec) || minText.trim() === '' || maxText.trim() === '')
    return 'Enter both ends in seconds.';
  if (minSec < 1 || maxSec > 3600) return 'Use 1 to 3600 seconds.';
  if (minSec > maxSec) return 'The window ends before it starts.';
  return { minSec, maxSec };
}

export function isCustom(length: DrillLength, window: TargetWindow): boolean {
  const own = DRILL_LENGTH_TABLE[length].window;
  return own.minSec !== window.minSec || own.maxSec !== window.maxSec;
}
