// A view's history: one chart per metric over the attempts in order, each with its natural range, EWMA,
// run-rule flags, last-N statistics and label; where the model, prompt or analysis changed; and, for one
// question, the recent rows of its timing strip and the pair for "latest against best".

import {
  TIMING_ROWS,
  type ProgressChart,
  type ProgressHistory,
  type ProgressPoint,
  type ProgressScope,
  type ProvenanceChange,
} from '../../common/progress';
import { seriesStats } from '../../common/stats/series';
import { latestAgainstBest } from './compare';
import { METRIC_SPECS, type MetricSpec } from './metrics';
import { timingStrip } from './timing-strip';

export interface HistoryOptions {
  /** N, the comparison window (default 5). */
  window?: number;
}

/** `points` oldest first. */
export function buildHistory(
  scope: ProgressScope,
  points: readonly ProgressPoint[],
  options: HistoryOptions = {},
): ProgressHistory {
  const one = scope.questionId !== null;
  return {
    scope,
    attempts: points.map(({ attemptId, startedAt, durationSec }) => ({ attemptId, startedAt, durationSec })),
    charts: METRIC_SPECS.map((spec) => buildChart(spec, points, options)),
    provenance: provenanceChanges(points),
    // The strip and the pair compare one question's answers; across every question they would mean nothing.
    timing: one ? { rows: timingStrip(points.slice(-TIMING_ROWS), points.length - TIMING_ROWS), total: points.length } : null,
    pair: one ? latestAgainstBest(points) : null,
  };
}

export function buildChart(spec: MetricSpec, points: readonly ProgressPoint[], options: HistoryOptions = {}): ProgressChart {
  const values = points.map((point) => spec.read(point));
  const present: number[] = [];
  const at: number[] = [];
  values.forEach((value, index) => {
    if (value !== null && Number.isFinite(value)) {
      present.push(value);
      at.push(index);
    }
  });
  const targets = points.map((point) => spec.target(point));
  const latest = targets.at(-1) ?? null;
  const { ewma, signals, ...stats } = seriesStats(present, { window: options.window, cv: spec.cv, target: latest });
  const ewmaAt: (number | null)[] = values.map(() => null);
  const flags: ProgressChart['flags'] = values.map(() => null);
  at.forEach((index, k) => {
    ewmaAt[index] = ewma[k]!;
    flags[index] = signals[k]!.outside ? 'outside' : signals[k]!.run ? 'run' : null;
  });
  return {
    metric: spec.metric,
    label: spec.label,
    unit: spec.unit,
    values,
    targetMin: targets.map((target) => target?.min ?? null),
    targetMax: targets.map((target) => target?.max ?? null),
    ewma: ewmaAt,
    flags,
    stats,
  };
}

export function provenanceChanges(points: readonly ProgressPoint[]): ProvenanceChange[] {
  const changes: ProvenanceChange[] = [];
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1]!;
    const point = points[i]!;
    const what: ProvenanceChange['what'] = [];
    if (point.model !== before.model) what.push('model');
    if (point.prompt !== before.prompt) what.push('prompt');
    if (point.analysisVersion !== before.analysisVersion) what.push('analysis');
    if (what.length > 0) changes.push({ index: i, what, model: point.model });
  }
  return changes;
}
