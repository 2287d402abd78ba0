// `voicedrill history`: a question's attempts and the statistics of duration, pace and filler rate, as the
// stable JSON of `--json` or as a table to read.

import type { ProgressPoint } from '../../common/progress';
import type { SeriesStats } from '../../common/stats/series';
import { buildChart } from '../progress/history';
import { metricSpec } from '../progress/metrics';

export interface MetricSummary {
  n: number;
  mean: number | null;
  sd: number | null;
  /** Null for filler rates: a CV means nothing near zero. */
  cv: number | null;
  median: number | null;
  mad: number | null;
  /** The natural range x̄ ± 2.66 × mean moving range; null below two attempts. */
  xmr: { centre: number; lower: number; upper: number; meanMovingRange: number } | null;
  last: { n: number; mean: number | null; sd: number | null };
  prior: { n: number; mean: number | null; sd: number | null } | null;
  trend: { slopePerAttempt: number; direction: 'up' | 'down' | 'flat'; significant: boolean } | null;
  label: SeriesStats['label'];
  because: string[];
}

export interface HistoryJson {
  question: { id: number; text: string };
  window: number;
  attempts: {
    id: number;
    startedAt: string;
    drillLength: string;
    durationSec: number;
    inWindow: boolean;
    wordsPerMinute: number | null;
    fillers: { count: number | null; perMinute: number | null };
    vocalizedFillers: { perMinute: number | null };
    timeToFirstWordSec: number | null;
    model: string | null;
  }[];
  stats: { durationSec: MetricSummary; wordsPerMinute: MetricSummary; fillersPerMinute: MetricSummary };
}

function summary(
  points: readonly ProgressPoint[],
  metric: 'durationSec' | 'wordsPerMinute' | 'fillersPerMinute',
  window: number,
): MetricSummary {
  const { stats } = buildChart(metricSpec(metric), points, { window });
  const brief = (w: { n: number; mean: number | null; sd: number | null }) => ({ n: w.n, mean: w.mean, sd: w.sd });
  return {
    n: stats.all.n,
    mean: stats.all.mean,
    sd: stats.all.sd,
    cv: stats.all.cv,
    median: stats.all.median,
    mad: stats.all.mad,
    xmr: stats.range && {
      centre: stats.range.centre,
      lower: stats.range.lower,
      upper: stats.range.upper,
      meanMovingRange: stats.range.meanMovingRange,
    },
    last: brief(stats.last),
    prior: stats.prior && brief(stats.prior),
    trend: stats.trend && {
      slopePerAttempt: stats.trend.slopePerAttempt,
      direction: stats.trend.direction,
      significant: stats.trend.significant,
    },
    label: stats.label,
    because: stats.because,
  };
}

/** `points` oldest first. */
export function historyJson(
  question: { id: number; text: string },
  points: readonly ProgressPoint[],
  window: number,
): HistoryJson {
  return {
    question,
    window,
    attempts: points.map((point) => ({
      id: point.attemptId,
      startedAt: point.startedAt,
      drillLength: point.drillLength,
      durationSec: point.durationSec,
      inWindow: point.durationSec >= point.targetMinSec && point.durationSec <= point.targetMaxSec,
      wordsPerMinute: point.wordsPerMinute,
      fillers: { count: point.fillerCount, perMinute: point.fillersPerMinute },
      vocalizedFillers: { perMinute: point.vocalizedPerMinute },
      timeToFirstWordSec: point.timeToFirstWordSec,
      model: point.model,
    })),
    stats: {
      durationSec: summary(points, 'durationSec', window),
      wordsPerMinute: summary(points, 'wordsPerMinute', window),
      fillersPerMinute: summary(points, 'fillersPerMinute', window),
    },
  };
}

const fixed = (value: number | null, digits = 1): string => (value === null ? '–' : value.toFixed(digits));

/** The same as a table: one line per attempt, then one per statistic. */
export function formatHistory(history: HistoryJson): string {
  const lines = [
    `${history.question.text} — ${history.attempts.length} scored attempt${history.attempts.length === 1 ? '' : 's'}`,
    '',
  ];
  lines.push('  #  date              length    duration    wpm  fillers/min');
  history.attempts.forEach((attempt, i) => {
    lines.push(
      `${String(i + 1).padStart(3)}  ${attempt.startedAt.slice(0, 16).replace('T', ' ')}  ${attempt.drillLength.padEnd(8)} ${fixed(attempt.durationSec).padStart(7)} s${attempt.inWindow ? ' ' : '*'} ${fixed(attempt.wordsPerMinute, 0).padStart(5)}  ${fixed(attempt.fillers.perMinute).padStart(11)}`,
    );
  });
  lines.push('', '(* outside the window)', '');
  const rows: [string, MetricSummary, string][] = [
    ['duration', history.stats.durationSec, 's'],
    ['pace', history.stats.wordsPerMinute, 'wpm'],
    ['fillers', history.stats.fillersPerMinute, '/min'],
  ];
  for (const [name, stats, unit] of rows) {
    const range = stats.xmr
      ? `natural range ${fixed(stats.xmr.lower)}–${fixed(stats.xmr.upper)} ${unit}`
      : 'no natural range yet';
    const cv = stats.cv === null ? '' : `, CV ${(stats.cv * 100).toFixed(0)} %`;
    lines.push(
      `${name.padEnd(9)} mean ${fixed(stats.mean)} ${unit}, SD ${fixed(stats.sd)}${cv}; ${range}; ${stats.label} (${stats.because.join('; ')})`,
    );
  }
  return lines.join('\n');
}
