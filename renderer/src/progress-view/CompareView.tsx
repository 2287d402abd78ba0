// Two attempts of the same question, one above the other on a shared time axis (each waveform as wide as
// its recording is long), each playable, with its STAR sections under it; then every metric side by side
// with its delta, and the word-level diff.
import { useRef, useState } from 'react';
import type { AttemptComparison, ProgressPoint } from '../../../common/progress';
import { PlayerControls } from '../replay/PlayerControls';
import { useWaveform } from '../replay/useWaveform';
import { formatMetric } from './chart-model';
import { timingRowOf } from '../../../common/progress-timing';
import { WordDiffView } from './WordDiffView';

interface ComparedProps {
  point: ProgressPoint;
  title: string;
  scaleSec: number;
}

function ComparedAttempt({ point, title, scaleSec }: ComparedProps) {
  const box = useRef<HTMLDivElement>(null);
  const [rate, setRate] = useState(1);
  const player = useWaveform(box, point.attemptId, true, rate);
  const width = `${(point.durationSec / scaleSec) * 100}%`;
  // Sections are placed within this attempt's own track, whose width already says how long it is.
  const percent = (seconds: number): string => `${(seconds / point.durationSec) * 100}%`;
  const segments = timingRowOf(point, 1).segments.filter((segment) => segment.end > segment.start);
  return (
    <section className="compared-attempt" aria-label={title} data-testid="compared-attempt">
      <h4>{title}</h4>
      <div className="compared-track">
        <div className="waveform" data-status={player.status} style={{ width }}>
          <div className="waveform-canvas" ref={box} />
          {player.status === 'loading' ? <div className="waveform-placeholder muted">Loading audio…</div> : null}
        </div>
        <div className="timing-track compared-sections" style={{ width }} aria-hidden="true">
          {segments.map((segment, i) => (
            <span
              key={i}
              className={`timing-segment timing-${segment.kind}`}
              style={{ left: percent(segment.start), width: percent(segment.end - segment.start) }}
              title={`${segment.kind} ${formatMetric(segment.end - segment.start, 's')}`}
            />
          ))}
        </div>
      </div>
      {player.status === 'error' ? (
        <p className="inline-error" role="alert">
          {player.error}
        </p>
      ) : null}
      <PlayerControls player={player} rate={rate} onRateChange={setRate} />
    </section>
  );
}

function deltaText(delta: number | null, unit: string): string {
  if (delta === null) return '—';
  return `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${formatMetric(Math.abs(delta), unit)}`;
}

interface CompareViewProps {
  comparison: AttemptComparison;
  titleA: string;
  titleB: string;
}

export function CompareView({ comparison, titleA, titleB }: CompareViewProps) {
  const { a, b } = comparison;
  const scaleSec = Math.max(a.durationSec, b.durationSec, 1);
  return (
    <div className="compare" data-testid="compare">
      <div className="compare-players">
        <ComparedAttempt point={a} title={titleA} scaleSec={scaleSec} />
        <ComparedAttempt point={b} title={titleB} scaleSec={scaleSec} />
      </div>
      <table className="compare-metrics" data-testid="compare-metrics">
        <caption>Every metric side by side</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">{titleA}</th>
            <th scope="col">{titleB}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {comparison.metrics
            .filter((metric) => metric.a !== null || metric.b !== null)
            .map((metric) => (
              <tr key={metric.metric}>
                <th scope="row">{metric.label}</th>
                <td>{formatMetric(metric.a, metric.unit)}</td>
                <td>{formatMetric(metric.b, metric.unit)}</td>
                <td className={metric.usual?.within ? 'delta-usual' : 'delta-unusual'}>
                  {deltaText(metric.delta, metric.unit)}
                  {metric.usual?.within ? ' · within your usual range' : ''}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      <WordDiffView diff={comparison.diff} />
    </div>
  );
}
