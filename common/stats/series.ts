// Everything a progress chart and its label need about one metric's series: the natural range, the EWMA
// line, the run-rule flags, the last N attempts against the N before, the trend, and the label.

import { coefficientOfVariation, meanAndSd, median, medianAbsoluteDeviation } from './descriptive';
import { ewma, naturalRange, runRuleSignals, type NaturalRange, type PointSignal } from './xmr';
import { trend, type Trend } from './trend';

export const DEFAULT_WINDOW = 5;
/** Spread counts as grown when the last window's SD is at least this multiple of the window before… */
export const SPREAD_GREW = 1.25;
/** …and as shrunk at or below this one (1 / 1.25). */
export const SPREAD_SHRANK = 0.8;

export type ProgressLabel = 'too few attempts' | 'drifting' | 'converging' | 'steady';

/**
 * What each label means, word for word as the UI shows it on hover. N is the comparison window (default 5);
 * the natural range is x̄ ± 2.66 × the mean moving range over every attempt in view; "the target" is the
 * metric's target band; "flagged" is the first clause of drifting, in either direction.
 */
export const LABEL_DEFINITIONS: Readonly<Record<ProgressLabel, string>> = {
  'too few attempts':
    'Fewer than 2 × N attempts (10 by default): there is no full window of N earlier attempts to compare the last N with.',
  drifting:
    'Any of: an attempt among the last N is outside the natural range, or the latest attempt ends a run of 8 or more on one side of the mean, and it lies farther from the target than the mean does; the SD of the last N is at least 1.25 × the SD of the N before while their average is no closer to the target; or a significant trend (Mann–Kendall, p < 0.05) whose Theil–Sen slope, added to the average of the last N, takes it farther from the target. Without a target, any flag or significant trend counts.',
  converging:
    'Not drifting, and any of: the SD of the last N is at most 0.8 × the SD of the N before; a significant trend whose slope takes the average of the last N closer to the target; or the last N average closer to the target than the N before and one of them is flagged on the target side.',
  steady:
    'Neither drifting nor converging: nothing flagged away from the target, the SD of the last N between 0.8 and 1.25 × the SD of the N before (or wider only while closer to the target), and no significant trend away from the target.',
};

export interface TargetBand {
  min: number;
  max: number;
}

export interface WindowStats {
  n: number;
  mean: number | null;
  sd: number | null;
  /** s / x̄; null unless the metric asked for it (duration and pace only). */
  cv: number | null;
  median: number | null;
  /** Median absolute deviation (unscaled): the robust spread for filler rates. */
  mad: number | null;
}

export interface SeriesOptions {
  /** N, the size of the last window and of the window before it. */
  window?: number;
  /** Report the coefficient of variation: only for metrics far from 0 (duration, words per minute). */
  cv?: boolean;
  target?: TargetBand | null;
}

export interface SeriesStats {
  n: number;
  window: number;
  all: WindowStats;
  last: WindowStats;
  /** The N attempts before the last N; null until there are more than N. */
  prior: WindowStats | null;
  range: NaturalRange | null;
  ewma: number[];
  signals: PointSignal[];
  trend: Trend | null;
  label: ProgressLabel;
  /** Which clauses of the label's definition held, as short phrases with their numbers. */
  because: string[];
}

export function windowStats(values: readonly number[], withCv: boolean): WindowStats {
  const { n, mean, sd } = meanAndSd(values);
  return {
    n,
    mean,
    sd,
    cv: withCv ? coefficientOfVariation(values) : null,
    median: median(values),
    mad: medianAbsoluteDeviation(values),
  };
}

/** 0 inside the band, else how far outside it. */
export function distanceToBand(value: number, band: TargetBand): number {
  return value < band.min ? band.min - value : value > band.max ? value - band.max : 0;
}

