// Scoring the user's own predictions. Numeric estimates: q = ln(estimate / actual), bias = mean(q) (< 0:
// underestimates), spread = SD(q), and the share within ±25 % (Tofallis 2015, J. Oper. Res. Soc. 66:1352).
// Probabilities: the Brier score, its Murphy (1973) decomposition and a reliability diagram (Brier 1950).

import { mean, meanAndSd } from './descriptive';

/** A reliability diagram is only worth drawing from this many probability estimates. */
export const MIN_RELIABILITY_ESTIMATES = 10;
export const RELIABILITY_BINS = 10;

export interface NumericPair {
  estimate: number;
  actual: number;
}

export interface NumericCalibration {
  /** Pairs that could be scored (both numbers positive after the count offset). */
  n: number;
  /** Pairs left out because a number was 0 or negative. */
  excluded: number;
  /** q for each scored pair, in order. */
  q: number[];
  bias: number | null;
  spread: number | null;
  /** Share of estimates within ±25 % of the actual value (0.75 · actual ≤ estimate ≤ 1.25 · actual). */
  within25: number | null;
}

/**
 * q for each pair. `countOffset` (1 for counts such as fillers) scores ln((e + 1) / (a + 1)) instead, our own
 * choice so that "I said 0 and made 0" counts as exact rather than undefined.
 */
export function numericCalibration(pairs: readonly NumericPair[], countOffset = 0): NumericCalibration {
  const q: number[] = [];
  let within = 0;
  for (const { estimate, actual } of pairs) {
    const e = estimate + countOffset;
    const a = actual + countOffset;
    if (!(e > 0 && a > 0) || !Number.isFinite(e) || !Number.isFinite(a)) continue;
    q.push(Math.log(e / a));
    if (Math.abs(e - a) <= 0.25 * a) within += 1;
  }
  const { mean: bias, sd: spread } = meanAndSd(q);
  return { n: q.length, excluded: pairs.length - q.length, q, bias, spread, within25: q.length === 0 ? null : within / q.length };
}

export interface ProbabilityPair {
  /** Stated probability, 0–1. */
  forecast: number;
  happened: boolean;
}

export interface ReliabilityBin {
  /** Forecasts in [from, to); the last bin includes 1. */
  from: number;
  to: number;
  n: number;
  meanForecast: number | null;
  observed: number | null;
}

export interface ProbabilityCalibration {
  n: number;
  /** (1/N) Σ (fₜ − oₜ)²; always saying 0.5 scores 0.25, lower is better. */
  brier: number | null;
  /** Murphy's decomposition over the bins: brier ≈ reliability − resolution + uncertainty (exact when every
   * forecast in a bin is the same number). */
  reliability: number | null;
  resolution: number | null;
  uncertainty: number | null;
  bins: ReliabilityBin[];
  /** True from MIN_RELIABILITY_ESTIMATES estimates up. */
  diagramReady: boolean;
}

export function probabilityCalibration(pairs: readonly ProbabilityPair[], binCount = RELIABILITY_BINS): ProbabilityCalibration {
  for (const { forecast } of pairs) {
    if (!(forecast >= 0 && forecast <= 1)) throw new RangeError(`a probability must be between 0 and 1, got ${forecast}`);
  }
  const outcome = (pair: ProbabilityPair): number => (pair.happened ? 1 : 0);
  const n = pairs.length;
  const members: ProbabilityPair[][] = Array.from({ length: binCount }, () => []);
  for (const pair of pairs) members[Math.min(binCount - 1, Math.floor(pair.forecast * binCount))]!.push(pair);
  const bins: ReliabilityBin[] = members.map((inBin, k) => ({
    from: k / binCount,
    to: (k + 1) / binCount,
    n: inBin.length,
    meanForecast: mean(inBin.map((pair) => pair.forecast)),
    observed: mean(inBin.map(outcome)),
  }));
  if (n === 0) {
    return { n, brier: null, reliability: null, resolution: null, uncertainty: null, bins, diagramReady: false };
  }
  const base = mean(pairs.map(outcome))!;
  let reliability = 0;
  let resolution = 0;
  for (const bin of bins) {
    if (bin.n === 0) continue;
    reliability += bin.n * (bin.meanForecast! - bin.observed!) ** 2;
    resolution += bin.n * (bin.observed! - base) ** 2;
  }
  return {
    n,
    brier: mean(pairs.map((pair) => (pair.forecast - outcome(pair)) ** 2)),
    reliability: reliability / n,
    resolution: resolution / n,
    uncertainty: base * (1 - base),
    bins,
    diagramReady: n >= MIN_RELIABILITY_ESTIMATES,
  };
}

/** |q| smoothed over the last `window` estimates at each point: falling means the user's sense is sharpening. */
export function rollingAbsoluteError(q: readonly number[], window = 5): number[] {
  return q.map((_, i) => mean(q.slice(Math.max(0, i + 1 - window), i + 1).map(Math.abs))!);
}
