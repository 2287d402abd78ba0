// The reliability diagram of the user's "chance I landed in the window": for each band of stated chances,
// how often the answer did land, against the diagonal of perfect calibration, each point labelled with its
// number of guesses. Drawn by uPlot once there are enough guesses; the table below holds the same numbers.
import { useCallback, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import { MIN_RELIABILITY_ESTIMATES, type ProbabilityCalibration } from '../../../common/stats/calibration';
import { percent, reliabilityPlot } from './calibration-model';
import { themePalette } from './MetricChart';
import { usePlot } from './usePlot';
import './calibration-charts.css';

const HEIGHT = 220;

export function ReliabilityChart({ calibration }: { calibration: ProbabilityCalibration }) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useMemo(() => reliabilityPlot(calibration.bins), [calibration.bins]);
  const makeOptions = useCallback((): Omit<uPlot.Options, 'width'> => {
    const { accent, muted } = themePalette();
    const share = (_u: uPlot, value: number | null): string => (value === null ? '—' : percent(value));
    return {
      height: HEIGHT,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: [0, 1] }, y: { range: [0, 1] } },
      axes: [
        { stroke: muted, label: 'Chance you said', values: (_u, ticks) => ticks.map((tick) => percent(tick)) },
        {
          stroke: muted,
          label: 'Landed',
          size: 52,
          grid: { stroke: 'rgba(255,255,255,0.06)' },
          values: (_u, ticks) => ticks.map((tick) => percent(tick)),
        },
      ],
      series: [
        { label: 'Chance you said', value: share },
        { label: 'Perfectly calibrated', stroke: muted, dash: [4, 4], points: { show: false }, value: share },
        {
          label: 'Landed',
          stroke: accent,
          width: 1.5,
          spanGaps: true,
          points: { show: true, size: 7, fill: accent },
          value: share,
        },
      ],
      hooks: {
        // The number of guesses beside each point: a bin of two says far less than a bin of twenty.
        draw: [
          (u) => {
            const { ctx } = u;
            const [xs, , ys] = u.data as [number[], number[], (number | null)[]];
            ctx.save();
            ctx.fillStyle = muted;
            ctx.font = `${Math.round(11 * uPlot.pxRatio)}px system-ui, sans-serif`;
            plot.counts.forEach((count, i) => {
              const y = ys[i];
              if (count === null || y === null || y === undefined) return;
              // Below the points near the top, so the label stays inside the plot.
              ctx.textBaseline = y > 0.9 ? 'top' : 'bottom';
              ctx.fillText(
                `n=${count}`,
                u.valToPos(xs[i]!, 'x', true) + 6 * uPlot.pxRatio,
                u.valToPos(y, 'y', true) + (y > 0.9 ? 6 : -6) * uPlot.pxRatio,
              );
            });
            ctx.restore();
          },
        ],
      },
    };
  }, [plot]);
  usePlot(box, calibration.diagramReady ? makeOptions : null, plot.data);

  const filled = calibration.bins.filter((bin) => bin.n > 0);
  return (
    <section className="calibration-chart" aria-labelledby="reliability-title" data-testid="reliability">
      <h4 id="reliability-title">Reliability: the chance you said against how often you landed</h4>
      {calibration.diagramReady ? (
        <div className="calibration-chart-plot" ref={box} aria-hidden="true" data-testid="reliability-plot" />
      ) : (
        <p className="muted" data-testid="reliability-wait">
          The diagram appears from {MIN_RELIABILITY_ESTIMATES} guesses of the chance; you have made {calibration.n}. With fewer,
          most bands hold one or two guesses, and “landed 0 %” or “100 %” would read as a bad guess when it is only chance.
        </p>
      )}
      {filled.length > 0 ? (
        <details className="calibration-chart-table">
          <summary>Values of the reliability diagram</summary>
          <table>
            <caption className="visually-hidden">Guesses of the chance of landing in the window, by band</caption>
            <thead>
              <tr>
                <th scope="col">You said</th>
                <th scope="col">On average</th>
                <th scope="col">Guesses</th>
                <th scope="col">Landed</th>
              </tr>
            </thead>
            <tbody>
              {filled.map((bin) => (
                <tr key={bin.from}>
                  <th scope="row">
                    {percent(bin.from)}–{percent(bin.to)}
                  </th>
                  <td>{percent(bin.meanForecast!)}</td>
                  <td>{bin.n}</td>
                  <td>{percent(bin.observed!)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