export function seriesStats(values: readonly number[], options: SeriesOptions = {}): SeriesStats {
  const window = options.window ?? DEFAULT_WINDOW;
  if (!Number.isInteger(window) || window < 2) throw new RangeError(`the window must be an integer ≥ 2, got ${window}`);
  const withCv = options.cv ?? false;
  const target = options.target ?? null;
  const lastValues = values.slice(-window);
  const priorValues = values.slice(-2 * window, -window);
  const range = naturalRange(values);
  const signals = runRuleSignals(values, range);
  const stats: SeriesStats = {
    n: values.length,
    window,
    all: windowStats(values, withCv),
    last: windowStats(lastValues, withCv),
    prior: priorValues.length > 0 ? windowStats(priorValues, withCv) : null,
    range,
    ewma: ewma(values),
    signals,
    trend: trend(values),
    label: 'too few attempts',
    because: [],
  };
  if (values.length < 2 * window || range === null || stats.prior === null) {
    stats.because.push(`${values.length} of the ${2 * window} attempts needed`);
    return stats;
  }
  const [label, because] = classify(values, stats, target);
  stats.label = label;
  stats.because = because;
  return stats;
}

function classify(values: readonly number[], stats: SeriesStats, target: TargetBand | null): [ProgressLabel, string[]] {
  const range = stats.range!;
  const distance = (value: number): number => (target === null ? 0 : distanceToBand(value, target));
  const lastMean = stats.last.mean!;
  const priorMean = stats.prior!.mean!;
  const levelMove = target === null ? 0 : Math.sign(distance(lastMean) - distance(priorMean));
  const first = values.length - stats.window;
  // Each flag as a phrase, sorted by whether it points away from the target or towards it.
  const away: string[] = [];
  const toward: string[] = [];
  const sortFlag = (value: number, phrase: string): void => {
    const gap = distance(value) - distance(range.centre);
    if (target === null || gap > 0) away.push(target === null ? phrase : `${phrase}, away from the target`);
    else if (gap < 0) toward.push(`${phrase}, towards the target`);
  };
  for (let i = first; i < values.length; i++) {
    if (stats.signals[i]!.outside) sortFlag(values[i]!, `attempt ${i + 1} outside the natural range`);
  }
  // A run counts only while it lasts: a run that a later attempt broke is the old level, not a change now.
  const latest = values.length - 1;
  if (stats.signals[latest]!.run) {
    let length = 1;
    while (length <= latest && stats.signals[latest - length]!.side === stats.signals[latest]!.side) length += 1;
    sortFlag(values[latest]!, `the last ${length} attempts on one side of the mean`);
  }
  const ratio = spreadRatio(stats.last.sd!, stats.prior!.sd!);
  const significant = stats.trend?.significant ?? false;
  // Where one more attempt on the trend line would land, relative to the target: +1 away, −1 towards.
  const trendMove =
    target === null || stats.trend === null
      ? 0
      : Math.sign(distance(lastMean + stats.trend.slopePerAttempt) - distance(lastMean));

  const drifting: string[] = [];
  drifting.push(...away);
  // A jump towards the target widens the last window too; that is progress, not drift.
  if (ratio >= SPREAD_GREW && levelMove >= 0) drifting.push(spreadPhrase(ratio, stats.window));
  if (significant && (target === null || trendMove > 0)) {
    drifting.push(`significant trend${target ? ' away from the target' : ''} (z = ${stats.trend!.z.toFixed(2)})`);
  }
  if (drifting.length > 0) return ['drifting', drifting];

  const converging: string[] = [];
  if (ratio <= SPREAD_SHRANK) converging.push(spreadPhrase(ratio, stats.window));
  if (significant && trendMove < 0) converging.push(`significant trend towards the target (z = ${stats.trend!.z.toFixed(2)})`);
  if (levelMove < 0) converging.push(...toward);
  if (converging.length > 0) return ['converging', converging];
  return ['steady', [`${spreadPhrase(ratio, stats.window)}, no flag or trend away from the target`]];
}

/** SD ratio last / before; two windows of identical values are equally spread (1). */
function spreadRatio(lastSd: number, priorSd: number): number {
  if (priorSd === 0) return lastSd === 0 ? 1 : Number.POSITIVE_INFINITY;
  return lastSd / priorSd;
}

function spreadPhrase(ratio: number, window: number): string {
  if (!Number.isFinite(ratio)) return `spread grew from 0 in the ${window} before`;
  return `SD of the last ${window} is ${Math.round(ratio * 100)} % of the ${window} before`;
}
