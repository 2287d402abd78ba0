// The timing strip: one row per attempt, its bar split into the silence before the first word and the
// STAR sections, against the window, all on one time scale. Each row is a button that opens the attempt.
import type { CSSProperties } from 'react';
import type { TimingRow } from '../../../common/progress';
import { formatMetric } from './chart-model';
import { placeTimingRows } from './timing-layout';

const NAMES: Record<TimingRow['segments'][number]['kind'], string> = {
  gap: 'before the first word',
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

interface TimingStripProps {
  rows: readonly TimingRow[];
  formatDate: (iso: string) => string;
  onOpen?: (attemptId: number) => void;
}

export function TimingStrip({ rows, formatDate, onOpen }: TimingStripProps) {
  if (rows.length === 0) return <p className="muted">No scored attempts yet.</p>;
  const layout = placeTimingRows(rows);
  return (
    <section
      className="timing-strip"
      aria-labelledby="timing-strip-title"
      data-testid="timing-strip"
      style={{ '--timing-rows': rows.length } as CSSProperties}
    >
      <h3 id="timing-strip-title">Timing across attempts</h3>
      <ul className="timing-legend" aria-label="Legend">
        {Object.entries(NAMES).map(([kind, name]) => (
          <li key={kind}>
            <span className={`timing-swatch timing-${kind}`} aria-hidden="true" /> {name}
          </li>
        ))}
        <li>
          <span className="timing-swatch timing-window" aria-hidden="true" /> target window
        </li>
      </ul>
      <ol className="timing-rows">
        {layout.rows.map(({ row, barWidth, windowLeft, windowWidth, segments }) => {
          const description = `Attempt ${row.number}, ${formatDate(row.startedAt)}: ${formatMetric(row.durationSec, 's')} against ${row.window.minSec}–${row.window.maxSec} s. ${segments
            .map((segment) => `${NAMES[segment.kind]} ${formatMetric(segment.seconds, 's')}`)
            .join(', ')}.`;
          return (
            <li key={row.attemptId} className="timing-row" data-testid="timing-row">
              <button
                type="button"
                className="timing-row-button"
                aria-label={description}
                title={description}
                onClick={() => onOpen?.(row.attemptId)}
                disabled={!onOpen}
              >
                <span className="timing-number" aria-hidden="true">
                  #{row.number}
                </span>
                <span className="timing-track" aria-hidden="true">
                  <span className="timing-window" style={{ left: `${windowLeft}%`, width: `${windowWidth}%` }} />
                  <span className="timing-bar" style={{ width: `${barWidth}%` }} />
                  {segments.map((segment, i) => (
                    <span
                      key={i}
                      className={`timing-segment timing-${segment.kind}`}
                      style={{ left: `${segment.left}%`, width: `${segment.width}%` }}
                    />
                  ))}
                </span>
                <span className="timing-total" aria-hidden="true">
                  {formatMetric(row.durationSec, 's')}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
