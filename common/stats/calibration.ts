// Scoring the user's own predictions. Numeric estimates: q = ln(estimate / actual), bias = mean(q) (< 0:
// underestimates), spread = SD(q), and the share within ±25 % (Tofallis 2015, J. Oper. Res. Soc. 66:1352).
// Probabilities: the Brier score, its Murphy (1973) decomposition and a reliability diagram (Brier 1950).
// Over time: rolling Brier score and share within ±25 %, to tell whether the user's sense is sharpening.

import { mean, meanAndSd } from './descriptive';

/**
 * A reliability diagram is drawn from this many probability estimates up. Over 10 bins, fewer leave most
 * bins with one or two guesses, whose observed frequency is 0 % or 100 % by construction: noise that would
 * read as miscalibration. From 20, the busier bins (people favour a few round chances) hold several.
 */
export const MIN_RELIABILITY_ESTIMATES = 20;
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
  for (const pair of pairs) {
    const scored = scorePair(pair, countOffset);
    if (scored === null) continue;
    q.push(scored.q);
    if (scored.within25) within += 1;
  }
  const { mean: bias, sd: spread } = meanAndSd(q);
  return { n: q.length, excluded: pairs.length - q.length, q, bias, spread, within25: q.length === 0 ? null : within / q.length };
}

/** q and whether the estimate is within ±25 %; null when a number is 0 or negative after the offset. */
function scorePair({ estimate, actual }: NumericPair, countOffset: number): { q: number; within25: boolean } | null {
  const e = estimate + countOffset;
  const a = actual + countOffset;
  if (!(e > 0 && a > 0) || !Number.isFinite(e) || !Number.isFinite(a)) return null;
  return { q: Math.log(e / a), within25: Math.abs(e - a) <= 0.25 * a };
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

/** One forecast's term of the Brier score. */
function squaredError(pair: ProbabilityPair): number {
  return (pair.forecast - (pair.happened ? 1 : 0)) ** 2;
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
    brier: mean(pairs.map(squaredError)),
    reliability: reliability / n,
    resolution: resolution / n,
    uncertainty: base * (1 - base),
    bins,
    diagramReady: n >= MIN_RELIABILITY_ESTIMATES,
  };
}

/** Over time, each figure is taken over the user's last this many estimates of its kind… */
export const SHARPNESS_WINDOW = 10;
/** …once there are this many: a share of 1 or 2 guesses is 0, 50 or 100 % and says nothing. */
export const SHARPNESS_MINIMUM = 5;

/** What the user predicted for one attempt, each part null when left blank (or not scoreable). */
export interface CalibrationEntry {
  duration: NumericPair | null;
  /** Scored on (count + 1), as in numericCalibration. */
  fillers: NumericPair | null;
  inWindow: ProbabilityPair | null;
}

/** The rolling figures after an entry; a figure stays as it was at an entry without an estimate of its kind. */
export interface SharpnessPoint {
  /** Brier score of the last SHARPNESS_WINDOW chance estimates: falling means sharper. */
  brier: number | null;
  /** Share of the last SHARPNESS_WINDOW duration (filler) estimates within ±25 %: rising means sharper. */
  durationWithin25: number | null;
  fillersWithin25: number | null;
}

/** Whether the user's sense of their own delivery is getting sharper: one point per entry, oldest first. */
export function calibrationOverTime(
  entries: readonly CalibrationEntry[],
  window = SHARPNESS_WINDOW,
  minimum = SHARPNESS_MINIMUM,
): SharpnessPoint[] {
  const rolling = () => {
    const seen: number[] = [];
    return (value: number | null): number | null => {
      if (value !== null) seen.push(value);
      return seen.length < minimum ? null : mean(seen.slice(-window))!;
    };
  };
  const brier = rolling();
  const duration = rolling();
  const fillers = rolling();
  const within = (pair: NumericPair | null, offset: number): number | null => {
    const scored = pair === null ? null : scorePair(pair, offset);
    return scored === null ? null : scored.within25 ? 1 : 0;
  };
  return entries.map((entry) => ({
    brier: brier(entry.inWindow === null ? null : squaredError(entry.inWindow)),
    durationWithin25: duration(within(entry.duration, 0)),
    fillersWithin25: fillers(within(entry.fillers, 1)),
  }));
}
