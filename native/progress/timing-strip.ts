// The timing strip: one row per attempt, the silence before the first word and then each STAR section,
// drawn against the window, to show at a glance where the time of each answer went.

import type { ProgressPoint, TimingRow } from '../../common/progress';

export function timingStrip(points: readonly ProgressPoint[]): TimingRow[] {
  return points.map((point, index) => {
    const segments: TimingRow['segments'] = [];
    if (point.timeToFirstWordSec !== null && point.timeToFirstWordSec > 0) {
      segments.push({ kind: 'gap', start: 0, end: point.timeToFirstWordSec });
    }
    for (const section of [...point.sections].sort((a, b) => a.start - b.start)) {
      segments.push({ kind: section.name, start: section.start, end: Math.min(section.end, point.durationSec) });
    }
    return {
      attemptId: point.attemptId,
      number: index + 1,
      startedAt: point.startedAt,
      durationSec: point.durationSec,
      window: { minSec: point.targetMinSec, maxSec: point.targetMaxSec },
      segments,
    };
  });
}
