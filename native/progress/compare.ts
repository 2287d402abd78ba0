// Two attempts of the same question side by side: every metric with its delta, judged against the user's
// typical attempt-to-attempt change, and the word-level diff of the transcripts.

import type { AttemptComparison, ProgressPoint } from '../../common/progress';
import { wordDiff } from '../../common/diff/word-diff';
import { distanceToBand } from '../../common/stats/series';
import { compareToUsualRange } from '../../common/stats/usual-range';
import { FILLER_TARGET, METRIC_SPECS } from './metrics';

/**
 * `series`: every attempt of the question (oldest first), for the typical change; `wordsA`/`wordsB`: the
 * transcripts' words in order.
 */
export function compareAttempts(
  a: ProgressPoint,
  b: ProgressPoint,
  wordsA: readonly string[],
  wordsB: readonly string[],
  series: readonly ProgressPoint[],
): AttemptComparison {
  const metrics = METRIC_SPECS.map((spec) => {
    const valueA = spec.read(a);
    const valueB = spec.read(b);
    const delta = valueA === null || valueB === null ? null : valueB - valueA;
    const history = series.map((point) => spec.read(point)).filter((value): value is number => value !== null);
    return {
      metric: spec.metric,
      label: spec.label,
      unit: spec.unit,
      a: valueA,
      b: valueB,
      delta,
      usual: delta === null ? null : compareToUsualRange(delta, history),
    };
  });
  return { a, b, metrics, diff: wordDiff(wordsA, wordsB) };
}

/**
 * The best attempt, for "latest against best": the one closest to its window (inside it is 0 s away), then
 * the fewest fillers a minute, then the latest. Null when there is none.
 */
export function bestAttempt(points: readonly ProgressPoint[]): ProgressPoint | null {
  let best: ProgressPoint | null = null;
  let bestKey: [number, number] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (const point of points) {
    const key: [number, number] = [
      distanceToBand(point.durationSec, { min: point.targetMinSec, max: point.targetMaxSec }),
      point.fillersPerMinute ?? FILLER_TARGET.max,
    ];
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] <= bestKey[1])) [best, bestKey] = [point, key];
  }
  return best;
}

/** The pair for "latest against best": the best among the earlier attempts (so the two differ even when the
 * latest is the best) and the latest; null below two attempts. `points` oldest first. */
export function latestAgainstBest(points: readonly ProgressPoint[]): { bestId: number; latestId: number } | null {
  const latest = points.at(-1);
  const best = bestAttempt(points.slice(0, -1));
  return latest === undefined || best === null ? null : { bestId: best.attemptId, latestId: latest.attemptId };
}
