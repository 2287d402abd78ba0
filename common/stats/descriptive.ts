// Descriptive statistics over one metric's values (x₁…xₙ, oldest first). Pure, no Node: the renderer and
// native both call these. Sources: Welford (1962) for the one-pass SD; Everitt, Cambridge Dictionary of
// Statistics, for where a CV means something; Rousseeuw & Croux (1993) for the MAD.

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Mean and sample SD in one pass with Welford's update, which stays accurate when values are large and close. */
export function meanAndSd(values: readonly number[]): { n: number; mean: number | null; sd: number | null } {
  let n = 0;
  let runningMean = 0;
  let m2 = 0;
  for (const value of values) {
    n += 1;
    const delta = value - runningMean;
    runningMean += delta / n;
    m2 += delta * (value - runningMean);
  }
  return { n, mean: n === 0 ? null : runningMean, sd: n < 2 ? null : Math.sqrt(m2 / (n - 1)) };
}

/** Sample SD s = √(Σ(xᵢ − x̄)² / (n − 1)); null below two values. */
export function sampleSd(values: readonly number[]): number | null {
  return meanAndSd(values).sd;
}

/**
 * Coefficient of variation s / x̄. Only meaningful for a metric whose mean is far from 0 (duration, words per
 * minute), never for filler rates; null when the mean is 0 or there are fewer than two values.
 */
export function coefficientOfVariation(values: readonly number[]): number | null {
  const { mean: m, sd } = meanAndSd(values);
  if (m === null || sd === null || m === 0) return null;
  return sd / Math.abs(m);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numerically without a comparator call per step: the Theil–Sen slope takes the
  // median of n(n − 1)/2 slopes, which with a comparator was most of a chart's statistics.
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median absolute deviation, median(|xᵢ − median(x)|), unscaled (×1.4826 estimates σ for normal data). */
export function medianAbsoluteDeviation(values: readonly number[]): number | null {
  const centre = median(values);
  if (centre === null) return null;
  return median(values.map((value) => Math.abs(value - centre)));
}
