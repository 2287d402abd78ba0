// Is the user's sense of their own delivery getting sharper? Over their predicted attempts: the rolling
// Brier score of "the chance I landed" (falling is sharper) and the rolling share of duration and filler
// guesses within ±25 % (rising is sharper). Drawn by uPlot; the table below holds the same numbers.
import { useCallback, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import type { CalibrationSummary } from '../../../common/progress';
import { SHARPNESS_MINIMUM, SHARPNESS_WINDOW } from '../../../common/stats/calibration';
import { percent, sharpnessModel } from './calibration-model';
import { themePalette } from './MetricChart';
import { usePlot } from './usePlot';
import './calibration-charts.css';

const HEIGHT = 200;

interface SharpnessChartProps {
  overTime: CalibrationSummary['overTime'];
  formatDate: (iso: string) => string;
}

export function SharpnessChart({ overTime, formatDate }: SharpnessChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const model = useMemo(() => sharpnessModel(overTime, formatDate), [overTime, formatDate]);
  const makeOptions = useCallback((): Omit<uPlot.Options, 'width'> => {
    const { accent, muted, green, amber } = themePalette();
    const share = (_u: uPlot, value: number | null): string => (value === null ? '—' : percent(value));
    return {
      height: HEIGHT,
      legend: { show: true, live: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, y: { range: [0, 1] } },
      axes: [
        {
          stroke: muted,
          grid: { show: false },
          values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? `#${tick}` : '')),
        },
        { stroke: muted, size: 52, label: 'Share or score (0–1)', grid: { stroke: 'rgba(255,255,255,0.06)' } },
      ],
      series: [
        { label: 'Guess', value: (_u, x) => (x === null ? '' : `#${x} · ${model.rows[x - 1]?.date ?? ''}`) },
        {
          label: 'Brier score (lower is sharper)',
          stroke: amber,
          width: 2,
          points: { show: false },
          value: (_u, v) => (v === null ? '—' : v.toFixed(3)),
        },
        { label: 'Duration within ±25 %', stroke: accent, width: 2, points: { show: false }, value: share },
        { label: 'Fillers within ±25 %', stroke: green, width: 2, points: { show: false }, value: share },
      ],
    };
  }, [model]);
  usePlot(box, model.hasValues ? makeOptions : null, model.data);

  return (
    <section className="calibration-chart" aria-labelledby="sharpness-title" data-testid="sharpness">
      <h4 id="sharpness-title">Getting sharper? Your last {SHARPNESS_WINDOW} guesses at each point</h4>
      {model.hasValues ? (
        <div className="calibration-chart-plot" ref={box} aria-hidden="true" data-testid="sharpness-plot" />
      ) : (
        <p className="muted" data-testid="sharpness-wait">
          The curve starts once you have made {SHARPNESS_MINIMUM} guesses of one kind: a share of fewer says little.
        </p>
      )}
      {overTime.length > 0 ? (
        <details className="calibration-chart-table">
          <summary>Values of the sharpness curve</summary>
          <table>
            <caption className="visually-hidden">
              Rolling Brier score and share within ±25 % over the last {SHARPNESS_WINDOW} guesses, after each predicted attempt
            </caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Date</th>
                <th scope="col">Brier score</th>
                <th scope="col">Duration within ±25 %</th>
                <th scope="col">Fillers within ±25 %</th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => (
                <tr key={row.attemptId}>
                  <th scope="row">{row.number}</th>
                  <td>{row.date}</td>
                  <td>{row.brier}</td>
                  <td>{row.durationWithin25}</td>
                  <td>{row.fillersWithin25}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
