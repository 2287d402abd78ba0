// The target window a recording is measured against: presets, the live timer's zone and the bar geometry.
// Pure, so the zone boundaries are unit-tested.
import { DRILL_LENGTH_TABLE, DRILL_LENGTHS, type DrillLength, type TargetWindow } from '../../../common/drill-lengths';

export interface TargetPreset {
  id: DrillLength;
  label: string;
  target: TargetWindow;
}

/** The presets are the drill lengths of the one table in common/. */
export const TARGET_PRESETS: readonly TargetPreset[] = DRILL_LENGTHS.map((id) => ({
  id,
  label: DRILL_LENGTH_TABLE[id].label,
  target: { ...DRILL_LENGTH_TABLE[id].window },
}));

export function presetIdFor(target: TargetWindow): string | null {
  const match = TARGET_PRESETS.find((p) => p.target.minSec === target.minSec && p.target.maxSec === target.maxSec);
  return match ? match.id : null;
}

export type TimerZone = 'early' | 'near' | 'inside' | 'over';

/** How close to an edge counts as "near": at least 5 s, or 10 % of the longest answer for long windows. */
export function nearMargin(target: TargetWindow): number {
  return Math.max(5, 0.1 * target.maxSec);
}

/**
 * The colour of the running timer: neutral well before the window, amber when the window is about to
 * open or about to close, green inside it, red once past it.
 */
export function timerZone(elapsedSec: number, target: TargetWindow): TimerZone {
  const margin = nearMargin(target);
  if (elapsedSec > target.maxSec) return 'over';
  if (elapsedSec >= target.maxSec - margin && elapsedSec >= target.minSec) return 'near';
  if (elapsedSec >= target.minSec) return 'inside';
  if (elapsedSec >= target.minSec - margin) return 'near';
  return 'early';
}

export type DurationVerdict = 'short' | 'inside' | 'long';

/** Where a finished answer landed relative to its window. */
export function durationVerdict(durationSec: number, target: TargetWindow): DurationVerdict {
  if (durationSec < target.minSec) return 'short';
  if (durationSec > target.maxSec) return 'long';
  return 'inside';
}

export interface TimerBar {
  /** Percentages of the bar's width. */
  fill: number;
  windowStart: number;
  windowEnd: number;
}

/** The bar spans a quarter more than the window so "over" has room, and stretches if the answer runs on. */
export function timerBar(elapsedSec: number, target: TargetWindow): TimerBar {
  const scale = Math.max(target.maxSec * 1.25, elapsedSec, 1);
  const pct = (sec: number): number => Math.min(100, Math.max(0, (sec / scale) * 100));
  return { fill: pct(elapsedSec), windowStart: pct(target.minSec), windowEnd: pct(target.maxSec) };
}

/** A few words beside the timer, so the colour is never the only signal. */
export function zoneLabel(elapsedSec: number, target: TargetWindow): string {
  switch (timerZone(elapsedSec, target)) {
    case 'early':
      return '';
    case 'near':
      return elapsedSec < target.minSec ? 'Nearly there' : 'Wrap up';
    case 'inside':
      return 'In the window';
    case 'over':
      return 'Over time';
  }
}
