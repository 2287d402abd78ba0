// The timing strip: one row per attempt, the silence before the first word and then each STAR section,
// drawn against the window, to show at a glance where the time of each answer went.

import type { ProgressPoint, TimingRow } from '../../common/progress';
import { timingRowOf } from '../../common/progress-timing';

/** `skipped`: how many earlier attempts precede `points`, so each row keeps its number in the whole view. */
export function timingStrip(points: readonly ProgressPoint[], skipped = 0): TimingRow[] {
  const before = Math.max(0, skipped);
  return points.map((point, index) => timingRowOf(point, before + index + 1));
}
