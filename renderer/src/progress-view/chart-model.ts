// What one progress chart draws and what its table lists, from the service's ProgressChart. Pure (no DOM),
// so it is unit-tested; the component hands `data` to uPlot as it is.

import type { AlignedData } from 'uplot';
import type { ProgressChart } from '../../../common/progress';

/** Series order in `data`, after x. */
export const SERIES = ['value', 'ewma', 'targetMin', 'targetMax', 'lower', 'upper', 'flagged'] as const;

export interface ChartRow {
  number: number;
  date: string;
  value: string;
  ewma: string;
  target: string;
  flag: string;
}

export interface ChartModel {
  data: AlignedData;
  rows: ChartRow[];
  /** True when at least one attempt has a value: an empty chart shows a sentence instead. */
  hasValues: boolean;
}

/** A metric value with its unit, at a precision that matches what was measured. */
export function formatMetric(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (unit === 'wpm') return `${Math.round(value)} wpm`;
  if (unit === '/min') return `${value.toFixed(1)} /min`;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`;
}

const FLAG_TEXT = { outside: 'outside the natural range', run: 'in a run of 8 on one side of the mean' } as const;

export function chartModel(chart: ProgressChart, dates: readonly string[], formatDate: (iso: string) => string): ChartModel {
  const n = chart.values.length;
  const x = Array.from({ length: n }, (_, i) => i + 1);
  const range = chart.stats.range;
  const constant = (value: number | undefined): (number | null)[] => chart.values.map(() => value ?? null);
  const flagged = chart.values.map((value, i) => (chart.flags[i] === null ? null : value));
  const data: AlignedData = [
    x,
    chart.values,
    chart.ewma,
    chart.targetMin,
    chart.targetMax,
    constant(range?.lower),
    constant(range?.upper),
    flagged,
  ];
  const rows = chart.values.map((value, i) => {
    const min = chart.targetMin[i] ?? null;
    const max = chart.targetMax[i] ?? null;
    const flag = chart.flags[i] ?? null;
    return {
      number: i + 1,
      date: formatDate(dates[i] ?? ''),
      value: formatMetric(value, chart.unit),
      ewma: formatMetric(chart.ewma[i] ?? null, chart.unit),
      target: min === null || max === null ? '—' : `${formatMetric(min, chart.unit)} – ${formatMetric(max, chart.unit)}`,
      flag: flag === null ? '' : FLAG_TEXT[flag],
    };
  });
  return { data, rows, hasValues: chart.values.some((value) => value !== null) };
}
