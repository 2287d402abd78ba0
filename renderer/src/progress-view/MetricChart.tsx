// One small-multiple chart: the metric per attempt with its target band, natural range, EWMA line and
// flagged points, drawn by uPlot; below it, the same numbers as a table reachable from the keyboard.
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ProgressChart, ProvenanceChange } from '../../../common/progress';
import { LABEL_DEFINITIONS } from '../../../common/stats/series';
import { chartModel, formatMetric } from './chart-model';

interface MetricChartProps {
  chart: ProgressChart;
  dates: readonly string[];
  provenance: readonly ProvenanceChange[];
  formatDate: (iso: string) => string;
  /** The plot's width, the same for every chart of the grid; null until the grid has been laid out. */
  width: number | null;
}

const HEIGHT = 150;
export const MIN_PLOT_WIDTH = 240;

interface Palette {
  accent: string;
  muted: string;
  green: string;
  red: string;
  amber: string;
}

let palette: Palette | null = null;

/** The theme's colours for the canvas, read once: each getComputedStyle after a chart is drawn forces a style pass. */
export function themePalette(): Palette {
  if (palette === null) {
    const style = getComputedStyle(document.documentElement);
    const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
    palette = {
      accent: read('--accent', '#8fb3ff'),
      muted: read('--muted', '#949cad'),
      green: read('--green', '#5fd39a'),
      red: read('--red', '#ff7b7b'),
      amber: read('--amber', '#f2c14e'),
    };
  }
  return palette;
}

