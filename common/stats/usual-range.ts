// "Within your usual range": a change between two attempts smaller than the user's typical
// attempt-to-attempt variation, the mean moving range of that metric (Wheeler's XmR chart).

import { mean } from './descriptive';
import { movingRanges } from './xmr';

export interface UsualRangeVerdict {
  delta: number;
  /** Mean |xᵢ − xᵢ₋₁| over the series. */
  typicalChange: number;
  within: boolean;
}

/** Null when the series has fewer than two attempts, so there is no typical change yet. */
export function compareToUsualRange(delta: number, series: readonly number[]): UsualRangeVerdict | null {
  const typicalChange = mean(movingRanges(series));
  if (typicalChange === null) return null;
  // No change at all is always usual, even for a metric that has never moved (typical change 0).
  return { delta, typicalChange, within: delta === 0 || Math.abs(delta) < typicalChange };
}
