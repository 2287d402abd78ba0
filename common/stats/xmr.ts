// The natural range of an individuals (XmR) chart, the EWMA line and the two run rules that mark real
// change. Sources: Wheeler, Understanding Variation; NIST/SEMATECH e-Handbook §6.3.2 and §6.3.2.4;
// Western Electric Statistical Quality Control Handbook (1956). Only two rules on purpose: every extra
// rule adds false alarms (all four Western Electric rules: one every ~46 points, against ~370 for rule 1).

import { mean } from './descriptive';

/** XmR scaling constant: 3 / d₂ with d₂ = 1.128 for moving ranges of two. */
export const XMR_SCALE = 2.66;
export const D2 = 1.128;
export const EWMA_LAMBDA = 0.2;
/** Run rule: this many points in a row strictly on one side of the mean. */
export const RUN_LENGTH = 8;

export interface NaturalRange {
  /** x̄, the centre line. */
  centre: number;
  /** Mean of MRᵢ = |xᵢ − xᵢ₋₁|. */
  meanMovingRange: number;
  lower: number;
  upper: number;
  /** σ̂ = mean(MR) / 1.128. */
  sigma: number;
}

export function movingRanges(values: readonly number[]): number[] {
  const ranges: number[] = [];
  for (let i = 1; i < values.length; i++) ranges.push(Math.abs(values[i]! - values[i - 1]!));
  return ranges;
}

/** x̄ ± 2.66 · mean(MR); null below two values (no moving range yet). */
export function naturalRange(values: readonly number[]): NaturalRange | null {
  const centre = mean(values);
  const meanMr = mean(movingRanges(values));
  if (centre === null || meanMr === null) return null;
  return {
    centre,
    meanMovingRange: meanMr,
    lower: centre - XMR_SCALE * meanMr,
    upper: centre + XMR_SCALE * meanMr,
    sigma: meanMr / D2,
  };
}

/** zₜ = λxₜ + (1 − λ)zₜ₋₁, started at z₀ = x₁ so the line begins on the first attempt. */
export function ewma(values: readonly number[], lambda = EWMA_LAMBDA): number[] {
  if (!(lambda > 0 && lambda <= 1)) throw new RangeError(`EWMA λ must be in (0, 1], got ${lambda}`);
  const line: number[] = [];
  let z = values[0] ?? 0;
  for (const value of values) {
    z = lambda * value + (1 - lambda) * z;
    line.push(z);
  }
  return line;
}

/** Steady-state EWMA limits: centre ± 3σ̂√(λ / (2 − λ)). */
export function ewmaLimits(range: NaturalRange, lambda = EWMA_LAMBDA): { lower: number; upper: number } {
  const half = 3 * range.sigma * Math.sqrt(lambda / (2 - lambda));
  return { lower: range.centre - half, upper: range.centre + half };
}

export interface PointSignal {
  /** Rule 1: the point lies outside the natural range. */
  outside: boolean;
  /** Rule 2: the point belongs to a run of 8 or more in a row on one side of the mean. */
  run: boolean;
  /** Which side of the mean the point is on (0 exactly on it). */
  side: -1 | 0 | 1;
}

/**
 * Flags each point by the two run rules against the natural range of all the values. A point exactly on the
 * mean breaks a run. Every point of a qualifying run is flagged, so the chart shows the whole run.
 */
export function runRuleSignals(values: readonly number[], range = naturalRange(values)): PointSignal[] {
  if (range === null) return values.map(() => ({ outside: false, run: false, side: 0 }));
  const signals: PointSignal[] = values.map((value) => ({
    outside: value < range.lower || value > range.upper,
    run: false,
    side: value > range.centre ? 1 : value < range.centre ? -1 : 0,
  }));
  let start = 0;
  for (let i = 1; i <= signals.length; i++) {
    const side = signals[start]!.side;
    if (i < signals.length && side !== 0 && signals[i]!.side === side) continue;
    if (side !== 0 && i - start >= RUN_LENGTH) for (let j = start; j < i; j++) signals[j]!.run = true;
    start = i;
  }
  return signals;
}
