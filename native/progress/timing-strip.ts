// The timing strip: one row per attempt, the silence before the first word and then each STAR section,
// drawn against the window, to show at a glance where the time of each answer went.

import type { ProgressPoint, TimingRow } from '../../common/progress';
import { timingRowOf } from '../../common/progress-timing';

export function timingStrip(points: readonly ProgressPoint[]): TimingRow[] {
  return points.map((point, index) => timingRowOf(point, index + 1));
}