export const MetricChart = memo(function MetricChart({ chart, dates, provenance, formatDate, width }: MetricChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const readout = useRef<HTMLParagraphElement>(null);
  const plot = useRef<uPlot | null>(null);
  const latestWidth = useRef(width);
  // The table's rows are built when it is opened: ten charts of hundreds of rows would slow every paint.
  const [tableOpen, setTableOpen] = useState(false);
  const model = useMemo(() => chartModel(chart, dates, formatDate), [chart, dates, formatDate]);

  // Declared first, so a resize reaches the plot before anything below reads the width.
  useLayoutEffect(() => {
    latestWidth.current = width;
    if (width !== null) plot.current?.setSize({ width, height: HEIGHT });
  }, [width]);

  const sized = width !== null;
  // A layout effect: the chart is drawn before the frame that shows its box is painted.
  useLayoutEffect(() => {
    const element = box.current;
    const initialWidth = latestWidth.current;
    if (!element || !model.hasValues || !sized || initialWidth === null) return;
    const { accent, muted, green, red, amber } = themePalette();
    const hovered = (index: number | null | undefined): string =>
      index === null || index === undefined
        ? ''
        : `#${index + 1} · ${formatDate(dates[index] ?? '')} · ${formatMetric(chart.values[index] ?? null, chart.unit)} · EWMA ${formatMetric(chart.ewma[index] ?? null, chart.unit)}`;
    const options: uPlot.Options = {
      width: initialWidth,
      height: HEIGHT,
      // No legend table per chart (ten of them were a fifth of the screen's elements): the grid has one key,
      // and the hovered attempt is read out on one line below.
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false } },
      axes: [
        {
          stroke: muted,
          grid: { show: false },
          ticks: { show: false },
          values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? `#${tick}` : '')),
        },
        { stroke: muted, grid: { stroke: 'rgba(255,255,255,0.06)' }, size: 48 },
      ],
      series: [
        { label: 'Attempt' },
        { label: chart.label, stroke: accent, width: 1.5, points: { show: true, size: 5 } },
        { label: 'EWMA', stroke: green, width: 2, points: { show: false } },
        {
          label: 'Target from',
          stroke: 'rgba(95,211,154,0.5)',
          dash: [4, 4],
          points: { show: false },
          show: chart.targetMin.some((v) => v !== null),
        },
        {
          label: 'Target to',
          stroke: 'rgba(95,211,154,0.5)',
          dash: [4, 4],
          points: { show: false },
          show: chart.targetMax.some((v) => v !== null),
        },
        { label: 'Natural range from', stroke: muted, dash: [2, 3], points: { show: false } },
        { label: 'Natural range to', stroke: muted, dash: [2, 3], points: { show: false } },
        { label: 'Flagged', stroke: red, width: 0, points: { show: true, size: 9, fill: red, stroke: red }, paths: () => null },
      ],
      bands: [{ series: [4, 3], fill: 'rgba(95,211,154,0.10)' }],
      hooks: {
        setCursor: [
          (u) => {
            const target = readout.current;
            if (target) target.textContent = hovered(u.cursor.idx);
          },
        ],
        // Where the model, the prompt or the analysis changed: filler counts shift with the model.
        draw: [
          (u) => {
            const { ctx } = u;
            ctx.save();
            ctx.strokeStyle = amber;
            ctx.setLineDash([3, 3]);
            for (const change of provenance) {
              const x = Math.round(u.valToPos(change.index + 0.5, 'x', true));
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
            }
            ctx.restore();
          },
        ],
      },
    };
    const instance = new uPlot(options, model.data, element);
    plot.current = instance;
    return () => {
      plot.current = null;
      instance.destroy();
    };
  }, [model, sized, chart, dates, formatDate, provenance]);

  const { stats } = chart;
  const headingId = `chart-${chart.metric}`;
  const definition = `${LABEL_DEFINITIONS[stats.label]}${stats.because.length > 0 ? ` Here: ${stats.because.join('; ')}.` : ''}`;
  return (
    <section className="metric-chart" aria-labelledby={headingId} data-testid={`chart-${chart.metric}`}>
      <header className="metric-chart-head">
        <h3 id={headingId}>{chart.label}</h3>
        <span
          className={`progress-label progress-label-${stats.label.replaceAll(' ', '-')}`}
          tabIndex={0}
          title={definition}
          aria-label={`${stats.label}: ${definition}`}
        >
          {stats.label}
        </span>
      </header>
      <p className="metric-chart-stats muted">
        Last {stats.last.n}: mean {formatMetric(stats.last.mean, chart.unit)}
        {stats.last.sd !== null ? `, SD ${formatMetric(stats.last.sd, chart.unit)}` : ''}
        {stats.last.cv !== null ? `, CV ${Math.round(stats.last.cv * 100)} %` : ''}
        {chart.unit === '/min' && stats.last.mad !== null ? `, MAD ${formatMetric(stats.last.mad, chart.unit)}` : ''}
        {stats.prior
          ? ` · ${stats.prior.n} before: mean ${formatMetric(stats.prior.mean, chart.unit)}${stats.prior.sd !== null ? `, SD ${formatMetric(stats.prior.sd, chart.unit)}` : ''}`
          : ''}
        {stats.trend
          ? ` · trend ${stats.trend.slopePerAttempt >= 0 ? '+' : ''}${formatMetric(stats.trend.slopePerAttempt, chart.unit)} per attempt${stats.trend.significant ? '' : ' (not significant)'}`
          : ''}
      </p>
      {model.hasValues ? (
        <>
          <div className="metric-chart-plot" ref={box} aria-hidden="true" />
          <p className="metric-chart-readout muted" ref={readout} aria-hidden="true" />
        </>
      ) : (
        <p className="muted">No values yet.</p>
      )}
      <details className="metric-chart-table" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>Values of {chart.label.toLowerCase()}</summary>
        {tableOpen ? (
          <table>
            <caption className="visually-hidden">{chart.label} per attempt</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Date</th>
                <th scope="col">Value</th>
                <th scope="col">EWMA</th>
                <th scope="col">Target</th>
                <th scope="col">Flag</th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => (
                <tr key={row.number}>
                  <th scope="row">{row.number}</th>
                  <td>{row.date}</td>
                  <td>{row.value}</td>
                  <td>{row.ewma}</td>
                  <td>{row.target}</td>
                  <td>{row.flag}</td>
                </tr>
              ))}
            </tbody>
            {stats.range ? (
              <tfoot>
                <tr>
                  <td colSpan={6}>
                    Natural range {formatMetric(stats.range.lower, chart.unit)} – {formatMetric(stats.range.upper, chart.unit)}{' '}
                    (mean {formatMetric(stats.range.centre, chart.unit)} ± 2.66 × mean moving range{' '}
                    {formatMetric(stats.range.meanMovingRange, chart.unit)})
                  </td>
                </tr>
              </tfoot>
            ) : null}
          </table>
        ) : null}
      </details>
    </section>
  );
});
