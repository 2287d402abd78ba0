// The timing strip's geometry: every row on one shared scale, so bars and windows line up down the column.
// Positions are percentages of the strip's width. Pure, so it is unit-tested.

import type { TimingRow } from '../../../common/progress';

export interface PlacedSegment {
  kind: TimingRow['segments'][number]['kind'];
  left: number;
  width: number;
  seconds: number;
}

export interface PlacedRow {
  row: TimingRow;
  barWidth: number;
  windowLeft: number;
  windowWidth: number;
  segments: PlacedSegment[];
}

/** Room past the longest bar or window so the end of either is visible. */
const HEADROOM = 1.05;

export function timingScaleSec(rows: readonly TimingRow[]): number {
  const longest = rows.reduce((max, row) => Math.max(max, row.durationSec, row.window.maxSec), 0);
  return longest > 0 ? longest * HEADROOM : 1;
}

export function placeTimingRows(rows: readonly TimingRow[]): { scaleSec: number; rows: PlacedRow[] } {
  const scaleSec = timingScaleSec(rows);
  const percent = (seconds: number): number => (Math.max(0, seconds) / scaleSec) * 100;
  return {
    scaleSec,
    rows: rows.map((row) => ({
      row,
      barWidth: percent(row.durationSec),
      windowLeft: percent(row.window.minSec),
      windowWidth: percent(row.window.maxSec - row.window.minSec),
      segments: row.segments
        .filter((segment) => segment.end > segment.start)
        .map((segment) => ({
          kind: segment.kind,
          left: percent(segment.start),
          width: percent(segment.end - segment.start),
          seconds: segment.end - segment.start,
        })),
    })),
  };
}
