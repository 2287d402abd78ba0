// The small multiples: every chart of the view in one grid. The grid's columns are equal, so every plot has
// the width of the first: it is read once before the first paint, and one observer follows the window's
// resizes for all of them. Each chart is then drawn in the same frame as the screen that holds it, instead
// of a frame later at a width each measured for itself.
import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { ProgressChart, ProvenanceChange } from '../../../common/progress';
import { MetricChart, MIN_PLOT_WIDTH } from './MetricChart';

interface ChartGridProps {
  charts: readonly ProgressChart[];
  dates: readonly string[];
  provenance: readonly ProvenanceChange[];
  formatDate: (iso: string) => string;
}

/** One key for every chart: small multiples share their encoding, so it is not repeated under each. */
const KEY = [
  ['value', 'each attempt'],
  ['ewma', 'smoothed (EWMA)'],
  ['target', 'target'],
  ['range', 'natural range'],
  ['flagged', 'a real change'],
  ['provenance', 'model, prompt or analysis changed'],
] as const;

function plotWidth(grid: HTMLElement): number | null {
  const box = grid.querySelector('.metric-chart-plot');
  return box ? Math.max(MIN_PLOT_WIDTH, Math.floor(box.clientWidth)) : null;
}

export const ChartGrid = memo(function ChartGrid({ charts, dates, provenance, formatDate }: ChartGridProps) {
  const grid = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);

  useLayoutEffect(() => {
    const element = grid.current;
    if (!element) return;
    // The one layout read, before paint; the observer's later calls come after layout, where it is free.
    setWidth(plotWidth(element));
    const observer = new ResizeObserver(() => setWidth(plotWidth(element)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <>
      <ul className="chart-key" aria-label="Key to the charts">
        {KEY.map(([kind, name]) => (
          <li key={kind}>
            <span className={`chart-swatch chart-swatch-${kind}`} aria-hidden="true" /> {name}
          </li>
        ))}
      </ul>
      <div className="progress-charts" ref={grid}>
        {charts.map((chart) => (
          <MetricChart
            key={chart.metric}
            chart={chart}
            dates={dates}
            provenance={provenance}
            formatDate={formatDate}
            width={width}
          />
        ))}
      </div>
    </>
  );
});
