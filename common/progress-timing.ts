// One attempt as a timing-strip row: the silence before the first word, then each STAR section in time
// order, clipped to the recording. Shared by the service's timing strip and the compare view.
import type { ProgressPoint, TimingRow } from './progress';

export function timingRowOf(point: ProgressPoint, number: number): TimingRow {
  const segments: TimingRow['segments'] = [];
  if (point.timeToFirstWordSec !== null && point.timeToFirstWordSec > 0)
    segments.push({ kind: 'gap', start: 0, end: point.timeToFirstWordSec });
  for (const section of [...point.sections].sort((x, y) => x.start - y.start)) {
    segments.push({ kind: section.name, start: section.start, end: Math.min(section.end, point.durationSec) });
  }
  return {
    attemptId: point.attemptId,
    number,
    startedAt: point.startedAt,
    durationSec: point.durationSec,
    window: { minSec: point.targetMinSec, maxSec: point.targetMaxSec },
    segments,
  };
}
