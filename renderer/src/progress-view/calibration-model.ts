// The calibration charts' numbers, shaped for uPlot and for their tables. Pure, so it is tested without a DOM.
import type uPlot from 'uplot';
import type { CalibrationSummary } from '../../../common/progress';
import type { ReliabilityBin } from '../../../common/stats/calibration';

export function percent(value: number): string {
  return `${Math.round(value * 100)} %`;
}

export interface ReliabilityPlot {
  /** x: 0, each non-empty bin's mean stated chance, 1; series: the diagonal, then what happened. */
  data: uPlot.AlignedData;
  /** Guesses behind each x (null at the ends), for the labels beside the points. */
  counts: (number | null)[];
}

/** The non-empty bins as points (x = mean chance said, y = share that landed), on the 0–1 diagonal. */
export function reliabilityPlot(bins: readonly ReliabilityBin[]): ReliabilityPlot {
  const points: { x: number; y: number | null; n: number | null }[] = bins
    .filter((bin) => bin.n > 0)
    .map((bin) => ({ x: bin.meanForecast!, y: bin.observed, n: bin.n }));
  // The diagonal runs from 0 to 1; a bin of only 0 % (or 100 %) guesses already sits on that end.
  if (points[0]?.x !== 0) points.unshift({ x: 0, y: null, n: null });
  if (points.at(-1)!.x !== 1) points.push({ x: 1, y: null, n: null });
  const xs = points.map((point) => point.x);
  return { data: [xs, xs, points.map((point) => point.y)], counts: points.map((point) => point.n) };
}

export interface SharpnessRow {
  number: number;
  attemptId: number;
  date: string;
  brier: string;
  durationWithin25: string;
  fillersWithin25: string;
}

export interface SharpnessModel {
  /** x: predicted attempt 1…N; series: Brier, duration within ±25 %, fillers within ±25 %. */
  data: uPlot.AlignedData;
  rows: SharpnessRow[];
  /** Some figure has reached its minimum number of estimates. */
  hasValues: boolean;
}

export function sharpnessModel(overTime: CalibrationSummary['overTime'], formatDate: (iso: string) => string): SharpnessModel {
  const share = (value: number | null): string => (value === null ? '—' : percent(value));
  return {
    data: [
      overTime.map((_, i) => i + 1),
      overTime.map((point) => point.brier),
      overTime.map((point) => point.durationWithin25),
      overTime.map((point) => point.fillersWithin25),
    ],
    rows: overTime.map((point, i) => ({
      number: i + 1,
      attemptId: point.attemptId,
      date: formatDate(point.startedAt),
      brier: point.brier === null ? '—' : point.brier.toFixed(3),
      durationWithin25: share(point.durationWithin25),
      fillersWithin25: share(point.fillersWithin25),
    })),
    hasValues: overTime.some((point) => [point.brier, point.durationWithin25, point.fillersWithin25].some((v) => v !== null)),
  };
}
