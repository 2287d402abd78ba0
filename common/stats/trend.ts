// Trend over attempt number: the Theil–Sen slope (Sen 1968) and the Mann–Kendall test (Kendall 1975) with
// its normal approximation. Both are rank-based, so one wild attempt cannot fake a trend.

import { median } from './descriptive';

/** A trend is only reported from this many attempts up (the normal approximation of S needs n ≥ 10). */
export const MIN_TREND_ATTEMPTS = 10;
/** Two-sided 5 % critical value of the standard normal. */
const Z_CRITICAL = 1.96;
/**
 * The trend looks at the most recent attempts only: both statistics cost O(n²), and a slope over years of
 * practice says little about where the user is heading now.
 */
export const TREND_WINDOW = 200;

export interface Trend {
  /** Theil–Sen slope: median over i < j of (xⱼ − xᵢ) / (j − i), in units per attempt. */
  slopePerAttempt: number;
  direction: 'up' | 'down' | 'flat';
  /** Mann–Kendall S = Σ_{i<j} sign(xⱼ − xᵢ). */
  s: number;
  /** Normal score of S with the tie correction and continuity correction. */
  z: number;
  /** |z| > 1.96: the trend is unlikely (p < 0.05) to be noise. */
  significant: boolean;
}

export function theilSenSlope(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const slopes: number[] = [];
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) slopes.push((values[j]! - values[i]!) / (j - i));
  }
  return median(slopes);
}

export function mannKendall(values: readonly number[]): { s: number; z: number } {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) s += Math.sign(values[j]! - values[i]!);
  }
  const tieGroups = new Map<number, number>();
  for (const value of values) tieGroups.set(value, (tieGroups.get(value) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of tieGroups.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = variance <= 0 || s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(variance);
  return { s, z };
}

/** The trend of a series' last 200 attempts, or null below 10 attempts. */
export function trend(series: readonly number[]): Trend | null {
  if (series.length < MIN_TREND_ATTEMPTS) return null;
  const values = series.slice(-TREND_WINDOW);
  const slope = theilSenSlope(values)!;
  const { s, z } = mannKendall(values);
  return {
    slopePerAttempt: slope,
    direction: slope > 0 ? 'up' : slope < 0 ? 'down' : 'flat',
    s,
    z,
    significant: Math.abs(z) > Z_CRITICAL,
  };
}
